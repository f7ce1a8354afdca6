// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/NumberWords.h"

#include "translation/TemplateTags.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace {

using Lexicon = QHash<QString, int>; // space-separated lower-case words -> value

QStringList words(const char* list)
{
    return QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

Lexicon english()
{
    Lexicon lexicon;
    const QStringList units = words("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                    "fourteen fifteen sixteen seventeen eighteen nineteen");
    const QStringList tens = words("twenty thirty forty fifty sixty seventy eighty ninety");
    for (int i = 0; i < units.size(); ++i)
        lexicon.insert(units.at(i), i);
    for (int t = 0; t < tens.size(); ++t) {
        lexicon.insert(tens.at(t), 20 + 10 * t);
        for (int u = 1; u <= 9; ++u)
            lexicon.insert(tens.at(t) + QLatin1Char(' ') + units.at(u), 20 + 10 * t + u);
    }
    lexicon.insert(QStringLiteral("hundred"), 100);
    lexicon.insert(QStringLiteral("one hundred"), 100);
    lexicon.remove(QStringLiteral("one"));
    return lexicon;
}

Lexicon dutch()
{
    Lexicon lexicon;
    const QStringList units = words("nul één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien "
                                    "veertien vijftien zestien zeventien achttien negentien");
    const QStringList tens = words("twintig dertig veertig vijftig zestig zeventig tachtig negentig");
    for (int i = 0; i < units.size(); ++i)
        lexicon.insert(units.at(i), i);
    for (int t = 0; t < tens.size(); ++t) {
        lexicon.insert(tens.at(t), 20 + 10 * t);
        for (int u = 1; u <= 9; ++u) {
            const QString unit = u == 1 ? QStringLiteral("een") : units.at(u);
            const int value = 20 + 10 * t + u;
            const bool endsInE = unit.endsWith(QLatin1Char('e'));
            lexicon.insert(unit + (endsInE ? QStringLiteral("ën") : QStringLiteral("en")) + tens.at(t), value);
            lexicon.insert(unit + QStringLiteral("en") + tens.at(t), value); // without the diaeresis
            if (u == 1)
                lexicon.insert(QStringLiteral("éénen") + tens.at(t), value);
        }
    }
    lexicon.insert(QStringLiteral("honderd"), 100);
    lexicon.insert(QStringLiteral("eenhonderd"), 100);
    return lexicon;
}

Lexicon italian()
{
    Lexicon lexicon;
    const QStringList units = words("zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici "
                                    "quattordici quindici sedici diciassette diciotto diciannove");
    const QStringList tens = words("venti trenta quaranta cinquanta sessanta settanta ottanta novanta");
    for (int i = 0; i < units.size(); ++i)
        lexicon.insert(units.at(i), i);
    for (int t = 0; t < tens.size(); ++t) {
        const QString ten = tens.at(t);
        lexicon.insert(ten, 20 + 10 * t);
        for (int u = 1; u <= 9; ++u) {
            const QString unit = units.at(u);
            const int value = 20 + 10 * t + u;
            if (u == 1 || u == 8) {
                lexicon.insert(ten.chopped(1) + unit, value);
            } else if (u == 3) {
                lexicon.insert(ten + QStringLiteral("tré"), value);
                lexicon.insert(ten + QStringLiteral("tre"), value);
            } else {
                lexicon.insert(ten + unit, value);
            }
        }
    }
    lexicon.insert(QStringLiteral("cento"), 100);
    lexicon.remove(QStringLiteral("uno"));
    return lexicon;
}

Lexicon french()
{
    Lexicon lexicon;
    const QStringList units = words("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize "
                                    "quatorze quinze seize");
    for (int i = 0; i < units.size(); ++i)
        lexicon.insert(units.at(i), i);
    lexicon.insert(QStringLiteral("zero"), 0);
    lexicon.insert(QStringLiteral("dix sept"), 17);
    lexicon.insert(QStringLiteral("dix huit"), 18);
    lexicon.insert(QStringLiteral("dix neuf"), 19);
    // "ten" words followed by 1..9; 70 and 90 continue with 11..19.
    auto addDecade = [&](const QString& ten, int base, bool viaTeens) {
        lexicon.insert(ten, base);
        for (int u = 1; u <= 9; ++u) {
            if (viaTeens) {
                const QString teen = lexicon.key(10 + u);
                const QString joined = ten + (u == 1 ? QStringLiteral(" et ") : QStringLiteral(" ")) + teen;
                lexicon.insert(joined, base + 10 + u);
                if (u == 1)
                    lexicon.insert(ten + QLatin1Char(' ') + teen, base + 11);
            } else if (u == 1) {
                lexicon.insert(ten + QStringLiteral(" et un"), base + 1);
                lexicon.insert(ten + QStringLiteral(" et une"), base + 1);
                lexicon.insert(ten + QStringLiteral(" un"), base + 1);
            } else {
                lexicon.insert(ten + QLatin1Char(' ') + units.at(u), base + u);
            }
        }
    };
    addDecade(QStringLiteral("vingt"), 20, false);
    addDecade(QStringLiteral("trente"), 30, false);
    addDecade(QStringLiteral("quarante"), 40, false);
    addDecade(QStringLiteral("cinquante"), 50, false);
    addDecade(QStringLiteral("soixante"), 60, false);
    addDecade(QStringLiteral("septante"), 70, false);
    addDecade(QStringLiteral("huitante"), 80, false);
    addDecade(QStringLiteral("octante"), 80, false);
    addDecade(QStringLiteral("nonante"), 90, false);
    // soixante-dix .. soixante-dix-neuf, quatre-vingt-dix ..
    for (int u = 0; u <= 9; ++u) {
        const QString teen = u == 0 ? QStringLiteral("dix") : lexicon.key(10 + u);
        lexicon.insert(QStringLiteral("soixante ") + teen, 70 + u);
        lexicon.insert(QStringLiteral("quatre vingt ") + teen, 90 + u);
        lexicon.insert(QStringLiteral("quatre vingts ") + teen, 90 + u);
    }
    lexicon.insert(QStringLiteral("soixante et onze"), 71);
    lexicon.insert(QStringLiteral("quatre vingts"), 80);
    lexicon.insert(QStringLiteral("quatre vingt"), 80);
    for (int u = 1; u <= 9; ++u)
        lexicon.insert(QStringLiteral("quatre vingt ") + (u == 1 ? QStringLiteral("un") : units.at(u)), 80 + u);
    lexicon.insert(QStringLiteral("quatre vingt une"), 81);
    lexicon.insert(QStringLiteral("cent"), 100);
    lexicon.remove(QStringLiteral("un"));
    return lexicon;
}

const Lexicon& lexiconFor(const QString& language)
{
    static const Lexicon en = english();
    static const Lexicon nl = dutch();
    static const Lexicon it = italian();
    static const Lexicon fr = french();
    static const Lexicon none;
    if (language == QLatin1String("en"))
        return en;
    if (language == QLatin1String("nl"))
        return nl;
    if (language == QLatin1String("it"))
        return it;
    if (language == QLatin1String("fr"))
        return fr;
    return none;
}

// The words a number phrase can start with, to skip all other words with one lookup.
const QSet<QString>& firstWordsFor(const QString& language)
{
    static const QHash<QString, QSet<QString>> all = [] {
        QHash<QString, QSet<QString>> result;
        for (const char* code : {"en", "nl", "it", "fr"}) {
            const QString name = QString::fromLatin1(code);
            QSet<QString> first;
            const Lexicon& lexicon = lexiconFor(name);
            for (auto entry = lexicon.begin(); entry != lexicon.end(); ++entry)
                first.insert(entry.key().section(QLatin1Char(' '), 0, 0));
            result.insert(name, first);
        }
        return result;
    }();
    static const QSet<QString> none;
    const auto it = all.constFind(language);
    return it == all.constEnd() ? none : it.value();
}

struct PeriodWord
{
    QString words;
    NumberWords::Period period;
};

QList<PeriodWord> makePeriods(const QString& language)
{
    using P = NumberWords::Period;
    auto make = [](std::initializer_list<std::pair<const char*, P>> list) {
        QList<PeriodWord> result;
        for (const auto& [text, period] : list)
            result.append({QString::fromUtf8(text), period});
        // Longest first, so "working days" wins over "days"... and "days" over "day".
        std::sort(result.begin(), result.end(),
                  [](const PeriodWord& a, const PeriodWord& b) { return a.words.size() > b.words.size(); });
        return result;
    };
    if (language == QLatin1String("nl"))
        return make({{"minuut", P::Minute}, {"minuten", P::Minute}, {"uur", P::Hour}, {"uren", P::Hour},
                     {"dag", P::Day}, {"dagen", P::Day}, {"kalenderdagen", P::Day}, {"werkdag", P::WorkingDay},
                     {"werkdagen", P::WorkingDay}, {"week", P::Week}, {"weken", P::Week}, {"maand", P::Month},
                     {"maanden", P::Month}, {"jaar", P::Year}, {"jaren", P::Year}});
    if (language == QLatin1String("it"))
        return make({{"minuto", P::Minute}, {"minuti", P::Minute}, {"ora", P::Hour}, {"ore", P::Hour},
                     {"giorno", P::Day}, {"giorni", P::Day}, {"giorno lavorativo", P::WorkingDay},
                     {"giorni lavorativi", P::WorkingDay}, {"settimana", P::Week}, {"settimane", P::Week},
                     {"mese", P::Month}, {"mesi", P::Month}, {"anno", P::Year}, {"anni", P::Year}});
    if (language == QLatin1String("fr"))
        return make({{"minute", P::Minute}, {"minutes", P::Minute}, {"heure", P::Hour}, {"heures", P::Hour},
                     {"jour", P::Day}, {"jours", P::Day}, {"jour ouvrable", P::WorkingDay},
                     {"jours ouvrables", P::WorkingDay}, {"jour ouvré", P::WorkingDay},
                     {"jours ouvrés", P::WorkingDay}, {"semaine", P::Week}, {"semaines", P::Week},
                     {"mois", P::Month}, {"an", P::Year}, {"ans", P::Year}, {"année", P::Year},
                     {"années", P::Year}});
    return make({{"minute", P::Minute}, {"minutes", P::Minute}, {"hour", P::Hour}, {"hours", P::Hour},
                 {"day", P::Day}, {"days", P::Day}, {"calendar days", P::Day}, {"working day", P::WorkingDay},
                 {"working days", P::WorkingDay}, {"business days", P::WorkingDay}, {"week", P::Week},
                 {"weeks", P::Week}, {"month", P::Month}, {"months", P::Month}, {"year", P::Year},
                 {"years", P::Year}});
}

const QList<PeriodWord>& periodsFor(const QString& language)
{
    static const QList<PeriodWord> en = makePeriods(QStringLiteral("en"));
    static const QList<PeriodWord> nl = makePeriods(QStringLiteral("nl"));
    static const QList<PeriodWord> it = makePeriods(QStringLiteral("it"));
    static const QList<PeriodWord> fr = makePeriods(QStringLiteral("fr"));
    if (language == QLatin1String("nl"))
        return nl;
    if (language == QLatin1String("it"))
        return it;
    if (language == QLatin1String("fr"))
        return fr;
    return en;
}

struct Token
{
    QString text; // lower case
    qsizetype offset;
    qsizetype length;
    bool digits;
};

bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark();
}

QList<Token> tokenize(const QString& text)
{
    QList<Token> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            qsizetype j = i;
            QString digits;
            while (j < n) {
                if (text.at(j).isDigit()) {
                    digits += text.at(j);
                    ++j;
                } else if ((text.at(j) == QLatin1Char('.') || text.at(j) == QLatin1Char(','))
                           && j + 1 < n && text.at(j + 1).isDigit()) {
                    ++j;
                } else {
                    break;
                }
            }
            tokens.append({digits, i, j - i, true});
            i = j;
        } else if (isWordChar(c)) {
            qsizetype j = i;
            while (j < n && isWordChar(text.at(j)))
                ++j;
            tokens.append({text.mid(i, j - i).toLower(), i, j - i, false});
            i = j;
        } else {
            ++i;
        }
    }
    return tokens;
}

