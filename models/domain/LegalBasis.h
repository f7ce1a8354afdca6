// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QList>
#include <QString>

/**
 * A legal basis for processing: Art. 6(1)(a)-(f), the Art. 9(2)(a)-(j) conditions for special
 * categories, and Art. 10 for criminal convictions and offences data. Stored by code
 * ("6.1.a", "9.2.h", "10").
 */
struct LegalBasis
{
    enum class Article { Lawfulness, SpecialCategory, CriminalData };

    QString code;
    Article article = Article::Lawfulness;

    /** All bases the register offers, in legal order. */
    static const QList<LegalBasis>& all();
    static bool isKnown(const QString& code);
    /** "Art. 6(1)(b)" */
    static QString citation(const QString& code);
    /** "Art. 6(1)(b) contract" : the citation and a short translated description. */
    static QString label(const QString& code);
    static Article articleOf(const QString& code);
};
