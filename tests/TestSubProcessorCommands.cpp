// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSubProcessorCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listAsOf_data();
    void listAsOf();
    void listText();
    void diffJson();
    void deadlinesJson();
    void deadlinesText();
    void badInput_data();
    void badInput();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList& arguments);
    QJsonObject runJson(const QStringList& arguments);

    QTemporaryDir m_dir;
    QString m_demo;
};

TestSubProcessorCommands::Result TestSubProcessorCommands::run(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(REGISTRO_BIN_DIR "/registro-cli"), arguments);
    Result result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QJsonObject TestSubProcessorCommands::runJson(const QStringList& arguments)
{
    const Result result = run(arguments);
    if (result.exitCode != 0)
        qWarning("%s", result.err.constData());
    return QJsonDocument::fromJson(result.out).object();
}

void TestSubProcessorCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(REGISTRO_BIN_DIR "/registro-cli")));
    m_demo = m_dir.filePath(QStringLiteral("demo.registro"));
    const Result result = run({QStringLiteral("init"), QStringLiteral("--demo"), m_demo});
    QVERIFY2(result.exitCode == 0, result.err.constData());
}

void TestSubProcessorCommands::listAsOf_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("before the company engaged anyone") << QStringLiteral("2021-01-01") << QStringList();
    QTest::newRow("first day") << QStringLiteral("2021-04-12")
                               << QStringList{QStringLiteral("Alpenpost Mailservice AG"), QStringLiteral("Nordhavn Hosting ApS")};
    QTest::newRow("start of 2022") << QStringLiteral("2022-01-01")
                                   << QStringList{QStringLiteral("Alpenpost Mailservice AG"), QStringLiteral("Nordhavn Hosting ApS"),
                                                  QStringLiteral("Thamesdesk Ltd")};
}

void TestSubProcessorCommands::listAsOf()
{
    QFETCH(QString, date);
    QFETCH(QStringList, expected);
    const QJsonObject report =
        runJson({QStringLiteral("subprocessors"), QStringLiteral("list"), m_demo, QStringLiteral("--as-of"), date, QStringLiteral("--json")});
    QCOMPARE(report.value(QStringLiteral("as_of")).toString(), date);
    QStringList names;
    for (const QJsonValue& value : report.value(QStringLiteral("subprocessors")).toArray())
        names.append(value.toObject().value(QStringLiteral("legal_name")).toString());
    QCOMPARE(names, expected);
}

void TestSubProcessorCommands::listText()
{
    const Result result = run({QStringLiteral("subprocessors"), QStringLiteral("list"), m_demo});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Wattle Insights Pty Ltd [AU]"));
    QVERIFY(result.err.isEmpty());
}

void TestSubProcessorCommands::diffJson()
{
    const QJsonObject report = runJson({QStringLiteral("subprocessors"), QStringLiteral("diff"), m_demo, QStringLiteral("--from"),
                                        QStringLiteral("2021-12-31"), QStringLiteral("--to"), QStringLiteral("2022-09-01"),
                                        QStringLiteral("--json")});
    const QJsonArray changes = report.value(QStringLiteral("changes")).toArray();
    QStringList added;
    QStringList changed;
    for (const QJsonValue& value : changes) {
        const QJsonObject change = value.toObject();
        const QString kind = change.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("added")) {
            added.append(change.value(QStringLiteral("legal_name")).toString());
        } else {
            QCOMPARE(kind, QStringLiteral("changed"));
            changed.append(change.value(QStringLiteral("legal_name")).toString());
        }
    }
    QCOMPARE(added, (QStringList{QStringLiteral("Carmel Edge Security Ltd."), QStringLiteral("Vistula Backup Sp. z o.o.")}));
    // The demo's email provider changed its name in May 2022.
    QCOMPARE(changed, QStringList{QStringLiteral("Alpenmail AG")});
}

