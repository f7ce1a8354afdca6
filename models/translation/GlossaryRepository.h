// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "translation/Glossary.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class Database;

/**
 * The workspace's term base (tables glossary_term and glossary_target). Terms are identified by
 * their source term, which is unique ignoring case. Every write is one transaction of audited
 * inserts, updates and removals; a refused write leaves the stored glossary unchanged.
 *
 * A workspace whose glossary was never written (no terms and no glossary entry in the audit log)
 * uses the starter set shipped with Registro: load() returns it, and seedStarterSet() stores it
 * so that it can be edited. New workspaces are seeded when they are created and older ones when
 * the GUI opens them; a glossary the user emptied on purpose stays empty.
 */
class GlossaryRepository
{
public:
    explicit GlossaryRepository(Database& db);

    /** The glossary the translation QA uses: the stored terms, or the starter set when untouched. */
    Glossary load();
    /** Only the stored terms, in their order. */
    QList<Glossary::Term> storedTerms();
    std::optional<Glossary::Term> term(const QString& source);
    /** The index of @p source in storedTerms(), ignoring case; -1 when there is none. */
    int indexOf(const QString& source);

    /** Whether the glossary was never written: then the starter set applies. */
    bool isUntouched();
    /** Stores the starter set if the glossary is untouched; true when done or not needed. */
    bool seedStarterSet();

    /** Replaces all stored terms by those of @p glossary. */
    bool replace(const Glossary& glossary);
    /** Adds @p term at @p index of the term list (at the end when out of range). */
    bool addTerm(const Glossary::Term& term, int index = -1);
    /** Replaces the term @p source by @p term (which may have another source term). */
    bool updateTerm(const QString& source, const Glossary::Term& term);
    bool removeTerm(const QString& source);

    /**
     * Reads registro-glossary JSON into @p glossary and checks that it can be stored (see
     * normalize(), and every source term once). False with @p error when it is refused.
     */
    static bool parse(const QByteArray& json, Glossary* glossary, QString* error);
    /** Normalizes every term of @p glossary and checks that each source term occurs once. */
    static bool validate(Glossary& glossary, QString* error);

    /** Replaces the glossary by the registro-glossary JSON @p json; nothing changes when it is refused. */
    bool importJson(const QByteArray& json);
    bool importFile(const QString& path);
    /** The stored glossary (see load()) as registro-glossary JSON. */
    QByteArray exportJson();
    bool exportFile(const QString& path);

    /**
     * Trims and deduplicates the term's texts and checks it: a source term, two-letter language
     * codes, no text both approved and forbidden. False with @p error when it cannot be stored.
     */
    static bool normalize(Glossary::Term& term, QString* error);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    std::optional<qint64> idOf(const QString& source);
    bool insertTerm(const Glossary::Term& term, int position);
    bool writeTargets(qint64 termId, const Glossary::Term& term);

    Database& m_db;
    QString m_error;
};
