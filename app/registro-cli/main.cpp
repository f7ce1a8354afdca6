// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "cli/CommandLine.h"
#include "settings/Translator.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Registro"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("registro.example"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REGISTRO_VERSION_STRING));
    Translator::installFromSettings();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = CommandLine::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
