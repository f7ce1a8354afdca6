// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "documents/DocumentModel.h"

#include <QDate>
#include <QList>

class Database;

/**
 * The list of sub-processors as a document: name, service, processing, server locations and
 * transfer safeguard of every sub-processor engaged on a date, and optionally the changes that
 * led to it.
 */
class SubProcessorListDocument
{
public:
    /** One change for the history section (filled by the planned-changes feature). */
    struct Change
    {
        QDate date;
        QString subProcessor;
        QString description;
    };

    explicit SubProcessorListDocument(Database& db);

    /** The changes to list after the table; without any, the section is left out. */
    void setHistory(const QList<Change>& changes) { m_history = changes; }
    /** The sub-processors engaged on @p asOf (added on or before it and not removed by then). */
    DocumentModel build(const QString& language, const QDate& asOf = QDate::currentDate());

private:
    Database& m_db;
    QList<Change> m_history;
};
