// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "subprocessors/PlannedChange.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

/** Reads and writes planned sub-processor changes and the notices sent to customers about them. */
class PlannedChangeRepository
{
public:
    explicit PlannedChangeRepository(Database& db);

    static QString kindCode(PlannedChange::Kind kind);
    static PlannedChange::Kind kindFromCode(const QString& code, bool* ok = nullptr);
    static QString kindLabel(PlannedChange::Kind kind);

    /** All planned changes, by effective date. */
    QList<PlannedChange> changes();
    std::optional<PlannedChange> change(qint64 id);
    bool saveChange(PlannedChange& change);
    bool removeChange(qint64 id);

    QList<ChangeNotice> notices(qint64 plannedChangeId);
    std::optional<ChangeNotice> notice(qint64 plannedChangeId, qint64 partyId);
    /** Inserts or updates the notice of (plannedChangeId, partyId). */
    bool saveNotice(ChangeNotice& notice);
    bool removeNotice(qint64 id);

    QString errorString() const { return m_error; }
    QString errorField() const { return m_errorField; }

private:
    bool fail(const QString& message, const QString& field = {});

    Database& m_db;
    QString m_error;
    QString m_errorField;
};
