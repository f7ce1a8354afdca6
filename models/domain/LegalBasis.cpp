// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "domain/LegalBasis.h"

#include <QCoreApplication>

namespace {

struct BasisText
{
    const char* code;
    const char* description;
};

const BasisText texts[] = {
    {"6.1.a", QT_TRANSLATE_NOOP("LegalBasis", "consent")},
    {"6.1.b", QT_TRANSLATE_NOOP("LegalBasis", "contract")},
    {"6.1.c", QT_TRANSLATE_NOOP("LegalBasis", "legal obligation")},
    {"6.1.d", QT_TRANSLATE_NOOP("LegalBasis", "vital interests")},
    {"6.1.e", QT_TRANSLATE_NOOP("LegalBasis", "public task")},
    {"6.1.f", QT_TRANSLATE_NOOP("LegalBasis", "legitimate interests")},
    {"9.2.a", QT_TRANSLATE_NOOP("LegalBasis", "explicit consent")},
    {"9.2.b", QT_TRANSLATE_NOOP("LegalBasis", "employment and social security law")},
    {"9.2.c", QT_TRANSLATE_NOOP("LegalBasis", "vital interests, consent impossible")},
    {"9.2.d", QT_TRANSLATE_NOOP("LegalBasis", "not-for-profit body")},
    {"9.2.e", QT_TRANSLATE_NOOP("LegalBasis", "made public by the data subject")},
    {"9.2.f", QT_TRANSLATE_NOOP("LegalBasis", "legal claims")},
    {"9.2.g", QT_TRANSLATE_NOOP("LegalBasis", "substantial public interest")},
    {"9.2.h", QT_TRANSLATE_NOOP("LegalBasis", "health or social care, occupational medicine")},
    {"9.2.i", QT_TRANSLATE_NOOP("LegalBasis", "public health")},
    {"9.2.j", QT_TRANSLATE_NOOP("LegalBasis", "archiving, research or statistics")},
    {"10", QT_TRANSLATE_NOOP("LegalBasis", "criminal convictions and offences, authorised by law")},
};

} // namespace

const QList<LegalBasis>& LegalBasis::all()
{
    static const QList<LegalBasis> bases = [] {
        QList<LegalBasis> list;
        for (const auto& text : texts) {
            const QString code = QString::fromLatin1(text.code);
            list.append({code, articleOf(code)});
        }
        return list;
    }();
    return bases;
}

bool LegalBasis::isKnown(const QString& code)
{
    for (const auto& text : texts) {
        if (code == QLatin1String(text.code))
            return true;
    }
    return false;
}

LegalBasis::Article LegalBasis::articleOf(const QString& code)
{
    if (code.startsWith(QLatin1String("9.")))
        return Article::SpecialCategory;
    if (code == QLatin1String("10"))
        return Article::CriminalData;
    return Article::Lawfulness;
}

QString LegalBasis::citation(const QString& code)
{
    const QStringList parts = code.split(QLatin1Char('.'));
    if (parts.size() == 3)
        return QCoreApplication::translate("LegalBasis", "Art. %1(%2)(%3)").arg(parts[0], parts[1], parts[2]);
    return QCoreApplication::translate("LegalBasis", "Art. %1").arg(code);
}

QString LegalBasis::label(const QString& code)
{
    for (const auto& text : texts) {
        if (code == QLatin1String(text.code))
            return citation(code) + QLatin1Char(' ') + QCoreApplication::translate("LegalBasis", text.description);
    }
    return code;
}
