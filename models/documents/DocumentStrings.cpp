// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/DocumentStrings.h"

namespace {

int index(const QString& language)
{
    const int i = DocumentStrings::languages().indexOf(language);
    return i < 0 ? 0 : i;
}

} // namespace

namespace DocumentStrings {

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("it"), QStringLiteral("fr")};
}

bool isSupported(const QString& language)
{
    return languages().contains(language);
}

QString pageOf(const QString& language, int page, int pageCount)
{
    static const char* const texts[] = {"Page %1 of %2", "Pagina %1 van %2", "Pagina %1 di %2", "Page %1 sur %2"};
    return QString::fromUtf8(texts[index(language)]).arg(page).arg(pageCount);
}

QString draft(const QString& language)
{
    static const char* const texts[] = {"DRAFT", "CONCEPT", "BOZZA", "PROJET"};
    return QString::fromUtf8(texts[index(language)]);
}

QString contents(const QString& language)
{
    static const char* const texts[] = {"Contents", "Inhoud", "Indice", "Table des matières"};
    return QString::fromUtf8(texts[index(language)]);
}

} // namespace DocumentStrings
