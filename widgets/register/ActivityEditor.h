// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QWidget>

class Database;
class QUndoStack;

/**
 * The editor of one processing activity: every Art. 30(1) or 30(2) field, its findings and its
 * history. Every edit is stored at once through an undo command on the workspace's stack.
 */
class ActivityEditor : public QWidget
{
    Q_OBJECT

public:
    ActivityEditor(Database& db, QUndoStack* undoStack, QWidget* parent = nullptr);

    /** Shows activity @p id (0: nothing). */
    void setActivity(qint64 id);
    qint64 activityId() const { return m_activityId; }

Q_SIGNALS:
    /** The activity was stored (created, edited, or restored by undo). */
    void activityChanged(qint64 id);

private:
    Database& m_db;
    QUndoStack* m_undoStack;
    qint64 m_activityId = 0;
};
