// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

/**
 * Installs the application's translation (embedded under :/i18n) and Qt's own (qtbase_*.qm
 * from the Qt translations directory) for the UI language: the Settings override when set,
 * else the first of QLocale::uiLanguages() that Registro is translated into. English is the
 * source language and needs no translator.
 */
class Translator
{
public:
    /** Codes of the languages the UI is available in, the source language first. */
    static QStringList availableLanguages();
    /** The language's own name for itself, e.g. "Nederlands" for "nl". */
    static QString nativeName(const QString& code);
    /** The language's name in the UI's language, e.g. "Dutch" for "nl" in an English UI. */
    static QString languageName(const QString& code);

    /** Installs the translators for Settings::uiLanguage() (empty: the system's). */
    static void installFromSettings();
    /**
     * Replaces the installed translators by those for @p code ("" follows the system).
     * Returns the language now in use ("en" when no translation applies).
     */
    static QString install(const QString& code);
    /** The language installed last, "en" before any install(). */
    static QString currentLanguage();

private:
    static QString pickLanguage(const QStringList& uiLanguages);
};
