// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "subprocessors/WorkingDayCalendar.h"

#include <QTest>

class TestWorkingDayCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regionCodes_data();
    void regionCodes();
    void regionForCountry();
    void isWorkingDay_data();
    void isWorkingDay();
    void addWorkingDays_data();
    void addWorkingDays();
    void subtractWorkingDays_data();
    void subtractWorkingDays();
    void calendarDays_data();
    void calendarDays();
    void workingDaysBetween();
    void unknownRegionHasOnlyWeekends();
};

void TestWorkingDayCalendar::regionCodes_data()
{
    QTest::addColumn<QString>("region");
    QTest::newRow("France") << QStringLiteral("fr_fr");
    QTest::newRow("Netherlands") << QStringLiteral("nl_nl");
    QTest::newRow("Italy") << QStringLiteral("it_it");
    QTest::newRow("Belgium (Dutch)") << QStringLiteral("be_nl");
}

void TestWorkingDayCalendar::regionCodes()
{
    QFETCH(QString, region);
    QVERIFY2(WorkingDayCalendar::regionCodes().contains(region), qPrintable(region));
    QVERIFY(WorkingDayCalendar(region).isValid());
}

void TestWorkingDayCalendar::regionForCountry()
{
    QCOMPARE(WorkingDayCalendar::regionForCountry(QStringLiteral("NL")), QStringLiteral("nl_nl"));
    QCOMPARE(WorkingDayCalendar::regionForCountry(QStringLiteral("fr")), QStringLiteral("fr_fr"));
    QVERIFY(WorkingDayCalendar::regionForCountry(QStringLiteral("BE")).startsWith(QLatin1String("be_")));
    QVERIFY(WorkingDayCalendar::regionForCountry(QStringLiteral("Netherlands")).isEmpty());
}

void TestWorkingDayCalendar::isWorkingDay_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");

    QTest::newRow("fr 14 juillet 2027 (Wed)") << QStringLiteral("fr_fr") << QDate(2027, 7, 14) << false;
    QTest::newRow("fr 13 juillet 2027") << QStringLiteral("fr_fr") << QDate(2027, 7, 13) << true;
    QTest::newRow("fr Ascension 2027") << QStringLiteral("fr_fr") << QDate(2027, 5, 6) << false;
    QTest::newRow("fr Easter Monday 2027") << QStringLiteral("fr_fr") << QDate(2027, 3, 29) << false;
    QTest::newRow("fr Christmas 2026 (Fri)") << QStringLiteral("fr_fr") << QDate(2026, 12, 25) << false;
    QTest::newRow("fr King's Day is not French") << QStringLiteral("fr_fr") << QDate(2027, 4, 27) << true;
    QTest::newRow("nl King's Day 2027 (Tue)") << QStringLiteral("nl_nl") << QDate(2027, 4, 27) << false;
    QTest::newRow("nl 14 juillet is not Dutch") << QStringLiteral("nl_nl") << QDate(2027, 7, 14) << true;
    QTest::newRow("nl Easter Monday 2027") << QStringLiteral("nl_nl") << QDate(2027, 3, 29) << false;
    QTest::newRow("nl Ascension 2027") << QStringLiteral("nl_nl") << QDate(2027, 5, 6) << false;
    QTest::newRow("nl New Year 2027 (Fri)") << QStringLiteral("nl_nl") << QDate(2027, 1, 1) << false;
    QTest::newRow("nl Saturday") << QStringLiteral("nl_nl") << QDate(2027, 1, 2) << false;
    QTest::newRow("nl Sunday") << QStringLiteral("nl_nl") << QDate(2027, 1, 3) << false;
    QTest::newRow("nl Remembrance Day is a working day") << QStringLiteral("nl_nl") << QDate(2027, 5, 4) << true;
    QTest::newRow("nl plain Monday") << QStringLiteral("nl_nl") << QDate(2027, 1, 4) << true;
    QTest::newRow("it Ferragosto 2025 (Fri)") << QStringLiteral("it_it") << QDate(2025, 8, 15) << false;
    QTest::newRow("it Pasquetta 2027") << QStringLiteral("it_it") << QDate(2027, 3, 29) << false;
    QTest::newRow("it Ascension is a working day") << QStringLiteral("it_it") << QDate(2027, 5, 6) << true;
    QTest::newRow("it Epiphany 2027 (Wed)") << QStringLiteral("it_it") << QDate(2027, 1, 6) << false;
    QTest::newRow("be National Day 2027 (Wed)") << QStringLiteral("be_nl") << QDate(2027, 7, 21) << false;
    QTest::newRow("be Easter Monday 2027") << QStringLiteral("be_nl") << QDate(2027, 3, 29) << false;
    QTest::newRow("be King's Day is Dutch only") << QStringLiteral("be_nl") << QDate(2027, 4, 27) << true;
    QTest::newRow("be Christmas 2026") << QStringLiteral("be_nl") << QDate(2026, 12, 25) << false;
    QTest::newRow("invalid date") << QStringLiteral("nl_nl") << QDate() << false;
}

