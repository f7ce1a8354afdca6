// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "register/ActivityPresenceCommand.h"

#include "register/ActivityRepository.h"

ActivityPresenceCommand::ActivityPresenceCommand(Database& db, Change change, const ProcessingActivity& activity,
                                                 const QString& text)
    : QUndoCommand(text)
    , m_db(db)
    , m_change(change)
    , m_activity(activity)
    , m_stored(change == Change::Remove)
{
}

bool ActivityPresenceCommand::store()
{
    ActivityRepository repository(m_db);
    ProcessingActivity copy = m_activity;
    copy.id = 0;
    for (Transfer& transfer : copy.transfers)
        transfer.id = 0;
    if (!repository.save(copy)) {
        m_error = repository.errorString();
        return false;
    }
    m_activity = copy;
    m_stored = true;
    return true;
}

bool ActivityPresenceCommand::drop()
{
    ActivityRepository repository(m_db);
    // Keep the record as it is now, with the edits made since it was added.
    if (const auto current = repository.find(m_activity.id))
        m_activity = *current;
    if (!repository.remove(m_activity.id)) {
        m_error = repository.errorString();
        return false;
    }
    m_stored = false;
    return true;
}

void ActivityPresenceCommand::redo()
{
    m_error.clear();
    const bool ok = m_change == Change::Add ? store() : drop();
    // A step that did not happen must not stay on the stack.
    if (!ok)
        setObsolete(true);
    if (m_onChanged)
        m_onChanged(activityId(), m_error);
}

void ActivityPresenceCommand::undo()
{
    m_error.clear();
    const bool ok = m_change == Change::Add ? drop() : store();
    if (!ok)
        setObsolete(true);
    if (m_onChanged)
        m_onChanged(activityId(), m_error);
}
