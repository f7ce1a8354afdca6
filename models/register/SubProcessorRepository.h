// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "domain/Records.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

/** Reads and writes sub-processors with their server locations and data categories. */
class SubProcessorRepository
{
public:
    explicit SubProcessorRepository(Database& db);

    QList<SubProcessor> all();
    std::optional<SubProcessor> find(qint64 id);
    qint64 idByName(const QString& legalName);
    bool save(SubProcessor& subProcessor);
    /** Refused while a processing activity uses the sub-processor. */
    bool remove(qint64 id);
    /** Names of the activities that use the sub-processor. */
    QStringList activitiesUsing(qint64 id);

    /**
     * The date the list history records saves and removals under (default: today), for
     * back-dated changes and tests.
     */
    void setChangeDate(const QDate& date) { m_changeDate = date; }

    QString errorString() const { return m_error; }
    QString errorField() const { return m_errorField; }

private:
    bool fail(const QString& message, const QString& field = {});

    Database& m_db;
    QString m_error;
    QString m_errorField;
    QDate m_changeDate;
};
