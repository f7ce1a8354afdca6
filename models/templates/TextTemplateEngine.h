// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QString>
#include <QVariantHash>
#include <QtPlugin>

/**
 * The Django-style template engine of clause texts: KF6 TextTemplate, in a plugin of Registro's
 * own (registro_textengine). KTextTemplate brings Qt Qml and Qt Network along, a quarter of a
 * command's start-up: the plugin is loaded when a template is first rendered, or ahead of time on
 * another thread (preload()) while the workspace opens.
 *
 * Rendering escapes every value for Markdown (MarkdownOutputStream in the plugin), and the
 * engine reads no file: {% include %} and {% extends %} are not available.
 */
class TextTemplateEngine
{
public:
    struct Output
    {
        QString text;
        QString error; ///< KTextTemplate's message ("... line 3 ..."); empty when the text rendered
    };

    virtual ~TextTemplateEngine() = default;
    /** Renders @p text with @p context, values escaped for Markdown. */
    virtual Output render(const QString& text, const QVariantHash& context) = 0;
    /** KTextTemplate's version, for the About dialog. */
    virtual QString version() const = 0;

    /** The engine; loads the plugin the first time (waits for preload()). Null, with @p error, when it cannot. */
    static TextTemplateEngine* instance(QString* error = nullptr);
    /** Starts loading the plugin on another thread; instance() then waits for it. */
    static void preload();
    /** Waits for preload() to end (before the application does). */
    static void waitForPreload();
};

/** What the plugin's root object offers: an engine for the thread that asks. */
class TextTemplateEngineFactory
{
public:
    virtual ~TextTemplateEngineFactory() = default;
    virtual TextTemplateEngine* create() = 0;
};

#define TextTemplateEngineFactory_iid "io.github.registro.TextTemplateEngineFactory/1.0"
Q_DECLARE_INTERFACE(TextTemplateEngineFactory, TextTemplateEngineFactory_iid)
