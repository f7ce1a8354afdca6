// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/WordDiff.h"

#include <QRegularExpression>

#include <vector>

namespace {

struct Token
{
    QString text; // leading white space + word or punctuation character
    QString key; // without the white space
};

// A token is a word or a single punctuation character with the white space before it; white
// space at the very end is a token of its own.
QList<Token> tokenize(const QString& text)
{
    static const QRegularExpression token(QStringLiteral(R"(\s*(?:[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_])|\s+$)"));
    QList<Token> tokens;
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const QString part = it.next().captured();
        tokens.append({part, part.trimmed()});
    }
    return tokens;
}

void append(QList<WordDiff::Span>& spans, WordDiff::Span::Kind kind, const QString& text)
{
    if (text.isEmpty())
        return;
    if (!spans.isEmpty() && spans.constLast().kind == kind)
        spans.last().text += text;
    else
        spans.append({kind, text});
}

} // namespace

QList<WordDiff::Span> WordDiff::compare(const QString& before, const QString& after)
{
    const QList<Token> a = tokenize(before);
    const QList<Token> b = tokenize(after);
    // Common prefix and suffix first: edits are usually local, and the table stays small.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix).text == b.at(prefix).text)
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix).text == b.at(b.size() - 1 - suffix).text)
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;

    QList<Span> spans;
    for (qsizetype i = 0; i < prefix; ++i)
        append(spans, Span::Kind::Equal, a.at(i).text);

    // lcs[i][j]: length of the LCS of a[i..] and b[j..] (middle part only).
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[size_t(i)][size_t(j)] = a.at(prefix + i).key == b.at(prefix + j).key
                                            ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                            : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        const Token& x = a.at(prefix + i);
        const Token& y = b.at(prefix + j);
        if (x.key == y.key) {
            // Equal words; the new text's white space is shown.
            append(spans, Span::Kind::Equal, y.text);
            ++i;
            ++j;
        } else if (lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)]) {
            append(spans, Span::Kind::Deleted, x.text);
            ++i;
        } else {
            append(spans, Span::Kind::Inserted, y.text);
            ++j;
        }
    }
    for (; i < n; ++i)
        append(spans, Span::Kind::Deleted, a.at(prefix + i).text);
    for (; j < m; ++j)
        append(spans, Span::Kind::Inserted, b.at(prefix + j).text);
    for (qsizetype k = b.size() - suffix; k < b.size(); ++k)
        append(spans, Span::Kind::Equal, b.at(k).text);
    return spans;
}

QString WordDiff::toHtml(const QList<Span>& spans)
{
    QString html;
    for (const Span& span : spans) {
        QString text = span.text.toHtmlEscaped();
        text.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        switch (span.kind) {
        case Span::Kind::Equal:
            html += text;
            break;
        case Span::Kind::Inserted:
            html += QStringLiteral("<ins>") + text + QStringLiteral("</ins>");
            break;
        case Span::Kind::Deleted:
            html += QStringLiteral("<del>") + text + QStringLiteral("</del>");
            break;
        }
    }
    return html;
}

QString WordDiff::side(const QList<Span>& spans, Span::Kind kind)
{
    QString text;
    for (const Span& span : spans) {
        if (span.kind == Span::Kind::Equal || span.kind == kind)
            text += span.text;
    }
    return text;
}
