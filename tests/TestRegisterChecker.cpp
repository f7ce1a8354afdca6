// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "checks/RegisterChecker.h"
#include "core/Database.h"
#include "register/CatalogRepository.h"

#include <QTemporaryDir>
#include <QTest>

class TestRegisterChecker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_plain = 0;
    qint64 m_health = 0;
    qint64 m_criminal = 0;
    qint64 m_noRetention = 0;
    qint64 m_client = 0;

    ProcessingActivity complete()
    {
        ProcessingActivity a;
        a.id = 1;
        a.name = QStringLiteral("Recruitment");
        a.description = QStringLiteral("Selecting candidates.");
        a.purposes = {QStringLiteral("Hiring staff")};
        a.legalBases = {QStringLiteral("6.1.b")};
        a.dataSubjects = {QStringLiteral("Job applicants")};
        a.dataCategoryIds = {m_plain};
        a.recipientCategories = {QStringLiteral("Hiring managers")};
        a.erasureTimeLimit = QStringLiteral("4 weeks after the vacancy closes");
        a.securityDescription = QStringLiteral("See the measures catalogue.");
        a.nextReview = QDate(2027, 1, 1);
        return a;
    }

    QStringList codes(const ProcessingActivity& a)
    {
        RegisterChecker checker(*m_db);
        checker.setToday(QDate(2026, 11, 23));
        QStringList result;
        for (const Finding& f : checker.check(a)) {
            result.append(f.code);
            if (f.message.isEmpty())
                result.append(QStringLiteral("EMPTY MESSAGE"));
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("checks.registro")), &error);
        QVERIFY2(m_db, qPrintable(error));
        CatalogRepository catalog(*m_db);
        DataCategory plain{0, QStringLiteral("CV"), {}, false, false, QStringLiteral("4 weeks"), {}};
        DataCategory health{0, QStringLiteral("Health"), {}, true, false, QStringLiteral("2 years"), {}};
        DataCategory criminal{0, QStringLiteral("Certificate of conduct"), {}, false, true, QStringLiteral("Until hired"), {}};
        DataCategory none{0, QStringLiteral("Webinar attendance"), {}, false, false, {}, {}};
        QVERIFY(catalog.saveDataCategory(plain));
        QVERIFY(catalog.saveDataCategory(health));
        QVERIFY(catalog.saveDataCategory(criminal));
        QVERIFY(catalog.saveDataCategory(none));
        m_plain = plain.id;
        m_health = health.id;
        m_criminal = criminal.id;
        m_noRetention = none.id;
        Party client;
        client.name = QStringLiteral("Client");
        QVERIFY(catalog.saveParty(client));
        m_client = client.id;
    }

    void completeRecordHasNoFindings() { QCOMPARE(codes(complete()), QStringList()); }

    void findings_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("code");
        int i = 0;
        QTest::newRow("no purposes") << i++ << QStringLiteral("missing-purposes");
        QTest::newRow("no data subjects") << i++ << QStringLiteral("missing-data-subjects");
        QTest::newRow("no data categories") << i++ << QStringLiteral("missing-data-categories");
        QTest::newRow("no recipients") << i++ << QStringLiteral("missing-recipients");
        QTest::newRow("no erasure limit") << i++ << QStringLiteral("missing-erasure");
        QTest::newRow("no Art. 6 basis") << i++ << QStringLiteral("missing-legal-basis");
        QTest::newRow("special without Art. 9(2)") << i++ << QStringLiteral("special-without-condition");
        QTest::newRow("criminal without Art. 10") << i++ << QStringLiteral("criminal-without-authorisation");
        QTest::newRow("transfer without safeguard") << i++ << QStringLiteral("transfer-without-safeguard");
        QTest::newRow("DPF outside the US") << i++ << QStringLiteral("transfer-without-safeguard");
        QTest::newRow("category without retention") << i++ << QStringLiteral("category-without-retention");
        QTest::newRow("processor without controller") << i++ << QStringLiteral("processor-without-controller");
        QTest::newRow("review overdue") << i++ << QStringLiteral("review-overdue");
        QTest::newRow("no security") << i++ << QStringLiteral("missing-security");
        QTest::newRow("SCCs without module") << i++ << QStringLiteral("scc-without-module");
    }

    void findings()
    {
        QFETCH(int, change);
        QFETCH(QString, code);
        ProcessingActivity a = complete();
        switch (change) {
        case 0: a.purposes.clear(); break;
        case 1: a.dataSubjects.clear(); break;
        case 2: a.dataCategoryIds.clear(); break;
        case 3: a.recipientCategories.clear(); break;
        case 4: a.erasureTimeLimit.clear(); break;
        case 5: a.legalBases = {QStringLiteral("9.2.b")}; break;
        case 6: a.dataCategoryIds.append(m_health); break;
        case 7: a.dataCategoryIds.append(m_criminal); break;
        case 8: a.transfers = {Transfer{0, QStringLiteral("Assessor"), 0, QStringLiteral("UA"), TransferSafeguard::None, 0, {}, {}}}; break;
        case 9: a.transfers = {Transfer{0, QStringLiteral("SMS gateway"), 0, QStringLiteral("CA"), TransferSafeguard::DataPrivacyFramework, 0, {}, {}}}; break;
        case 10: a.dataCategoryIds.append(m_noRetention); break;
        case 11: a.role = ActivityRole::Processor; break;
        case 12: a.nextReview = QDate(2026, 6, 10); break;
        case 13: a.securityDescription.clear(); break;
        case 14: a.transfers = {Transfer{0, QStringLiteral("Support desk"), 0, QStringLiteral("IN"), TransferSafeguard::StandardContractualClauses, 0, {}, {}}}; break;
        }
        const QStringList found = codes(a);
        QVERIFY2(found.contains(code), qPrintable(found.join(QLatin1Char(','))));
        QVERIFY(!found.contains(QStringLiteral("EMPTY MESSAGE")));
    }

    void findingsClearWhenFixed()
    {
        ProcessingActivity a = complete();
        a.dataCategoryIds.append(m_health);
        QVERIFY(codes(a).contains(QStringLiteral("special-without-condition")));
        a.legalBases.append(QStringLiteral("9.2.b"));
        QVERIFY(!codes(a).contains(QStringLiteral("special-without-condition")));

        a.transfers = {Transfer{0, QStringLiteral("Assessor"), 0, QStringLiteral("UA"), TransferSafeguard::None, 0, {}, {}}};
        QVERIFY(codes(a).contains(QStringLiteral("transfer-without-safeguard")));
        a.transfers[0].safeguard = TransferSafeguard::StandardContractualClauses;
        a.transfers[0].sccModule = 1;
        QCOMPARE(codes(a), QStringList());

        a.role = ActivityRole::Processor;
        a.controllerIds = {m_client};
        QCOMPARE(codes(a), QStringList());
    }

    void retiredRecordsAreNotOverdue()
    {
        ProcessingActivity a = complete();
        a.nextReview = QDate(2020, 1, 1);
        a.status = ActivityStatus::Retired;
        QCOMPARE(codes(a), QStringList());
    }

    void organisationFindings()
    {
        RegisterChecker checker(*m_db);
        QStringList found;
        for (const Finding& f : checker.checkOrganisation())
            found.append(f.code);
        QVERIFY(found.contains(QStringLiteral("organisation-name")));
        CatalogRepository catalog(*m_db);
        Organisation o;
        o.name = QStringLiteral("Acme Inc.");
        o.country = QStringLiteral("US");
        o.contactEmail = QStringLiteral("privacy@acme.example");
        o.dpoName = QStringLiteral("A. DPO");
        QVERIFY(catalog.saveOrganisation(o));
        found.clear();
        for (const Finding& f : checker.checkOrganisation())
            found.append(f.code);
        QCOMPARE(found, QStringList{QStringLiteral("organisation-representative")});
    }
};

QTEST_GUILESS_MAIN(TestRegisterChecker)
#include "TestRegisterChecker.moc"
