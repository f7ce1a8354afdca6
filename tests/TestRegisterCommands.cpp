// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
// Runs the real registro-cli binary: exit codes, standard output and error, JSON.
#include "FileDigest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestRegisterCommands : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int status = -1;
        QByteArray out;
        QByteArray err;
    };

    static Result cli(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral(REGISTRO_BIN_DIR "/registro-cli"), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }


    QTemporaryDir m_dir;
    QString m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.registro"));
        const Result r = cli({QStringLiteral("init"), QStringLiteral("--demo"), m_demo});
        QVERIFY2(r.status == 0, r.err.constData());
    }

    void version()
    {
        const Result r = cli({QStringLiteral("--version")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.startsWith("registro-cli "));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("init without file") << QStringList{QStringLiteral("init")};
        QTest::newRow("list unknown kind") << QStringList{QStringLiteral("list"), QStringLiteral("cats"), QStringLiteral("x")};
        QTest::newRow("check unknown option") << QStringList{QStringLiteral("check"), QStringLiteral("--fast"), QStringLiteral("x")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Result r = cli(arguments);
        QCOMPARE(r.status, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    void initRefusesExistingFile()
    {
        const QByteArray before = fileDigest(m_demo);
        const Result r = cli({QStringLiteral("init"), m_demo});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains("already exists"));
        QCOMPARE(fileDigest(m_demo), before);
    }

    void checkReportsFindingsButSucceeds()
    {
        const Result r = cli({QStringLiteral("check"), m_demo});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("sound Registro workspace"));
        QVERIFY(r.out.contains("Art. 30(2)(a)"));
    }

    void checkJson()
    {
        const Result r = cli({QStringLiteral("check"), QStringLiteral("--json"), m_demo});
        QCOMPARE(r.status, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QLatin1String("sound")).toBool(), true);
        QVERIFY(report.value(QLatin1String("activities")).toArray().size() >= 18);
        QVERIFY(report.value(QLatin1String("errors")).toInt() > 0);
        bool sawFinding = false;
        for (const QJsonValue& activity : report.value(QLatin1String("activities")).toArray()) {
            for (const QJsonValue& finding : activity.toObject().value(QLatin1String("findings")).toArray())
                sawFinding = sawFinding
                    || finding.toObject().value(QLatin1String("code")).toString() == QLatin1String("processor-without-controller");
        }
        QVERIFY(sawFinding);
    }

    void checkRefusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("text file") << QByteArray("hello") << QByteArray("not a SQLite database");
        QTest::newRow("missing") << QByteArray() << QByteArray("does not exist");
    }

    void checkRefusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, message);
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const Result r = cli({QStringLiteral("check"), path});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), content);
        }
    }

    void listJson_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("minimum");
        QTest::newRow("activities") << QStringLiteral("activities") << QStringLiteral("legal_bases") << 18;
        QTest::newRow("subprocessors") << QStringLiteral("subprocessors") << QStringLiteral("countries") << 15;
        QTest::newRow("categories") << QStringLiteral("categories") << QStringLiteral("retention") << 15;
    }

    void listJson()
    {
        QFETCH(QString, kind);
        QFETCH(QString, field);
        QFETCH(int, minimum);
        const Result r = cli({QStringLiteral("list"), kind, m_demo, QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        QJsonParseError error;
        const QJsonArray items = QJsonDocument::fromJson(r.out, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(items.size() >= minimum);
        QVERIFY(items.first().toObject().contains(field));
    }

    void listText()
    {
        const Result r = cli({QStringLiteral("list"), QStringLiteral("activities"), m_demo});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.count('\n') >= 18);
    }
};

QTEST_GUILESS_MAIN(TestRegisterCommands)
#include "TestRegisterCommands.moc"
