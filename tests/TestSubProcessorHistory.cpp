// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "register/SubProcessorRepository.h"
#include "subprocessors/SubProcessorHistory.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSubProcessorHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listAsOf_data();
    void listAsOf();
    void fieldsAsOf();
    void diff();
    void sameDayChangesKeepOneVersion();
    void failedSaveRecordsNothing();
    void migratesPreviousVersionWithHistory();

private:
    static QStringList names(const QList<SubProcessorVersion>& list);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_alpha = 0;
};

QStringList TestSubProcessorHistory::names(const QList<SubProcessorVersion>& list)
{
    QStringList result;
    for (const SubProcessorVersion& version : list)
        result.append(version.legalName);
    return result;
}

void TestSubProcessorHistory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_db = Database::create(m_dir.filePath(QStringLiteral("history.registro")), &error);
    QVERIFY2(m_db, qPrintable(error));
    SubProcessorRepository repository(*m_db);

    repository.setChangeDate(QDate(2026, 1, 10));
    SubProcessor alpha;
    alpha.legalName = QStringLiteral("Alpha Hosting ApS");
    alpha.service = QStringLiteral("Hosting");
    alpha.countries = {QStringLiteral("DK")};
    alpha.dateAdded = QDate(2025, 6, 1);
    QVERIFY2(repository.save(alpha), qPrintable(repository.errorString()));
    m_alpha = alpha.id;
    SubProcessor beta;
    beta.legalName = QStringLiteral("Beta Backup Sp. z o.o.");
    beta.countries = {QStringLiteral("PL")};
    QVERIFY2(repository.save(beta), qPrintable(repository.errorString()));

    repository.setChangeDate(QDate(2026, 3, 1));
    alpha.service = QStringLiteral("Hosting and backups");
    alpha.countries = {QStringLiteral("DK"), QStringLiteral("SE")};
    QVERIFY2(repository.save(alpha), qPrintable(repository.errorString()));
    QVERIFY2(repository.remove(beta.id), qPrintable(repository.errorString()));

    repository.setChangeDate(QDate(2026, 4, 1));
    SubProcessor gamma;
    gamma.legalName = QStringLiteral("Gamma Mail AG");
    gamma.countries = {QStringLiteral("CH")};
    gamma.safeguard = TransferSafeguard::Adequacy;
    QVERIFY2(repository.save(gamma), qPrintable(repository.errorString()));
}

void TestSubProcessorHistory::listAsOf_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QStringList>("expected");
    const QString alpha = QStringLiteral("Alpha Hosting ApS");
    const QString beta = QStringLiteral("Beta Backup Sp. z o.o.");
    const QString gamma = QStringLiteral("Gamma Mail AG");
    QTest::newRow("before anything") << QDate(2025, 5, 31) << QStringList();
    QTest::newRow("first version dates back to date added") << QDate(2025, 6, 1) << QStringList{alpha};
    QTest::newRow("day before the second") << QDate(2026, 1, 9) << QStringList{alpha};
    QTest::newRow("second added") << QDate(2026, 1, 10) << QStringList{alpha, beta};
    QTest::newRow("day before removal") << QDate(2026, 2, 28) << QStringList{alpha, beta};
    QTest::newRow("removal day") << QDate(2026, 3, 1) << QStringList{alpha};
    QTest::newRow("third added") << QDate(2026, 4, 1) << QStringList{alpha, gamma};
    QTest::newRow("far future") << QDate(2030, 1, 1) << QStringList{alpha, gamma};
}

void TestSubProcessorHistory::listAsOf()
{
    QFETCH(QDate, date);
    QFETCH(QStringList, expected);
    QCOMPARE(names(SubProcessorHistory(*m_db).listAsOf(date)), expected);
}

void TestSubProcessorHistory::fieldsAsOf()
{
    SubProcessorHistory history(*m_db);
    const auto before = history.listAsOf(QDate(2026, 2, 28));
    QCOMPARE(before.constFirst().snapshot.value(QStringLiteral("countries")).toArray(), QJsonArray{QStringLiteral("DK")});
    QCOMPARE(before.constFirst().validFrom, QDate(2025, 6, 1));
    QCOMPARE(before.constFirst().validTo, QDate(2026, 3, 1));
    const auto after = history.listAsOf(QDate(2026, 3, 1));
    QCOMPARE(after.constFirst().snapshot.value(QStringLiteral("countries")).toArray(),
             (QJsonArray{QStringLiteral("DK"), QStringLiteral("SE")}));
    QCOMPARE(after.constFirst().snapshot.value(QStringLiteral("service")).toString(), QStringLiteral("Hosting and backups"));
    QVERIFY(!after.constFirst().validTo.isValid());
    QCOMPARE(history.versions(m_alpha).size(), 2);
}

