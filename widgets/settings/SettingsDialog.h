// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

/**
 * Settings > Configure Registro: UI language, reviewer name, review interval, holiday region
 * and the default export options, stored in Settings::instance() when accepted. A changed UI
 * language is applied at once through Translator and announced with uiLanguageChanged().
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    /** The UI language was changed and installed; @p code is "" for the system default. */
    void uiLanguageChanged(const QString& code);

private:
    void load();
    void apply();
    void restoreDefaults();

    QComboBox* m_language = nullptr;
    QLineEdit* m_reviewerName = nullptr;
    QSpinBox* m_reviewInterval = nullptr;
    QComboBox* m_holidayRegion = nullptr;
    QComboBox* m_paperSize = nullptr;
    QCheckBox* m_pdfA = nullptr;
    QCheckBox* m_watermark = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
