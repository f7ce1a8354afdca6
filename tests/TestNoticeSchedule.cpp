// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "register/CatalogRepository.h"
#include "register/SubProcessorRepository.h"
#include "settings/Settings.h"
#include "subprocessors/NoticeSchedule.h"
#include "subprocessors/PlannedChangeRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(NoticeStatus)
Q_DECLARE_METATYPE(PeriodUnit)

class TestNoticeSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void compute_data();
    void compute();
    void holidayRegion();
    void demoDeadlinesDiffer();
    void plannedChangeValidation_data();
    void plannedChangeValidation();
    void noticeIsUpdatedNotDuplicated();

private:
    QTemporaryDir m_dir;
};

void TestNoticeSchedule::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    Settings::setTestInstance(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestNoticeSchedule::compute_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QDate>("effective");
    QTest::addColumn<int>("noticeDays");
    QTest::addColumn<PeriodUnit>("noticeUnit");
    QTest::addColumn<int>("objectionDays");
    QTest::addColumn<PeriodUnit>("objectionUnit");
    QTest::addColumn<QDate>("sent");
    QTest::addColumn<QDate>("objection");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("latestNotice");
    QTest::addColumn<QDate>("objectionDeadline");
    QTest::addColumn<NoticeStatus>("status");

    const auto working = PeriodUnit::WorkingDays;
    const auto calendar = PeriodUnit::CalendarDays;
    const QString nl = QStringLiteral("nl_nl");
    QTest::newRow("working days over Christmas, not sent yet")
        << nl << QDate(2027, 1, 4) << 10 << working << 10 << working << QDate() << QDate() << QDate(2026, 12, 1)
        << QDate(2026, 12, 17) << QDate(2027, 1, 4) << NoticeStatus::NoticeNeeded;
    QTest::newRow("calendar days over New Year, sent in time")
        << nl << QDate(2027, 2, 1) << 30 << calendar << 15 << calendar << QDate(2026, 12, 20) << QDate()
        << QDate(2026, 12, 21) << QDate(2027, 1, 2) << QDate(2027, 1, 4) << NoticeStatus::Sent;
    QTest::newRow("sent on the last day") << nl << QDate(2027, 1, 4) << 10 << working << 10 << working << QDate(2026, 12, 17)
                                          << QDate() << QDate(2026, 12, 20) << QDate(2026, 12, 17) << QDate(2027, 1, 4)
                                          << NoticeStatus::Sent;
    QTest::newRow("sent a day late") << nl << QDate(2027, 1, 4) << 10 << working << 10 << working << QDate(2026, 12, 18)
                                     << QDate() << QDate(2026, 12, 20) << QDate(2026, 12, 17) << QDate(2027, 1, 5)
                                     << NoticeStatus::Late;
    QTest::newRow("not sent, deadline passed") << nl << QDate(2027, 1, 4) << 10 << working << 10 << working << QDate()
                                               << QDate() << QDate(2026, 12, 18) << QDate(2026, 12, 17)
                                               << QDate(2027, 1, 4) << NoticeStatus::Late;
    QTest::newRow("objected") << nl << QDate(2027, 1, 4) << 10 << working << 10 << working << QDate(2026, 12, 10)
                              << QDate(2026, 12, 15) << QDate(2026, 12, 20) << QDate(2026, 12, 17) << QDate(2026, 12, 24)
                              << NoticeStatus::Objected;
    QTest::newRow("notice period zero") << nl << QDate(2027, 1, 4) << 0 << working << 0 << working << QDate() << QDate()
                                        << QDate(2027, 1, 4) << QDate(2027, 1, 4) << QDate(2027, 1, 4)
                                        << NoticeStatus::NoticeNeeded;
    QTest::newRow("France skips 14 juillet") << QStringLiteral("fr_fr") << QDate(2027, 7, 15) << 1 << working << 1 << working
                                             << QDate() << QDate() << QDate(2027, 7, 1) << QDate(2027, 7, 13)
                                             << QDate(2027, 7, 15) << NoticeStatus::NoticeNeeded;
    QTest::newRow("Italy skips Ferragosto") << QStringLiteral("it_it") << QDate(2025, 8, 18) << 1 << working << 2 << calendar
                                            << QDate() << QDate() << QDate(2025, 8, 1) << QDate(2025, 8, 14)
                                            << QDate(2025, 8, 16) << NoticeStatus::NoticeNeeded;
    QTest::newRow("Belgium skips Easter Monday") << QStringLiteral("be_nl") << QDate(2027, 3, 30) << 1 << working << 1
                                                 << working << QDate() << QDate() << QDate(2027, 3, 1) << QDate(2027, 3, 26)
                                                 << QDate(2027, 3, 30) << NoticeStatus::NoticeNeeded;
}

