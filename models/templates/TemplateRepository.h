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
    QList<Clause> clauses(qint64 templateId);
    std::optional<Clause> clause(qint64 clauseId);
    /** Inserts or updates the clause (not its texts); sets its id. */
    bool saveClause(Clause& clause);
    /** Stores the text of @p clauseId in @p language (insert or update). */
    bool saveClauseText(qint64 clauseId, const QString& language, const QString& title, const QString& body);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);

    Database& m_db;
    QString m_error;
};