void TestSubProcessorCommands::deadlinesJson()
{
    const QJsonObject report = runJson({QStringLiteral("subprocessors"), QStringLiteral("deadlines"), m_demo,
                                        QStringLiteral("--as-of"), QStringLiteral("2026-11-23"), QStringLiteral("--json")});
    QCOMPARE(report.value(QStringLiteral("holiday_region")).toString(), QStringLiteral("nl_nl"));
    const QJsonArray changes = report.value(QStringLiteral("planned_changes")).toArray();
    QCOMPARE(changes.size(), 3);
    const QJsonObject first = changes.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("subprocessor")).toString(), QStringLiteral("Hayate Search K.K."));
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("remove"));
    QSet<QString> statuses;
    bool vanBeek = false;
    for (const QJsonValue& value : first.value(QStringLiteral("customers")).toArray()) {
        const QJsonObject customer = value.toObject();
        statuses.insert(customer.value(QStringLiteral("status")).toString());
        if (customer.value(QStringLiteral("customer")).toString() == QLatin1String("Van Beek Logistiek B.V.")) {
            vanBeek = true;
            QCOMPARE(customer.value(QStringLiteral("latest_notice_date")).toString(), QStringLiteral("2026-12-03"));
            QCOMPARE(customer.value(QStringLiteral("sent_date")).toString(), QStringLiteral("2026-11-16"));
        }
    }
    QVERIFY(vanBeek);
    QVERIFY(statuses.contains(QStringLiteral("sent")));
    QVERIFY(statuses.contains(QStringLiteral("notice_needed")));

    // Months later, every notice still unsent is late.
    const QJsonObject later = runJson({QStringLiteral("subprocessors"), QStringLiteral("deadlines"), m_demo,
                                       QStringLiteral("--as-of"), QStringLiteral("2027-03-01"), QStringLiteral("--json")});
    for (const QJsonValue& change : later.value(QStringLiteral("planned_changes")).toArray()) {
        for (const QJsonValue& value : change.toObject().value(QStringLiteral("customers")).toArray()) {
            const QJsonObject customer = value.toObject();
            if (customer.value(QStringLiteral("sent_date")).isNull())
                QCOMPARE(customer.value(QStringLiteral("status")).toString(), QStringLiteral("late"));
        }
    }
    // Another holiday region moves working-day deadlines.
    const QJsonObject french = runJson({QStringLiteral("subprocessors"), QStringLiteral("deadlines"), m_demo,
                                        QStringLiteral("--region"), QStringLiteral("fr_fr"), QStringLiteral("--json")});
    QCOMPARE(french.value(QStringLiteral("holiday_region")).toString(), QStringLiteral("fr_fr"));
}

void TestSubProcessorCommands::deadlinesText()
{
    const Result result = run({QStringLiteral("subprocessors"), QStringLiteral("deadlines"), m_demo});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Kanaal Support Software B.V. (replaces Thamesdesk Ltd), effective 2027-02-01"));
    QVERIFY(result.out.contains("Objected"));
}

void TestSubProcessorCommands::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString demo = QStringLiteral("DEMO");
    QTest::newRow("no action") << QStringList{QStringLiteral("subprocessors")} << 2 << QStringLiteral("Usage");
    QTest::newRow("unknown action") << QStringList{QStringLiteral("subprocessors"), QStringLiteral("merge"), demo} << 2
                                    << QStringLiteral("Usage");
    QTest::newRow("bad date") << QStringList{QStringLiteral("subprocessors"), QStringLiteral("list"), demo,
                                             QStringLiteral("--as-of"), QStringLiteral("31/12/2026")}
                              << 2 << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("date missing") << QStringList{QStringLiteral("subprocessors"), QStringLiteral("list"), demo,
                                                 QStringLiteral("--as-of")}
                                  << 2 << QStringLiteral("needs a value");
    QTest::newRow("diff without --to") << QStringList{QStringLiteral("subprocessors"), QStringLiteral("diff"), demo,
                                                      QStringLiteral("--from"), QStringLiteral("2026-01-01")}
                                       << 2 << QStringLiteral("--to DATE");
    QTest::newRow("unknown region") << QStringList{QStringLiteral("subprocessors"), QStringLiteral("deadlines"), demo,
                                                   QStringLiteral("--region"), QStringLiteral("xx_yy")}
                                    << 2 << QStringLiteral("holiday region");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("subprocessors"), QStringLiteral("list"), demo,
                                                   QStringLiteral("--verbose")}
                                    << 2 << QStringLiteral("unknown option");
    QTest::newRow("missing file") << QStringList{QStringLiteral("subprocessors"), QStringLiteral("list"),
                                                 QStringLiteral("MISSING")}
                                  << 1 << QStringLiteral("registro-cli:");
    QTest::newRow("not a workspace") << QStringList{QStringLiteral("subprocessors"), QStringLiteral("deadlines"),
                                                    QStringLiteral("TEXT")}
                                     << 1 << QStringLiteral("registro-cli:");
}

void TestSubProcessorCommands::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a workspace\n");
    }
    QFile demoFile(m_demo);
    QVERIFY(demoFile.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(demoFile.readAll(), QCryptographicHash::Sha256);
    demoFile.close();
    for (QString& argument : arguments) {
        if (argument == QLatin1String("DEMO"))
            argument = m_demo;
        else if (argument == QLatin1String("MISSING"))
            argument = m_dir.filePath(QStringLiteral("missing.registro"));
        else if (argument == QLatin1String("TEXT"))
            argument = text;
    }
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.registro"))));
    QVERIFY(demoFile.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(demoFile.readAll(), QCryptographicHash::Sha256), before);
}

QTEST_GUILESS_MAIN(TestSubProcessorCommands)
#include "TestSubProcessorCommands.moc"
