// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "FileDigest.h"

#include "core/Database.h"
#include "core/Schema.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestDatabase : public QObject
{
    Q_OBJECT

private:

    QString newWorkspace(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        auto db = Database::create(path, &error);
        if (!db)
            qWarning("%s", qPrintable(error));
        return path;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void createsCurrentSchema()
    {
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("new.registro")), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
        QVERIFY(db->hasFts5());
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA application_id")).toLongLong(), qint64(Database::ApplicationId));
    }

    void refusesToOverwrite()
    {
        const QString path = newWorkspace(QStringLiteral("existing.registro"));
        const QByteArray before = fileDigest(path);
        QString error;
        QVERIFY(!Database::create(path, &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QCOMPARE(fileDigest(path), before);
    }

    void migratesEveryStepFromThePreviousVersion()
    {
        const auto& steps = Schema::migrations();
        QVERIFY(!steps.isEmpty());
        for (qsizetype i = 0; i < steps.size(); ++i)
            QCOMPARE(steps[i].version, int(i + 1));
        // A file at each older version opens with the current code and ends up current.
        for (const Migration& step : steps) {
            if (step.version == Database::currentSchemaVersion())
                continue;
            const QString path = m_dir.filePath(QStringLiteral("v%1.registro").arg(step.version));
            QString error;
            {
                auto old = Database::create(path, &error, step.version);
                QVERIFY2(old, qPrintable(error));
                QCOMPARE(old->schemaVersion(), step.version);
            }
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
            QVERIFY(QFile::exists(path + QStringLiteral(".v%1.bak").arg(step.version)));
        }
    }

    void refusesForeignFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("name,purpose\nPayroll,salaries\n") << QStringLiteral("not a SQLite database");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a SQLite database");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") << QStringLiteral("not a SQLite database");
    }

    void refusesForeignFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("foreign-%1.registro").arg(QString::fromLatin1(QTest::currentDataTag())));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QByteArray before = fileDigest(path);
        QString error;
        QVERIFY(!Database::open(path, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(fileDigest(path), before);
    }

    void refusesOtherSqliteDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO contacts VALUES ('Ada')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileDigest(path);
        QString error;
        QVERIFY(!Database::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("not a Registro workspace")), qPrintable(error));
        QCOMPARE(fileDigest(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesCorruptFile()
    {
        const QString path = newWorkspace(QStringLiteral("corrupt.registro"));
        {
            QString error;
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            for (int i = 0; i < 200; ++i)
                db->run(QStringLiteral("INSERT INTO vocabulary (kind, name) VALUES ('purpose', ?)"),
                        {QStringLiteral("Purpose number %1 with some text to fill the pages").arg(i)});
            db->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        // Overwrite the middle of the file (index and table pages) with garbage, keeping the header.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 8192);
        file.seek(4096);
        file.write(QByteArray(int(size - 4096), '\x5a'));
        file.close();
        const QByteArray before = fileDigest(path);
        QString error;
        QVERIFY(!Database::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QCOMPARE(fileDigest(path), before);
    }

    void verifiedFingerprintDoesNotHideLaterDamage()
    {
        const QString path = newWorkspace(QStringLiteral("verified.registro"));
        const QString verified = Database::fingerprint(path);
        QVERIFY(!verified.isEmpty());
        QCOMPARE(Database::fingerprint(path), verified);
        QString error;
        QVERIFY2(Database::open(path, &error, verified), qPrintable(error));
        // Opening and closing may checkpoint; take the fingerprint as a clean close leaves it.
        const QString afterClose = Database::fingerprint(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(4096);
        file.write(QByteArray(int(file.size() - 4096), '\x5a'));
        file.close();
        QVERIFY(Database::fingerprint(path) != afterClose);
        const QByteArray before = fileDigest(path);
        QVERIFY(!Database::open(path, &error, afterClose));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QCOMPARE(fileDigest(path), before);
        QVERIFY(Database::fingerprint(QStringLiteral("/nonexistent/x.registro")).isEmpty());
    }

    void refusesNewerSchema()
    {
        const QString path = newWorkspace(QStringLiteral("newer.registro"));
        {
            QString error;
            auto db = Database::open(path, &error);
            QVERIFY(db);
            db->run(QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion() + 1));
            QVERIFY(!db->hasError());
            db->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray before = fileDigest(path);
        QString error;
        QVERIFY(!Database::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
        QCOMPARE(fileDigest(path), before);
    }

    void rollsBackOnError()
    {
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("rollback.registro")), &error);
        QVERIFY(db);
        const int auditBefore = db->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        {
            Transaction transaction(*db);
            QVERIFY2(db->insert(QStringLiteral("data_category"), {{QStringLiteral("name"), QStringLiteral("Salary")}}), qPrintable(db->lastError()));
            // A second row with the same (case-insensitively) name violates UNIQUE.
            QVERIFY(!db->insert(QStringLiteral("data_category"), {{QStringLiteral("name"), QStringLiteral("salary")}}));
            QVERIFY(db->lastError().contains(QStringLiteral("UNIQUE")));
            // No commit: the transaction is rolled back when it goes out of scope.
        }
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM data_category")).toInt(), 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), auditBefore);
        QCOMPARE(db->transactionDepth(), 0);
    }

    void nestedTransactionRollsBackOnlyItsPart()
    {
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("nested.registro")), &error);
        QVERIFY(db);
        Transaction outer(*db);
        QVERIFY(db->insert(QStringLiteral("data_category"), {{QStringLiteral("name"), QStringLiteral("Name")}}));
        {
            Transaction inner(*db);
            QVERIFY(db->insert(QStringLiteral("data_category"), {{QStringLiteral("name"), QStringLiteral("Address")}}));
        }
        QVERIFY(outer.commit());
        QCOMPARE(db->scalar(QStringLiteral("SELECT group_concat(name) FROM data_category")).toString(),
                 QStringLiteral("Name"));
    }

    void auditsEveryChange()
    {
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("audit.registro")), &error);
        QVERIFY(db);
        db->setUserName(QStringLiteral("dpo"));
        QSignalSpy changed(db.get(), &Database::tableChanged);
        const auto id = db->insert(QStringLiteral("data_category"),
                                   {{QStringLiteral("name"), QStringLiteral("Salary")},
                                    {QStringLiteral("retention"), QStringLiteral("7 years")}});
        QVERIFY(id);
        QCOMPARE(changed.count(), 1);
        QVERIFY(db->update(QStringLiteral("data_category"), *id,
                           {{QStringLiteral("retention"), QStringLiteral("10 years")},
                            {QStringLiteral("name"), QStringLiteral("Salary")}}));
        const auto rows = db->rows(QStringLiteral("SELECT user, field, old_value, new_value FROM audit_log "
                                                  "WHERE table_name = 'data_category' AND row_id = ? ORDER BY id"),
                                   {*id});
        // created, name, retention, then only the field that changed.
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0][1].toString(), QStringLiteral("*"));
        QCOMPARE(rows[3][0].toString(), QStringLiteral("dpo"));
        QCOMPARE(rows[3][1].toString(), QStringLiteral("retention"));
        QCOMPARE(rows[3][2].toString(), QStringLiteral("7 years"));
        QCOMPARE(rows[3][3].toString(), QStringLiteral("10 years"));
        QVERIFY(db->remove(QStringLiteral("data_category"), *id));
        const QString snapshot = db->scalar(QStringLiteral("SELECT old_value FROM audit_log WHERE new_value = 'deleted'")).toString();
        QVERIFY2(snapshot.contains(QStringLiteral("10 years")), qPrintable(snapshot));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
