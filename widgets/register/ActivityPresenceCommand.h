// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "domain/Records.h"

#include <QUndoCommand>

#include <functional>

class Database;

/**
 * Adds a processing activity to the register or removes it from it, undoably.
 *
 * The command keeps the whole ProcessingActivity value, links included, so that undoing a
 * deletion stores it again as it was. The workspace gives the restored record a new id; the
 * command follows it, so that redo removes the right row.
 */
class ActivityPresenceCommand : public QUndoCommand
{
public:
    enum class Change { Add, Remove };

    /** @p activity: the record to add (id 0), or the stored record to remove. */
    ActivityPresenceCommand(Database& db, Change change, const ProcessingActivity& activity, const QString& text);

    void redo() override;
    void undo() override;

    /** The activity's id while it is stored, else 0. */
    qint64 activityId() const { return m_stored ? m_activity.id : 0; }
    /** Why the last step failed, or empty. */
    QString errorString() const { return m_error; }

    /**
     * Called after each step with the activity's id (0 once removed) and, when the step failed,
     * why; a failed step makes the command obsolete.
     */
    void setOnChanged(std::function<void(qint64, const QString&)> callback) { m_onChanged = std::move(callback); }

private:
    bool store();
    bool drop();

    Database& m_db;
    Change m_change;
    ProcessingActivity m_activity;
    bool m_stored;
    QString m_error;
    std::function<void(qint64, const QString&)> m_onChanged;
};
