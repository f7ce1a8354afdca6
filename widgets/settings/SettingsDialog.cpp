// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "settings/SettingsDialog.h"

#include "settings/Settings.h"
#include "settings/Translator.h"

#include <KHolidays/HolidayRegion>

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Configure Registro"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("uiLanguage"));
    m_language->addItem(tr("System default"), QString());
    for (const QString& code : Translator::availableLanguages())
        m_language->addItem(Translator::nativeName(code), code);

    m_reviewerName = new QLineEdit(this);
    m_reviewerName->setObjectName(QStringLiteral("reviewerName"));

    m_reviewInterval = new QSpinBox(this);
    m_reviewInterval->setObjectName(QStringLiteral("reviewInterval"));
    m_reviewInterval->setRange(1, 60);
    m_reviewInterval->setSuffix(tr(" months"));

    m_holidayRegion = new QComboBox(this);
    m_holidayRegion->setObjectName(QStringLiteral("holidayRegion"));
    struct Region {
        QString code;
        QString label;
    };
    QList<Region> regions;
    for (const QString& code : KHolidays::HolidayRegion::regionCodes())
        regions.append({code, tr("%1 (%2)").arg(KHolidays::HolidayRegion::name(code), code)});
    QCollator collator;
    std::sort(regions.begin(), regions.end(), [&collator](const Region& a, const Region& b) {
        return collator.compare(a.label, b.label) < 0;
    });
    for (const Region& region : std::as_const(regions))
        m_holidayRegion->addItem(region.label, region.code);

    m_paperSize = new QComboBox(this);
    m_paperSize->setObjectName(QStringLiteral("paperSize"));
    m_paperSize->addItem(tr("A4"), QStringLiteral("A4"));
    m_paperSize->addItem(tr("Letter"), QStringLiteral("Letter"));
    m_pdfA = new QCheckBox(tr("Create PDF/A documents"), this);
    m_pdfA->setObjectName(QStringLiteral("pdfA"));
    m_watermark = new QCheckBox(tr("Mark unsigned documents with a DRAFT watermark"), this);
    m_watermark->setObjectName(QStringLiteral("watermark"));

    auto* general = new QGroupBox(tr("General"), this);
    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(tr("&Reviewer name:"), m_reviewerName);
    generalForm->addRow(tr("Review &interval:"), m_reviewInterval);
    generalForm->addRow(tr("&Holiday region:"), m_holidayRegion);

    auto* exportBox = new QGroupBox(tr("Export defaults"), this);
    auto* exportForm = new QFormLayout(exportBox);
    exportForm->addRow(tr("&Paper size:"), m_paperSize);
    exportForm->addRow(m_pdfA);
    exportForm->addRow(m_watermark);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(exportBox);
    layout->addStretch();
    layout->addWidget(m_buttons);

    load();
}

void SettingsDialog::load()
{
    const Settings& settings = Settings::instance();
    const auto select = [](QComboBox* combo, const QString& data) {
        const int index = combo->findData(data);
        if (index >= 0)
            combo->setCurrentIndex(index);
    };
    select(m_language, settings.uiLanguage());
    m_reviewerName->setText(settings.reviewerName());
    m_reviewInterval->setValue(settings.reviewIntervalMonths());
    // A region this KHolidays does not know stays stored as it is unless the user picks one.
    m_holidayRegion->setCurrentIndex(m_holidayRegion->findData(settings.holidayRegion()));
    select(m_paperSize, settings.value(Settings::Key::PaperSize).toString());
    m_pdfA->setChecked(settings.value(Settings::Key::PdfA).toBool());
    m_watermark->setChecked(settings.value(Settings::Key::DraftWatermark).toBool());
}

void SettingsDialog::restoreDefaults()
{
    Settings& settings = Settings::instance();
    const auto select = [](QComboBox* combo, const QVariant& data) {
        const int index = combo->findData(data);
        if (index >= 0)
            combo->setCurrentIndex(index);
    };
    select(m_language, settings.defaultValue(Settings::Key::UiLanguage));
    m_reviewerName->setText(settings.defaultValue(Settings::Key::ReviewerName).toString());
    m_reviewInterval->setValue(settings.defaultValue(Settings::Key::ReviewIntervalMonths).toInt());
    select(m_holidayRegion, settings.defaultValue(Settings::Key::HolidayRegion));
    select(m_paperSize, settings.defaultValue(Settings::Key::PaperSize));
    m_pdfA->setChecked(settings.defaultValue(Settings::Key::PdfA).toBool());
    m_watermark->setChecked(settings.defaultValue(Settings::Key::DraftWatermark).toBool());
}

void SettingsDialog::apply()
{
    Settings& settings = Settings::instance();
    const QString oldLanguage = settings.uiLanguage();
    const QString language = m_language->currentData().toString();
    settings.setValue(Settings::Key::UiLanguage, language);
    settings.setValue(Settings::Key::ReviewerName, m_reviewerName->text().trimmed());
    settings.setValue(Settings::Key::ReviewIntervalMonths, m_reviewInterval->value());
    if (m_holidayRegion->currentIndex() >= 0)
        settings.setValue(Settings::Key::HolidayRegion, m_holidayRegion->currentData().toString());
    settings.setValue(Settings::Key::PaperSize, m_paperSize->currentData().toString());
    settings.setValue(Settings::Key::PdfA, m_pdfA->isChecked());
    settings.setValue(Settings::Key::DraftWatermark, m_watermark->isChecked());
    settings.sync();
    if (language != oldLanguage) {
        Translator::install(language);
        Q_EMIT uiLanguageChanged(language);
    }
}

void SettingsDialog::accept()
{
    apply();
    QDialog::accept();
}
