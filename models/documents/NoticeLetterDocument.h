// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "documents/DocumentModel.h"

#include <QDate>
#include <QList>
#include <QString>

class Database;

/**
 * The notice of a planned sub-processor change to one customer as a letter: the processor's
 * letterhead, the customer's address, the date, the subject, the text of NoticeLetter in the
 * customer's language, and the signature of the data protection officer. The register's values
 * go in as plain text.
 */
class NoticeLetterDocument
{
public:
    explicit NoticeLetterDocument(Database& db);

    /** The letter of @p plannedChangeId to @p partyId; false with errorString() when either is unknown. */
    bool build(qint64 plannedChangeId, qint64 partyId, DocumentModel* model, const QDate& letterDate = QDate::currentDate());
    /** The customers who must be told about @p plannedChangeId, in the order of their notice deadlines. */
    QList<qint64> recipients(qint64 plannedChangeId);
    /** A file name for the letter to @p partyId: "notice-<change>-<customer>.pdf" without the suffix. */
    QString baseName(qint64 plannedChangeId, qint64 partyId);

    QString errorString() const { return m_error; }

private:
    Database& m_db;
    QString m_error;
};
