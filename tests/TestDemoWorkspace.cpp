// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "checks/RegisterChecker.h"
#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "register/CatalogRepository.h"
#include "register/SubProcessorRepository.h"

#include <QTemporaryDir>
#include <QTest>

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Database> fresh(const QString& name)
    {
        QString error;
        auto db = Database::create(m_dir.filePath(name), &error);
        if (!db)
            qWarning("%s", qPrintable(error));
        return db;
    }

private Q_SLOTS:
    void populatesRealisticRegister()
    {
        auto db = fresh(QStringLiteral("demo.registro"));
        QVERIFY(db);
        QString error;
        QVERIFY2(DemoWorkspace::populate(*db, &error), qPrintable(error));
        auto count = [&db](const char* sql) { return db->scalar(QString::fromLatin1(sql)).toInt(); };
        QVERIFY(count("SELECT count(*) FROM processing_activity WHERE role = 'controller'") >= 12);
        QVERIFY(count("SELECT count(*) FROM processing_activity WHERE role = 'processor'") >= 6);
        QVERIFY(count("SELECT count(*) FROM subprocessor") >= 15);
        QVERIFY(count("SELECT count(DISTINCT country) FROM subprocessor_location") >= 8);
        QVERIFY(count("SELECT count(*) FROM data_category") >= 15);
        QVERIFY(count("SELECT count(*) FROM security_measure") >= 20);
        QVERIFY(!CatalogRepository(*db).organisation().name.isEmpty());
        // EEA and non-EEA sub-processors, with several kinds of safeguard.
        QVERIFY(count("SELECT count(DISTINCT safeguard) FROM subprocessor") >= 4);
    }

    void showsItsDeliberateImperfections()
    {
        auto db = fresh(QStringLiteral("findings.registro"));
        QString error;
        QVERIFY(DemoWorkspace::populate(*db, &error));
        RegisterChecker checker(*db);
        checker.setToday(QDate(2026, 11, 23));
        QSet<QString> codes;
        for (const auto& row : db->rows(QStringLiteral("SELECT id FROM processing_activity"))) {
            for (const Finding& f : checker.check(row.constFirst().toLongLong()))
                codes.insert(f.code);
        }
        for (const char* expected : {"missing-erasure", "special-without-condition", "transfer-without-safeguard",
                                     "processor-without-controller", "review-overdue", "category-without-retention"})
            QVERIFY2(codes.contains(QString::fromLatin1(expected)), expected);
    }

    void malformedContentWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{oops");
        QTest::newRow("other format") << QByteArray(R"({"format": "something-else"})");
        QTest::newRow("dangling reference") << QByteArray(
            R"({"format": "registro-demo", "organisation": {"name": "X"},
                "activities": [{"role": "controller", "name": "A", "data_categories": ["nope"]}]})");
        QTest::newRow("activity without name") << QByteArray(
            R"({"format": "registro-demo", "organisation": {"name": "X"}, "activities": [{"role": "controller"}]})");
    }

    void malformedContentWritesNothing()
    {
        QFETCH(QByteArray, json);
        auto db = fresh(QStringLiteral("bad-%1.registro").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        QVERIFY(db);
        const int audit = db->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        QString error;
        QVERIFY(!DemoWorkspace::populate(*db, json, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), audit);
        QCOMPARE(db->scalar(QStringLiteral("SELECT name FROM organisation")).toString(), QString());
        QCOMPARE(db->transactionDepth(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "TestDemoWorkspace.moc"
