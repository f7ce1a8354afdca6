// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "subprocessors/SubProcessorDemo.h"

#include "core/Database.h"
#include "subprocessors/PlannedChangeRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SubProcessorDemo", text);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

struct DemoNotice
{
    const char* subProcessor;
    const char* customer;
    QDate sent;
    QDate objection;
    const char* notes;
};

} // namespace

namespace SubProcessorDemo {

bool load(Database& db, const QJsonObject& root, const DemoWorkspace::KeyMap& keys, QString* error)
{
    PlannedChangeRepository repository(db);
    const auto subProcessors = keys.value(QStringLiteral("subprocessor"));
    QHash<QString, qint64> changeBySubProcessor;
    for (const QJsonValue& value : root.value(QLatin1String("planned_changes")).toArray()) {
        const QJsonObject o = value.toObject();
        PlannedChange change;
        bool ok = false;
        change.kind = PlannedChangeRepository::kindFromCode(o.value(QLatin1String("kind")).toString(), &ok);
        if (!ok)
            return fail(error, tr("The demo content has a planned change of unknown kind \"%1\".")
                                   .arg(o.value(QLatin1String("kind")).toString()));
        const QString subProcessor = o.value(QLatin1String("subprocessor")).toString();
        change.subProcessorId = subProcessors.value(subProcessor);
        if (change.subProcessorId == 0)
            return fail(error, tr("The demo content refers to an unknown subprocessor \"%1\".").arg(subProcessor));
        const QString replaces = o.value(QLatin1String("replaces")).toString();
        if (!replaces.isEmpty()) {
            change.replacesId = subProcessors.value(replaces);
            if (change.replacesId == 0)
                return fail(error, tr("The demo content refers to an unknown subprocessor \"%1\".").arg(replaces));
        }
        change.effectiveDate = QDate::fromString(o.value(QLatin1String("effective_date")).toString(), Qt::ISODate);
        change.reason = o.value(QLatin1String("reason")).toString();
        if (!repository.saveChange(change))
            return fail(error, repository.errorString());
        changeBySubProcessor.insert(subProcessor, change.id);
    }

    // What the demo company has done about its notices so far.
    const DemoNotice notices[] = {
        {"sp-hayate", "cl-vanbeek", QDate(2026, 11, 16), QDate(), "Sent by email to the customer's privacy officer."},
        {"sp-hayate", "cl-delinde", QDate(2026, 11, 18), QDate(), "Sent by registered letter with the updated list."},
        {"sp-wattle", "cl-lumiere", QDate(2026, 11, 12), QDate(2026, 11, 19),
         "The customer objects to analytics outside the EEA and asks for an opt-out."},
    };
    const auto customers = keys.value(QStringLiteral("party"));
    for (const DemoNotice& demo : notices) {
        const qint64 changeId = changeBySubProcessor.value(QString::fromLatin1(demo.subProcessor));
        const qint64 partyId = customers.value(QString::fromLatin1(demo.customer));
        if (changeId == 0 || partyId == 0)
            continue; // content without that change or customer
        ChangeNotice notice;
        notice.plannedChangeId = changeId;
        notice.partyId = partyId;
        notice.sentDate = demo.sent;
        notice.objectionReceived = demo.objection.isValid();
        notice.objectionDate = demo.objection;
        notice.notes = QString::fromLatin1(demo.notes);
        if (!repository.saveNotice(notice))
            return fail(error, repository.errorString());
    }
    return true;
}

} // namespace SubProcessorDemo
