// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "MarkdownOutputStream.h"

MarkdownOutputStream::MarkdownOutputStream(QTextStream* stream)
    : KTextTemplate::OutputStream(stream)
{
}

QString MarkdownOutputStream::escape(const QString& input) const
{
    return escapeMarkdown(input);
}

QSharedPointer<KTextTemplate::OutputStream> MarkdownOutputStream::clone(QTextStream* stream) const
{
    return QSharedPointer<MarkdownOutputStream>::create(stream);
}

QString MarkdownOutputStream::escapeMarkdown(const QString& input)
{
    // CommonMark lets every ASCII punctuation character be escaped with a backslash. Those
    // that open markup anywhere are always escaped; those that only matter at the start of a
    // line (lists, headings) are escaped at the start of the value, which may land there; a
    // colon before "//" is escaped so that no URL turns into a link.
    static const QString always = QStringLiteral("\\`*_[]<>|#~&!");
    static const QString leading = QStringLiteral("-+.=)");
    QString out;
    out.reserve(input.size() + 8);
    bool atStart = true;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (c == u'\n' || c == u'\r' || c == u'\t') {
            if (!out.endsWith(u' '))
                out.append(u' ');
            continue;
        }
        if (always.contains(c) || (atStart && leading.contains(c))
            || (c == u':' && input.mid(i + 1, 2) == QLatin1String("//")))
            out.append(u'\\');
        out.append(c);
        // Digits then "." or ")" make an ordered list item: keep escaping until the first other character.
        if (!c.isDigit() && !c.isSpace())
            atStart = false;
    }
    return out;
}
