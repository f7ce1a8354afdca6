// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QStringList>

/**
 * The workspaces opened lately, most recent first, stored in Settings::Key::RecentWorkspaces.
 * Paths are kept absolute and cleaned; the list never holds a path twice nor more than
 * MaxCount paths.
 */
class RecentFiles
{
public:
    static constexpr int MaxCount = 10;

    /** The list as stored in the settings. */
    static RecentFiles fromSettings();
    explicit RecentFiles(const QStringList& paths = {});

    QStringList paths() const { return m_paths; }
    /** Puts @p path first (moving it there when it is already listed). */
    void add(const QString& path);
    void remove(const QString& path);
    void clear() { m_paths.clear(); }
    /** Drops the paths whose file no longer exists; returns how many were dropped. */
    int removeMissing();
    /** Writes the list to the settings. */
    void save() const;

private:
    static QString normalised(const QString& path);

    QStringList m_paths;
};
