// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <Sonnet/Speller>

/**
 * Template syntax highlighting plus spell checking in one highlighter (a document takes only
 * one): words of the clause text are checked with Sonnet's dictionary for the text's language
 * and misspelled ones underlined; template tags ({{ }}, {% %}, {# #}) are never checked.
 */
class SpellCheckingHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    SpellCheckingHighlighter(QTextDocument* document, const QString& language);

    /** Whether a dictionary for the language was found (no underlines otherwise). */
    bool hasDictionary() const { return m_speller.isValid(); }
    /** The Sonnet dictionary used for a text language: en -> en_GB, nl -> nl_NL... */
    static QString dictionaryFor(const QString& language);

protected:
    void highlightBlock(const QString& text) override;

private:
    Sonnet::Speller m_speller;
};
