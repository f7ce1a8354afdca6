// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "register/ActivityRepository.h"
#include "register/CatalogRepository.h"

#include <QTemporaryDir>
#include <QTest>

class TestActivityRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_workspaces = 0;
    qint64 m_salary = 0;
    qint64 m_health = 0;

    ProcessingActivity payroll()
    {
        ProcessingActivity a;
        a.role = ActivityRole::Controller;
        a.name = QStringLiteral("Payroll");
        a.description = QStringLiteral("Monthly salary calculation and payment.");
        a.department = QStringLiteral("People");
        a.purposes = {QStringLiteral("Paying salaries"), QStringLiteral("Tax withholding")};
        a.legalBases = {QStringLiteral("6.1.b"), QStringLiteral("6.1.c")};
        a.dataSubjects = {QStringLiteral("Employees")};
        a.dataCategoryIds = {m_salary};
        a.recipientCategories = {QStringLiteral("Tax authority")};
        a.erasureTimeLimit = QStringLiteral("7 years after the end of employment");
        a.transfers = {Transfer{0, QStringLiteral("Payroll bureau"), 0, QStringLiteral("CH"), TransferSafeguard::Adequacy, 0, {}, {}}};
        a.nextReview = QDate(2027, 5, 1);
        return a;
    }

    int count(const QString& sql) { return m_db->scalar(sql).toInt(); }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("workspace-%1.registro").arg(++m_workspaces)), &error);
        QVERIFY2(m_db, qPrintable(error));
        CatalogRepository catalog(*m_db);
        DataCategory salary{0, QStringLiteral("Salary"), {}, false, false, QStringLiteral("7 years"), {}};
        DataCategory health{0, QStringLiteral("Health"), {}, true, false, QStringLiteral("2 years"), {}};
        QVERIFY(catalog.saveDataCategory(salary));
        QVERIFY(catalog.saveDataCategory(health));
        m_salary = salary.id;
        m_health = health.id;
    }

    void cleanup() { m_db.reset(); }

    void savesAndLoadsEveryField()
    {
        ActivityRepository repository(*m_db);
        ProcessingActivity a = payroll();
        QVERIFY2(repository.save(a), qPrintable(repository.errorString()));
        QVERIFY(a.id > 0);
        const auto loaded = repository.find(a.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->name, QStringLiteral("Payroll"));
        QCOMPARE(loaded->purposes, (QStringList{QStringLiteral("Paying salaries"), QStringLiteral("Tax withholding")}));
        QCOMPARE(loaded->legalBases, (QStringList{QStringLiteral("6.1.b"), QStringLiteral("6.1.c")}));
        QCOMPARE(loaded->dataCategoryIds, QList<qint64>{m_salary});
        QCOMPARE(loaded->transfers.size(), 1);
        QCOMPARE(loaded->transfers[0].country, QStringLiteral("CH"));
        QCOMPARE(loaded->transfers[0].safeguard, TransferSafeguard::Adequacy);
        QCOMPARE(loaded->nextReview, QDate(2027, 5, 1));
        QVERIFY(loaded->createdAt.isValid());
        // The shared vocabulary got the new terms once.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM vocabulary WHERE kind = 'purpose'")), 2);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("basis");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty name") << QString() << QStringLiteral("6.1.b") << QStringLiteral("name");
        QTest::newRow("blank name") << QStringLiteral("   ") << QStringLiteral("6.1.b") << QStringLiteral("name");
        QTest::newRow("duplicate name, other case") << QStringLiteral("PAYROLL") << QStringLiteral("6.1.b") << QStringLiteral("name");
        QTest::newRow("unknown basis") << QStringLiteral("Recruitment") << QStringLiteral("6.1.z") << QStringLiteral("legal_bases");
    }

    void refusesBadInput()
    {
        QFETCH(QString, name);
        QFETCH(QString, basis);
        QFETCH(QString, field);
        ActivityRepository repository(*m_db);
        ProcessingActivity first = payroll();
        QVERIFY(repository.save(first));
        const int activities = count(QStringLiteral("SELECT count(*) FROM processing_activity"));
        const int audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        ProcessingActivity bad = payroll();
        bad.name = name;
        bad.legalBases = {basis};
        QVERIFY(!repository.save(bad));
        QCOMPARE(repository.errorField(), field);
        QVERIFY(!repository.errorString().isEmpty());
        QCOMPARE(bad.id, qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM processing_activity")), activities);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    }

    void failedLinkRollsBackTheWholeSave()
    {
        ActivityRepository repository(*m_db);
        ProcessingActivity a = payroll();
        QVERIFY(repository.save(a));
        const int audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        ProcessingActivity changed = a;
        changed.description = QStringLiteral("Changed");
        changed.dataCategoryIds = {m_salary, 9999}; // no such category: foreign key fails
        QVERIFY(!repository.save(changed));
        QCOMPARE(repository.find(a.id)->description, a.description);
        QCOMPARE(repository.find(a.id)->dataCategoryIds, QList<qint64>{m_salary});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    }

    void auditsChangesWithOldAndNewValues()
    {
        ActivityRepository repository(*m_db);
        ProcessingActivity a = payroll();
        QVERIFY(repository.save(a));
        a.description = QStringLiteral("Salary calculation, payslips and payment.");
        a.dataCategoryIds = {m_salary, m_health};
        a.purposes.append(QStringLiteral("Sick pay"));
        QVERIFY(repository.save(a));
        CatalogRepository catalog(*m_db);
        const auto history = catalog.history(QStringLiteral("processing_activity"), a.id);
        QStringList fields;
        for (const AuditEntry& e : history)
            fields.append(e.field);
        QVERIFY(fields.contains(QStringLiteral("description")));
        QVERIFY(fields.contains(QStringLiteral("data_categories")));
        QVERIFY(fields.contains(QStringLiteral("purposes")));
        const AuditEntry last = history.constLast();
        QVERIFY(!last.at.isNull());
        bool sawDescription = false;
        for (const AuditEntry& e : history) {
            if (e.field == QLatin1String("description") && !e.oldValue.isEmpty()) {
                QCOMPARE(e.oldValue, QStringLiteral("Monthly salary calculation and payment."));
                QCOMPARE(e.newValue, a.description);
                sawDescription = true;
            }
        }
        QVERIFY(sawDescription);
        // Saving the same value again writes nothing.
        const int audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        QVERIFY(repository.save(a));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    }

    void searchIndexFollowsEdits()
    {
        ActivityRepository repository(*m_db);
        ProcessingActivity a = payroll();
        QVERIFY(repository.save(a));
        auto hits = [this](const QString& word) {
            return count(QStringLiteral("SELECT count(*) FROM activity_search WHERE activity_search MATCH '\"%1\"*'").arg(word));
        };
        QCOMPARE(hits(QStringLiteral("withholding")), 1); // a purpose
        QCOMPARE(hits(QStringLiteral("bureau")), 1); // a transfer recipient
        a.purposes = {QStringLiteral("Paying salaries")};
        QVERIFY(repository.save(a));
        QCOMPARE(hits(QStringLiteral("withholding")), 0);
        QVERIFY(repository.remove(a.id));
        QCOMPARE(hits(QStringLiteral("salaries")), 0);
    }

    void duplicatesAsDraft()
    {
        ActivityRepository repository(*m_db);
        ProcessingActivity a = payroll();
        a.status = ActivityStatus::Approved;
        a.approvedBy = QStringLiteral("DPO");
        QVERIFY(repository.save(a));
        const QString name = repository.copyName(a.name);
        QCOMPARE(name, QStringLiteral("Payroll (copy)"));
        const qint64 copyId = repository.duplicate(a.id, name);
        QVERIFY2(copyId > 0, qPrintable(repository.errorString()));
        const auto copy = repository.find(copyId);
        QCOMPARE(copy->status, ActivityStatus::Draft);
        QVERIFY(copy->approvedBy.isEmpty());
        QCOMPARE(copy->purposes, repository.find(a.id)->purposes);
        QCOMPARE(copy->transfers.size(), 1);
        QCOMPARE(repository.copyName(a.name), QStringLiteral("Payroll (copy 2)"));
    }

    void removeKeepsSnapshotInAudit()
    {
        ActivityRepository repository(*m_db);
        ProcessingActivity a = payroll();
        QVERIFY(repository.save(a));
        QVERIFY(repository.remove(a.id));
        QVERIFY(!repository.find(a.id));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM activity_legal_basis")), 0);
        QVERIFY(m_db->scalar(QStringLiteral("SELECT old_value FROM audit_log WHERE new_value = 'deleted'"))
                    .toString()
                    .contains(QStringLiteral("Payroll")));
        QVERIFY(!repository.remove(a.id));
    }
};

QTEST_GUILESS_MAIN(TestActivityRepository)
#include "TestActivityRepository.moc"