// After a number: skip "(10)", spaces and hyphens, then match a period word.
NumberWords::Period periodAfter(const QString& text, qsizetype from, const QList<PeriodWord>& periods)
{
    qsizetype i = from;
    const qsizetype n = text.size();
    // "(10) days": the digits in brackets are followed by the closing bracket.
    auto skipSpaces = [&] {
        while (i < n && (text.at(i).isSpace() || text.at(i) == QLatin1Char('-') || text.at(i) == QLatin1Char(')')))
            ++i;
    };
    skipSpaces();
    if (i < n && text.at(i) == QLatin1Char('(')) {
        qsizetype j = i + 1;
        while (j < n && (text.at(j).isDigit() || text.at(j) == QLatin1Char('.') || text.at(j) == QLatin1Char(',')))
            ++j;
        if (j < n && text.at(j) == QLatin1Char(')') && j > i + 1) {
            i = j + 1;
            skipSpaces();
        }
    }
    for (const PeriodWord& period : periods) {
        const qsizetype end = i + period.words.size();
        if (end <= n && text.mid(i, period.words.size()).compare(period.words, Qt::CaseInsensitive) == 0
            && (end == n || !isWordChar(text.at(end))))
            return period.period;
    }
    return NumberWords::Period::None;
}

} // namespace

