// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "SpelledNumber.h"

#include <QStringList>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QString english(qint64 n)
{
    static const char* const units[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                        "seventeen", "eighteen", "nineteen"};
    static const char* const tens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    if (n < 20)
        return s(units[n]);
    if (n < 100)
        return s(tens[n / 10]) + (n % 10 ? QLatin1Char('-') + s(units[n % 10]) : QString());
    if (n < 1000)
        return s(units[n / 100]) + QStringLiteral(" hundred") + (n % 100 ? QStringLiteral(" and ") + english(n % 100) : QString());
    const QString rest = n % 1000 == 0 ? QString()
                         : n % 1000 < 100 ? QStringLiteral(" and ") + english(n % 1000)
                                          : QLatin1Char(' ') + english(n % 1000);
    return english(n / 1000) + QStringLiteral(" thousand") + rest;
}

QString dutch(qint64 n)
{
    static const char* const units[] = {"nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
                                        "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien",
                                        "zeventien", "achttien", "negentien"};
    static const char* const tens[] = {"", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"};
    if (n < 20)
        return s(units[n]);
    if (n < 100) {
        if (n % 10 == 0)
            return s(tens[n / 10]);
        const QString unit = s(units[n % 10]);
        const QString joiner = unit.endsWith(QLatin1Char('e')) ? s("ën") : QStringLiteral("en");
        return unit + joiner + s(tens[n / 10]);
    }
    if (n < 1000)
        return (n / 100 == 1 ? QString() : dutch(n / 100)) + QStringLiteral("honderd") + (n % 100 ? dutch(n % 100) : QString());
    return (n / 1000 == 1 ? QString() : dutch(n / 1000)) + QStringLiteral("duizend")
           + (n % 1000 ? dutch(n % 1000) : QString());
}

QString italian(qint64 n)
{
    static const char* const units[] = {"zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove",
                                        "dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici",
                                        "diciassette", "diciotto", "diciannove"};
    static const char* const tens[] = {"", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"};
    if (n < 20)
        return s(units[n]);
    if (n < 100) {
        QString ten = s(tens[n / 10]);
        const qint64 unit = n % 10;
        if (unit == 0)
            return ten;
        if (unit == 1 || unit == 8)
            ten.chop(1);
        return ten + (unit == 3 ? s("tré") : s(units[unit]));
    }
    if (n < 1000) {
        const QString hundreds = (n / 100 == 1 ? QString() : italian(n / 100)) + QStringLiteral("cento");
        return hundreds + (n % 100 ? italian(n % 100) : QString());
    }
    const QString thousands = n / 1000 == 1 ? QStringLiteral("mille") : italian(n / 1000) + QStringLiteral("mila");
    return thousands + (n % 1000 ? italian(n % 1000) : QString());
}

QString french(qint64 n)
{
    static const char* const units[] = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
                                        "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
                                        "dix-sept", "dix-huit", "dix-neuf"};
    static const char* const tens[] = {"", "", "vingt", "trente", "quarante", "cinquante", "soixante"};
    if (n < 20)
        return s(units[n]);
    if (n < 70) {
        const qint64 unit = n % 10;
        if (unit == 0)
            return s(tens[n / 10]);
        return s(tens[n / 10]) + (unit == 1 ? QStringLiteral(" et un") : QLatin1Char('-') + s(units[unit]));
    }
    if (n < 80)
        return QStringLiteral("soixante") + (n == 71 ? QStringLiteral(" et onze") : QLatin1Char('-') + french(n - 60));
    if (n < 100)
        return n == 80 ? QStringLiteral("quatre-vingts") : QStringLiteral("quatre-vingt-") + french(n - 80);
    if (n < 1000) {
        const qint64 hundreds = n / 100;
        const qint64 rest = n % 100;
        QString text = hundreds == 1 ? QStringLiteral("cent") : french(hundreds) + QStringLiteral(" cent");
        if (hundreds > 1 && rest == 0)
            text += QLatin1Char('s');
        return rest ? text + QLatin1Char(' ') + french(rest) : text;
    }
    const qint64 thousands = n / 1000;
    QString multiplier = thousands == 1 ? QString() : french(thousands);
    if (multiplier.endsWith(QLatin1Char('s')) && (multiplier.endsWith(QLatin1String("cents")) || multiplier.endsWith(QLatin1String("vingts"))))
        multiplier.chop(1); // "deux cent mille", "quatre-vingt mille"
    const QString text = multiplier.isEmpty() ? QStringLiteral("mille") : multiplier + QStringLiteral(" mille");
    return n % 1000 ? text + QLatin1Char(' ') + french(n % 1000) : text;
}

} // namespace

namespace SpelledNumber {

QString spell(qint64 number, const QString& language)
{
    if (number < 0 || number > 999999)
        return QString::number(number);
    if (language == QLatin1String("nl"))
        return dutch(number);
    if (language == QLatin1String("it"))
        return italian(number);
    if (language == QLatin1String("fr"))
        return french(number);
    return english(number);
}

} // namespace SpelledNumber