void TestWorkingDayCalendar::isWorkingDay()
{
    QFETCH(QString, region);
    QFETCH(QDate, date);
    QFETCH(bool, working);
    const WorkingDayCalendar calendar(region);
    QCOMPARE(calendar.isWorkingDay(date), working);
    if (date.isValid() && !working && !WorkingDayCalendar::isWeekend(date))
        QVERIFY(!calendar.holidayName(date).isEmpty());
}

void TestWorkingDayCalendar::addWorkingDays_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("nl zero days") << QStringLiteral("nl_nl") << QDate(2027, 6, 9) << 0 << QDate(2027, 6, 9);
    QTest::newRow("nl zero days on a holiday") << QStringLiteral("nl_nl") << QDate(2027, 4, 27) << 0 << QDate(2027, 4, 27);
    QTest::newRow("nl over a weekend") << QStringLiteral("nl_nl") << QDate(2027, 6, 11) << 1 << QDate(2027, 6, 14);
    QTest::newRow("nl from a Saturday") << QStringLiteral("nl_nl") << QDate(2027, 6, 12) << 1 << QDate(2027, 6, 14);
    QTest::newRow("nl over Christmas") << QStringLiteral("nl_nl") << QDate(2026, 12, 24) << 1 << QDate(2026, 12, 28);
    QTest::newRow("nl over New Year") << QStringLiteral("nl_nl") << QDate(2026, 12, 31) << 1 << QDate(2027, 1, 4);
    QTest::newRow("nl 10 over the holidays") << QStringLiteral("nl_nl") << QDate(2026, 12, 17) << 10 << QDate(2027, 1, 4);
    QTest::newRow("nl over King's Day") << QStringLiteral("nl_nl") << QDate(2027, 4, 26) << 1 << QDate(2027, 4, 28);
    QTest::newRow("nl negative") << QStringLiteral("nl_nl") << QDate(2027, 6, 14) << -1 << QDate(2027, 6, 11);
    QTest::newRow("fr over 14 juillet") << QStringLiteral("fr_fr") << QDate(2027, 7, 13) << 1 << QDate(2027, 7, 15);
    QTest::newRow("fr over Ascension and 8 mai") << QStringLiteral("fr_fr") << QDate(2027, 5, 5) << 2 << QDate(2027, 5, 10);
    QTest::newRow("it over Ferragosto") << QStringLiteral("it_it") << QDate(2025, 8, 14) << 1 << QDate(2025, 8, 18);
    QTest::newRow("it over Easter") << QStringLiteral("it_it") << QDate(2027, 3, 26) << 1 << QDate(2027, 3, 30);
    QTest::newRow("it over New Year") << QStringLiteral("it_it") << QDate(2026, 12, 31) << 2 << QDate(2027, 1, 5);
    QTest::newRow("it over New Year and Epiphany") << QStringLiteral("it_it") << QDate(2026, 12, 31) << 3 << QDate(2027, 1, 7);
    QTest::newRow("be over National Day") << QStringLiteral("be_nl") << QDate(2027, 7, 20) << 1 << QDate(2027, 7, 22);
    QTest::newRow("be over Easter Monday") << QStringLiteral("be_nl") << QDate(2027, 3, 26) << 1 << QDate(2027, 3, 30);
}

