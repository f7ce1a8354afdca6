// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "subprocessors/NoticeSchedule.h"

#include "core/Database.h"
#include "register/CatalogRepository.h"
#include "settings/Settings.h"
#include "subprocessors/PlannedChangeRepository.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("NoticeSchedule", text);
}

} // namespace

NoticeSchedule::NoticeSchedule(Database& db, const QString& regionCode)
    : m_db(db)
    , m_calendar(regionCode.isEmpty() ? holidayRegion(db) : regionCode)
{
}

QString NoticeSchedule::holidayRegion(Database& db)
{
    Settings& settings = Settings::instance();
    const QString chosen = settings.holidayRegion();
    const QString fallback = settings.defaultValue(Settings::Key::HolidayRegion).toString();
    if (!chosen.isEmpty() && chosen != fallback && WorkingDayCalendar::regionCodes().contains(chosen))
        return chosen;
    const QString fromCountry = WorkingDayCalendar::regionForCountry(CatalogRepository(db).organisation().country);
    return fromCountry.isEmpty() ? fallback : fromCountry;
}

QString NoticeSchedule::statusCode(NoticeStatus status)
{
    switch (status) {
    case NoticeStatus::NoticeNeeded:
        return QStringLiteral("notice_needed");
    case NoticeStatus::Sent:
        return QStringLiteral("sent");
    case NoticeStatus::Objected:
        return QStringLiteral("objected");
    case NoticeStatus::Late:
        break;
    }
    return QStringLiteral("late");
}

QString NoticeSchedule::statusLabel(NoticeStatus status)
{
    switch (status) {
    case NoticeStatus::NoticeNeeded:
        return tr("Notice needed");
    case NoticeStatus::Sent:
        return tr("Sent");
    case NoticeStatus::Objected:
        return tr("Objected");
    case NoticeStatus::Late:
        break;
    }
    return tr("Late");
}

NoticeDeadline NoticeSchedule::compute(const WorkingDayCalendar& calendar, const PlannedChange& change,
                                       const Party& customer, const std::optional<ChangeNotice>& notice, const QDate& today)
{
    NoticeDeadline d;
    d.plannedChangeId = change.id;
    d.partyId = customer.id;
    d.partyName = customer.name;
    d.language = customer.language;
    d.effectiveDate = change.effectiveDate;
    d.noticeDays = customer.noticeDays;
    d.noticeUnit = customer.noticeUnit;
    d.objectionDays = customer.objectionDays;
    d.objectionUnit = customer.objectionUnit;
    d.latestNoticeDate = calendar.subtract(change.effectiveDate, customer.noticeDays, customer.noticeUnit);
    if (notice) {
        d.sentDate = notice->sentDate;
        d.objectionReceived = notice->objectionReceived;
        d.objectionDate = notice->objectionDate;
    }
    const QDate receipt = d.sentDate.isValid() ? d.sentDate : d.latestNoticeDate;
    d.objectionDeadline = calendar.add(receipt, customer.objectionDays, customer.objectionUnit);
    if (d.objectionReceived)
        d.status = NoticeStatus::Objected;
    else if (d.sentDate.isValid())
        d.status = d.sentDate > d.latestNoticeDate ? NoticeStatus::Late : NoticeStatus::Sent;
    else
        d.status = today > d.latestNoticeDate ? NoticeStatus::Late : NoticeStatus::NoticeNeeded;
    return d;
}

QList<NoticeDeadline> NoticeSchedule::deadlinesFor(const QList<PlannedChange>& changes)
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QList<Party> customers = CatalogRepository(m_db).parties(PartyKind::Client);
    PlannedChangeRepository repository(m_db);
    QList<NoticeDeadline> result;
    for (const PlannedChange& change : changes) {
        const QList<ChangeNotice> notices = repository.notices(change.id);
        for (const Party& customer : customers) {
            std::optional<ChangeNotice> notice;
            for (const ChangeNotice& candidate : notices) {
                if (candidate.partyId == customer.id)
                    notice = candidate;
            }
            result.append(compute(m_calendar, change, customer, notice, today));
        }
    }
    return result;
}

QList<NoticeDeadline> NoticeSchedule::deadlines()
{
    return deadlinesFor(PlannedChangeRepository(m_db).changes());
}

QList<NoticeDeadline> NoticeSchedule::deadlines(qint64 plannedChangeId)
{
    const auto change = PlannedChangeRepository(m_db).change(plannedChangeId);
    return change ? deadlinesFor({*change}) : QList<NoticeDeadline>();
}
