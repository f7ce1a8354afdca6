// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QList>
#include <QString>

/**
 * A word-level difference between two texts (the source as it was when the translation was
 * reviewed, and the source now): the longest common subsequence of their words.
 */
class WordDiff
{
public:
    struct Span
    {
        enum class Kind { Equal, Inserted, Deleted };
        Kind kind = Kind::Equal;
        QString text; ///< with the white space before each word

        bool operator==(const Span&) const = default;
    };

    /** Spans that turn @p before into @p after; adjacent spans of one kind are merged. */
    static QList<Span> compare(const QString& before, const QString& after);
    /** The spans as HTML: &lt;del&gt; and &lt;ins&gt; around changes, text escaped, line breaks as &lt;br&gt;. */
    static QString toHtml(const QList<Span>& spans);
    /** The text of one side: @p kind Inserted gives "after"; Deleted gives "before", except that
     *  white space between equal words is taken from "after" (changes of white space alone are
     *  not differences). */
    static QString side(const QList<Span>& spans, Span::Kind kind);
};
