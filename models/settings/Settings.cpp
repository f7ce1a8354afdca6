// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "settings/Settings.h"

#include <QCoreApplication>

#include <pwd.h>
#include <unistd.h>

namespace {

std::unique_ptr<Settings>& slot()
{
    static std::unique_ptr<Settings> settings;
    return settings;
}

QString systemUserFullName()
{
    if (const passwd* entry = getpwuid(getuid())) {
        // The GECOS field: "Full Name,room,phone,...".
        const QString gecos = QString::fromLocal8Bit(entry->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        if (!gecos.isEmpty())
            return gecos;
        return QString::fromLocal8Bit(entry->pw_name);
    }
    return qEnvironmentVariable("USER");
}

} // namespace

Settings::Settings(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{
}

Settings& Settings::instance()
{
    auto& settings = slot();
    if (!settings)
        settings.reset(new Settings(std::make_unique<QSettings>()));
    return *settings;
}

void Settings::setTestInstance(const QString& fileName)
{
    slot().reset(new Settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat)));
}

QString Settings::keyName(Key key)
{
    switch (key) {
    case Key::UiLanguage:
        return QStringLiteral("ui/language");
    case Key::ReviewerName:
        return QStringLiteral("review/reviewerName");
    case Key::ReviewIntervalMonths:
        return QStringLiteral("review/intervalMonths");
    case Key::HolidayRegion:
        return QStringLiteral("deadlines/holidayRegion");
    case Key::PaperSize:
        return QStringLiteral("export/paperSize");
    case Key::PdfA:
        return QStringLiteral("export/pdfA");
    case Key::DraftWatermark:
        return QStringLiteral("export/draftWatermark");
    case Key::LastExportFolder:
        return QStringLiteral("export/lastFolder");
    case Key::RecentWorkspaces:
        return QStringLiteral("files/recent");
    case Key::LastWorkspace:
        return QStringLiteral("files/last");
    case Key::MainWindowGeometry:
        return QStringLiteral("window/geometry");
    case Key::MainWindowState:
        return QStringLiteral("window/state");
    case Key::SplitterSizes:
        return QStringLiteral("window/splitters");
    case Key::VerifiedWorkspaces:
        return QStringLiteral("files/verified");
    }
    return {};
}

QVariant Settings::defaultValue(Key key) const
{
    switch (key) {
    case Key::UiLanguage:
        return QString();
    case Key::ReviewerName:
        return systemUserFullName();
    case Key::ReviewIntervalMonths:
        return 12;
    case Key::HolidayRegion:
        return QStringLiteral("nl_nl");
    case Key::PaperSize:
        return QStringLiteral("A4");
    case Key::PdfA:
        return true;
    case Key::DraftWatermark:
        return true;
    case Key::LastExportFolder:
        return QString();
    case Key::RecentWorkspaces:
        return QStringList();
    case Key::LastWorkspace:
        return QString();
    case Key::MainWindowGeometry:
    case Key::MainWindowState:
        return QByteArray();
    case Key::SplitterSizes:
    case Key::VerifiedWorkspaces:
        return QVariantMap();
    }
    return {};
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(keyName(key), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(keyName(key));
}

QByteArray Settings::splitterState(const QString& name) const
{
    return value(Key::SplitterSizes).toMap().value(name).toByteArray();
}

void Settings::setSplitterState(const QString& name, const QByteArray& state)
{
    QVariantMap states = value(Key::SplitterSizes).toMap();
    states.insert(name, state);
    setValue(Key::SplitterSizes, states);
}
