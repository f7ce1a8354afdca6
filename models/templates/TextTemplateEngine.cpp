// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/TextTemplateEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QPluginLoader>
#include <QThread>

#include <memory>

namespace {

const QString pluginName = QStringLiteral("registro_textengine.so");

// Next to the executable in the build tree (bin/../plugins), then with Qt's plugins.
QString pluginPath()
{
    QStringList folders{QCoreApplication::applicationDirPath() + QStringLiteral("/../plugins/registro")};
#ifdef REGISTRO_PLUGIN_BUILD_DIR
    folders.append(QStringLiteral(REGISTRO_PLUGIN_BUILD_DIR "/registro"));
#endif
#ifdef REGISTRO_PLUGIN_INSTALL_DIR
    folders.append(QStringLiteral(REGISTRO_PLUGIN_INSTALL_DIR "/registro"));
#endif
    for (const QString& folder : QCoreApplication::libraryPaths())
        folders.append(folder + QStringLiteral("/registro"));
    for (const QString& folder : std::as_const(folders)) {
        const QString path = QDir(folder).filePath(pluginName);
        if (QFileInfo::exists(path))
            return QFileInfo(path).canonicalFilePath();
    }
    return {};
}

struct Plugin
{
    ~Plugin()
    {
        if (loading)
            loading->wait();
    }

    QMutex mutex;
    std::unique_ptr<QPluginLoader> loader;
    std::unique_ptr<QThread> loading; ///< preload()'s thread, until instance() joins it
    bool loaded = false;
    QString error;

    // Waits for preload()'s thread, if any; with the mutex held.
    void joinLoading()
    {
        if (loading) {
            loading->wait();
            loading.reset();
        }
    }

    // Loads the library (the slow part: KTextTemplate, Qt Qml, Qt Network); any thread.
    void load()
    {
        const QString path = pluginPath();
        if (path.isEmpty()) {
            error = QCoreApplication::translate("TextTemplateEngine", "The template engine (%1) is not installed.").arg(pluginName);
            return;
        }
        loader = std::make_unique<QPluginLoader>(path);
        loaded = loader->load();
        if (!loaded)
            error = QCoreApplication::translate("TextTemplateEngine", "The template engine cannot be loaded: %1").arg(loader->errorString());
    }
};

Plugin& plugin()
{
    static Plugin instance;
    return instance;
}

} // namespace

void TextTemplateEngine::preload()
{
    Plugin& p = plugin();
    QMutexLocker locker(&p.mutex);
    if (p.loader || p.loading || !p.error.isEmpty())
        return;
    p.loading.reset(QThread::create([&p] { p.load(); }));
    p.loading->start();
}

void TextTemplateEngine::waitForPreload()
{
    Plugin& p = plugin();
    QMutexLocker locker(&p.mutex);
    p.joinLoading();
}

TextTemplateEngine* TextTemplateEngine::instance(QString* error)
{
    // One engine per thread: KTextTemplate's engine is not shared between threads.
    thread_local std::unique_ptr<TextTemplateEngine> engine;
    if (engine)
        return engine.get();
    Plugin& p = plugin();
    QMutexLocker locker(&p.mutex);
    p.joinLoading();
    if (!p.loader && p.error.isEmpty())
        p.load();
    if (p.loaded) {
        // The root object belongs to the first thread that asks; its factory serves any.
        auto* factory = qobject_cast<TextTemplateEngineFactory*>(p.loader->instance());
        if (factory)
            engine.reset(factory->create());
        else if (p.error.isEmpty())
            p.error = QCoreApplication::translate("TextTemplateEngine", "%1 is not Registro's template engine.").arg(p.loader->fileName());
    }
    if (!engine && error)
        *error = p.error;
    return engine.get();
}
