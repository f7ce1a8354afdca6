// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "reference/CountryCatalog.h"
#include "register/CatalogRepository.h"
#include "templates/AgreementRepository.h"
#include "templates/TemplateContextBuilder.h"
#include "templates/TemplateRenderer.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestTemplateContextBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addressWithoutCountry_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("expected");
        QTest::newRow("english with article") << "Tulpenkade 118, 1019 XK Amsterdam, the Netherlands" << "NL"
                                              << "Tulpenkade 118, 1019 XK Amsterdam";
        QTest::newRow("dutch") << "Lindelaan 40, 3581 KD Utrecht, Nederland" << "NL" << "Lindelaan 40, 3581 KD Utrecht";
        QTest::newRow("italian") << "Via dei Mercati 18, 37135 Verona, Italia" << "IT" << "Via dei Mercati 18, 37135 Verona";
        QTest::newRow("french with article") << "Meirbrug 21, 2000 Anvers, la Belgique" << "BE" << "Meirbrug 21, 2000 Anvers";
        QTest::newRow("french") << "12 quai des Célestins, 69002 Lyon, France." << "FR" << "12 quai des Célestins, 69002 Lyon";
        QTest::newRow("code on its own line") << "Werftstraße 5\n40549 Düsseldorf\nDE" << "DE" << "Werftstraße 5\n40549 Düsseldorf";
        QTest::newRow("no country") << "Havenweg 7, 3089 JH Rotterdam" << "NL" << "Havenweg 7, 3089 JH Rotterdam";
        QTest::newRow("another country stays") << "Meirbrug 21, 2000 Antwerpen, Belgium" << "NL" << "Meirbrug 21, 2000 Antwerpen, Belgium";
        QTest::newRow("country inside the street") << "Italiëlei 3, 2000 Antwerpen" << "IT" << "Italiëlei 3, 2000 Antwerpen";
        QTest::newRow("only the country") << "Ireland" << "IE" << "Ireland";
        QTest::newRow("empty") << "" << "NL" << "";
    }

    void addressWithoutCountry()
    {
        QFETCH(QString, address);
        QFETCH(QString, country);
        QFETCH(QString, expected);
        QCOMPARE(TemplateContextBuilder::addressWithoutCountry(address, country), expected);
    }

    // The demo's addresses end with their country; the sample template adds the country in the
    // text's language: every demo customer's address is printed with its country once.
    void demoAgreementNamesTheCountryOnce_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : {"en", "nl", "it", "fr"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void demoAgreementNamesTheCountryOnce()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        QString error;
        auto db = Database::create(dir.filePath(QStringLiteral("demo.registro")), &error);
        QVERIFY2(db && DemoWorkspace::populate(*db, &error), qPrintable(error));
        AgreementRepository agreements(*db);
        auto agreement = agreements.find(agreements.idByReference(QStringLiteral("DPA-ORTOFRESCO")));
        QVERIFY(agreement);
        agreement->languages = {language};
        QVERIFY2(agreements.save(*agreement), qPrintable(agreements.errorString()));
        const auto result = TemplateRenderer(*db).renderAgreement(agreement->id, language);
        QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));

        const CountryCatalog& countries = CountryCatalog::instance();
        CatalogRepository catalog(*db);
        const Organisation processor = catalog.organisation();
        const Party customer = *catalog.party(agreement->partyId);
        QVERIFY(processor.address.contains(QStringLiteral("Netherlands"))); // the demo data as typed
        const QString processorLine = TemplateContextBuilder::addressWithoutCountry(processor.address, processor.country)
            + QStringLiteral(", ") + countries.name(processor.country, language);
        const QString customerLine = TemplateContextBuilder::addressWithoutCountry(customer.address, customer.country)
            + QStringLiteral(", ") + countries.name(customer.country, language);
        QVERIFY2(result.markdown.contains(processorLine), qPrintable(processorLine));
        QVERIFY2(result.markdown.contains(customerLine), qPrintable(customerLine));
        for (const QString& code : {processor.country, customer.country}) {
            for (const char* nameLanguage : {"en", "nl", "it", "fr"}) {
                const QString name = countries.name(code, QLatin1String(nameLanguage));
                const QRegularExpression doubled(QStringLiteral("%1\\W+%2").arg(QRegularExpression::escape(name),
                                                                                QRegularExpression::escape(countries.name(code, language))));
                QVERIFY2(!doubled.match(result.markdown).hasMatch(), qPrintable(doubled.pattern()));
            }
        }
        QVERIFY(!result.markdown.contains(QStringLiteral("Amsterdam, the Netherlands")));
    }
};

QTEST_GUILESS_MAIN(TestTemplateContextBuilder)
#include "TestTemplateContextBuilder.moc"
