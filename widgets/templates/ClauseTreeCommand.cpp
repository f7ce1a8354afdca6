// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/ClauseTreeCommand.h"

#include "templates/TemplateRepository.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ClauseTreeCommand", text);
}

} // namespace

ClauseTreeCommand::ClauseTreeCommand(Operation operation, Database& db, Applied applied)
    : m_operation(operation)
    , m_db(db)
    , m_applied(std::move(applied))
{
}

ClauseTreeCommand* ClauseTreeCommand::add(Database& db, const Clause& clause, Applied applied)
{
    auto* command = new ClauseTreeCommand(Operation::Add, db, std::move(applied));
    command->m_clause = clause;
    command->setText(clause.kind == Clause::Kind::Appendix ? tr("Add appendix")
                     : clause.parentId != 0                ? tr("Add sub-clause")
                                                           : tr("Add article"));
    return command;
}

ClauseTreeCommand* ClauseTreeCommand::remove(Database& db, qint64 clauseId, qint64 selectAfter, Applied applied)
{
    auto* command = new ClauseTreeCommand(Operation::Remove, db, std::move(applied));
    command->m_clause.id = clauseId;
    command->m_selectAfter = selectAfter;
    if (const auto clause = TemplateRepository(db).clause(clauseId)) {
        command->m_clause = *clause;
        command->setText(tr("Remove clause %1").arg(clause->key));
    }
    return command;
}

ClauseTreeCommand* ClauseTreeCommand::move(Database& db, qint64 clauseId, qint64 newParentId, int newPosition, Applied applied)
{
    auto* command = new ClauseTreeCommand(Operation::Move, db, std::move(applied));
    command->m_clause.id = clauseId;
    if (const auto clause = TemplateRepository(db).clause(clauseId))
        command->m_clause = *clause;
    command->m_newParentId = newParentId;
    command->m_newPosition = newPosition;
    command->setText(tr("Move clause %1").arg(command->m_clause.key));
    return command;
}

ClauseTreeCommand* ClauseTreeCommand::properties(Database& db, const Clause& before, const Clause& after, Applied applied)
{
    auto* command = new ClauseTreeCommand(Operation::Properties, db, std::move(applied));
    command->m_before = before;
    command->m_clause = after;
    command->setText(tr("Change clause %1").arg(after.key));
    return command;
}

void ClauseTreeCommand::report(qint64 clauseId, bool ok, const QString& error)
{
    // A change the workspace refused leaves nothing to undo.
    if (!ok)
        setObsolete(true);
    if (m_applied)
        m_applied(clauseId, ok ? QString() : error);
}

void ClauseTreeCommand::redo()
{
    TemplateRepository repository(m_db);
    switch (m_operation) {
    case Operation::Add: {
        bool ok = false;
        if (m_subtree.isEmpty()) {
            ok = repository.addClause(m_clause);
            if (ok)
                m_subtree = repository.subtree(m_clause.id);
        } else {
            ok = repository.restoreSubtree(m_subtree);
        }
        report(m_clause.id, ok, repository.errorString());
        return;
    }
    case Operation::Remove: {
        m_subtree = repository.subtree(m_clause.id);
        const bool ok = repository.removeClause(m_clause.id);
        report(ok ? m_selectAfter : m_clause.id, ok, repository.errorString());
        return;
    }
    case Operation::Move: {
        const bool ok = repository.moveClause(m_clause.id, m_newParentId, m_newPosition);
        report(m_clause.id, ok, repository.errorString());
        return;
    }
    case Operation::Properties: {
        const bool ok = repository.saveClauseProperties(m_clause);
        report(m_clause.id, ok, repository.errorString());
        return;
    }
    }
}

void ClauseTreeCommand::undo()
{
    TemplateRepository repository(m_db);
    switch (m_operation) {
    case Operation::Add: {
        m_subtree = repository.subtree(m_clause.id);
        const bool ok = repository.removeClause(m_clause.id);
        report(m_clause.parentId, ok, repository.errorString());
        return;
    }
    case Operation::Remove: {
        const bool ok = repository.restoreSubtree(m_subtree);
        report(m_clause.id, ok, repository.errorString());
        return;
    }
    case Operation::Move: {
        bool ok = repository.moveClause(m_clause.id, m_clause.parentId, m_clause.position);
        // The kind follows the place; put back the one the clause had if the place did not.
        const auto now = repository.clause(m_clause.id);
        if (ok && now && now->kind != m_clause.kind) {
            Clause restored = *now;
            restored.kind = m_clause.kind;
            ok = repository.saveClauseProperties(restored);
        }
        report(m_clause.id, ok, repository.errorString());
        return;
    }
    case Operation::Properties: {
        const bool ok = repository.saveClauseProperties(m_before);
        report(m_clause.id, ok, repository.errorString());
        return;
    }
}
}
