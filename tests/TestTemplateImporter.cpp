// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "core/Schema.h"
#include "templates/TemplateImporter.h"
#include "templates/TemplateRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestTemplateImporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> newWorkspace()
    {
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("w%1.registro").arg(++m_count)), &error);
        if (!db)
            qWarning() << error;
        return db;
    }

    int count(Database& db, const char* table)
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
    }

    QTemporaryDir m_dir;
    int m_count = 0;

private Q_SLOTS:
    void importsTheSample()
    {
        auto db = newWorkspace();
        QVERIFY(db);
        QString error;
        const qint64 id = TemplateImporter::importSample(*db, &error);
        QVERIFY2(id > 0, qPrintable(error));
        TemplateRepository repository(*db);
        const auto t = repository.find(id);
        QVERIFY(t);
        QCOMPARE(t->languages, (QStringList{QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("it"), QStringLiteral("fr")}));
        QCOMPARE(t->sourceLanguage, QStringLiteral("en"));
        QCOMPARE(t->titles.value(QStringLiteral("nl")), QStringLiteral("Verwerkersovereenkomst"));
        const QList<Clause> clauses = repository.clauses(id);
        QVERIFY(clauses.size() > 60);
        // Document order: a sub-clause follows its parent.
        QCOMPARE(clauses.at(0).key, QStringLiteral("parties"));
        qsizetype definitions = -1;
        for (qsizetype i = 0; i < clauses.size(); ++i) {
            if (clauses.at(i).key == QLatin1String("definitions"))
                definitions = i;
        }
        QVERIFY(definitions >= 0);
        QCOMPARE(clauses.at(definitions + 1).key, QStringLiteral("definitions-terms"));
        QCOMPARE(clauses.at(definitions + 1).parentId, clauses.at(definitions).id);
        for (const Clause& c : clauses) {
            QCOMPARE(c.texts.size(), 4);
            QVERIFY2(!c.texts.value(QStringLiteral("fr")).body.isEmpty(), qPrintable(c.key));
        }
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");

        const QByteArray sample = TemplateImporter::sampleJson();
        QVERIFY(!sample.isEmpty());
        QJsonObject root = QJsonDocument::fromJson(sample).object();

        QTest::newRow("not json") << QByteArray("{ nope") << QStringLiteral("not valid JSON");
        QTest::newRow("wrong format") << QByteArray(R"({"format": "registro-demo", "version": 1})")
                                      << QStringLiteral("not a Registro template");
        QJsonObject noName = root;
        noName.insert(QStringLiteral("name"), QString());
        QTest::newRow("no name") << QJsonDocument(noName).toJson() << QStringLiteral("no name");

        // A clause late in the file without its French text: nothing of the file may be stored.
        QJsonObject missingText = root;
        QJsonArray clauses = missingText.value(QStringLiteral("clauses")).toArray();
        QJsonObject last = clauses.last().toObject();
        QJsonObject text = last.value(QStringLiteral("text")).toObject();
        text.remove(QStringLiteral("fr"));
        last.insert(QStringLiteral("text"), text);
        clauses.replace(clauses.size() - 1, last);
        missingText.insert(QStringLiteral("clauses"), clauses);
        QTest::newRow("missing translation") << QJsonDocument(missingText).toJson() << QStringLiteral("no text in \"fr\"");

        QJsonObject duplicate = root;
        QJsonArray twice = duplicate.value(QStringLiteral("clauses")).toArray();
        twice.append(twice.first());
        duplicate.insert(QStringLiteral("clauses"), twice);
        QTest::newRow("duplicate key") << QJsonDocument(duplicate).toJson() << QStringLiteral("used twice");

        QJsonObject badKind = root;
        QJsonArray kinds = badKind.value(QStringLiteral("clauses")).toArray();
        QJsonObject first = kinds.first().toObject();
        first.insert(QStringLiteral("kind"), QStringLiteral("chapter"));
        kinds.replace(0, first);
        badKind.insert(QStringLiteral("clauses"), kinds);
        QTest::newRow("unknown kind") << QJsonDocument(badKind).toJson() << QStringLiteral("unknown kind \"chapter\"");
    }

    void refusesMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto db = newWorkspace();
        QVERIFY(db);
        QString error;
        QCOMPARE(TemplateImporter::importJson(*db, json, &error), qint64(0));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(count(*db, "template"), 0);
        QCOMPARE(count(*db, "clause"), 0);
        QCOMPARE(count(*db, "clause_text"), 0);
    }

    void missingFile()
    {
        auto db = newWorkspace();
        QVERIFY(db);
        QString error;
        QCOMPARE(TemplateImporter::importFile(*db, m_dir.filePath(QStringLiteral("none.json")), &error), qint64(0));
        QVERIFY(error.contains(QStringLiteral("none.json")));
    }

    void migratesFromPreviousVersion()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.registro"));
        QString error;
        // The version before the templates step (later steps may follow it).
        int templatesVersion = 0;
        for (const Migration& step : Schema::migrations()) {
            if (step.name == QLatin1String("DPA templates and agreements"))
                templatesVersion = step.version;
        }
        QVERIFY(templatesVersion > 1);
        {
            auto old = Database::create(path, &error, templatesVersion - 1);
            QVERIFY2(old, qPrintable(error));
            QVERIFY(!old->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'clause_text'")).toBool());
        }
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
        QVERIFY2(TemplateImporter::importSample(*db, &error) > 0, qPrintable(error));
        // The columns the translation review builds on exist, with their defaults.
        QCOMPARE(db->scalar(QStringLiteral("SELECT DISTINCT state FROM clause_text")).toString(), QStringLiteral("translated"));
        QVERIFY(db->records(QStringLiteral("SELECT reviewed_by, reviewed_at, source_hash_at_review FROM clause_text LIMIT 1")).size() == 1);
    }
};

QTEST_GUILESS_MAIN(TestTemplateImporter)
#include "TestTemplateImporter.moc"
