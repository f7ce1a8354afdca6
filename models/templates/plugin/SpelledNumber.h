// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QString>

/** Numbers in words as legal texts write them ("thirty", "dertig", "trenta", "trente"). */
namespace SpelledNumber {

/** @p number (0 to 999 999) in words in @p language (en, nl, it, fr); digits otherwise. */
QString spell(qint64 number, const QString& language);

} // namespace SpelledNumber
