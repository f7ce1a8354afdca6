// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "subprocessors/WorkingDayCalendar.h"

#include <KHolidays/HolidayRegion>

WorkingDayCalendar::WorkingDayCalendar(const QString& regionCode)
    : m_regionCode(regionCode)
    , m_region(std::make_shared<KHolidays::HolidayRegion>(regionCode))
{
}

WorkingDayCalendar::~WorkingDayCalendar() = default;
WorkingDayCalendar::WorkingDayCalendar(const WorkingDayCalendar& other) = default;
WorkingDayCalendar& WorkingDayCalendar::operator=(const WorkingDayCalendar& other) = default;

QStringList WorkingDayCalendar::regionCodes()
{
    return KHolidays::HolidayRegion::regionCodes();
}

QString WorkingDayCalendar::regionForCountry(const QString& country)
{
    if (country.size() != 2)
        return {};
    const QString code = country.toLower();
    const QStringList codes = regionCodes();
    // The country's main region first ("nl_nl", "fr_fr"), then any region of the country.
    const QString main = code + QLatin1Char('_') + code;
    if (codes.contains(main))
        return main;
    const QString fromKHolidays = KHolidays::HolidayRegion::defaultRegionCode(code);
    if (!fromKHolidays.isEmpty())
        return fromKHolidays;
    for (const QString& candidate : codes) {
        if (candidate.startsWith(code + QLatin1Char('_')))
            return candidate;
    }
    return {};
}

bool WorkingDayCalendar::isValid() const
{
    return m_region->isValid();
}

bool WorkingDayCalendar::isWeekend(const QDate& date)
{
    return date.dayOfWeek() >= 6;
}

const QHash<QDate, QString>& WorkingDayCalendar::holidaysOf(int year) const
{
    auto it = m_holidays.constFind(year);
    if (it != m_holidays.constEnd())
        return *it;
    QHash<QDate, QString> days;
    if (m_region->isValid()) {
        const QDate first(year, 1, 1);
        const QDate last(year, 12, 31);
        const auto holidays = m_region->rawHolidays(first, last);
        for (const KHolidays::Holiday& holiday : holidays) {
            if (holiday.dayType() != KHolidays::Holiday::NonWorkday)
                continue;
            for (QDate day = holiday.observedStartDate(); day.isValid() && day <= holiday.observedEndDate();
                 day = day.addDays(1)) {
                if (day.year() != year)
                    continue;
                QString& name = days[day];
                if (!name.isEmpty())
                    name += QLatin1String(", ");
                name += holiday.name();
            }
        }
    }
    return *m_holidays.insert(year, days);
}

bool WorkingDayCalendar::isPublicHoliday(const QDate& date) const
{
    return date.isValid() && holidaysOf(date.year()).contains(date);
}

QString WorkingDayCalendar::holidayName(const QDate& date) const
{
    return date.isValid() ? holidaysOf(date.year()).value(date) : QString();
}

bool WorkingDayCalendar::isWorkingDay(const QDate& date) const
{
    return date.isValid() && !isWeekend(date) && !isPublicHoliday(date);
}

QDate WorkingDayCalendar::addWorkingDays(const QDate& date, int n) const
{
    if (!date.isValid())
        return {};
    const int step = n < 0 ? -1 : 1;
    int remaining = n < 0 ? -n : n;
    QDate day = date;
    while (remaining > 0) {
        day = day.addDays(step);
        if (isWorkingDay(day))
            --remaining;
    }
    return day;
}

QDate WorkingDayCalendar::subtractWorkingDays(const QDate& date, int n) const
{
    return addWorkingDays(date, -n);
}

QDate WorkingDayCalendar::add(const QDate& date, int n, PeriodUnit unit) const
{
    return unit == PeriodUnit::WorkingDays ? addWorkingDays(date, n) : addCalendarDays(date, n);
}

QDate WorkingDayCalendar::subtract(const QDate& date, int n, PeriodUnit unit) const
{
    return unit == PeriodUnit::WorkingDays ? subtractWorkingDays(date, n) : subtractCalendarDays(date, n);
}

int WorkingDayCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid() || from == to)
        return 0;
    const bool backwards = to < from;
    const QDate start = backwards ? to : from;
    const QDate end = backwards ? from : to;
    int count = 0;
    for (QDate day = start.addDays(1); day <= end; day = day.addDays(1)) {
        if (isWorkingDay(day))
            ++count;
    }
    return backwards ? -count : count;
}