void TestNoticeSchedule::compute()
{
    QFETCH(QString, region);
    QFETCH(QDate, effective);
    QFETCH(int, noticeDays);
    QFETCH(PeriodUnit, noticeUnit);
    QFETCH(int, objectionDays);
    QFETCH(PeriodUnit, objectionUnit);
    QFETCH(QDate, sent);
    QFETCH(QDate, objection);
    QFETCH(QDate, today);
    QFETCH(QDate, latestNotice);
    QFETCH(QDate, objectionDeadline);
    QFETCH(NoticeStatus, status);

    PlannedChange change;
    change.id = 1;
    change.effectiveDate = effective;
    Party customer;
    customer.id = 2;
    customer.name = QStringLiteral("Customer");
    customer.noticeDays = noticeDays;
    customer.noticeUnit = noticeUnit;
    customer.objectionDays = objectionDays;
    customer.objectionUnit = objectionUnit;
    std::optional<ChangeNotice> notice;
    if (sent.isValid()) {
        notice = ChangeNotice{};
        notice->sentDate = sent;
        notice->objectionReceived = objection.isValid();
        notice->objectionDate = objection;
    }
    const NoticeDeadline deadline = NoticeSchedule::compute(WorkingDayCalendar(region), change, customer, notice, today);
    QCOMPARE(deadline.latestNoticeDate, latestNotice);
    QCOMPARE(deadline.objectionDeadline, objectionDeadline);
    QCOMPARE(deadline.status, status);
    QCOMPARE(deadline.partyId, 2);
}

void TestNoticeSchedule::holidayRegion()
{
    QString error;
    auto db = Database::create(m_dir.filePath(QStringLiteral("region.registro")), &error);
    QVERIFY2(db, qPrintable(error));
    Settings::instance().reset(Settings::Key::HolidayRegion);
    QCOMPARE(NoticeSchedule::holidayRegion(*db), QStringLiteral("nl_nl")); // no country: the default
    CatalogRepository catalog(*db);
    Organisation organisation = catalog.organisation();
    organisation.name = QStringLiteral("Processor");
    organisation.country = QStringLiteral("FR");
    QVERIFY(catalog.saveOrganisation(organisation));
    QCOMPARE(NoticeSchedule::holidayRegion(*db), QStringLiteral("fr_fr"));
    Settings::instance().setValue(Settings::Key::HolidayRegion, QStringLiteral("it_it"));
    QCOMPARE(NoticeSchedule::holidayRegion(*db), QStringLiteral("it_it"));
    QCOMPARE(NoticeSchedule(*db).regionCode(), QStringLiteral("it_it"));
    Settings::instance().reset(Settings::Key::HolidayRegion);
}

void TestNoticeSchedule::demoDeadlinesDiffer()
{
    QString error;
    auto db = Database::create(m_dir.filePath(QStringLiteral("demo.registro")), &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY2(DemoWorkspace::populate(*db, &error), qPrintable(error));
    PlannedChangeRepository repository(*db);
    const QList<PlannedChange> changes = repository.changes();
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(2).kind, PlannedChange::Kind::Replace);
    QVERIFY(changes.at(2).replacesId != 0);

    NoticeSchedule schedule(*db, QStringLiteral("nl_nl"));
    schedule.setToday(QDate(2026, 11, 23));
    const QList<NoticeDeadline> all = schedule.deadlines();
    const int customers = int(CatalogRepository(*db).parties(PartyKind::Client).size());
    QCOMPARE(all.size(), 3 * customers);
    QSet<QDate> latest;
    QSet<NoticeStatus> statuses;
    for (const NoticeDeadline& d : schedule.deadlines(changes.constFirst().id)) {
        latest.insert(d.latestNoticeDate);
        statuses.insert(d.status);
        QVERIFY(d.latestNoticeDate <= d.effectiveDate);
    }
    QVERIFY2(latest.size() > 3, "customers' notice terms differ, so must their deadlines");
    QVERIFY(statuses.contains(NoticeStatus::Sent));
    QVERIFY(statuses.contains(NoticeStatus::NoticeNeeded));
    bool objected = false;
    for (const NoticeDeadline& d : all)
        objected = objected || d.status == NoticeStatus::Objected;
    QVERIFY(objected);
    // Van Beek: 20 working days before Monday 4 January 2027 in the Netherlands.
    bool foundVanBeek = false;
    for (const NoticeDeadline& d : schedule.deadlines(changes.constFirst().id)) {
        if (d.partyName.startsWith(QLatin1String("Van Beek"))) {
            foundVanBeek = true;
            QCOMPARE(d.latestNoticeDate, QDate(2026, 12, 3));
            QCOMPARE(d.status, NoticeStatus::Sent);
        }
    }
    QVERIFY(foundVanBeek);
}

