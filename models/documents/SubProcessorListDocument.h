// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "documents/DocumentModel.h"

#include <QDate>
#include <QList>

class Database;

/**
 * The list of sub-processors as a document: name, service, processing, server locations and
 * transfer safeguard of every sub-processor engaged on a date, as the list stood that day (from
 * the dated history, not today's values), then the changes that led to it (newest first) and
 * the changes announced for after that date.
 */
class SubProcessorListDocument
{
public:
    /** One line of the history or of the announced changes. */
    struct Change
    {
        QDate date;
        QString subProcessor;
        QString description;
    };

    explicit SubProcessorListDocument(Database& db);

    /** Whether the history and announced changes follow the table (on by default). */
    void setIncludeHistory(bool include) { m_includeHistory = include; }
    /** The sub-processors engaged on @p asOf (added on or before it and not removed by then). */
    DocumentModel build(const QString& language, const QDate& asOf = QDate::currentDate());

    /** The changes to the engaged list up to @p asOf, newest first, described in @p language. */
    QList<Change> history(const QString& language, const QDate& asOf);
    /** The planned changes taking effect after @p asOf, soonest first, described in @p language. */
    QList<Change> announced(const QString& language, const QDate& asOf);

private:
    Database& m_db;
    bool m_includeHistory = true;
};
