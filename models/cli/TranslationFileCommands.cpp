// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "cli/TranslationFileCommands.h"

#include "translation/TemplateJsonSegments.h"
#include "translation/TranslationQa.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TranslationFileCommands", text);
}

} // namespace

namespace TranslationFileCommands {

QList<CommandLine::Command> commands()
{
    return {
        {QStringLiteral("qa-file"), QStringLiteral("qa-file TEMPLATE.json [--lang nl] [--glossary FILE] [--json]"),
         tr("Check the translations of a template file"), &qaFile},
    };
}

int qaFile(CommandLine::Context& c)
{
    QString path;
    QStringList languages;
    QString glossaryPath;
    bool json = false;
    for (qsizetype i = 0; i < c.arguments.size(); ++i) {
        const QString& argument = c.arguments.at(i);
        if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("--lang") && i + 1 < c.arguments.size()) {
            languages.append(c.arguments.at(++i));
        } else if (argument == QLatin1String("--glossary") && i + 1 < c.arguments.size()) {
            glossaryPath = c.arguments.at(++i);
        } else if (argument.startsWith(QLatin1Char('-')) || !path.isEmpty()) {
            c.err << tr("registro-cli qa-file: unexpected argument \"%1\".").arg(argument) << '\n'
                  << tr("Usage: registro-cli qa-file TEMPLATE.json [--lang nl] [--glossary FILE] [--json]") << '\n';
            return CommandLine::Usage;
        } else {
            path = argument;
        }
    }
    if (path.isEmpty()) {
        c.err << tr("Usage: registro-cli qa-file TEMPLATE.json [--lang nl] [--glossary FILE] [--json]") << '\n';
        return CommandLine::Usage;
    }
    TemplateJsonSegments file;
    QString error;
    if (!file.load(path, &error)) {
        c.err << "registro-cli: " << error << '\n';
        return CommandLine::Failure;
    }
    if (languages.isEmpty()) {
        languages = file.languages();
        languages.removeAll(file.sourceLanguage());
    }
    for (const QString& language : std::as_const(languages)) {
        if (!file.languages().contains(language) || language == file.sourceLanguage()) {
            c.err << tr("registro-cli: the template has no target language \"%1\" (it has: %2).")
                         .arg(language, file.languages().join(QStringLiteral(", ")))
                  << '\n';
            return CommandLine::Usage;
        }
    }
    TranslationQa qa;
    if (!glossaryPath.isEmpty()) {
        const Glossary glossary = Glossary::load(glossaryPath, &error);
        if (!error.isEmpty()) {
            c.err << "registro-cli: " << error << '\n';
            return CommandLine::Failure;
        }
        qa.setGlossary(glossary);
    }
    if (!qa.isLanguageCheckAvailable())
        c.err << tr("registro-cli: the language check is skipped: %1").arg(qa.languageCheckError()) << '\n';

    int errors = 0;
    int warnings = 0;
    QJsonArray array;
    for (const QString& language : std::as_const(languages)) {
        for (const TranslationQa::SegmentFindings& result : qa.checkAll(file.segments(language))) {
            for (const QaFinding& finding : result.findings) {
                errors += finding.severity == QaFinding::Severity::Error ? 1 : 0;
                warnings += finding.severity == QaFinding::Severity::Warning ? 1 : 0;
                if (json) {
                    QJsonObject object{{QStringLiteral("id"), result.segment.id},
                                       {QStringLiteral("number"), result.segment.number},
                                       {QStringLiteral("language"), language},
                                       {QStringLiteral("check"), finding.check},
                                       {QStringLiteral("severity"), QaFinding::severityCode(finding.severity)},
                                       {QStringLiteral("message"), finding.message}};
                    if (finding.offset >= 0) {
                        object.insert(QStringLiteral("offset"), qint64(finding.offset));
                        object.insert(QStringLiteral("length"), qint64(finding.length));
                        object.insert(QStringLiteral("excerpt"), result.segment.target.mid(finding.offset, finding.length));
                    }
                    array.append(object);
                } else {
                    c.out << result.segment.number << ' ' << result.segment.id << " [" << language << "] "
                          << QaFinding::severityCode(finding.severity) << ' ' << finding.check << ": " << finding.message;
                    if (finding.offset >= 0)
                        c.out << " — “" << result.segment.target.mid(finding.offset, qMin<qsizetype>(finding.length, 80)) << "”";
                    c.out << '\n';
                }
            }
        }
    }
    if (json)
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    else
        c.out << tr("%1 errors, %2 warnings.").arg(errors).arg(warnings) << '\n';
    return errors > 0 ? CommandLine::Findings : CommandLine::Ok;
}

} // namespace TranslationFileCommands
