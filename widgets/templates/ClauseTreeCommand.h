// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "templates/TemplateTypes.h"

#include <QUndoCommand>

#include <functional>

class Database;

/**
 * One change of a template's clause tree: adding a clause, removing one with its sub-clauses
 * (undo puts the same rows back: ids, keys, positions and every text), moving one, or changing
 * its key, kind, optional flag or condition. After each redo and undo @p applied is called
 * with the clause to select and, when the workspace refused the change, the reason.
 */
class ClauseTreeCommand : public QUndoCommand
{
public:
    using Applied = std::function<void(qint64 clauseId, const QString& error)>;

    /** Adds @p clause (texts included) at clause.parentId / clause.position. */
    static ClauseTreeCommand* add(Database& db, const Clause& clause, Applied applied);
    /** Removes @p clauseId and its sub-clauses; @p selectAfter is selected after the removal. */
    static ClauseTreeCommand* remove(Database& db, qint64 clauseId, qint64 selectAfter, Applied applied);
    static ClauseTreeCommand* move(Database& db, qint64 clauseId, qint64 newParentId, int newPosition, Applied applied);
    static ClauseTreeCommand* properties(Database& db, const Clause& before, const Clause& after, Applied applied);

    void redo() override;
    void undo() override;

    qint64 clauseId() const { return m_clause.id; }

private:
    enum class Operation { Add, Remove, Move, Properties };
    ClauseTreeCommand(Operation operation, Database& db, Applied applied);
    void report(qint64 clauseId, bool ok, const QString& error);

    Operation m_operation;
    Database& m_db;
    Applied m_applied;
    Clause m_clause; ///< add: the new clause; properties: the values after; move: the clause before
    Clause m_before; ///< properties: the values before
    ClauseSubtree m_subtree; ///< remove: the rows removed; add: the rows added (for redo)
    qint64 m_selectAfter = 0;
    qint64 m_newParentId = 0;
    int m_newPosition = 0;
};
