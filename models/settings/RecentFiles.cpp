// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "settings/RecentFiles.h"

#include "settings/Settings.h"

#include <QDir>
#include <QFileInfo>

RecentFiles::RecentFiles(const QStringList& paths)
{
    for (auto it = paths.crbegin(); it != paths.crend(); ++it)
        add(*it);
}

RecentFiles RecentFiles::fromSettings()
{
    return RecentFiles(Settings::instance().recentWorkspaces());
}

QString RecentFiles::normalised(const QString& path)
{
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

void RecentFiles::add(const QString& path)
{
    const QString clean = normalised(path);
    if (clean.isEmpty())
        return;
    m_paths.removeAll(clean);
    m_paths.prepend(clean);
    while (m_paths.size() > MaxCount)
        m_paths.removeLast();
}

void RecentFiles::remove(const QString& path)
{
    m_paths.removeAll(normalised(path));
}

int RecentFiles::removeMissing()
{
    return int(m_paths.removeIf([](const QString& path) { return !QFileInfo::exists(path); }));
}

void RecentFiles::save() const
{
    Settings::instance().setValue(Settings::Key::RecentWorkspaces, m_paths);
}
