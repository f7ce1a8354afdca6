// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QString>

#include <memory>

class Database;

/**
 * An open workspace, and Registro's memory of the workspaces it has checked in full: when a
 * workspace is closed after opening cleanly, its fingerprint (size and modification time, see
 * Database::fingerprint()) is recorded in the settings; opening it again skips the full
 * integrity check while the fingerprint is unchanged. Any change to the file, by Registro or
 * anything else, brings the full check back. The GUI and registro-cli share the record.
 */
class VerifiedWorkspace
{
public:
    enum class Check {
        IfChanged, ///< the full integrity check only when the file changed since it was last verified
        Always, ///< always the full check (registro-cli check)
    };

    /** Opens @p path; an empty handle with @p error set when it cannot be opened. */
    static VerifiedWorkspace open(const QString& path, QString* error, Check check = Check::IfChanged);
    /** Records @p path as verified in its current state; call after closing it. */
    static void remember(const QString& path);

    VerifiedWorkspace(VerifiedWorkspace&& other) noexcept;
    VerifiedWorkspace& operator=(VerifiedWorkspace&& other) noexcept;
    /** Closes the workspace and remembers it as verified. */
    ~VerifiedWorkspace();

    explicit operator bool() const { return m_db != nullptr; }
    Database& operator*() const { return *m_db; }
    Database* operator->() const { return m_db.get(); }
    /** Hands the database over; whoever takes it calls remember() after closing it. */
    std::unique_ptr<Database> release();

private:
    VerifiedWorkspace() = default;
    void close();

    std::unique_ptr<Database> m_db;
    QString m_path;
};