void TestNoticeSchedule::plannedChangeValidation_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("withSubProcessor");
    QTest::addColumn<bool>("withReplaced");
    QTest::addColumn<bool>("withDate");
    QTest::addColumn<QString>("field");
    QTest::newRow("no sub-processor") << int(PlannedChange::Kind::Add) << false << false << true << QStringLiteral("subprocessor");
    QTest::newRow("no date") << int(PlannedChange::Kind::Add) << true << false << false << QStringLiteral("effective_date");
    QTest::newRow("replace without replaced") << int(PlannedChange::Kind::Replace) << true << false << true
                                              << QStringLiteral("replaces");
}

void TestNoticeSchedule::plannedChangeValidation()
{
    QFETCH(int, kind);
    QFETCH(bool, withSubProcessor);
    QFETCH(bool, withReplaced);
    QFETCH(bool, withDate);
    QFETCH(QString, field);
    QString error;
    auto db = Database::create(m_dir.filePath(QStringLiteral("validation-%1.registro").arg(QString::fromLatin1(QTest::currentDataTag()))), &error);
    QVERIFY2(db, qPrintable(error));
    SubProcessor sp;
    sp.legalName = QStringLiteral("Some Processor");
    QVERIFY(SubProcessorRepository(*db).save(sp));
    PlannedChange change;
    change.kind = PlannedChange::Kind(kind);
    change.subProcessorId = withSubProcessor ? sp.id : 0;
    change.replacesId = withReplaced ? sp.id : 0;
    change.effectiveDate = withDate ? QDate(2027, 1, 4) : QDate();
    PlannedChangeRepository repository(*db);
    QVERIFY(!repository.saveChange(change));
    QCOMPARE(repository.errorField(), field);
    QVERIFY(!repository.errorString().isEmpty());
    QVERIFY(repository.changes().isEmpty());
}

void TestNoticeSchedule::noticeIsUpdatedNotDuplicated()
{
    QString error;
    auto db = Database::create(m_dir.filePath(QStringLiteral("notice.registro")), &error);
    QVERIFY2(db, qPrintable(error));
    SubProcessor sp;
    sp.legalName = QStringLiteral("Some Processor");
    QVERIFY(SubProcessorRepository(*db).save(sp));
    Party customer;
    customer.name = QStringLiteral("Customer");
    QVERIFY(CatalogRepository(*db).saveParty(customer));
    PlannedChangeRepository repository(*db);
    PlannedChange change;
    change.subProcessorId = sp.id;
    change.effectiveDate = QDate(2027, 1, 4);
    QVERIFY2(repository.saveChange(change), qPrintable(repository.errorString()));

    ChangeNotice notice;
    notice.plannedChangeId = change.id;
    notice.partyId = customer.id;
    notice.sentDate = QDate(2026, 12, 1);
    QVERIFY(repository.saveNotice(notice));
    ChangeNotice again;
    again.plannedChangeId = change.id;
    again.partyId = customer.id;
    again.sentDate = QDate(2026, 12, 1);
    again.objectionReceived = true;
    again.objectionDate = QDate(2026, 11, 30);
    QVERIFY(!repository.saveNotice(again)); // objection before the notice
    again.objectionDate = QDate(2026, 12, 5);
    QVERIFY(repository.saveNotice(again));
    QCOMPARE(again.id, notice.id);
    QCOMPARE(repository.notices(change.id).size(), 1);
    QVERIFY(repository.notice(change.id, customer.id)->objectionReceived);
    QVERIFY(db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'change_notice'")).toInt() > 0);
}

QTEST_GUILESS_MAIN(TestNoticeSchedule)
#include "TestNoticeSchedule.moc"
