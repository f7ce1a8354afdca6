// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "register/RegisterUndoId.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

/**
 * One undoable change of a stored record (a processing activity, a data category, a measure):
 * the full value before and after. No value before means the command creates the record, no value
 * after means it deletes it. redo() and undo() store through the given functions at once; a change
 * the repository refuses makes the command obsolete, so the stack never holds a step that did not
 * happen. Commands with the same merge id on the same record merge (Tiled's ChangeValue idea).
 */
template<typename Record>
class ChangeValue : public QUndoCommand
{
public:
    /** Stores @p record: inserts it when its id is 0, else updates it; false when refused. */
    using Save = std::function<bool(Record& record)>;
    /** Deletes @p record; false when refused. */
    using Remove = std::function<bool(const Record& record)>;

    ChangeValue(const QString& text, std::optional<Record> before, std::optional<Record> after, Save save,
                Remove remove = {}, RegisterUndoId mergeId = RegisterUndoId::None)
        : QUndoCommand(text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_save(std::move(save))
        , m_remove(std::move(remove))
        , m_mergeId(mergeId)
    {
    }

    void redo() override
    {
        if (!apply(m_after, m_before))
            setObsolete(true);
    }
    void undo() override
    {
        if (!apply(m_before, m_after))
            setObsolete(true);
    }
    int id() const override { return static_cast<int>(m_mergeId); }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const ChangeValue*>(other);
        if (next->isObsolete() || !m_before || !m_after || !next->m_after || m_after->id != next->m_after->id)
            return false;
        m_after = next->m_after;
        return true;
    }

    const std::optional<Record>& after() const { return m_after; }

private:
    bool apply(std::optional<Record>& target, std::optional<Record>& other)
    {
        if (!target)
            return other && m_remove && m_remove(*other);
        Record value = *target;
        if (!other)
            value.id = 0; // the record does not exist (any more): insert it
        if (!m_save(value))
            return false;
        target = value;
        return true;
    }

    std::optional<Record> m_before;
    std::optional<Record> m_after;
    Save m_save;
    Remove m_remove;
    RegisterUndoId m_mergeId;
};
