// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors

// registro-bench-search FILE WORD...: for each word, the time the register table takes to
// search (full-text query, filter and sort in SQL, first page of rows read), and peak memory.

#include "core/Database.h"
#include "core/SqlDialect.h"
#include "itemmodels/ActivityTableModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        err << "usage: registro-bench-search FILE WORD...\n";
        return 2;
    }
    QString error;
    QElapsedTimer openTimer;
    openTimer.start();
    auto db = Database::open(args.at(0), &error);
    if (!db) {
        err << error << '\n';
        return 1;
    }
    // Database::open checks the whole file (PRAGMA integrity_check) before anything else.
    out << "open-ms " << QString::number(double(openTimer.nsecsElapsed()) / 1e6, 'f', 1) << '\n';
    openTimer.restart();
    ActivityTableModel model(*db);
    for (int row = 0; row < std::min(model.rowCount(), 40); ++row)
        model.index(row, ActivityTableModel::Findings).data(Qt::ToolTipRole);
    out << "model-ms " << QString::number(double(openTimer.nsecsElapsed()) / 1e6, 'f', 1) << '\n';
    for (const QString& word : args.mid(1)) {
        // Raw full-text match: how many activities contain the word, and how long the index takes.
        QElapsedTimer timer;
        timer.start();
        const int matches = db->scalar(QStringLiteral("SELECT count(*) FROM activity_search WHERE activity_search MATCH ?"),
                                       {SqlDialect::fullTextQuery(word)})
                                .toInt();
        const double matchMs = double(timer.nsecsElapsed()) / 1e6;
        // What the register does as the user types: ids in sort order, then the first page of rows.
        timer.restart();
        ActivityFilter filter;
        filter.text = word;
        model.setFilter(filter);
        for (int row = 0; row < std::min(model.rowCount(), 40); ++row)
            model.index(row, ActivityTableModel::Name).data();
        const double tableMs = double(timer.nsecsElapsed()) / 1e6;
        out << "search " << word << " matches " << matches << " fts-ms " << QString::number(matchMs, 'f', 2)
            << " table-ms " << QString::number(tableMs, 'f', 2) << '\n';
        model.setFilter({});
    }
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                out << "peak-rss " << line.mid(6).simplified() << '\n';
        }
    }
    return 0;
}
