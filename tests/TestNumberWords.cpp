// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/NumberWords.h"

#include <QTest>

class TestNumberWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueOf_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("words");
        QTest::addColumn<int>("value");
        auto row = [](const char* language, const char* words, int value) {
            QTest::addRow("%s %s", language, words) << QString::fromLatin1(language) << QString::fromUtf8(words) << value;
        };
        row("en", "ten", 10);
        row("en", "seventy-two", 72);
        row("en", "Twenty one", 21);
        row("en", "one hundred", 100);
        row("en", "zero", 0);
        row("en", "one", -1); // a pronoun far more often than a number
        row("nl", "tien", 10);
        row("nl", "twaalf", 12);
        row("nl", "tweeëntwintig", 22);
        row("nl", "tweeentwintig", 22);
        row("nl", "eenentwintig", 21);
        row("nl", "tweeënzeventig", 72);
        row("nl", "negenennegentig", 99);
        row("nl", "honderd", 100);
        row("nl", "één", 1);
        row("nl", "een", -1); // the article
        row("it", "dieci", 10);
        row("it", "ventuno", 21);
        row("it", "ventotto", 28);
        row("it", "ventitré", 23);
        row("it", "settantadue", 72);
        row("it", "novantanove", 99);
        row("it", "cento", 100);
        row("it", "uno", -1);
        row("fr", "dix", 10);
        row("fr", "dix-sept", 17);
        row("fr", "vingt et un", 21);
        row("fr", "vingt-deux", 22);
        row("fr", "soixante et onze", 71);
        row("fr", "soixante-douze", 72);
        row("fr", "quatre-vingts", 80);
        row("fr", "quatre-vingt-un", 81);
        row("fr", "quatre-vingt-dix", 90);
        row("fr", "quatre-vingt-dix-neuf", 99);
        row("fr", "septante-deux", 72);
        row("fr", "cent", 100);
        row("fr", "un", -1);
        row("de", "zehn", -1);
    }
    void valueOf()
    {
        QFETCH(QString, language);
        QFETCH(QString, words);
        QFETCH(int, value);
        QCOMPARE(NumberWords::valueOf(words, language), value);
    }

    void everyValueHasWords()
    {
        // Each language can write every number from 2 to 100 in words: the round trip through
        // the lexicon is complete (checked through the phrases the lexicon itself accepts).
        const QStringList samples{QStringLiteral("ninety-nine"), QStringLiteral("negenennegentig"),
                                  QStringLiteral("novantanove"), QStringLiteral("quatre-vingt-dix-neuf")};
        const QStringList languages{QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("it"), QStringLiteral("fr")};
        for (qsizetype i = 0; i < languages.size(); ++i)
            QCOMPARE(NumberWords::valueOf(samples.at(i), languages.at(i)), 99);
        const QStringList tens{QStringLiteral("twenty thirty forty fifty sixty seventy eighty ninety"),
                               QStringLiteral("twintig dertig veertig vijftig zestig zeventig tachtig negentig"),
                               QStringLiteral("venti trenta quaranta cinquanta sessanta settanta ottanta novanta"),
                               QStringLiteral("vingt trente quarante cinquante soixante soixante-dix quatre-vingts quatre-vingt-dix")};
        for (qsizetype i = 0; i < languages.size(); ++i) {
            const QStringList words = tens.at(i).split(QLatin1Char(' '));
            for (qsizetype t = 0; t < words.size(); ++t)
                QCOMPARE(NumberWords::valueOf(words.at(t), languages.at(i)), 20 + 10 * int(t));
        }
    }

    void find_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // value[/spelled][@period]
        auto row = [](const char* name, const char* language, const char* text, const char* expected) {
            QTest::newRow(name) << QString::fromLatin1(language) << QString::fromUtf8(text)
                                << QString::fromUtf8(expected).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        row("en working days", "en", "within ten (10) working days", "10/w@working-days 10@working-days");
        row("nl werkdagen", "nl", "binnen tien (10) werkdagen", "10/w@working-days 10@working-days");
        row("it giorni lavorativi", "it", "entro dieci (10) giorni lavorativi", "10/w@working-days 10@working-days");
        row("fr jours ouvrables", "fr", "dans un délai de dix (10) jours ouvrables", "10/w@working-days 10@working-days");
        row("en hours", "en", "within 72 hours", "72@hours");
        row("nl uur", "nl", "binnen 72 uur", "72@hours");
        row("it ore", "it", "entro 72 ore", "72@hours");
        row("fr heures", "fr", "dans les 72 heures", "72@hours");
        row("fr soixante-douze", "fr", "soixante-douze (72) heures", "72/w@hours 72@hours");
        row("en months", "en", "twelve (12) months", "12/w@months 12@months");
        row("regulation and article", "en", "Article 28 of Regulation (EU) 2016/679", "28 2016 679");
        row("decimal comma", "nl", "1,5 procent", "15");
        row("decimal point", "en", "1.5 per cent", "15");
        row("template tag numbers ignored", "en", "{{ items.0 }} and {% if n > 10 %}x{% endif %}", "");
        row("nl in acht nemen", "nl", "neemt de geheimhouding in acht", "");
        row("nl acht dagen", "nl", "binnen acht dagen", "8/w@days");
        row("fr les deux Parties", "fr", "par les deux Parties", "");
        row("fr deux mois", "fr", "de deux mois", "2/w@months");
        row("en articles", "en", "an article, one or more Sub-processors", "");
        row("it articles", "it", "un responsabile, uno o più sub-responsabili", "");
        row("fr 1er", "fr", "le 1er janvier", "1");
    }
    void find()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList actual;
        for (const NumberWords::Mention& mention : NumberWords::find(text, language)) {
            QString item = mention.value;
            if (mention.spelled)
                item += QStringLiteral("/w");
            if (mention.period != NumberWords::Period::None)
                item += QLatin1Char('@') + NumberWords::periodCode(mention.period);
            actual.append(item);
            QCOMPARE(text.mid(mention.offset, mention.length), mention.text);
        }
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestNumberWords)
#include "TestNumberWords.moc"
