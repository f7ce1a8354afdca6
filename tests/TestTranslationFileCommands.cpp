// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "cli/CommandLine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString sample = QStringLiteral(REGISTRO_RESOURCES_DIR "/templates/sample-dpa.json");

struct Result
{
    int status;
    QString out;
    QString err;
};

Result run(const QStringList& arguments)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int status = CommandLine::run(arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {status, out, err};
}

} // namespace

class TestTranslationFileCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleIsClean()
    {
        const Result result = run({QStringLiteral("qa-file"), sample, QStringLiteral("--lang"), QStringLiteral("nl")});
        QVERIFY2(result.status == CommandLine::Ok, qPrintable(result.out + result.err));
        QVERIFY(result.out.contains(QStringLiteral("0 errors")));
        const Result all = run({QStringLiteral("qa-file"), sample});
        QCOMPARE(all.status, int(CommandLine::Ok));
    }

    void damagedTranslationFails()
    {
        QFile in(sample);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray content = in.readAll();
        // Dutch only: the first Dutch occurrence of the controller's name tag disappears.
        const QByteArray dutch = "gevestigd en kantoorhoudende aan {{ controller.address }}";
        QVERIFY(content.contains(dutch));
        content.replace(dutch, "gevestigd en kantoorhoudende aan  Dorpsstraat 1");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
        out.close();

        const Result text = run({QStringLiteral("qa-file"), path, QStringLiteral("--lang"), QStringLiteral("nl")});
        QCOMPARE(text.status, int(CommandLine::Findings));
        QVERIFY2(text.out.contains(QStringLiteral("{{ controller.address }}")), qPrintable(text.out));

        const Result json = run({QStringLiteral("qa-file"), path, QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("--json")});
        QCOMPARE(json.status, int(CommandLine::Findings));
        const QJsonArray findings = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY(!findings.isEmpty());
        QStringList checks;
        for (const QJsonValue& value : findings) {
            QCOMPARE(value[QStringLiteral("id")].toString(), QStringLiteral("parties"));
            QCOMPARE(value[QStringLiteral("language")].toString(), QStringLiteral("nl"));
            checks.append(value[QStringLiteral("check")].toString());
        }
        QVERIFY(checks.contains(QStringLiteral("tags")));
        QVERIFY(checks.contains(QStringLiteral("numbers")));
        QVERIFY(checks.contains(QStringLiteral("markup"))); // the doubled space

        // Italian is untouched.
        QCOMPARE(run({QStringLiteral("qa-file"), path, QStringLiteral("--lang"), QStringLiteral("it")}).status, int(CommandLine::Ok));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no file") << QStringList{QStringLiteral("qa-file")} << int(CommandLine::Usage) << QStringLiteral("Usage");
        QTest::newRow("missing file") << QStringList{QStringLiteral("qa-file"), QStringLiteral("/nonexistent/t.json")}
                                      << int(CommandLine::Failure) << QStringLiteral("/nonexistent/t.json");
        QTest::newRow("unknown language") << QStringList{QStringLiteral("qa-file"), sample, QStringLiteral("--lang"), QStringLiteral("de")}
                                          << int(CommandLine::Usage) << QStringLiteral("\"de\"");
        QTest::newRow("source language") << QStringList{QStringLiteral("qa-file"), sample, QStringLiteral("--lang"), QStringLiteral("en")}
                                         << int(CommandLine::Usage) << QStringLiteral("\"en\"");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("qa-file"), sample, QStringLiteral("--fast")}
                                        << int(CommandLine::Usage) << QStringLiteral("--fast");
        QTest::newRow("not a template") << QStringList{QStringLiteral("qa-file"), QStringLiteral(REGISTRO_RESOURCES_DIR "/glossary/gdpr-glossary.json")}
                                        << int(CommandLine::Failure) << QStringLiteral("not a Registro template");
        QTest::newRow("bad glossary") << QStringList{QStringLiteral("qa-file"), sample, QStringLiteral("--glossary"), sample}
                                      << int(CommandLine::Failure) << QStringLiteral("not a Registro glossary");
    }
    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, messagePart);
        const Result result = run(arguments);
        QCOMPARE(result.status, status);
        QVERIFY2(result.err.contains(messagePart), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFileCommands)
#include "TestTranslationFileCommands.moc"
