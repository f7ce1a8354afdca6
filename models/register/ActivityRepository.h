// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "domain/Records.h"

#include <QString>

#include <optional>

class Database;

/** Reads and writes processing activities with all their links, in one transaction per save. */
class ActivityRepository
{
public:
    explicit ActivityRepository(Database& db);

    std::optional<ProcessingActivity> find(qint64 id);
    /** The id of the activity called @p name (case-insensitive), or 0. */
    qint64 idByName(const QString& name);
    /**
     * Validates and stores @p activity (insert when its id is 0, else update), links included,
     * in one transaction. On success the activity's id and timestamps are set. On failure
     * nothing is stored and errorString() (and errorField()) say what is wrong.
     */
    bool save(ProcessingActivity& activity);
    bool remove(qint64 id);
    /** Stores a copy of activity @p id named @p newName (a draft, not reviewed); its id, or 0. */
    qint64 duplicate(qint64 id, const QString& newName);
    int count();

    /** The name of the field a validation error is about ("name", "next_review"...), or empty. */
    QString errorField() const { return m_errorField; }
    QString errorString() const { return m_error; }

    /** A free name for a copy of @p name: "name (copy)", "name (copy 2)"... */
    QString copyName(const QString& name);

private:
    bool validate(const ProcessingActivity& activity);
    bool fail(const QString& message, const QString& field = {});
    bool saveVocabulary(qint64 id, const QString& kind, const QStringList& terms, const QString& auditField);
    bool saveLegalBases(qint64 id, const QStringList& codes);
    bool saveParties(qint64 id, const QString& relation, const QList<qint64>& partyIds, const QString& auditField);
    bool saveTransfers(qint64 id, const QList<Transfer>& transfers);
    bool updateSearchIndex(qint64 id);

    Database& m_db;
    QString m_error;
    QString m_errorField;
};
