// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "register/ActivityRepository.h"
#include "register/CatalogRepository.h"
#include "register/SubProcessorRepository.h"

#include <QTemporaryDir>
#include <QTest>

class TestCatalogRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_workspaces = 0;

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = Database::create(
            m_dir.filePath(QStringLiteral("workspace-%1.registro").arg(++m_workspaces)), &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void cleanup() { m_db.reset(); }

    void organisationRoundTrip()
    {
        CatalogRepository catalog(*m_db);
        Organisation o;
        QVERIFY(!catalog.saveOrganisation(o));
        QCOMPARE(catalog.errorField(), QStringLiteral("name"));
        o.name = QStringLiteral("Tulipa Cloud B.V.");
        o.country = QStringLiteral("nl");
        o.dpoEmail = QStringLiteral("dpo@tulipa.example");
        QVERIFY(catalog.saveOrganisation(o));
        QCOMPARE(catalog.organisation().country, QStringLiteral("NL"));
        QCOMPARE(catalog.organisation().dpoEmail, QStringLiteral("dpo@tulipa.example"));
    }

    void categoryInUseCannotBeDeleted()
    {
        CatalogRepository catalog(*m_db);
        DataCategory c{0, QStringLiteral("Contact details"), {}, false, false, QStringLiteral("2 years"), {}};
        QVERIFY(catalog.saveDataCategory(c));
        DataCategory twin{0, QStringLiteral("contact DETAILS"), {}, false, false, {}, {}};
        QVERIFY(!catalog.saveDataCategory(twin));
        QCOMPARE(catalog.errorField(), QStringLiteral("name"));

        ActivityRepository activities(*m_db);
        ProcessingActivity a;
        a.name = QStringLiteral("Newsletter");
        a.dataCategoryIds = {c.id};
        QVERIFY(activities.save(a));
        QCOMPARE(catalog.activitiesUsingCategory(c.id), QStringList{QStringLiteral("Newsletter")});
        QVERIFY(!catalog.removeDataCategory(c.id));
        QVERIFY2(catalog.errorString().contains(QStringLiteral("Newsletter")), qPrintable(catalog.errorString()));
        QVERIFY(catalog.dataCategory(c.id));
        a.dataCategoryIds.clear();
        QVERIFY(activities.save(a));
        QVERIFY(catalog.removeDataCategory(c.id));
        QVERIFY(!catalog.dataCategory(c.id));
    }

    void measuresSortBySection()
    {
        CatalogRepository catalog(*m_db);
        SecurityMeasure b{0, QStringLiteral("Encryption"), QStringLiteral("TLS 1.3 in transit"), {}, 1};
        SecurityMeasure a{0, QStringLiteral("Access control"), QStringLiteral("Single sign-on with MFA"), {}, 1};
        QVERIFY(catalog.saveMeasure(b));
        QVERIFY(catalog.saveMeasure(a));
        const auto all = catalog.measures();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].section, QStringLiteral("Access control"));
        SecurityMeasure twin{0, QStringLiteral("Encryption"), QStringLiteral("TLS 1.3 in transit"), {}, 2};
        QVERIFY(!catalog.saveMeasure(twin));
    }

    void partyValidation()
    {
        CatalogRepository catalog(*m_db);
        Party p;
        p.name = QStringLiteral("Zorgcentrum De Linde");
        p.noticeDays = -1;
        QVERIFY(!catalog.saveParty(p));
        p.noticeDays = 10;
        p.objectionUnit = PeriodUnit::CalendarDays;
        QVERIFY(catalog.saveParty(p));
        QCOMPARE(catalog.party(p.id)->objectionUnit, PeriodUnit::CalendarDays);
        Party twin = p;
        twin.id = 0;
        QVERIFY(!catalog.saveParty(twin));
    }

    void subProcessorLocations()
    {
        SubProcessorRepository repository(*m_db);
        SubProcessor sp;
        sp.legalName = QStringLiteral("Nordhavn Hosting ApS");
        sp.countries = {QStringLiteral("dk"), QStringLiteral("DE"), QStringLiteral("DK")};
        QVERIFY2(repository.save(sp), qPrintable(repository.errorString()));
        QCOMPARE(repository.find(sp.id)->countries, (QStringList{QStringLiteral("DE"), QStringLiteral("DK")}));
        sp.countries = {QStringLiteral("XX")};
        QVERIFY(!repository.save(sp));
        QCOMPARE(repository.errorField(), QStringLiteral("countries"));
        QCOMPARE(repository.find(sp.id)->countries.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCatalogRepository)
#include "TestCatalogRepository.moc"