int NumberWords::valueOf(const QString& words, const QString& language)
{
    QString key = words.toLower();
    key.replace(QLatin1Char('-'), QLatin1Char(' '));
    return lexiconFor(language).value(key.simplified(), -1);
}

QString NumberWords::periodCode(Period period)
{
    switch (period) {
    case Period::None:
        return {};
    case Period::Minute:
        return QStringLiteral("minutes");
    case Period::Hour:
        return QStringLiteral("hours");
    case Period::Day:
        return QStringLiteral("days");
    case Period::WorkingDay:
        return QStringLiteral("working-days");
    case Period::Week:
        return QStringLiteral("weeks");
    case Period::Month:
        return QStringLiteral("months");
    case Period::Year:
        return QStringLiteral("years");
    }
    return {};
}

QList<NumberWords::Mention> NumberWords::find(const QString& text, const QString& language)
{
    const QString plain = TemplateTags::masked(text);
    const QList<Token> tokens = tokenize(plain);
    const Lexicon& lexicon = lexiconFor(language);
    const QList<PeriodWord>& periods = periodsFor(language);
    const QSet<QString>& firstWords = firstWordsFor(language);
    constexpr int longestPhrase = 5;

    QList<Mention> mentions;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens.at(i);
        if (token.digits) {
            Mention mention;
            mention.value = token.text;
            mention.offset = token.offset;
            mention.length = token.length;
            mention.text = plain.mid(token.offset, token.length);
            mention.period = periodAfter(plain, token.offset + token.length, periods);
            mentions.append(mention);
            continue;
        }
        if (!firstWords.contains(token.text))
            continue;
        // Longest phrase of consecutive words (separated by spaces or hyphens only) first.
        int matchedWords = 0;
        int value = -1;
        QString phrase;
        for (int count = 1; count <= longestPhrase && i + count <= tokens.size(); ++count) {
            const Token& last = tokens.at(i + count - 1);
            if (last.digits)
                break;
            if (count > 1) {
                const Token& previous = tokens.at(i + count - 2);
                const QString gap = plain.mid(previous.offset + previous.length,
                                              last.offset - previous.offset - previous.length);
                if (gap.isEmpty() || gap.size() > 2 || !(gap.trimmed().isEmpty() || gap == QLatin1String("-")))
                    break;
                phrase += QLatin1Char(' ');
            }
            phrase += last.text;
            const auto it = lexicon.constFind(phrase);
            if (it != lexicon.constEnd()) {
                matchedWords = count;
                value = it.value();
            }
        }
        if (matchedWords == 0)
            continue;
        // Dutch "in acht nemen" (to observe) is not the number eight.
        if (language == QLatin1String("nl") && value == 8 && matchedWords == 1 && i > 0
            && tokens.at(i - 1).text == QLatin1String("in"))
            continue;
        // French "les deux Parties", "tous deux" mean "both", which is not a number in the source.
        if (language == QLatin1String("fr") && value == 2 && matchedWords == 1 && i > 0) {
            static const QStringList both{QStringLiteral("les"), QStringLiteral("aux"), QStringLiteral("des"),
                                          QStringLiteral("tous"), QStringLiteral("toutes")};
            if (both.contains(tokens.at(i - 1).text))
                continue;
        }
        const Token& last = tokens.at(i + matchedWords - 1);
        Mention mention;
        mention.value = QString::number(value);
        mention.spelled = true;
        mention.offset = token.offset;
        mention.length = last.offset + last.length - token.offset;
        mention.text = plain.mid(mention.offset, mention.length);
        mention.period = periodAfter(plain, mention.offset + mention.length, periods);
        mentions.append(mention);
        i += matchedWords - 1;
    }
    return mentions;
}
