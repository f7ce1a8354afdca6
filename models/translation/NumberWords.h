// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QList>
#include <QString>

/**
 * Numbers in clause text, written in digits or in words of English, Dutch, Italian or French
 * (0 to 100), each with the period that follows it ("ten (10) working days", "72 uur").
 * Words for one ("one", "een", "un", "uno") are left out: they are mostly articles or pronouns.
 */
class NumberWords
{
public:
    enum class Period { None, Minute, Hour, Day, WorkingDay, Week, Month, Year };

    struct Mention
    {
        QString value; ///< digits only: "10", "2016", "15" for "1,5"
        bool spelled = false; ///< written in words
        Period period = Period::None;
        qsizetype offset = 0;
        qsizetype length = 0;
        QString text; ///< as written
    };

    /** The numbers in @p text (template tags are skipped) for @p language ("en", "nl", "it", "fr"). */
    static QList<Mention> find(const QString& text, const QString& language);
    /** The value of a number word or phrase ("vingt et un" → 21), or -1. */
    static int valueOf(const QString& words, const QString& language);
    /** Stable name of a period: "hours", "working-days"... */
    static QString periodCode(Period period);
};
