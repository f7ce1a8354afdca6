// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "cli/SubProcessorCommands.h"

#include "core/Database.h"
#include "register/SubProcessorRepository.h"
#include "subprocessors/NoticeSchedule.h"
#include "subprocessors/PlannedChangeRepository.h"
#include "subprocessors/SubProcessorHistory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SubProcessorCommands", text);
}

QString usage()
{
    return tr("Usage: registro-cli subprocessors list FILE [--as-of DATE] [--json]\n"
              "       registro-cli subprocessors diff FILE --from DATE --to DATE [--json]\n"
              "       registro-cli subprocessors deadlines FILE [--as-of DATE] [--region CODE] [--json]");
}

struct Options
{
    QString action;
    QString path;
    bool json = false;
    QDate asOf;
    QDate from;
    QDate to;
    QString region;
};

/** Parses the arguments; on failure writes to err and returns the exit status in @p status. */
bool parse(CommandLine::Context& c, Options& options, int& status)
{
    status = CommandLine::Usage;
    const QStringList& args = c.arguments;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& argument = args.at(i);
        if (argument == QLatin1String("--json")) {
            options.json = true;
            continue;
        }
        if (argument == QLatin1String("--as-of") || argument == QLatin1String("--from") || argument == QLatin1String("--to")
            || argument == QLatin1String("--region")) {
            if (i + 1 >= args.size()) {
                c.err << tr("registro-cli: %1 needs a value.").arg(argument) << '\n' << usage() << '\n';
                return false;
            }
            const QString value = args.at(++i);
            if (argument == QLatin1String("--region")) {
                if (!WorkingDayCalendar::regionCodes().contains(value)) {
                    c.err << tr("registro-cli: \"%1\" is not a holiday region (for example nl_nl, fr_fr, it_it, be_nl).")
                                 .arg(value)
                          << '\n';
                    return false;
                }
                options.region = value;
                continue;
            }
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (!date.isValid()) {
                c.err << tr("registro-cli: \"%1\" is not a date; write it as YYYY-MM-DD.").arg(value) << '\n';
                return false;
            }
            (argument == QLatin1String("--as-of") ? options.asOf : argument == QLatin1String("--from") ? options.from : options.to) =
                date;
            continue;
        }
        if (argument.startsWith(QLatin1Char('-'))) {
            c.err << tr("registro-cli: unknown option %1.").arg(argument) << '\n' << usage() << '\n';
            return false;
        }
        positional.append(argument);
    }
    static const QStringList actions{QStringLiteral("list"), QStringLiteral("diff"), QStringLiteral("deadlines")};
    if (positional.size() != 2 || !actions.contains(positional.at(0))) {
        c.err << usage() << '\n';
        return false;
    }
    options.action = positional.at(0);
    options.path = positional.at(1);
    if (options.action == QLatin1String("diff") && (!options.from.isValid() || !options.to.isValid())) {
        c.err << tr("registro-cli: diff needs --from DATE and --to DATE.") << '\n' << usage() << '\n';
        return false;
    }
    if (options.action != QLatin1String("diff") && (options.from.isValid() || options.to.isValid())) {
        c.err << tr("registro-cli: --from and --to belong to diff.") << '\n' << usage() << '\n';
        return false;
    }
    status = CommandLine::Ok;
    return true;
}

QString jsonText(const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts.append(jsonText(item));
        return parts.join(QStringLiteral(", "));
    }
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("-");
    if (value.isDouble())
        return QString::number(value.toInt());
    return value.toString();
}

void write(CommandLine::Context& c, const QJsonObject& report)
{
    c.out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
}

