// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "settings/VerifiedWorkspace.h"

#include <QStringList>
#include <QTextStream>

#include <functional>

/**
 * registro-cli: scripting and CI access to a workspace. Each subcommand is a function that gets
 * its own arguments (after the subcommand's name) and the two output streams, and returns the
 * process exit status. Errors go to @p err with a non-zero status.
 */
class CommandLine
{
public:
    enum ExitStatus { Ok = 0, Failure = 1, Usage = 2, Findings = 3 };

    struct Context
    {
        QStringList arguments; ///< the subcommand's arguments
        QTextStream& out;
        QTextStream& err;
    };
    using Handler = std::function<int(Context&)>;

    struct Command
    {
        QString name;
        QString synopsis; ///< "init [--demo] FILE"
        QString summary;
        Handler handler;
    };

    /** Runs the command line (without the program name); returns the exit status. */
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    /** All subcommands, in the order `--help` lists them. */
    static const QList<Command>& commands();
    /** Opens the workspace @p path for a subcommand; on failure says why on @p err. */
    static VerifiedWorkspace openWorkspace(const QString& path, QTextStream& err,
                                           VerifiedWorkspace::Check check = VerifiedWorkspace::Check::IfChanged);
};
