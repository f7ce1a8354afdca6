// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QString>
#include <QStringList>

/**
 * Guesses the language of a sentence with libexttextcat's n-gram models, limited to the
 * languages Registro writes clauses in (English, Dutch, Italian, French). Not thread-safe: one
 * detector per thread.
 */
class LanguageDetector
{
public:
    /** Models from @p modelDirectory, default $REGISTRO_TEXTCAT_DIR or /usr/share/libexttextcat. */
    explicit LanguageDetector(const QString& modelDirectory = {});
    ~LanguageDetector();
    LanguageDetector(const LanguageDetector&) = delete;
    LanguageDetector& operator=(const LanguageDetector&) = delete;

    bool isValid() const { return m_handle != nullptr; }
    QString errorString() const { return m_error; }

    /** The candidate languages ("en", "nl"...), best first; empty when the text is too short or
     *  not recognised. */
    QStringList classify(const QString& text) const;

    static QStringList languages();

private:
    void* m_handle = nullptr;
    QString m_error;
};
