// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "domain/Records.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

class Database;

/** One thing the register gets wrong or leaves out, and what to do about it. */
struct Finding
{
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    QString code; ///< stable identifier, e.g. "missing-purposes", "transfer-without-safeguard"
    QString field; ///< the field the finding is about ("purposes", "transfers"...), for the editor
    QString message; ///< translated: what is wrong and what to do

    bool operator==(const Finding&) const = default;
};

/**
 * The completeness and consistency checks of Art. 30 records, shared by the editor, the
 * register table's icon column and `registro-cli check`.
 */
class RegisterChecker
{
public:
    explicit RegisterChecker(Database& db);

    /** Findings for one activity, as stored or as being edited. */
    QList<Finding> check(const ProcessingActivity& activity);
    /** Findings for the stored activity @p id. */
    QList<Finding> check(qint64 activityId);
    /** Findings about the organisation itself (name, contact, DPO: Art. 30(1)(a), 30(2)(a)). */
    QList<Finding> checkOrganisation();

    /** "Today" for review dates; tests set it. */
    void setToday(const QDate& today) { m_today = today; }

private:
    void loadCatalogues();

    Database& m_db;
    QDate m_today;
    bool m_cataloguesLoaded = false;
    QHash<qint64, DataCategory> m_categories;
};
