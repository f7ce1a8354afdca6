// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "cli/CommandLine.h"
#include "settings/Translator.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    // Documents need fonts, which need a QGuiApplication; it runs offscreen, so exporting works
    // without a display. Everything else stays a plain QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "export") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
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
