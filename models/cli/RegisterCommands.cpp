// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "cli/RegisterCommands.h"

#include "checks/RegisterChecker.h"
#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "domain/LegalBasis.h"
#include "reference/CountryCatalog.h"
#include "register/ActivityRepository.h"
#include "register/CatalogRepository.h"
#include "register/SubProcessorRepository.h"
#include "translation/GlossaryRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RegisterCommands", text);
}

QJsonArray jsonStrings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QString severityText(Finding::Severity severity)
{
    return severity == Finding::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

} // namespace

namespace RegisterCommands {

QList<CommandLine::Command> commands()
{
    return {
        {QStringLiteral("init"), QStringLiteral("init [--demo] FILE"), tr("Create a new workspace (with --demo: the demo company)"), &init},
        {QStringLiteral("check"), QStringLiteral("check [--json] FILE"), tr("Check the file, then report missing Art. 30 fields"), &check},
        {QStringLiteral("list"), QStringLiteral("list activities|subprocessors|categories FILE [--json]"), tr("List part of the register"), &list},
    };
}

int init(CommandLine::Context& c)
{
    bool demo = false;
    QString path;
    for (const QString& argument : std::as_const(c.arguments)) {
        if (argument == QLatin1String("--demo"))
            demo = true;
        else if (argument.startsWith(QLatin1Char('-')) || !path.isEmpty()) {
            c.err << tr("Usage: registro-cli init [--demo] FILE") << '\n';
            return CommandLine::Usage;
        } else
            path = argument;
    }
    if (path.isEmpty()) {
        c.err << tr("Usage: registro-cli init [--demo] FILE") << '\n';
        return CommandLine::Usage;
    }
    QString error;
    auto db = Database::create(path, &error);
    if (!db) {
        c.err << "registro-cli: " << error << '\n';
        return CommandLine::Failure;
    }
    // A new workspace starts with the starter glossary, ready to be edited.
    error.clear();
    GlossaryRepository glossary(*db);
    if (!glossary.seedStarterSet())
        error = glossary.errorString();
    if (!error.isEmpty() || (demo && !DemoWorkspace::populate(*db, &error))) {
        db.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        c.err << "registro-cli: " << error << '\n';
        return CommandLine::Failure;
    }
    c.out << (demo ? tr("Created the demo workspace %1.") : tr("Created the workspace %1.")).arg(path) << '\n';
    return CommandLine::Ok;
}

int check(CommandLine::Context& c)
{
    bool json = false;
    QString path;
    for (const QString& argument : std::as_const(c.arguments)) {
        if (argument == QLatin1String("--json"))
            json = true;
        else if (argument.startsWith(QLatin1Char('-')) || !path.isEmpty()) {
            c.err << tr("Usage: registro-cli check [--json] FILE") << '\n';
            return CommandLine::Usage;
        } else
            path = argument;
    }
    if (path.isEmpty()) {
        c.err << tr("Usage: registro-cli check [--json] FILE") << '\n';
        return CommandLine::Usage;
    }
    // check always runs the full integrity check, and records the file as verified.
    auto db = CommandLine::openWorkspace(path, c.err, VerifiedWorkspace::Check::Always);
    if (!db)
        return CommandLine::Failure;

    RegisterChecker checker(*db);
    ActivityRepository activities(*db);
    QJsonArray jsonActivities;
    int errors = 0;
    int warnings = 0;
    int incomplete = 0;
    const QList<Finding> organisationFindings = checker.checkOrganisation();
    if (!json) {
        c.out << tr("%1: the file is a sound Registro workspace (schema %2).").arg(path).arg(db->schemaVersion()) << "\n\n";
        for (const Finding& f : organisationFindings)
            c.out << tr("Organisation") << ": " << severityText(f.severity) << ": " << f.message << '\n';
    }
    QJsonArray organisationJson;
    for (const Finding& f : organisationFindings) {
        (f.severity == Finding::Severity::Error ? errors : warnings)++;
        organisationJson.append(QJsonObject{{QStringLiteral("code"), f.code},
                                            {QStringLiteral("severity"), severityText(f.severity)},
                                            {QStringLiteral("field"), f.field},
                                            {QStringLiteral("message"), f.message}});
    }
    const auto ids = db->rows(QStringLiteral("SELECT id FROM processing_activity ORDER BY role, name COLLATE NOCASE"));
    for (const auto& row : ids) {
        const auto activity = activities.find(row.constFirst().toLongLong());
        if (!activity)
            continue;
        const QList<Finding> findings = checker.check(*activity);
        QJsonArray jsonFindings;
        for (const Finding& f : findings) {
            (f.severity == Finding::Severity::Error ? errors : warnings)++;
            jsonFindings.append(QJsonObject{{QStringLiteral("code"), f.code},
                                            {QStringLiteral("severity"), severityText(f.severity)},
                                            {QStringLiteral("field"), f.field},
                                            {QStringLiteral("message"), f.message}});
        }
        if (!findings.isEmpty())
            ++incomplete;
        if (json) {
            jsonActivities.append(QJsonObject{{QStringLiteral("id"), activity->id},
                                              {QStringLiteral("name"), activity->name},
                                              {QStringLiteral("role"), Vocabulary::code(activity->role)},
                                              {QStringLiteral("findings"), jsonFindings}});
        } else if (!findings.isEmpty()) {
            c.out << '\n' << activity->name << " (" << Vocabulary::label(activity->role) << ")\n";
            for (const Finding& f : findings)
                c.out << "  " << severityText(f.severity) << ": " << f.message << '\n';
        }
    }
    if (json) {
        const QJsonObject report{{QStringLiteral("file"), path},
                                 {QStringLiteral("sound"), true},
                                 {QStringLiteral("schema_version"), db->schemaVersion()},
                                 {QStringLiteral("organisation"), organisationJson},
                                 {QStringLiteral("activities"), jsonActivities},
                                 {QStringLiteral("errors"), errors},
                                 {QStringLiteral("warnings"), warnings}};
        c.out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    } else {
        c.out << '\n'
              << tr("%1 activities, %2 with findings: %3 errors, %4 warnings.")
                     .arg(ids.size())
                     .arg(incomplete)
                     .arg(errors)
                     .arg(warnings)
              << '\n';
    }
    return CommandLine::Ok;
}

int list(CommandLine::Context& c)
{
    bool json = false;
    QStringList positional;
    for (const QString& argument : std::as_const(c.arguments)) {
        if (argument == QLatin1String("--json"))
            json = true;
        else if (argument.startsWith(QLatin1Char('-'))) {
            c.err << tr("Unknown option %1.").arg(argument) << '\n';
            return CommandLine::Usage;
        } else
            positional.append(argument);
    }
    static const QStringList kinds{QStringLiteral("activities"), QStringLiteral("subprocessors"),
                                   QStringLiteral("categories")};
    if (positional.size() != 2 || !kinds.contains(positional[0])) {
        c.err << tr("Usage: registro-cli list activities|subprocessors|categories FILE [--json]") << '\n';
        return CommandLine::Usage;
    }
    auto db = CommandLine::openWorkspace(positional[1], c.err);
    if (!db)
        return CommandLine::Failure;
    const QString kind = positional[0];
    QJsonArray items;
    const CountryCatalog& countries = CountryCatalog::instance();
    if (kind == QLatin1String("activities")) {
        ActivityRepository repository(*db);
        for (const auto& row : db->rows(QStringLiteral("SELECT id FROM processing_activity ORDER BY role, name COLLATE NOCASE"))) {
            const auto a = repository.find(row.constFirst().toLongLong());
            if (!a)
                continue;
            if (json) {
                items.append(QJsonObject{{QStringLiteral("id"), a->id},
                                         {QStringLiteral("name"), a->name},
                                         {QStringLiteral("role"), Vocabulary::code(a->role)},
                                         {QStringLiteral("status"), Vocabulary::code(a->status)},
                                         {QStringLiteral("department"), a->department},
                                         {QStringLiteral("purposes"), jsonStrings(a->purposes)},
                                         {QStringLiteral("legal_bases"), jsonStrings(a->legalBases)},
                                         {QStringLiteral("data_subjects"), jsonStrings(a->dataSubjects)},
                                         {QStringLiteral("next_review"), a->nextReview.toString(Qt::ISODate)}});
            } else {
                c.out << a->id << '\t' << Vocabulary::code(a->role) << '\t' << Vocabulary::code(a->status) << '\t'
                      << a->name << '\n';
            }
        }
    } else if (kind == QLatin1String("subprocessors")) {
        SubProcessorRepository repository(*db);
        for (const SubProcessor& sp : repository.all()) {
            if (json) {
                items.append(QJsonObject{{QStringLiteral("id"), sp.id},
                                         {QStringLiteral("legal_name"), sp.legalName},
                                         {QStringLiteral("service"), sp.service},
                                         {QStringLiteral("countries"), jsonStrings(sp.countries)},
                                         {QStringLiteral("safeguard"), Vocabulary::code(sp.safeguard)},
                                         {QStringLiteral("scc_module"), sp.sccModule > 0 ? QJsonValue(sp.sccModule) : QJsonValue()},
                                         {QStringLiteral("status"), Vocabulary::code(sp.status)},
                                         {QStringLiteral("date_added"), sp.dateAdded.toString(Qt::ISODate)}});
            } else {
                QStringList where;
                for (const QString& code : sp.countries)
                    where.append(code + QLatin1Char(' ') + countries.regimeLabel(code));
                c.out << sp.id << '\t' << sp.legalName << '\t' << sp.countries.join(QLatin1Char(',')) << '\t'
                      << Vocabulary::code(sp.safeguard) << '\t' << Vocabulary::code(sp.status) << '\n';
            }
        }
    } else {
        CatalogRepository repository(*db);
        for (const DataCategory& category : repository.dataCategories()) {
            if (json) {
                items.append(QJsonObject{{QStringLiteral("id"), category.id},
                                         {QStringLiteral("name"), category.name},
                                         {QStringLiteral("special"), category.special},
                                         {QStringLiteral("criminal"), category.criminal},
                                         {QStringLiteral("retention"), category.retention},
                                         {QStringLiteral("retention_justification"), category.retentionJustification}});
            } else {
                c.out << category.id << '\t' << category.name << (category.special ? QStringLiteral(" [Art. 9]") : QString())
                      << '\t' << category.retention << '\n';
            }
        }
    }
    if (json)
        c.out << QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
    return CommandLine::Ok;
}

} // namespace RegisterCommands
