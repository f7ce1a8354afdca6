// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/TemplateTags.h"

QList<TemplateTags::Tag> TemplateTags::find(const QString& text)
{
    QList<Tag> tags;
    qsizetype pos = 0;
    while (true) {
        const qsizetype start = text.indexOf(QLatin1Char('{'), pos);
        if (start < 0 || start + 1 >= text.size())
            break;
        const QChar second = text.at(start + 1);
        QString close;
        Tag::Kind kind = Tag::Kind::Variable;
        if (second == QLatin1Char('{')) {
            close = QStringLiteral("}}");
        } else if (second == QLatin1Char('%')) {
            close = QStringLiteral("%}");
            kind = Tag::Kind::Statement;
        } else if (second == QLatin1Char('#')) {
            close = QStringLiteral("#}");
            kind = Tag::Kind::Comment;
        } else {
            pos = start + 1;
            continue;
        }
        const qsizetype end = text.indexOf(close, start + 2);
        if (end < 0) {
            pos = start + 2;
            continue;
        }
        Tag tag;
        tag.kind = kind;
        tag.offset = start;
        tag.length = end + 2 - start;
        const QString inner = text.mid(start + 2, end - start - 2).simplified();
        tag.normalized = text.mid(start, 2) + QLatin1Char(' ') + inner + QLatin1Char(' ') + close;
        if (kind == Tag::Kind::Statement) {
            QString word = inner.section(QLatin1Char(' '), 0, 0);
            if (word.startsWith(QLatin1Char('-')))
                word = word.mid(1);
            tag.keyword = word;
        }
        tags.append(tag);
        pos = end + 2;
    }
    return tags;
}

QString TemplateTags::masked(const QString& text)
{
    QString result = text;
    for (const Tag& tag : find(text))
        result.replace(tag.offset, tag.length, QString(tag.length, QLatin1Char(' ')));
    return result;
}
