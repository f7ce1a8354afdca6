// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "documents/DocumentModel.h"
#include "domain/Vocabulary.h"

#include <QDate>

#include <optional>

class Database;

/**
 * The record of processing activities (GDPR Art. 30) as a document: a cover page, a table of
 * contents, a summary table, then every activity with each Art. 30 field, grouped by role.
 * Labels and vocabulary are in the document language (en, nl, it, fr), independent of the
 * user interface; the register's own text is copied as plain text.
 */
class RegisterDocument
{
public:
    explicit RegisterDocument(Database& db);

    /** The controller register, the processor register, or both (std::nullopt). */
    DocumentModel build(std::optional<ActivityRole> role, const QString& language,
                        const QDate& date = QDate::currentDate());
    /** Whether every activity in the document is approved (no draft watermark needed). */
    bool allApproved() const { return m_allApproved; }

    /** A field label or vocabulary word by key ("purposes", "status.draft") in @p language. */
    static QString label(const QString& key, const QString& language);
    /** A legal basis with its citation, described in @p language. */
    static QString legalBasis(const QString& code, const QString& language);

private:
    Database& m_db;
    bool m_allApproved = true;
};
