// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <KTextTemplate/OutputStream>

/**
 * The escaping of values that enter a Markdown document: every Markdown and HTML special
 * character is backslash-escaped and line breaks become spaces, so a value appears literally
 * (`**Acme**`, `<img src=...>`, a pipe inside a table cell) and cannot add markup.
 */
class MarkdownOutputStream : public KTextTemplate::OutputStream
{
public:
    explicit MarkdownOutputStream(QTextStream* stream);

    QString escape(const QString& input) const override;
    QSharedPointer<KTextTemplate::OutputStream> clone(QTextStream* stream) const override;

    static QString escapeMarkdown(const QString& input);
};
