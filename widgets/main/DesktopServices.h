// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QUrl>

#include <functional>

/**
 * Opening files in other applications behind a seam: tests call setUrlHandler() and openUrl()
 * hands the URL to it instead of QDesktopServices.
 */
class DesktopServices
{
public:
    static bool openUrl(const QUrl& url);
    /** Hands every URL to @p handler from now on; an empty handler restores QDesktopServices. */
    static void setUrlHandler(const std::function<bool(const QUrl&)>& handler);
};
