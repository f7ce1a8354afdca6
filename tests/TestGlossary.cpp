// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/Glossary.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestGlossary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shipsStarterGlossary()
    {
        const Glossary glossary = Glossary::builtIn();
        QCOMPARE(glossary.sourceLanguage(), QStringLiteral("en"));
        QStringList sources;
        for (const Glossary::Term& term : glossary.terms()) {
            sources.append(term.source);
            for (const QString& language : {QStringLiteral("nl"), QStringLiteral("it"), QStringLiteral("fr")})
                QVERIFY2(!term.approved.value(language).isEmpty(), qPrintable(term.source + QLatin1Char(' ') + language));
        }
        for (const char* required : {"controller", "processor", "sub-processor", "data subject", "personal data",
                                     "personal data breach", "supervisory authority", "processing", "consent",
                                     "data protection officer"})
            QVERIFY2(sources.contains(QString::fromLatin1(required)), required);
        const auto controller = std::find_if(glossary.terms().cbegin(), glossary.terms().cend(),
                                             [](const Glossary::Term& t) { return t.source == QLatin1String("controller"); });
        QCOMPARE(controller->approved.value(QStringLiteral("nl")).constFirst(), QStringLiteral("verwerkingsverantwoordelijke"));
        QVERIFY(controller->forbidden.value(QStringLiteral("fr")).contains(QStringLiteral("contrôleur")));
        QVERIFY(controller->forbidden.value(QStringLiteral("it")).contains(QStringLiteral("controllore")));
    }

    void jsonRoundTrip()
    {
        const Glossary glossary = Glossary::builtIn();
        Glossary copy;
        QString error;
        QVERIFY2(copy.fromJson(glossary.toJson(), &error), qPrintable(error));
        QCOMPARE(copy.terms(), glossary.terms());
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("not json") << QByteArray("{ terms: ") << QStringLiteral("not valid JSON");
        QTest::newRow("other format") << QByteArray(R"({"format":"registro-template","version":1})") << QStringLiteral("not a Registro glossary");
        QTest::newRow("future version") << QByteArray(R"({"format":"registro-glossary","version":7,"terms":[]})") << QStringLiteral("version 7");
        QTest::newRow("term without source") << QByteArray(R"({"format":"registro-glossary","version":1,"terms":[{"approved":{"nl":["x"]}}]})")
                                             << QStringLiteral("Term 1");
    }
    void refusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("g.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QString error;
        const Glossary glossary = Glossary::load(file.fileName(), &error);
        QVERIFY2(error.contains(messagePart), qPrintable(error));
        QVERIFY(glossary.isEmpty());
    }

    void find_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("term");
        QTest::addColumn<int>("matching");
        QTest::addColumn<QStringList>("found");
        const int plural = int(Glossary::Matching::Plural);
        const int inflected = int(Glossary::Matching::Inflected);
        const int compound = int(Glossary::Matching::Compound);
        auto row = [](const char* name, const char* text, const char* term, int matching, QStringList found) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(term) << matching << found;
        };
        row("plural en", "The Controllers agree.", "controller", inflected, {QStringLiteral("Controllers")});
        row("possessive", "the Processor’s staff", "processor", inflected, {QStringLiteral("Processor")});
        row("hyphenated word is another term", "a Sub-processor", "processor", inflected, {});
        row("not a longer word", "the processing", "processor", inflected, {});
        row("plural nl", "de verwerkers", "verwerker", inflected, {QStringLiteral("verwerkers")});
        row("not a compound when inflected", "de Verwerkersovereenkomst", "verwerker", inflected, {});
        row("compound nl", "de verwerkingsactiviteiten", "verwerking", compound, {QStringLiteral("verwerkingsactiviteiten")});
        row("italian plural of a phrase", "i titolari del trattamento", "titolare del trattamento", inflected,
            {QStringLiteral("titolari del trattamento")});
        row("french plural with accents", "les personnes concernées", "personne concernée", inflected,
            {QStringLiteral("personnes concernées")});
        row("apostrophe splits", "l’autorité de contrôle", "autorité de contrôle", inflected, {QStringLiteral("autorité de contrôle")});
        row("forbidden is not an adjective", "is verantwoordelijk voor", "verantwoordelijke", plural, {});
        row("forbidden plural", "de verantwoordelijken", "verantwoordelijke", plural, {QStringLiteral("verantwoordelijken")});
        row("two occurrences", "data subject and data subjects", "data subject", inflected,
            {QStringLiteral("data subject"), QStringLiteral("data subjects")});
    }
    void find()
    {
        QFETCH(QString, text);
        QFETCH(QString, term);
        QFETCH(int, matching);
        QFETCH(QStringList, found);
        QStringList actual;
        for (const Glossary::Match& match : Glossary::find(text, term, Glossary::Matching(matching)))
            actual.append(text.mid(match.offset, match.length));
        QCOMPARE(actual, found);
    }
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "TestGlossary.moc"
