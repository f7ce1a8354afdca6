// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

/**
 * The application's settings: one typed accessor per key, with its default. The application
 * uses instance(); tests call setTestInstance() (an INI file in a temporary directory) after
 * QStandardPaths::setTestModeEnabled(true).
 */
class Settings
{
public:
    enum class Key {
        UiLanguage, ///< "" follows the system; else "en", "nl", "it", "fr"
        ReviewerName, ///< recorded when approving and reviewing; default: the system user's full name
        ReviewIntervalMonths, ///< "Mark reviewed" sets the next review this far ahead
        HolidayRegion, ///< KHolidays region code for working-day deadlines, e.g. "nl_nl"
        PaperSize, ///< "A4" or "Letter"
        PdfA, ///< PDF/A-1b for agreements by default
        DraftWatermark, ///< DRAFT watermark on unsigned documents
        LastExportFolder, ///< the folder the last export went to; "" for the documents folder
        RecentWorkspaces,
        LastWorkspace,
        MainWindowGeometry,
        MainWindowState,
        SplitterSizes, ///< per splitter, a map name -> state
        VerifiedWorkspaces, ///< path -> Database::fingerprint() when last closed after a clean check
    };

    static Settings& instance();
    /** Uses @p fileName (an INI file) for the rest of the process; for tests. */
    static void setTestInstance(const QString& fileName);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    QVariant defaultValue(Key key) const;

    // Typed shortcuts for the keys most code reads.
    QString uiLanguage() const { return value(Key::UiLanguage).toString(); }
    QString reviewerName() const { return value(Key::ReviewerName).toString(); }
    int reviewIntervalMonths() const { return value(Key::ReviewIntervalMonths).toInt(); }
    QString holidayRegion() const { return value(Key::HolidayRegion).toString(); }
    QStringList recentWorkspaces() const { return value(Key::RecentWorkspaces).toStringList(); }
    QByteArray splitterState(const QString& name) const;
    void setSplitterState(const QString& name, const QByteArray& state);

    void sync() { m_settings->sync(); }

private:
    explicit Settings(std::unique_ptr<QSettings> settings);
    static QString keyName(Key key);

    std::unique_ptr<QSettings> m_settings;
};
