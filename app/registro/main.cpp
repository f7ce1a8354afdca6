// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "main/MainWindow.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace {

// Milliseconds since the kernel started this process (clock-tick resolution), or -1.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble(); // field 22: starttime
    const double nowSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (nowSeconds - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

QByteArray peakResidentSet()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).simplified();
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Registro"));
    QApplication::setApplicationDisplayName(QStringLiteral("Registro"));
    QApplication::setOrganizationDomain(QStringLiteral("registro.example"));
    QApplication::setApplicationVersion(QStringLiteral(REGISTRO_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("example.registro.Registro"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The GDPR register, sub-processors and DPAs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption quitAfterPaint(
        QStringLiteral("quit-after-first-paint"),
        QApplication::translate("main", "Quit once the register table has been painted, printing the time it took "
                                        "and the peak memory use (for benchmarks)."));
    parser.addOption(quitAfterPaint);
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to <file> once it is shown, then quit."),
        QApplication::translate("main", "file"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "The workspace file to open."),
                                 QStringLiteral("[workspace]"));
    parser.process(app);

    MainWindow window;
    if (parser.isSet(quitAfterPaint)) {
        QObject::connect(&window, &MainWindow::registerTableFirstPainted, &app, [&sinceMain] {
            std::fprintf(stderr, "first-paint-ms %.1f (since main %lld)\npeak-rss %s\n", msSinceProcessStart(),
                         static_cast<long long>(sinceMain.elapsed()), peakResidentSet().constData());
            QCoreApplication::exit(0);
        });
    }
    if (parser.isSet(screenshot)) {
        const QString target = parser.value(screenshot);
        QObject::connect(&window, &MainWindow::registerTableFirstPainted, &app, [&window, target] {
            // Let the editor and the icons settle before taking the picture.
            QTimer::singleShot(500, &window, [&window, target] {
                const bool saved = window.grab().save(target);
                QCoreApplication::exit(saved ? 0 : 1);
            });
        });
    }
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        const QString last = Settings::instance().value(Settings::Key::LastWorkspace).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            path = last;
    }
    window.show();
    QElapsedTimer openTimer;
    openTimer.start();
    if (!path.isEmpty() && !window.openWorkspace(path) && parser.isSet(quitAfterPaint))
        return 1;
    if (parser.isSet(quitAfterPaint))
        std::fprintf(stderr, "open-workspace-ms %lld\n", static_cast<long long>(openTimer.elapsed()));
    return QApplication::exec();
}
