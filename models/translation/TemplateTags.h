// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QList>
#include <QString>

/** The template tags in a clause text: variables `{{ x }}`, statements `{% if %}`, comments `{# #}`. */
class TemplateTags
{
public:
    struct Tag
    {
        enum class Kind { Variable, Statement, Comment };
        Kind kind = Kind::Variable;
        QString normalized; ///< inner whitespace collapsed: "{{ controller.name }}", "{% if x %}"
        QString keyword; ///< first word of a statement: "if", "endif", "for"...; empty otherwise
        qsizetype offset = 0;
        qsizetype length = 0;
    };

    /** All tags of @p text in order. An opening "{{" without its "}}" is not a tag. */
    static QList<Tag> find(const QString& text);
    /** @p text with every tag (and its delimiters) replaced by spaces, so offsets stay valid. */
    static QString masked(const QString& text);
};
