// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "cli/CommandLine.h"

#include "cli/ExportCommands.h"
#include "cli/RegisterCommands.h"
#include "cli/SubProcessorCommands.h"
#include "cli/TemplateCommands.h"
#include "cli/TranslationCommands.h"
#include "cli/TranslationFileCommands.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}

void printUsage(QTextStream& stream)
{
    // Outside CommandLine's members: the context is spelled out for lupdate.
    stream << QCoreApplication::translate("CommandLine", "Usage: registro-cli COMMAND [OPTIONS] ...") << '\n'
           << '\n'
           << QCoreApplication::translate("CommandLine", "Commands:") << '\n';
    for (const CommandLine::Command& command : CommandLine::commands())
        stream << "  " << command.synopsis.leftJustified(52) << ' ' << command.summary << '\n';
    stream << '\n'
           << QCoreApplication::translate("CommandLine", "Options:") << '\n'
           << "  --version" << QString(44, QLatin1Char(' '))
           << QCoreApplication::translate("CommandLine", "Print the version and exit") << '\n'
           << "  --help" << QString(47, QLatin1Char(' '))
           << QCoreApplication::translate("CommandLine", "Print this help and exit") << '\n';
}

} // namespace

VerifiedWorkspace CommandLine::openWorkspace(const QString& path, QTextStream& err, VerifiedWorkspace::Check check)
{
    QString error;
    VerifiedWorkspace workspace = VerifiedWorkspace::open(path, &error, check);
    if (!workspace)
        err << "registro-cli: " << error << '\n';
    return workspace;
}

const QList<CommandLine::Command>& CommandLine::commands()
{
    static const QList<Command> all = [] {
        QList<Command> list;
        list.append(RegisterCommands::commands());
        list.append(SubProcessorCommands::commands());
        list.append(TemplateCommands::commands());
        list.append(TranslationCommands::commands());
        list.append(TranslationFileCommands::commands());
        list.append(ExportCommands::commands());
        return list;
    }();
    return all;
}

int CommandLine::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.isEmpty()) {
        printUsage(err);
        return Usage;
    }
    const QString first = arguments.constFirst();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "registro-cli " << QStringLiteral(REGISTRO_VERSION_STRING) << '\n';
        return Ok;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage(out);
        return Ok;
    }
    for (const Command& command : commands()) {
        if (command.name == first) {
            Context context{arguments.mid(1), out, err};
            return command.handler(context);
        }
    }
    err << tr("registro-cli: unknown command \"%1\".").arg(first) << '\n';
    printUsage(err);
    return Usage;
}