int list(CommandLine::Context& c, Database& db, const Options& options)
{
    const QDate asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    const QList<SubProcessorVersion> versions = SubProcessorHistory(db).listAsOf(asOf);
    if (options.json) {
        QJsonArray list;
        for (const SubProcessorVersion& version : versions) {
            QJsonObject entry = version.snapshot;
            entry.insert(QStringLiteral("id"), version.subProcessorId);
            entry.insert(QStringLiteral("valid_from"), version.validFrom.toString(Qt::ISODate));
            list.append(entry);
        }
        write(c, {{QStringLiteral("file"), options.path},
                  {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                  {QStringLiteral("subprocessors"), list}});
        return CommandLine::Ok;
    }
    c.out << tr("Sub-processors as of %1:").arg(asOf.toString(Qt::ISODate)) << '\n';
    for (const SubProcessorVersion& version : versions) {
        const QJsonObject& s = version.snapshot;
        c.out << "  " << version.legalName << " [" << jsonText(s.value(QStringLiteral("countries"))) << "] "
              << Vocabulary::label(Vocabulary::transferSafeguard(s.value(QStringLiteral("safeguard")).toString())) << ", "
              << Vocabulary::label(Vocabulary::subProcessorStatus(s.value(QStringLiteral("status")).toString())) << '\n';
    }
    c.out << tr("%1 sub-processors.").arg(versions.size()) << '\n';
    return CommandLine::Ok;
}

int diff(CommandLine::Context& c, Database& db, const Options& options)
{
    const QList<SubProcessorChange> changes = SubProcessorHistory(db).diff(options.from, options.to);
    if (options.json) {
        QJsonArray list;
        for (const SubProcessorChange& change : changes) {
            QJsonObject entry{{QStringLiteral("kind"), SubProcessorHistory::kindCode(change.kind)},
                              {QStringLiteral("id"), change.subProcessorId},
                              {QStringLiteral("legal_name"), change.legalName}};
            if (change.kind == SubProcessorChange::Kind::Changed) {
                QJsonArray fields;
                for (const QString& field : change.fields)
                    fields.append(QJsonObject{{QStringLiteral("field"), field},
                                              {QStringLiteral("before"), change.before.value(field)},
                                              {QStringLiteral("after"), change.after.value(field)}});
                entry.insert(QStringLiteral("fields"), fields);
            }
            list.append(entry);
        }
        write(c, {{QStringLiteral("file"), options.path},
                  {QStringLiteral("from"), options.from.toString(Qt::ISODate)},
                  {QStringLiteral("to"), options.to.toString(Qt::ISODate)},
                  {QStringLiteral("changes"), list}});
        return CommandLine::Ok;
    }
    c.out << tr("Changes from %1 to %2:").arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate)) << '\n';
    for (const SubProcessorChange& change : changes) {
        switch (change.kind) {
        case SubProcessorChange::Kind::Added:
            c.out << "  + " << tr("added: %1").arg(change.legalName) << '\n';
            break;
        case SubProcessorChange::Kind::Removed:
            c.out << "  - " << tr("removed: %1").arg(change.legalName) << '\n';
            break;
        case SubProcessorChange::Kind::Changed:
            c.out << "  ~ " << tr("changed: %1").arg(change.legalName) << '\n';
            for (const QString& field : change.fields)
                c.out << "      " << SubProcessorHistory::fieldLabel(field) << ": " << jsonText(change.before.value(field))
                      << " -> " << jsonText(change.after.value(field)) << '\n';
            break;
        }
    }
    if (changes.isEmpty())
        c.out << "  " << tr("No changes.") << '\n';
    return CommandLine::Ok;
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
}

