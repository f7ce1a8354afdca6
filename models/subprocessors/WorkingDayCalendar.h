// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "domain/Vocabulary.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace KHolidays {
class HolidayRegion;
}

/**
 * Working-day arithmetic for notice and objection periods: Saturdays, Sundays and the public
 * holidays (KHolidays non-working days only, not observances) of one holiday region are not
 * working days.
 *
 * Adding n working days steps forward one day at a time and counts only working days, so the
 * result of a positive n is always a working day; n = 0 returns the date itself.
 */
class WorkingDayCalendar
{
public:
    /** A calendar for the KHolidays region @p regionCode ("nl_nl", "fr_fr", "it_it", "be_nl"...). */
    explicit WorkingDayCalendar(const QString& regionCode);
    ~WorkingDayCalendar();
    WorkingDayCalendar(const WorkingDayCalendar& other);
    WorkingDayCalendar& operator=(const WorkingDayCalendar& other);

    /** The region codes KHolidays knows. */
    static QStringList regionCodes();
    /** A region for the ISO country @p country ("NL" -> "nl_nl"), or an empty string. */
    static QString regionForCountry(const QString& country);

    QString regionCode() const { return m_regionCode; }
    /** Whether the region is known; an unknown region has weekends but no holidays. */
    bool isValid() const;

    static bool isWeekend(const QDate& date);
    bool isPublicHoliday(const QDate& date) const;
    /** The holiday's name on @p date (in the region's language), or an empty string. */
    QString holidayName(const QDate& date) const;
    bool isWorkingDay(const QDate& date) const;

    /** @p n working days after @p date (before it for a negative n). */
    QDate addWorkingDays(const QDate& date, int n) const;
    /** @p n working days before @p date. */
    QDate subtractWorkingDays(const QDate& date, int n) const;
    static QDate addCalendarDays(const QDate& date, int n) { return date.addDays(n); }
    static QDate subtractCalendarDays(const QDate& date, int n) { return date.addDays(-qint64(n)); }
    /** @p n days of @p unit after @p date. */
    QDate add(const QDate& date, int n, PeriodUnit unit) const;
    /** @p n days of @p unit before @p date. */
    QDate subtract(const QDate& date, int n, PeriodUnit unit) const;
    /** Working days d with from < d <= to (negative when to is before from). */
    int workingDaysBetween(const QDate& from, const QDate& to) const;

private:
    const QHash<QDate, QString>& holidaysOf(int year) const;

    QString m_regionCode;
    std::shared_ptr<KHolidays::HolidayRegion> m_region;
    mutable QHash<int, QHash<QDate, QString>> m_holidays;
};
