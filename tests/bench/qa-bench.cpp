// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
//
// qa-bench [TEMPLATE.json] [ROUNDS]: times all translation QA checks over every target language
// of a template (default: the shipped four-language sample DPA). The budget is 100 ms.
#include "translation/TemplateJsonSegments.h"
#include "translation/TranslationQa.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString path = arguments.size() > 1 ? arguments.at(1) : QStringLiteral(REGISTRO_RESOURCES_DIR "/templates/sample-dpa.json");
    const int rounds = arguments.size() > 2 ? std::max(1, arguments.at(2).toInt()) : 20;
    QTextStream out(stdout);

    TemplateJsonSegments file;
    QString error;
    if (!file.load(path, &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    QList<ClauseSegment> segments;
    for (const QString& language : file.languages()) {
        if (language != file.sourceLanguage())
            segments.append(file.segments(language));
    }

    // The first round includes loading the language models and the glossary.
    QElapsedTimer timer;
    timer.start();
    TranslationQa qa;
    qsizetype findings = 0;
    for (const auto& result : qa.checkAll(segments))
        findings += result.findings.size();
    const double firstMs = timer.nsecsElapsed() / 1e6;

    // Wall time and the process's CPU time: on a busy machine the CPU time is the fairer figure.
    QList<double> times;
    QList<double> cpuTimes;
    for (int round = 0; round < rounds; ++round) {
        const std::clock_t cpuStart = std::clock();
        timer.restart();
        const auto results = qa.checkAll(segments);
        times.append(timer.nsecsElapsed() / 1e6);
        cpuTimes.append(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
        Q_UNUSED(results)
    }
    std::sort(cpuTimes.begin(), cpuTimes.end());
    std::sort(times.begin(), times.end());
    const double median = times.at(times.size() / 2);
    out << QStringLiteral("%1 segments (%2 target languages), %3 findings\n")
               .arg(segments.size())
               .arg(file.languages().size() - 1)
               .arg(findings);
    out << QStringLiteral("first run (with model loading): %1 ms\n").arg(firstMs, 0, 'f', 1);
    out << QStringLiteral("median of %1 runs: %2 ms, fastest %3 ms, slowest %4 ms\n")
               .arg(rounds)
               .arg(median, 0, 'f', 1)
               .arg(times.constFirst(), 0, 'f', 1)
               .arg(times.constLast(), 0, 'f', 1);
    out << QStringLiteral("median CPU time: %1 ms\n").arg(cpuTimes.at(cpuTimes.size() / 2), 0, 'f', 1);
    for (TranslationQa::Check check : TranslationQa::allChecks()) {
        timer.restart();
        for (const ClauseSegment& segment : segments)
            qa.run(check, segment);
        out << QStringLiteral("  %1: %2 ms\n").arg(TranslationQa::checkName(check)).arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1);
    }
    const bool withinBudget = median < 100.0;
    out << (withinBudget ? "within" : "OVER") << " the 100 ms budget\n";
    return withinBudget ? 0 : 2;
}
