// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "translation/Glossary.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

class Database;

/**
 * One change of the workspace glossary, undoable: a term added (no term before), edited or
 * removed (no term after), or the whole glossary replaced (an import). @p applied is called after
 * every redo and undo with whether the change could be stored and why not.
 */
class GlossaryTermCommand : public QUndoCommand
{
public:
    using Applied = std::function<void(bool ok, const QString& error)>;

    /** Adds, edits or removes one term; @p index is where the term is (or goes) in the list. */
    GlossaryTermCommand(Database& db, const std::optional<Glossary::Term>& before,
                        const std::optional<Glossary::Term>& after, int index, Applied applied);
    /** Replaces all terms of the glossary @p before by those of @p after. */
    GlossaryTermCommand(Database& db, const Glossary& before, const Glossary& after, Applied applied);

    void redo() override;
    void undo() override;

private:
    bool change(const std::optional<Glossary::Term>& from, const std::optional<Glossary::Term>& to, QString* error);

    Database& m_db;
    std::optional<Glossary::Term> m_before;
    std::optional<Glossary::Term> m_after;
    int m_index = -1;
    std::optional<Glossary> m_glossaryBefore;
    std::optional<Glossary> m_glossaryAfter;
    Applied m_applied;
};