int deadlines(CommandLine::Context& c, Database& db, const Options& options)
{
    NoticeSchedule schedule(db, options.region);
    if (options.asOf.isValid())
        schedule.setToday(options.asOf);
    SubProcessorRepository subProcessors(db);
    auto nameOf = [&subProcessors](qint64 id) {
        const auto sp = subProcessors.find(id);
        return sp ? sp->legalName : QStringLiteral("#%1").arg(id);
    };
    QJsonArray changesJson;
    for (const PlannedChange& change : PlannedChangeRepository(db).changes()) {
        const QList<NoticeDeadline> deadlines = schedule.deadlines(change.id);
        QJsonArray customers;
        if (!options.json) {
            c.out << PlannedChangeRepository::kindLabel(change.kind) << ": " << nameOf(change.subProcessorId);
            if (change.kind == PlannedChange::Kind::Replace)
                c.out << ' ' << tr("(replaces %1)").arg(nameOf(change.replacesId));
            c.out << ", " << tr("effective %1").arg(dateText(change.effectiveDate)) << '\n';
        }
        for (const NoticeDeadline& d : deadlines) {
            if (options.json) {
                customers.append(QJsonObject{
                    {QStringLiteral("party_id"), d.partyId},
                    {QStringLiteral("customer"), d.partyName},
                    {QStringLiteral("language"), d.language},
                    {QStringLiteral("notice_days"), d.noticeDays},
                    {QStringLiteral("notice_unit"), Vocabulary::code(d.noticeUnit)},
                    {QStringLiteral("latest_notice_date"), d.latestNoticeDate.toString(Qt::ISODate)},
                    {QStringLiteral("sent_date"), d.sentDate.isValid() ? QJsonValue(d.sentDate.toString(Qt::ISODate)) : QJsonValue()},
                    {QStringLiteral("objection_days"), d.objectionDays},
                    {QStringLiteral("objection_unit"), Vocabulary::code(d.objectionUnit)},
                    {QStringLiteral("objection_deadline"), d.objectionDeadline.toString(Qt::ISODate)},
                    {QStringLiteral("objection_received"), d.objectionReceived},
                    {QStringLiteral("status"), NoticeSchedule::statusCode(d.status)},
                });
            } else {
                c.out << "  " << d.partyName.leftJustified(32) << ' '
                      << tr("notice by %1, sent %2, objections until %3: %4")
                             .arg(dateText(d.latestNoticeDate), dateText(d.sentDate), dateText(d.objectionDeadline),
                                  NoticeSchedule::statusLabel(d.status))
                      << '\n';
            }
        }
        if (options.json) {
            changesJson.append(QJsonObject{
                {QStringLiteral("id"), change.id},
                {QStringLiteral("kind"), PlannedChangeRepository::kindCode(change.kind)},
                {QStringLiteral("subprocessor"), nameOf(change.subProcessorId)},
                {QStringLiteral("replaces"), change.replacesId ? QJsonValue(nameOf(change.replacesId)) : QJsonValue()},
                {QStringLiteral("effective_date"), change.effectiveDate.toString(Qt::ISODate)},
                {QStringLiteral("reason"), change.reason},
                {QStringLiteral("customers"), customers},
            });
        }
    }
    if (options.json)
        write(c, {{QStringLiteral("file"), options.path},
                  {QStringLiteral("holiday_region"), schedule.regionCode()},
                  {QStringLiteral("planned_changes"), changesJson}});
    else
        c.out << tr("Working days counted in the holiday region %1.").arg(schedule.regionCode()) << '\n';
    return CommandLine::Ok;
}

} // namespace

namespace SubProcessorCommands {

QList<CommandLine::Command> commands()
{
    return {
        {QStringLiteral("subprocessors"), QStringLiteral("subprocessors list|diff|deadlines FILE [--json]"),
         tr("The sub-processor list as of a date, its changes, notice deadlines"), &subprocessors},
    };
}

int subprocessors(CommandLine::Context& c)
{
    Options options;
    int status = CommandLine::Ok;
    if (!parse(c, options, status))
        return status;
    auto db = CommandLine::openWorkspace(options.path, c.err);
    if (!db)
        return CommandLine::Failure;
    if (options.action == QLatin1String("list"))
        return list(c, *db, options);
    if (options.action == QLatin1String("diff"))
        return diff(c, *db, options);
    return deadlines(c, *db, options);
}

} // namespace SubProcessorCommands
