// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "subprocessors/PlannedChange.h"

#include <QUndoCommand>

class Database;

/** Records what happened with a change notice (sent, objection); undo restores the previous record. */
class RecordNoticeCommand : public QUndoCommand
{
public:
    /** @p before has id 0 when nothing was recorded yet. */
    RecordNoticeCommand(Database& db, const ChangeNotice& before, const ChangeNotice& after, const QString& text);

    void redo() override;
    void undo() override;

private:
    Database& m_db;
    ChangeNotice m_before;
    ChangeNotice m_after;
    qint64 m_id = 0;
};
