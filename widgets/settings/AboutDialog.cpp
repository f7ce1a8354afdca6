// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "settings/AboutDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <kholidays_version.h>
#include <ksyntaxhighlighting_version.h>
#include <ktexttemplate_version.h>
#include <sonnet_version.h>

#include <sqlite3.h>
#include <textcat.h>

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About Registro"));

    auto* title = new QLabel(this);
    title->setObjectName(QStringLiteral("title"));
    title->setTextFormat(Qt::RichText);
    title->setText(QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("Registro %1").arg(QStringLiteral(REGISTRO_VERSION_STRING)).toHtmlEscaped(),
                            tr("Keeps the GDPR register of processing activities, sub-processors and data "
                               "processing agreements.")
                                .toHtmlEscaped()));
    title->setWordWrap(true);

    auto* licence = new QLabel(tr("Copyright 2026 The Registro authors. Licensed under the GNU General Public "
                                  "License, version 3 or later (GPL-3.0-or-later). There is no warranty."),
                               this);
    licence->setObjectName(QStringLiteral("licence"));
    licence->setWordWrap(true);

    auto* libraries = new QTreeWidget(this);
    libraries->setObjectName(QStringLiteral("dependencies"));
    libraries->setHeaderLabels({tr("Library"), tr("Version")});
    libraries->setRootIsDecorated(false);
    const auto list = dependencies();
    for (const auto& [name, version] : list)
        libraries->addTopLevelItem(new QTreeWidgetItem({name, version}));
    libraries->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(licence);
    layout->addWidget(new QLabel(tr("Built with:"), this));
    layout->addWidget(libraries);
    layout->addWidget(buttons);
    resize(520, 440);
}

QList<QPair<QString, QString>> AboutDialog::dependencies()
{
    const QString qtRuntime = QString::fromLatin1(qVersion());
    const QString qtBuilt = QStringLiteral(QT_VERSION_STR);
    return {
        {QStringLiteral("Qt"), qtRuntime == qtBuilt ? qtRuntime : tr("%1 (built with %2)").arg(qtRuntime, qtBuilt)},
        {QStringLiteral("KDE Frameworks: KSyntaxHighlighting"), QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)},
        {QStringLiteral("KDE Frameworks: KTextTemplate"), QStringLiteral(KTEXTTEMPLATE_VERSION_STRING)},
        {QStringLiteral("KDE Frameworks: KHolidays"), QStringLiteral(KHOLIDAYS_VERSION_STRING)},
        {QStringLiteral("KDE Frameworks: Sonnet"), QStringLiteral(SONNET_VERSION_STRING)},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("libexttextcat"), QString::fromLatin1(textcat_Version())},
    };
}
