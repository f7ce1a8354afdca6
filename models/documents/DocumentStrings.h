// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QString>
#include <QStringList>

/**
 * The words a document prints around its content, in the document's language (en, nl, it, fr),
 * which is independent of the user interface language. Unknown languages fall back to English.
 */
namespace DocumentStrings {

QStringList languages();
bool isSupported(const QString& language);
/** "Page 3 of 11", "Pagina 3 van 11", "Pagina 3 di 11", "Page 3 sur 11" */
QString pageOf(const QString& language, int page, int pageCount);
/** DRAFT, CONCEPT, BOZZA, PROJET */
QString draft(const QString& language);
/** The title of the table of contents. */
QString contents(const QString& language);

} // namespace DocumentStrings
