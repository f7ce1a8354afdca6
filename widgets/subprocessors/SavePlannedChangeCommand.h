// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "subprocessors/PlannedChange.h"

#include <QUndoCommand>

#include <optional>

class Database;

/** Plans a sub-processor change or edits a planned one; undo restores it or removes a new one. */
class SavePlannedChangeCommand : public QUndoCommand
{
public:
    SavePlannedChangeCommand(Database& db, const std::optional<PlannedChange>& before, const PlannedChange& after);

    void redo() override;
    void undo() override;
    qint64 plannedChangeId() const { return m_id; }

private:
    Database& m_db;
    std::optional<PlannedChange> m_before;
    PlannedChange m_after;
    qint64 m_id = 0;
};
