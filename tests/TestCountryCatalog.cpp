// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "reference/CountryCatalog.h"

#include <QTest>

class TestCountryCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsShippedCatalogue()
    {
        const auto& catalog = CountryCatalog::instance();
        QVERIFY(catalog.codes().size() >= 249);
        QVERIFY(catalog.adequacyAsOf().isValid());
        QCOMPARE(catalog.name(QStringLiteral("NL"), QStringLiteral("nl")), QStringLiteral("Nederland"));
        QCOMPARE(catalog.name(QStringLiteral("DE"), QStringLiteral("it")), QStringLiteral("Germania"));
        QCOMPARE(catalog.name(QStringLiteral("CH"), QStringLiteral("fr")), QStringLiteral("Suisse"));
        QCOMPARE(catalog.name(QStringLiteral("XX")), QStringLiteral("XX"));
    }

    void classifies_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("regime");
        QTest::newRow("Netherlands, EU") << QStringLiteral("NL") << int(CountryCatalog::Regime::Eea);
        QTest::newRow("Norway, EEA not EU") << QStringLiteral("NO") << int(CountryCatalog::Regime::Eea);
        QTest::newRow("Liechtenstein") << QStringLiteral("LI") << int(CountryCatalog::Regime::Eea);
        QTest::newRow("Switzerland") << QStringLiteral("CH") << int(CountryCatalog::Regime::Adequacy);
        QTest::newRow("United Kingdom") << QStringLiteral("GB") << int(CountryCatalog::Regime::Adequacy);
        QTest::newRow("Korea") << QStringLiteral("KR") << int(CountryCatalog::Regime::Adequacy);
        QTest::newRow("United States: DPF only") << QStringLiteral("US") << int(CountryCatalog::Regime::PartialAdequacy);
        QTest::newRow("Japan: private sector") << QStringLiteral("JP") << int(CountryCatalog::Regime::PartialAdequacy);
        QTest::newRow("India") << QStringLiteral("IN") << int(CountryCatalog::Regime::ThirdCountry);
        QTest::newRow("Brazil") << QStringLiteral("BR") << int(CountryCatalog::Regime::ThirdCountry);
        QTest::newRow("lower case") << QStringLiteral("fr") << int(CountryCatalog::Regime::Eea);
        QTest::newRow("not a code") << QStringLiteral("ZZ") << int(CountryCatalog::Regime::Unknown);
    }

    void classifies()
    {
        QFETCH(QString, code);
        QFETCH(int, regime);
        QCOMPARE(int(CountryCatalog::instance().regime(code)), regime);
    }

    void judgesSafeguards_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("safeguard");
        QTest::addColumn<bool>("sufficient");
        QTest::newRow("EEA needs nothing") << QStringLiteral("DE") << int(TransferSafeguard::None) << true;
        QTest::newRow("adequacy recorded") << QStringLiteral("CH") << int(TransferSafeguard::Adequacy) << true;
        QTest::newRow("adequacy not recorded") << QStringLiteral("CH") << int(TransferSafeguard::None) << false;
        QTest::newRow("US with DPF") << QStringLiteral("US") << int(TransferSafeguard::DataPrivacyFramework) << true;
        QTest::newRow("US with SCCs") << QStringLiteral("US") << int(TransferSafeguard::StandardContractualClauses) << true;
        QTest::newRow("US with nothing") << QStringLiteral("US") << int(TransferSafeguard::None) << false;
        QTest::newRow("DPF outside the US") << QStringLiteral("IN") << int(TransferSafeguard::DataPrivacyFramework) << false;
        QTest::newRow("India with SCCs") << QStringLiteral("IN") << int(TransferSafeguard::StandardContractualClauses) << true;
        QTest::newRow("India N/A") << QStringLiteral("IN") << int(TransferSafeguard::NotRequired) << false;
        QTest::newRow("India claimed adequacy") << QStringLiteral("IN") << int(TransferSafeguard::Adequacy) << false;
        QTest::newRow("BCRs") << QStringLiteral("BR") << int(TransferSafeguard::BindingCorporateRules) << true;
        QTest::newRow("derogation") << QStringLiteral("AU") << int(TransferSafeguard::Derogation) << true;
        QTest::newRow("unknown country") << QStringLiteral("QQ") << int(TransferSafeguard::StandardContractualClauses) << false;
    }

    void judgesSafeguards()
    {
        QFETCH(QString, code);
        QFETCH(int, safeguard);
        QFETCH(bool, sufficient);
        QString reason;
        QCOMPARE(CountryCatalog::instance().isSafeguardSufficient(code, TransferSafeguard(safeguard), &reason), sufficient);
        QCOMPARE(reason.isEmpty(), sufficient);
    }

    void rejectsMalformedJson()
    {
        QString error;
        QVERIFY(CountryCatalog::fromJson("{not json", &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(CountryCatalog::fromJson(R"({"countries": []})", &error).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCountryCatalog)
#include "TestCountryCatalog.moc"
