// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "templates/TemplateTypes.h"

#include <optional>

class Database;

/** Reads and writes DPA templates, their clause tree and the clause texts per language. */
class TemplateRepository
{
public:
    explicit TemplateRepository(Database& db);

    QList<DpaTemplate> templates();
    std::optional<DpaTemplate> find(qint64 id);
    /** The id of the template called @p name (any version, the newest first), or 0. */
    qint64 idByName(const QString& name);
    /** Inserts or updates @p dpaTemplate; sets its id. */
    bool save(DpaTemplate& dpaTemplate);

    /** The clauses of a template in document order (depth first, by position), texts included. */
    /** The clause tree in order; with @p language, only that language's texts are read. */
    QList<Clause> clauses(qint64 templateId, const QString& language = {});
    std::optional<Clause> clause(qint64 clauseId);
    /** Inserts or updates the clause (not its texts); sets its id. */
    bool saveClause(Clause& clause);
    /** Stores the text of @p clauseId in @p language (insert or update). */
    bool saveClauseText(qint64 clauseId, const QString& language, const QString& title, const QString& body);
    /** The stored text of @p clauseId in @p language, if there is one. */
    std::optional<ClauseText> clauseText(qint64 clauseId, const QString& language);

    // Editing the clause tree. Each call is one transaction and leaves the positions of the
    // siblings it touches numbered 0, 1, 2, ... The tree's rules: an appendix stays at the top
    // level, the articles come before the appendices, a clause below another is a sub-clause.

    /**
     * Inserts @p clause (its texts included) below clause.parentId at clause.position (0-based,
     * clamped); the later siblings move down. Sets its id and position.
     */
    bool addClause(Clause& clause);
    /** @p base, or @p base-2, -3, ...: the first key no clause of the template uses. */
    QString uniqueKey(qint64 templateId, const QString& base);
    /** The clause and its descendants as stored, for restoreSubtree(). Empty when unknown. */
    ClauseSubtree subtree(qint64 clauseId);
    /** Removes the clause, its descendants and their texts; the later siblings move up. */
    bool removeClause(qint64 clauseId);
    /** Puts a subtree taken before removeClause() back: same ids, keys, positions and texts. */
    bool restoreSubtree(const ClauseSubtree& subtree);
    /**
     * Moves clause @p clauseId below @p newParentId (0: top level) to @p newPosition among its
     * new siblings (counted without the clause itself; clamped). An article that moves below a
     * clause becomes a sub-clause; a sub-clause that moves to the top level becomes an article,
     * or an appendix when it lands among the appendices. Refused, with nothing changed, when it
     * would move into its own subtree, put an appendix below a clause or an article after an
     * appendix.
     */
    bool moveClause(qint64 clauseId, qint64 newParentId, int newPosition);
    /** Why moveClause() with these arguments would be refused; empty when it is allowed. */
    QString checkMove(qint64 clauseId, qint64 newParentId, int newPosition);
    /**
     * Stores the key, kind, optional flag and condition of @p clause (not its place or texts).
     * A new key must be unique in the template and is carried over to the agreements' options.
     */
    bool saveClauseProperties(const Clause& clause);
    /** The title a new clause of @p kind starts with in @p language (en, nl, it, fr). */
    static QString newClauseTitle(Clause::Kind kind, const QString& language);
    /** Whether @p key is usable as a clause key (letters, digits, "-" and "_"). */
    static bool isValidKey(const QString& key);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    QString planMove(qint64 clauseId, qint64 newParentId, int newPosition, bool apply);
    QList<qint64> childIds(qint64 templateId, qint64 parentId);
    bool renumber(const QList<qint64>& ids);

    Database& m_db;
    QString m_error;
};
