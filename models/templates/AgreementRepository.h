// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "templates/TemplateTypes.h"

#include <optional>

class Database;

/**
 * Reads and writes agreements. Signing freezes the rendered text per language: a signed
 * agreement keeps that text when its template or the register change later, and it can no
 * longer be edited.
 */
class AgreementRepository
{
public:
    explicit AgreementRepository(Database& db);

    QList<Agreement> all();
    std::optional<Agreement> find(qint64 id);
    qint64 idByReference(const QString& reference);
    /**
     * Inserts or updates @p agreement with its options (refused once it is signed); sets its id.
     * One transaction: a refused save leaves the stored agreement as it was.
     */
    bool save(Agreement& agreement);
    /** Removes an agreement that is not signed. */
    bool remove(qint64 id);
    /**
     * Marks agreement @p id signed and stores @p markdownByLanguage (one rendered text per
     * language of the agreement) as the text it was signed with.
     */
    bool sign(qint64 id, const QHash<QString, QString>& markdownByLanguage);
    /** The text a signed agreement was signed with in @p language, or empty. */
    QString signedText(qint64 id, const QString& language);

    /** The stored choices of optional clauses of agreement @p id (Agreement::options). */
    QHash<QString, bool> options(qint64 id);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    bool saveOptions(qint64 id, const QHash<QString, bool>& options);

    Database& m_db;
    QString m_error;
};
