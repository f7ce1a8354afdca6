// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "TemplateFilterLibrary.h"

#include "SpelledNumber.h"

#include <KTextTemplate/Filter>
#include <KTextTemplate/SafeString>
#include <KTextTemplate/Util>

#include <QDate>
#include <QLocale>

namespace {

QString languageOf(const QVariant& argument)
{
    const QString language = KTextTemplate::getSafeString(argument).get();
    return language.isEmpty() ? QStringLiteral("en") : language;
}

class LongDateFilter : public KTextTemplate::Filter
{
public:
    QVariant doFilter(const QVariant& input, const QVariant& argument, bool autoescape) const override
    {
        Q_UNUSED(autoescape)
        QDate date = input.typeId() == QMetaType::QDate ? input.toDate()
                                                        : QDate::fromString(KTextTemplate::getSafeString(input).get(), Qt::ISODate);
        if (!date.isValid())
            return input;
        const QString language = languageOf(argument);
        const QLocale locale(language);
        if (language == QLatin1String("fr") && date.day() == 1)
            return locale.toString(date, QStringLiteral("'1er' MMMM yyyy"));
        return locale.toString(date, QStringLiteral("d MMMM yyyy"));
    }
};

class SpellNumberFilter : public KTextTemplate::Filter
{
public:
    QVariant doFilter(const QVariant& input, const QVariant& argument, bool autoescape) const override
    {
        Q_UNUSED(autoescape)
        bool ok = false;
        const qint64 number = KTextTemplate::getSafeString(input).get().toLongLong(&ok);
        if (!ok)
            return input;
        return SpelledNumber::spell(number, languageOf(argument));
    }
};

} // namespace

TemplateFilterLibrary::TemplateFilterLibrary(QObject* parent)
    : QObject(parent)
{
}

QHash<QString, KTextTemplate::Filter*> TemplateFilterLibrary::filters(const QString& name)
{
    Q_UNUSED(name)
    return {
        {QStringLiteral("longdate"), new LongDateFilter},
        {QStringLiteral("spellnumber"), new SpellNumberFilter},
    };
}
