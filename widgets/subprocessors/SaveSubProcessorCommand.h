// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "domain/Records.h"

#include <QUndoCommand>

#include <optional>

class Database;

/** Saves a sub-processor (new or changed); undo restores the previous state or removes a new one. */
class SaveSubProcessorCommand : public QUndoCommand
{
public:
    SaveSubProcessorCommand(Database& db, const std::optional<SubProcessor>& before, const SubProcessor& after);

    void redo() override;
    void undo() override;
    qint64 subProcessorId() const { return m_id; }

private:
    Database& m_db;
    std::optional<SubProcessor> m_before;
    SubProcessor m_after;
    qint64 m_id = 0;
};
