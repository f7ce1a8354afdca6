// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "domain/Records.h"
#include "subprocessors/PlannedChange.h"
#include "subprocessors/WorkingDayCalendar.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Database;

/** Where the notice of one planned change to one customer stands. */
enum class NoticeStatus {
    NoticeNeeded, ///< not sent yet, still in time
    Sent, ///< sent in time
    Objected, ///< the customer objected
    Late ///< sent after, or not sent by, the latest notice date: the change would take effect too early
};

/** The deadlines of one planned change for one customer. */
struct NoticeDeadline
{
    qint64 plannedChangeId = 0;
    qint64 partyId = 0;
    QString partyName;
    QString language;
    QDate effectiveDate;
    int noticeDays = 0;
    PeriodUnit noticeUnit = PeriodUnit::WorkingDays;
    int objectionDays = 0;
    PeriodUnit objectionUnit = PeriodUnit::WorkingDays;
    QDate latestNoticeDate; ///< effective date minus the notice period
    QDate sentDate;
    QDate objectionDeadline; ///< receipt (the sent date, else the latest notice date) plus the objection period
    bool objectionReceived = false;
    QDate objectionDate;
    NoticeStatus status = NoticeStatus::NoticeNeeded;
};

/**
 * Notice and objection deadlines of planned sub-processor changes per customer, counted in the
 * processor's holiday region.
 */
class NoticeSchedule
{
public:
    /** Uses the holiday region @p regionCode; empty: holidayRegion(db). */
    explicit NoticeSchedule(Database& db, const QString& regionCode = {});

    /**
     * The holiday region of the processor: the HolidayRegion setting when the user chose one,
     * else the organisation's country, else the setting's default.
     */
    static QString holidayRegion(Database& db);
    static QString statusCode(NoticeStatus status);
    static QString statusLabel(NoticeStatus status);

    /** The deadlines for one customer, given what was recorded about the notice. */
    static NoticeDeadline compute(const WorkingDayCalendar& calendar, const PlannedChange& change, const Party& customer,
                                  const std::optional<ChangeNotice>& notice, const QDate& today);

    /** Every planned change times every client party, by effective date and customer name. */
    QList<NoticeDeadline> deadlines();
    QList<NoticeDeadline> deadlines(qint64 plannedChangeId);

    QString regionCode() const { return m_calendar.regionCode(); }
    const WorkingDayCalendar& calendar() const { return m_calendar; }
    /** "Today" for the status; tests set it. */
    void setToday(const QDate& today) { m_today = today; }

private:
    QList<NoticeDeadline> deadlinesFor(const QList<PlannedChange>& changes);

    Database& m_db;
    WorkingDayCalendar m_calendar;
    QDate m_today;
};
