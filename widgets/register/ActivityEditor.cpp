// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "register/ActivityEditor.h"

ActivityEditor::ActivityEditor(Database& db, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_undoStack(undoStack)
{
}

void ActivityEditor::setActivity(qint64 id)
{
    m_activityId = id;
}
