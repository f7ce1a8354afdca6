// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "subprocessors/SavePlannedChangeCommand.h"

#include "subprocessors/PlannedChangeRepository.h"

#include <QCoreApplication>

SavePlannedChangeCommand::SavePlannedChangeCommand(Database& db, const std::optional<PlannedChange>& before,
                                                   const PlannedChange& after)
    : m_db(db)
    , m_before(before)
    , m_after(after)
    , m_id(after.id)
{
    setText(before ? QCoreApplication::translate("SavePlannedChangeCommand", "Edit planned change")
                   : QCoreApplication::translate("SavePlannedChangeCommand", "Plan change"));
}

void SavePlannedChangeCommand::redo()
{
    PlannedChange change = m_after;
    change.id = m_id;
    PlannedChangeRepository repository(m_db);
    if (repository.saveChange(change))
        m_id = change.id;
    else
        qWarning("%s", qPrintable(repository.errorString()));
}

void SavePlannedChangeCommand::undo()
{
    PlannedChangeRepository repository(m_db);
    if (m_before) {
        PlannedChange change = *m_before;
        if (!repository.saveChange(change))
            qWarning("%s", qPrintable(repository.errorString()));
    } else if (repository.removeChange(m_id)) {
        m_id = 0;
    } else {
        qWarning("%s", qPrintable(repository.errorString()));
    }
}
