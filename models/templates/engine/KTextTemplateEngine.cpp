// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
// The plugin registro_textengine: TextTemplateEngine on KF6 TextTemplate.
#include "MarkdownOutputStream.h"
#include "templates/TextTemplateEngine.h"

#include <KTextTemplate/Context>
#include <KTextTemplate/Engine>
#include <KTextTemplate/Template>
#include <ktexttemplate_version.h>

#include <QCoreApplication>
#include <QObject>
#include <QTextStream>

namespace {

class KTextTemplateEngine : public TextTemplateEngine
{
public:
    KTextTemplateEngine()
    {
        // Our filters (longdate, spellnumber): next to the executable in the build tree
        // (bin/../plugins), else with Qt's plugins where they are installed.
        m_engine.addPluginPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../plugins"));
#ifdef REGISTRO_TEXTTEMPLATE_PLUGIN_DIR
        m_engine.addPluginPath(QStringLiteral(REGISTRO_TEXTTEMPLATE_PLUGIN_DIR));
#endif
#ifdef REGISTRO_PLUGIN_INSTALL_DIR
        m_engine.addPluginPath(QStringLiteral(REGISTRO_PLUGIN_INSTALL_DIR));
#endif
        // No {% include %} / {% extends %}: a template never reads a file.
        m_engine.removeDefaultLibrary(QStringLiteral("ktexttemplate_loadertags"));
        m_engine.addDefaultLibrary(QStringLiteral("registro_templatefilters"));
    }

    Output render(const QString& text, const QVariantHash& context) override
    {
        Output output;
        KTextTemplate::Template t = m_engine.newTemplate(text, QStringLiteral("clause"));
        if (t->error() != KTextTemplate::NoError) {
            output.error = t->errorString();
            return output;
        }
        KTextTemplate::Context c(context);
        c.setAutoEscape(true);
        QTextStream stream(&output.text);
        MarkdownOutputStream out(&stream);
        t->render(&out, &c);
        stream.flush();
        if (t->error() != KTextTemplate::NoError) {
            output.text.clear();
            output.error = t->errorString();
        }
        return output;
    }

    QString version() const override { return QStringLiteral(KTEXTTEMPLATE_VERSION_STRING); }

private:
    KTextTemplate::Engine m_engine;
};

} // namespace

class KTextTemplateEngineFactory : public QObject, public TextTemplateEngineFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TextTemplateEngineFactory_iid)
    Q_INTERFACES(TextTemplateEngineFactory)

public:
    TextTemplateEngine* create() override { return new KTextTemplateEngine; }
};

#include "KTextTemplateEngine.moc"
