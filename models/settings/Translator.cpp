// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "settings/Translator.h"

#include "settings/Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace {

struct Installed {
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed& installed()
{
    static Installed state;
    return state;
}

void removeInstalled()
{
    Installed& state = installed();
    for (auto* slot : {&state.app, &state.qt}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    state.language = QStringLiteral("en");
}

} // namespace

QStringList Translator::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("it"), QStringLiteral("fr")};
}

QString Translator::languageName(const QString& code)
{
    if (code == QLatin1String("en"))
        return QCoreApplication::translate("Translator", "English");
    if (code == QLatin1String("nl"))
        return QCoreApplication::translate("Translator", "Dutch");
    if (code == QLatin1String("it"))
        return QCoreApplication::translate("Translator", "Italian");
    if (code == QLatin1String("fr"))
        return QCoreApplication::translate("Translator", "French");
    return QLocale::languageToString(QLocale(code).language());
}

QString Translator::nativeName(const QString& code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString Translator::pickLanguage(const QStringList& uiLanguages)
{
    const QStringList available = availableLanguages();
    for (const QString& uiLanguage : uiLanguages) {
        // "nl-BE", "fr_CH", "it" -> "nl", "fr", "it"
        const QString code = uiLanguage.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (available.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

void Translator::installFromSettings()
{
    install(Settings::instance().uiLanguage());
}

QString Translator::install(const QString& code)
{
    removeInstalled();
    const QString language = code.isEmpty() ? pickLanguage(QLocale::system().uiLanguages()) : pickLanguage({code});
    Installed& state = installed();
    if (language == QLatin1String("en"))
        return state.language;

    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/registro_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(app.get());
        state.app = std::move(app);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    state.language = language;
    return language;
}

QString Translator::currentLanguage()
{
    return installed().language;
}
