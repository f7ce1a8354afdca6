// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "cli/TemplateCommands.h"

#include "core/Database.h"
#include "templates/AgreementRepository.h"
#include "templates/TemplateRenderer.h"
#include "templates/TextTemplateEngine.h"

#include <QCoreApplication>
#include <QScopeGuard>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TemplateCommands", text);
}

int usage(QTextStream& err)
{
    err << tr("Usage: registro-cli render FILE --agreement ID|REFERENCE [--lang LANG] [--format md|html]") << '\n';
    return CommandLine::Usage;
}

} // namespace

namespace TemplateCommands {

QList<CommandLine::Command> commands()
{
    return {
        {QStringLiteral("render"), QStringLiteral("render FILE --agreement ID [--lang nl] [--format md|html]"),
         tr("Print an agreement rendered from its template and the register"), &render},
    };
}

int render(CommandLine::Context& c)
{
    QString path;
    QString agreementArg;
    QString language;
    QString format = QStringLiteral("md");
    const QStringList& args = c.arguments;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& argument = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (argument == QLatin1String("--agreement") && hasValue)
            agreementArg = args.at(++i);
        else if (argument == QLatin1String("--lang") && hasValue)
            language = args.at(++i);
        else if (argument == QLatin1String("--format") && hasValue)
            format = args.at(++i);
        else if (argument.startsWith(QLatin1String("--")) || !path.isEmpty())
            return usage(c.err);
        else
            path = argument;
    }
    if (path.isEmpty() || agreementArg.isEmpty() || (format != QLatin1String("md") && format != QLatin1String("html")))
        return usage(c.err);
    const auto waitForEngine = qScopeGuard([] { TextTemplateEngine::waitForPreload(); });
    auto db = CommandLine::openWorkspace(path, c.err);
    if (!db)
        return CommandLine::Failure;
    // Loads while the agreement is read (after the workspace's SQLite driver: the dynamic loader
    // loads one library at a time).
    TextTemplateEngine::preload();
    AgreementRepository agreements(*db);
    bool numeric = false;
    qint64 id = agreementArg.toLongLong(&numeric);
    if (!numeric)
        id = agreements.idByReference(agreementArg);
    const auto agreement = agreements.find(id);
    if (!agreement) {
        c.err << "registro-cli: " << tr("There is no agreement %1 in %2.").arg(agreementArg, path) << '\n';
        return CommandLine::Failure;
    }
    if (language.isEmpty())
        language = agreement->languages.value(0, QStringLiteral("en"));
    TemplateRenderer renderer(*db);
    const TemplateRenderer::Result result = renderer.renderAgreement(agreement->id, language);
    if (!result.ok()) {
        for (const TemplateRenderer::Error& e : result.errors)
            c.err << "registro-cli: " << e.toString() << '\n';
        return CommandLine::Failure;
    }
    c.out << (format == QLatin1String("html") ? TemplateRenderer::toHtml(result.markdown) : result.markdown);
    c.out.flush();
    return CommandLine::Ok;
}

} // namespace TemplateCommands
