// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "cli/TranslationCommands.h"

#include "core/Database.h"
#include "templates/TemplateRepository.h"
#include "translation/GlossaryRepository.h"
#include "translation/TranslationQa.h"
#include "translation/TranslationReviewRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TranslationCommands", text);
}

const QString qaUsage = QStringLiteral("qa FILE --template ID [--lang nl] [--json]");
const QString xliffUsage = QStringLiteral("xliff export FILE --template ID --lang nl -o OUT.xlf | xliff import FILE IN.xlf [--template ID] [--lang nl]");

struct Options
{
    QStringList positional;
    QString templateArgument;
    QStringList languages;
    QString output;
    bool json = false;
    QString unexpected;
};

Options parse(const QStringList& arguments)
{
    Options o;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (a == QLatin1String("--json"))
            o.json = true;
        else if (a == QLatin1String("--template") && hasValue)
            o.templateArgument = arguments.at(++i);
        else if (a == QLatin1String("--lang") && hasValue)
            o.languages.append(arguments.at(++i));
        else if ((a == QLatin1String("-o") || a == QLatin1String("--output")) && hasValue)
            o.output = arguments.at(++i);
        else if (a.startsWith(QLatin1Char('-')) && o.unexpected.isEmpty())
            o.unexpected = a;
        else
            o.positional.append(a);
    }
    return o;
}

/** The template given by id or name, or nullopt with a message. */
std::optional<DpaTemplate> findTemplate(Database& db, const QString& argument, QTextStream& err)
{
    TemplateRepository templates(db);
    bool isNumber = false;
    qint64 id = argument.toLongLong(&isNumber);
    if (!isNumber)
        id = templates.idByName(argument);
    auto found = id > 0 ? templates.find(id) : std::nullopt;
    if (!found) {
        QStringList known;
        for (const DpaTemplate& t : templates.templates())
            known.append(QStringLiteral("%1 (%2)").arg(t.id).arg(t.name));
        err << tr("registro-cli: there is no template \"%1\" in the workspace (it has: %2).")
                   .arg(argument, known.isEmpty() ? tr("none") : known.join(QStringLiteral(", ")))
            << '\n';
    }
    return found;
}

bool checkLanguage(const DpaTemplate& t, const QString& language, QTextStream& err)
{
    if (t.languages.contains(language) && language != t.sourceLanguage)
        return true;
    err << tr("registro-cli: the template has no target language \"%1\" (it has: %2).")
               .arg(language, t.languages.join(QStringLiteral(", ")))
        << '\n';
    return false;
}

} // namespace

