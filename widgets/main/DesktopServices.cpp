// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "main/DesktopServices.h"

#include <QDesktopServices>

namespace {

std::function<bool(const QUrl&)>& urlHandler()
{
    static std::function<bool(const QUrl&)> handler;
    return handler;
}

} // namespace

bool DesktopServices::openUrl(const QUrl& url)
{
    if (urlHandler())
        return urlHandler()(url);
    return QDesktopServices::openUrl(url);
}

void DesktopServices::setUrlHandler(const std::function<bool(const QUrl&)>& handler)
{
    urlHandler() = handler;
}
