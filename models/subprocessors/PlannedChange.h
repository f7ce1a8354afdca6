// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QDate>
#include <QString>

/** A change to the sub-processor list that customers must be told about in advance. */
struct PlannedChange
{
    enum class Kind { Add, Replace, Remove };

    qint64 id = 0;
    Kind kind = Kind::Add;
    qint64 subProcessorId = 0; ///< the one added, the new one of a replacement, the one removed
    qint64 replacesId = 0; ///< Replace: the sub-processor that goes
    QDate effectiveDate;
    QString reason;

    bool operator==(const PlannedChange&) const = default;
};

/** What happened with the notice of one planned change to one customer. */
struct ChangeNotice
{
    qint64 id = 0;
    qint64 plannedChangeId = 0;
    qint64 partyId = 0;
    QDate sentDate;
    bool objectionReceived = false;
    QDate objectionDate;
    QString notes;

    bool operator==(const ChangeNotice&) const = default;
};
