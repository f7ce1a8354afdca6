// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "settings/UserGuideDialog.h"

#include "settings/GuideBrowser.h"
#include "settings/Translator.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QVBoxLayout>

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("UserGuideDialog"));
    setWindowTitle(tr("Registro User Guide"));
    resize(760, 640);

    m_browser = new GuideBrowser(this);
    m_browser->setObjectName(QStringLiteral("guide"));
    QFile file(guidePath(Translator::currentLanguage()));
    if (file.open(QIODevice::ReadOnly))
        m_browser->setMarkdown(QString::fromUtf8(file.readAll()));
    else
        m_browser->setPlainText(tr("The user guide is missing from this build."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserGuideDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
}

QString UserGuideDialog::guidePath(const QString& language)
{
    const QString localized = QStringLiteral(":/registro/help/guide.%1.md").arg(language);
    if (QFile::exists(localized))
        return localized;
    return QStringLiteral(":/registro/help/guide.en.md");
}
