// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/SpellCheckingHighlighter.h"

#include <QRegularExpression>

SpellCheckingHighlighter::SpellCheckingHighlighter(QTextDocument* document, const QString& language)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
    , m_speller(dictionaryFor(language))
{
}

QString SpellCheckingHighlighter::dictionaryFor(const QString& language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("en_GB");
    if (language == QLatin1String("nl"))
        return QStringLiteral("nl_NL");
    if (language == QLatin1String("it"))
        return QStringLiteral("it_IT");
    if (language == QLatin1String("fr"))
        return QStringLiteral("fr_FR");
    return language;
}

void SpellCheckingHighlighter::highlightBlock(const QString& text)
{
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    if (!m_speller.isValid())
        return;
    // Tags within one line; a tag left open runs to the end of the line.
    static const QRegularExpression tag(QStringLiteral(R"(\{\{.*?(\}\}|$)|\{%.*?(%\}|$)|\{#.*?(#\}|$))"));
    QList<std::pair<qsizetype, qsizetype>> skipped;
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        skipped.append({match.capturedStart(), match.capturedEnd()});
    }
    static const QRegularExpression word(QStringLiteral(R"(\p{L}+(?:['’]\p{L}+)*)"));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const qsizetype start = match.capturedStart();
        bool inTag = false;
        for (const auto& range : std::as_const(skipped))
            inTag = inTag || (start >= range.first && start < range.second);
        if (inTag || match.capturedLength() < 2 || !m_speller.isMisspelled(match.captured(0)))
            continue;
        for (qsizetype i = start; i < match.capturedEnd(); ++i) {
            QTextCharFormat f = format(int(i));
            f.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            f.setUnderlineColor(Qt::red);
            setFormat(int(i), 1, f);
        }
    }
}
