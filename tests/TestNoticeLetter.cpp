// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "register/CatalogRepository.h"
#include "settings/Settings.h"
#include "subprocessors/NoticeLetter.h"
#include "subprocessors/NoticeSchedule.h"
#include "subprocessors/PlannedChangeRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestNoticeLetter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoLetters_data();
    void demoLetters();
    void replacementAndPeriod_data();
    void replacementAndPeriod();
    void unknownChangeGivesNoLetter();

private:
    qint64 partyNamed(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestNoticeLetter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    Settings::setTestInstance(m_dir.filePath(QStringLiteral("settings.ini")));
    QString error;
    m_db = Database::create(m_dir.filePath(QStringLiteral("demo.registro")), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(DemoWorkspace::populate(*m_db, &error), qPrintable(error));
}

qint64 TestNoticeLetter::partyNamed(const QString& name)
{
    for (const Party& party : CatalogRepository(*m_db).parties(PartyKind::Client)) {
        if (party.name == name)
            return party.id;
    }
    return 0;
}

void TestNoticeLetter::demoLetters_data()
{
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("phrases");
    QTest::newRow("French") << QStringLiteral("Hôtels Lumière SAS") << QStringLiteral("fr")
                            << QStringList{QStringLiteral("À compter du 18 janvier 2027, nous ferons appel à Wattle Insights"),
                                           QStringLiteral("Australie"), QStringLiteral("10 jours ouvrés"),
                                           QStringLiteral("Madame, Monsieur")};
    QTest::newRow("Italian") << QStringLiteral("Ortofresco S.p.A.") << QStringLiteral("it")
                             << QStringList{QStringLiteral("A partire dal 18 gennaio 2027 ci avvarremo di Wattle Insights"),
                                            QStringLiteral("20 giorni"), QStringLiteral("Spettabile Ortofresco S.p.A.,")};
    QTest::newRow("Dutch") << QStringLiteral("Van Beek Logistiek B.V.") << QStringLiteral("nl")
                           << QStringList{QStringLiteral("Vanaf 18 januari 2027 schakelen wij Wattle Insights"),
                                          QStringLiteral("10 werkdagen"), QStringLiteral("Geachte Van Beek Logistiek B.V.,")};
    QTest::newRow("English") << QStringLiteral("Corrib Care Services Ltd") << QStringLiteral("en")
                             << QStringList{QStringLiteral("From 18 January 2027 we will engage Wattle Insights"),
                                            QStringLiteral("5 working days"), QStringLiteral("Dear Corrib Care Services Ltd,")};
}

void TestNoticeLetter::demoLetters()
{
    QFETCH(QString, customer);
    QFETCH(QString, language);
    QFETCH(QStringList, phrases);
    qint64 wattle = 0;
    for (const PlannedChange& change : PlannedChangeRepository(*m_db).changes()) {
        if (change.kind == PlannedChange::Kind::Add)
            wattle = change.id;
    }
    QVERIFY(wattle != 0);
    const qint64 party = partyNamed(customer);
    QVERIFY(party != 0);
    const NoticeLetter letter = NoticeLetter::forCustomer(*m_db, wattle, party, QDate(2026, 11, 23));
    QVERIFY(letter.isValid());
    QCOMPARE(letter.language(), language);
    const QString text = letter.text();
    for (const QString& phrase : phrases)
        QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral("\n---\n") + text));
    // The objection deadline in the letter is the schedule's.
    for (const NoticeDeadline& d : NoticeSchedule(*m_db).deadlines(wattle)) {
        if (d.partyId == party)
            QVERIFY(text.contains(QLocale(language).toString(d.objectionDeadline, QStringLiteral("d MMMM yyyy"))));
    }
    QVERIFY(text.contains(CatalogRepository(*m_db).organisation().name));
}

void TestNoticeLetter::replacementAndPeriod_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("days");
    QTest::addColumn<QStringList>("phrases");
    QTest::newRow("en one day") << QStringLiteral("en") << 1
                                << QStringList{QStringLiteral("will replace Old Desk Ltd."), QStringLiteral("(1 day after")};
    QTest::newRow("nl") << QStringLiteral("nl") << 15 << QStringList{QStringLiteral("de subverwerker Old Desk Ltd."),
                                                                     QStringLiteral("15 dagen")};
    QTest::newRow("it") << QStringLiteral("it") << 1 << QStringList{QStringLiteral("sostituirà Old Desk Ltd."),
                                                                    QStringLiteral("1 giorno dal")};
    QTest::newRow("fr") << QStringLiteral("fr") << 15 << QStringList{QStringLiteral("remplacera Old Desk Ltd."),
                                                                     QStringLiteral("15 jours à compter")};
    QTest::newRow("unknown language falls back to English") << QStringLiteral("de") << 15
                                                            << QStringList{QStringLiteral("will replace Old Desk Ltd.")};
}

void TestNoticeLetter::replacementAndPeriod()
{
    QFETCH(QString, language);
    QFETCH(int, days);
    QFETCH(QStringList, phrases);
    NoticeLetter::Details details;
    details.language = language;
    details.processorName = QStringLiteral("Processor B.V.");
    details.customerName = QStringLiteral("Customer");
    details.kind = PlannedChange::Kind::Replace;
    details.subProcessorName = QStringLiteral("New Desk B.V.");
    details.countryCodes = {QStringLiteral("NL")};
    details.replacedName = QStringLiteral("Old Desk Ltd");
    details.effectiveDate = QDate(2027, 2, 1);
    details.objectionDays = days;
    details.objectionUnit = PeriodUnit::CalendarDays;
    details.objectionDeadline = QDate(2027, 1, 20);
    const NoticeLetter letter(details);
    QVERIFY(letter.isValid());
    const QString text = letter.text();
    for (const QString& phrase : phrases)
        QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral("\n---\n") + text));
    QVERIFY(!text.contains(QLatin1Char('%')));
    // No reason given: no empty reason line.
    QVERIFY(!text.contains(QLatin1String(": \n")));
}

void TestNoticeLetter::unknownChangeGivesNoLetter()
{
    QVERIFY(!NoticeLetter::forCustomer(*m_db, 9999, 1).isValid());
    const qint64 party = partyNamed(QStringLiteral("Corrib Care Services Ltd"));
    QVERIFY(!NoticeLetter::forCustomer(*m_db, PlannedChangeRepository(*m_db).changes().constFirst().id, 9999).isValid());
    QVERIFY(NoticeLetter::forCustomer(*m_db, PlannedChangeRepository(*m_db).changes().constFirst().id, party).isValid());
}

QTEST_GUILESS_MAIN(TestNoticeLetter)
#include "TestNoticeLetter.moc"
