// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "settings/GuideBrowser.h"

#include <QUrl>

GuideBrowser::GuideBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenExternalLinks(false);
    setOpenLinks(false);
    setSearchPaths({});
}

bool GuideBrowser::isAllowed(const QUrl& url)
{
    const QString path = url.path();
    const bool resource = url.scheme() == QLatin1String("qrc")
        || (url.scheme().isEmpty() && path.startsWith(QLatin1Char(':')));
    const QString cleaned = path.startsWith(QLatin1Char(':')) ? path.mid(1) : path;
    return resource && cleaned.startsWith(QLatin1String("/registro/help/")) && !cleaned.contains(QLatin1String(".."));
}

QVariant GuideBrowser::loadResource(int type, const QUrl& name)
{
    if (!isAllowed(name))
        return {};
    return QTextBrowser::loadResource(type, name);
}
