// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "settings/VerifiedWorkspace.h"

#include "core/Database.h"
#include "settings/Settings.h"

#include <QFileInfo>

VerifiedWorkspace VerifiedWorkspace::open(const QString& path, QString* error, Check check)
{
    VerifiedWorkspace workspace;
    workspace.m_path = QFileInfo(path).absoluteFilePath();
    const QString verified = check == Check::Always
        ? QString()
        : Settings::instance().value(Settings::Key::VerifiedWorkspaces).toMap().value(workspace.m_path).toString();
    workspace.m_db = Database::open(path, error, verified);
    return workspace;
}

void VerifiedWorkspace::remember(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QVariantMap verified = Settings::instance().value(Settings::Key::VerifiedWorkspaces).toMap();
    const QString fingerprint = Database::fingerprint(absolute);
    // Unchanged since it was last recorded (an export reads the file): nothing to write.
    if (verified.value(absolute).toString() == fingerprint)
        return;
    verified.insert(absolute, fingerprint);
    Settings::instance().setValue(Settings::Key::VerifiedWorkspaces, verified);
}

VerifiedWorkspace::VerifiedWorkspace(VerifiedWorkspace&& other) noexcept
    : m_db(std::move(other.m_db))
    , m_path(std::move(other.m_path))
{
}

VerifiedWorkspace& VerifiedWorkspace::operator=(VerifiedWorkspace&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::move(other.m_db);
        m_path = std::move(other.m_path);
    }
    return *this;
}

VerifiedWorkspace::~VerifiedWorkspace()
{
    close();
}

std::unique_ptr<Database> VerifiedWorkspace::release()
{
    return std::move(m_db);
}

void VerifiedWorkspace::close()
{
    if (!m_db)
        return;
    // Closed first: the fingerprint is the file's as it is left.
    m_db.reset();
    remember(m_path);
}