void TestWorkingDayCalendar::addWorkingDays()
{
    QFETCH(QString, region);
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    const WorkingDayCalendar calendar(region);
    QCOMPARE(calendar.addWorkingDays(from, days), expected);
    QCOMPARE(calendar.add(from, days, PeriodUnit::WorkingDays), expected);
}

void TestWorkingDayCalendar::subtractWorkingDays_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("nl zero days") << QStringLiteral("nl_nl") << QDate(2027, 1, 4) << 0 << QDate(2027, 1, 4);
    QTest::newRow("nl back over New Year") << QStringLiteral("nl_nl") << QDate(2027, 1, 4) << 1 << QDate(2026, 12, 31);
    QTest::newRow("nl 10 back over the holidays") << QStringLiteral("nl_nl") << QDate(2027, 1, 4) << 10 << QDate(2026, 12, 17);
    QTest::newRow("nl back over a weekend") << QStringLiteral("nl_nl") << QDate(2027, 6, 14) << 1 << QDate(2027, 6, 11);
    QTest::newRow("nl back over Ascension") << QStringLiteral("nl_nl") << QDate(2027, 5, 7) << 1 << QDate(2027, 5, 5);
    QTest::newRow("fr back over 14 juillet") << QStringLiteral("fr_fr") << QDate(2027, 7, 15) << 1 << QDate(2027, 7, 13);
    QTest::newRow("it back over Epiphany and New Year") << QStringLiteral("it_it") << QDate(2027, 1, 7) << 3 << QDate(2026, 12, 31);
    QTest::newRow("be back over Easter") << QStringLiteral("be_nl") << QDate(2027, 3, 30) << 1 << QDate(2027, 3, 26);
}

void TestWorkingDayCalendar::subtractWorkingDays()
{
    QFETCH(QString, region);
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    const WorkingDayCalendar calendar(region);
    QCOMPARE(calendar.subtractWorkingDays(from, days), expected);
    QCOMPARE(calendar.subtract(from, days, PeriodUnit::WorkingDays), expected);
}

void TestWorkingDayCalendar::calendarDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("after");
    QTest::addColumn<QDate>("before");

    QTest::newRow("zero") << QDate(2027, 1, 1) << 0 << QDate(2027, 1, 1) << QDate(2027, 1, 1);
    QTest::newRow("year boundary") << QDate(2026, 12, 31) << 10 << QDate(2027, 1, 10) << QDate(2026, 12, 21);
    QTest::newRow("holidays count") << QDate(2027, 1, 4) << 10 << QDate(2027, 1, 14) << QDate(2026, 12, 25);
}

void TestWorkingDayCalendar::calendarDays()
{
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(QDate, after);
    QFETCH(QDate, before);
    const WorkingDayCalendar calendar(QStringLiteral("nl_nl"));
    QCOMPARE(calendar.add(from, days, PeriodUnit::CalendarDays), after);
    QCOMPARE(calendar.subtract(from, days, PeriodUnit::CalendarDays), before);
}

void TestWorkingDayCalendar::workingDaysBetween()
{
    const WorkingDayCalendar calendar(QStringLiteral("nl_nl"));
    QCOMPARE(calendar.workingDaysBetween(QDate(2026, 12, 24), QDate(2027, 1, 4)), 5);
    QCOMPARE(calendar.workingDaysBetween(QDate(2027, 1, 4), QDate(2026, 12, 24)), -5);
    QCOMPARE(calendar.workingDaysBetween(QDate(2027, 1, 4), QDate(2027, 1, 4)), 0);
    QCOMPARE(calendar.workingDaysBetween(QDate(2026, 12, 17), QDate(2027, 1, 4)), 10);
}

void TestWorkingDayCalendar::unknownRegionHasOnlyWeekends()
{
    const WorkingDayCalendar calendar(QStringLiteral("xx_nowhere"));
    QVERIFY(!calendar.isValid());
    QVERIFY(calendar.isWorkingDay(QDate(2026, 12, 25)));
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 12, 26)));
    QCOMPARE(calendar.addWorkingDays(QDate(2026, 12, 24), 1), QDate(2026, 12, 25));
}

QTEST_GUILESS_MAIN(TestWorkingDayCalendar)
#include "TestWorkingDayCalendar.moc"
