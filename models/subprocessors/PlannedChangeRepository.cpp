// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "subprocessors/PlannedChangeRepository.h"

#include "core/Database.h"
#include "core/SqlValue.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PlannedChangeRepository", text);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

ChangeNotice noticeFrom(const QVariantMap& row)
{
    ChangeNotice notice;
    notice.id = row.value(QStringLiteral("id")).toLongLong();
    notice.plannedChangeId = row.value(QStringLiteral("planned_change_id")).toLongLong();
    notice.partyId = row.value(QStringLiteral("party_id")).toLongLong();
    notice.sentDate = SqlValue::toDate(row.value(QStringLiteral("sent_date")));
    notice.objectionReceived = row.value(QStringLiteral("objection_received")).toBool();
    notice.objectionDate = SqlValue::toDate(row.value(QStringLiteral("objection_date")));
    notice.notes = row.value(QStringLiteral("notes")).toString();
    return notice;
}

} // namespace

PlannedChangeRepository::PlannedChangeRepository(Database& db)
    : m_db(db)
{
}

bool PlannedChangeRepository::fail(const QString& message, const QString& field)
{
    m_error = message;
    m_errorField = field;
    return false;
}

QString PlannedChangeRepository::kindCode(PlannedChange::Kind kind)
{
    switch (kind) {
    case PlannedChange::Kind::Add:
        return QStringLiteral("add");
    case PlannedChange::Kind::Replace:
        return QStringLiteral("replace");
    case PlannedChange::Kind::Remove:
        break;
    }
    return QStringLiteral("remove");
}

PlannedChange::Kind PlannedChangeRepository::kindFromCode(const QString& code, bool* ok)
{
    if (ok)
        *ok = true;
    if (code == QLatin1String("add"))
        return PlannedChange::Kind::Add;
    if (code == QLatin1String("replace"))
        return PlannedChange::Kind::Replace;
    if (code == QLatin1String("remove"))
        return PlannedChange::Kind::Remove;
    if (ok)
        *ok = false;
    return PlannedChange::Kind::Add;
}

QString PlannedChangeRepository::kindLabel(PlannedChange::Kind kind)
{
    switch (kind) {
    case PlannedChange::Kind::Add:
        return tr("Add");
    case PlannedChange::Kind::Replace:
        return tr("Replace");
    case PlannedChange::Kind::Remove:
        break;
    }
    return tr("Remove");
}

QList<PlannedChange> PlannedChangeRepository::changes()
{
    QList<PlannedChange> result;
    for (const auto& row : m_db.rows(QStringLiteral("SELECT id FROM planned_change ORDER BY effective_date, id"))) {
        if (auto found = change(row.constFirst().toLongLong()))
            result.append(*found);
    }
    return result;
}

std::optional<PlannedChange> PlannedChangeRepository::change(qint64 id)
{
    const auto found = m_db.records(QStringLiteral("SELECT * FROM planned_change WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    const QVariantMap& row = found.constFirst();
    PlannedChange change;
    change.id = id;
    change.kind = kindFromCode(row.value(QStringLiteral("kind")).toString());
    change.subProcessorId = row.value(QStringLiteral("subprocessor_id")).toLongLong();
    change.replacesId = row.value(QStringLiteral("replaces_id")).toLongLong();
    change.effectiveDate = SqlValue::toDate(row.value(QStringLiteral("effective_date")));
    change.reason = row.value(QStringLiteral("reason")).toString();
    return change;
}

bool PlannedChangeRepository::saveChange(PlannedChange& change)
{
    m_error.clear();
    m_errorField.clear();
    if (change.subProcessorId <= 0)
        return fail(tr("Choose the sub-processor the change is about."), QStringLiteral("subprocessor"));
    if (!change.effectiveDate.isValid())
        return fail(tr("Give the date the change takes effect."), QStringLiteral("effective_date"));
    if (change.kind == PlannedChange::Kind::Replace) {
        if (change.replacesId <= 0)
            return fail(tr("Choose the sub-processor that is replaced."), QStringLiteral("replaces"));
        if (change.replacesId == change.subProcessorId)
            return fail(tr("A sub-processor cannot replace itself."), QStringLiteral("replaces"));
    } else {
        change.replacesId = 0;
    }
    const QVariantMap columns{
        {QStringLiteral("kind"), kindCode(change.kind)},
        {QStringLiteral("subprocessor_id"), change.subProcessorId},
        {QStringLiteral("replaces_id"), idOrNull(change.replacesId)},
        {QStringLiteral("effective_date"), SqlValue::fromDate(change.effectiveDate)},
        {QStringLiteral("reason"), change.reason},
    };
    if (change.id == 0) {
        const auto id = m_db.insert(QStringLiteral("planned_change"), columns);
        if (!id)
            return fail(m_db.lastError());
        change.id = *id;
        return true;
    }
    return m_db.update(QStringLiteral("planned_change"), change.id, columns) || fail(m_db.lastError());
}

bool PlannedChangeRepository::removeChange(qint64 id)
{
    m_error.clear();
    return m_db.remove(QStringLiteral("planned_change"), id) || fail(m_db.lastError());
}

QList<ChangeNotice> PlannedChangeRepository::notices(qint64 plannedChangeId)
{
    QList<ChangeNotice> result;
    for (const QVariantMap& row :
         m_db.records(QStringLiteral("SELECT * FROM change_notice WHERE planned_change_id = ? ORDER BY party_id"), {plannedChangeId}))
        result.append(noticeFrom(row));
    return result;
}

std::optional<ChangeNotice> PlannedChangeRepository::notice(qint64 plannedChangeId, qint64 partyId)
{
    const auto found = m_db.records(QStringLiteral("SELECT * FROM change_notice WHERE planned_change_id = ? AND party_id = ?"),
                                    {plannedChangeId, partyId});
    if (found.isEmpty())
        return std::nullopt;
    return noticeFrom(found.constFirst());
}

bool PlannedChangeRepository::saveNotice(ChangeNotice& notice)
{
    m_error.clear();
    m_errorField.clear();
    if (notice.plannedChangeId <= 0 || notice.partyId <= 0)
        return fail(tr("A notice belongs to a planned change and a customer."));
    if (!notice.objectionReceived)
        notice.objectionDate = QDate();
    if (notice.sentDate.isValid() && notice.objectionDate.isValid() && notice.objectionDate < notice.sentDate)
        return fail(tr("An objection cannot arrive before the notice was sent."), QStringLiteral("objection_date"));
    const QVariantMap columns{
        {QStringLiteral("planned_change_id"), notice.plannedChangeId},
        {QStringLiteral("party_id"), notice.partyId},
        {QStringLiteral("sent_date"), SqlValue::fromDate(notice.sentDate)},
        {QStringLiteral("objection_received"), notice.objectionReceived ? 1 : 0},
        {QStringLiteral("objection_date"), SqlValue::fromDate(notice.objectionDate)},
        {QStringLiteral("notes"), notice.notes},
    };
    if (notice.id == 0) {
        if (const auto existing = this->notice(notice.plannedChangeId, notice.partyId))
            notice.id = existing->id;
    }
    if (notice.id == 0) {
        const auto id = m_db.insert(QStringLiteral("change_notice"), columns);
        if (!id)
            return fail(m_db.lastError());
        notice.id = *id;
        return true;
    }
    return m_db.update(QStringLiteral("change_notice"), notice.id, columns) || fail(m_db.lastError());
}

bool PlannedChangeRepository::removeNotice(qint64 id)
{
    m_error.clear();
    return m_db.remove(QStringLiteral("change_notice"), id) || fail(m_db.lastError());
}