namespace TranslationCommands {

QList<CommandLine::Command> commands()
{
    return {
        {QStringLiteral("qa"), qaUsage, tr("Check the translations of a template in a workspace"), &qa},
        {QStringLiteral("xliff"), xliffUsage, tr("Exchange a template's translations as XLIFF 2.0"), &xliff},
    };
}

int qa(CommandLine::Context& c)
{
    const Options o = parse(c.arguments);
    if (!o.unexpected.isEmpty() || o.positional.size() != 1 || o.templateArgument.isEmpty()) {
        if (!o.unexpected.isEmpty())
            c.err << tr("registro-cli qa: unexpected argument \"%1\".").arg(o.unexpected) << '\n';
        c.err << tr("Usage: registro-cli %1").arg(qaUsage) << '\n';
        return CommandLine::Usage;
    }
    auto db = CommandLine::openWorkspace(o.positional.first(), c.err);
    if (!db)
        return CommandLine::Failure;
    const auto dpaTemplate = findTemplate(*db, o.templateArgument, c.err);
    if (!dpaTemplate)
        return CommandLine::Failure;
    QStringList languages = o.languages;
    if (languages.isEmpty()) {
        languages = dpaTemplate->languages;
        languages.removeAll(dpaTemplate->sourceLanguage);
    }
    for (const QString& language : std::as_const(languages)) {
        if (!checkLanguage(*dpaTemplate, language, c.err))
            return CommandLine::Usage;
    }
    TranslationQa checker;
    checker.setGlossary(GlossaryRepository(*db).load());
    if (!checker.isLanguageCheckAvailable())
        c.err << tr("registro-cli: the language check is skipped: %1").arg(checker.languageCheckError()) << '\n';
    TranslationReviewRepository review(*db);
    int errors = 0;
    int warnings = 0;
    QJsonArray array;
    for (const QString& language : std::as_const(languages)) {
        for (const TranslationQa::SegmentFindings& result : checker.checkAll(review.segments(dpaTemplate->id, language))) {
            for (const QaFinding& finding : result.findings) {
                errors += finding.severity == QaFinding::Severity::Error ? 1 : 0;
                warnings += finding.severity == QaFinding::Severity::Warning ? 1 : 0;
                if (o.json) {
                    array.append(QJsonObject{{QStringLiteral("id"), result.segment.id},
                                             {QStringLiteral("number"), result.segment.number},
                                             {QStringLiteral("language"), language},
                                             {QStringLiteral("state"), ClauseSegment::stateCode(result.segment.state)},
                                             {QStringLiteral("check"), finding.check},
                                             {QStringLiteral("severity"), QaFinding::severityCode(finding.severity)},
                                             {QStringLiteral("message"), finding.message}});
                } else {
                    c.out << result.segment.number << ' ' << result.segment.id << " [" << language << "] "
                          << QaFinding::severityCode(finding.severity) << ' ' << finding.check << ": " << finding.message << '\n';
                }
            }
        }
    }
    if (o.json)
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    else
        c.out << tr("%1 errors, %2 warnings.").arg(errors).arg(warnings) << '\n';
    return errors > 0 ? CommandLine::Findings : CommandLine::Ok;
}

namespace {

int xliffExport(CommandLine::Context& c, const Options& o)
{
    if (o.positional.size() != 2 || o.templateArgument.isEmpty() || o.languages.size() != 1 || o.output.isEmpty()) {
        c.err << tr("Usage: registro-cli %1").arg(xliffUsage) << '\n';
        return CommandLine::Usage;
    }
    auto db = CommandLine::openWorkspace(o.positional.at(1), c.err);
    if (!db)
        return CommandLine::Failure;
    const auto dpaTemplate = findTemplate(*db, o.templateArgument, c.err);
    if (!dpaTemplate)
        return CommandLine::Failure;
    if (!checkLanguage(*dpaTemplate, o.languages.first(), c.err))
        return CommandLine::Usage;
    TranslationQa checker;
    checker.setGlossary(GlossaryRepository(*db).load());
    TranslationReviewRepository review(*db);
    const auto file = review.exportXliff(dpaTemplate->id, o.languages.first(), &checker);
    if (!file) {
        c.err << "registro-cli: " << review.errorString() << '\n';
        return CommandLine::Failure;
    }
    QSaveFile out(o.output);
    QString error;
    if (!out.open(QIODevice::WriteOnly) || !file->write(&out, &error) || !out.commit()) {
        c.err << tr("registro-cli: cannot write %1: %2").arg(o.output, error.isEmpty() ? out.errorString() : error) << '\n';
        return CommandLine::Failure;
    }
    c.out << tr("%1 segments written to %2.").arg(file->segments.size()).arg(o.output) << '\n';
    return CommandLine::Ok;
}

int xliffImport(CommandLine::Context& c, const Options& o)
{
    if (o.positional.size() != 3) {
        c.err << tr("Usage: registro-cli %1").arg(xliffUsage) << '\n';
        return CommandLine::Usage;
    }
    QFile in(o.positional.at(2));
    if (!in.open(QIODevice::ReadOnly)) {
        c.err << tr("registro-cli: cannot read %1: %2").arg(in.fileName(), in.errorString()) << '\n';
        return CommandLine::Failure;
    }
    const QByteArray xml = in.readAll();
    auto db = CommandLine::openWorkspace(o.positional.at(1), c.err);
    if (!db)
        return CommandLine::Failure;
    // First pass: which template and language the file claims; then read it against them.
    XliffFile probe;
    QString error;
    if (!probe.read(xml, {}, &error)) {
        c.err << tr("registro-cli: %1 is refused: %2 Nothing was changed.").arg(in.fileName(), error) << '\n';
        return CommandLine::Failure;
    }
    const auto dpaTemplate = findTemplate(*db, o.templateArgument.isEmpty() ? probe.templateId : o.templateArgument, c.err);
    if (!dpaTemplate)
        return CommandLine::Failure;
    const QString language = o.languages.isEmpty() ? probe.targetLanguage : o.languages.first();
    if (!checkLanguage(*dpaTemplate, language, c.err))
        return CommandLine::Failure;
    TranslationReviewRepository review(*db);
    XliffFile file;
    if (!file.read(xml, review.expectation(dpaTemplate->id, language), &error)) {
        c.err << tr("registro-cli: %1 is refused: %2 Nothing was changed.").arg(in.fileName(), error) << '\n';
        return CommandLine::Failure;
    }
    int changed = 0;
    if (!review.importXliff(dpaTemplate->id, file, &changed)) {
        c.err << tr("registro-cli: %1 is refused: %2 Nothing was changed.").arg(in.fileName(), review.errorString()) << '\n';
        return CommandLine::Failure;
    }
    c.out << tr("%1 of %2 segments changed.").arg(changed).arg(file.segments.size()) << '\n';
    return CommandLine::Ok;
}

} // namespace

int xliff(CommandLine::Context& c)
{
    const Options o = parse(c.arguments);
    if (!o.unexpected.isEmpty()) {
        c.err << tr("registro-cli xliff: unexpected argument \"%1\".").arg(o.unexpected) << '\n';
        return CommandLine::Usage;
    }
    const QString action = o.positional.value(0);
    if (action == QLatin1String("export"))
        return xliffExport(c, o);
    if (action == QLatin1String("import"))
        return xliffImport(c, o);
    c.err << tr("Usage: registro-cli %1").arg(xliffUsage) << '\n';
    return CommandLine::Usage;
}

} // namespace TranslationCommands