void TestSubProcessorHistory::diff()
{
    SubProcessorHistory history(*m_db);
    const QList<SubProcessorChange> changes = history.diff(QDate(2026, 2, 28), QDate(2026, 4, 1));
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).legalName, QStringLiteral("Alpha Hosting ApS"));
    QCOMPARE(changes.at(0).kind, SubProcessorChange::Kind::Changed);
    QStringList fields = changes.at(0).fields;
    fields.sort();
    QCOMPARE(fields, (QStringList{QStringLiteral("countries"), QStringLiteral("service")}));
    QCOMPARE(changes.at(0).before.value(QStringLiteral("service")).toString(), QStringLiteral("Hosting"));
    QCOMPARE(changes.at(1).kind, SubProcessorChange::Kind::Removed);
    QCOMPARE(changes.at(1).legalName, QStringLiteral("Beta Backup Sp. z o.o."));
    QCOMPARE(changes.at(2).kind, SubProcessorChange::Kind::Added);
    QCOMPARE(changes.at(2).legalName, QStringLiteral("Gamma Mail AG"));
    // SQLite gave Gamma the id of the deleted Beta; the history still tells them apart.
    QCOMPARE(changes.at(2).subProcessorId, changes.at(1).subProcessorId);

    QVERIFY(history.diff(QDate(2026, 4, 1), QDate(2026, 4, 1)).isEmpty());
    // Backwards, additions and removals swap.
    const auto backwards = history.diff(QDate(2026, 4, 1), QDate(2026, 2, 28));
    QCOMPARE(backwards.size(), 3);
    QCOMPARE(backwards.at(1).kind, SubProcessorChange::Kind::Added);
    QCOMPARE(backwards.at(2).kind, SubProcessorChange::Kind::Removed);
}

void TestSubProcessorHistory::sameDayChangesKeepOneVersion()
{
    SubProcessorRepository repository(*m_db);
    repository.setChangeDate(QDate(2026, 5, 5));
    SubProcessor delta;
    delta.legalName = QStringLiteral("Delta Sign Ltd");
    delta.countries = {QStringLiteral("NL")};
    QVERIFY(repository.save(delta));
    delta.website = QStringLiteral("https://delta.example");
    QVERIFY(repository.save(delta));
    QVERIFY(repository.save(delta)); // unchanged: nothing recorded
    SubProcessorHistory history(*m_db);
    const auto versions = history.versions(delta.id);
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.constFirst().snapshot.value(QStringLiteral("website")).toString(), QStringLiteral("https://delta.example"));
    QVERIFY(repository.remove(delta.id));
    QVERIFY(history.versions(delta.id).isEmpty());
}

void TestSubProcessorHistory::failedSaveRecordsNothing()
{
    const int before = m_db->scalar(QStringLiteral("SELECT count(*) FROM subprocessor_version")).toInt();
    SubProcessorRepository repository(*m_db);
    SubProcessor duplicate;
    duplicate.legalName = QStringLiteral("alpha hosting aps");
    QVERIFY(!repository.save(duplicate));
    SubProcessor badCountry;
    badCountry.legalName = QStringLiteral("Nowhere Ltd");
    badCountry.countries = {QStringLiteral("XX")};
    QVERIFY(!repository.save(badCountry));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM subprocessor_version")).toInt(), before);
}

void TestSubProcessorHistory::migratesPreviousVersionWithHistory()
{
    const QString path = m_dir.filePath(QStringLiteral("previous.registro"));
    QString error;
    const int previous = 1; // the register alone, before the sub-processor history step
    {
        auto old = Database::create(path, &error, previous);
        QVERIFY2(old, qPrintable(error));
        old->run(QStringLiteral("INSERT INTO subprocessor (id, legal_name, safeguard, date_added) "
                                "VALUES (7, 'Old Cloud GmbH', 'not_required', '2024-02-01')"));
        old->run(QStringLiteral("INSERT INTO subprocessor_location VALUES (7, 'DE'), (7, 'AT')"));
        QVERIFY2(!old->hasError(), qPrintable(old->lastError()));
    }
    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
    SubProcessorHistory history(*db);
    QVERIFY(history.listAsOf(QDate(2024, 1, 31)).isEmpty());
    const auto list = history.listAsOf(QDate(2024, 2, 1));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.constFirst().subProcessorId, 7);
    QCOMPARE(list.constFirst().snapshot.value(QStringLiteral("countries")).toArray(),
             (QJsonArray{QStringLiteral("AT"), QStringLiteral("DE")}));
    // The migrated snapshot matches what the code writes, so an unchanged save records nothing.
    SubProcessorRepository repository(*db);
    auto stored = repository.find(7);
    QVERIFY(stored);
    QVERIFY(repository.save(*stored));
    QCOMPARE(history.versions(7).size(), 1);
}

QTEST_GUILESS_MAIN(TestSubProcessorHistory)
#include "TestSubProcessorHistory.moc"
