// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "subprocessors/SaveSubProcessorCommand.h"

#include "register/SubProcessorRepository.h"

#include <QCoreApplication>

SaveSubProcessorCommand::SaveSubProcessorCommand(Database& db, const std::optional<SubProcessor>& before,
                                                 const SubProcessor& after)
    : m_db(db)
    , m_before(before)
    , m_after(after)
    , m_id(after.id)
{
    setText(before ? QCoreApplication::translate("SaveSubProcessorCommand", "Edit sub-processor \"%1\"").arg(after.legalName)
                   : QCoreApplication::translate("SaveSubProcessorCommand", "Add sub-processor \"%1\"").arg(after.legalName));
}

void SaveSubProcessorCommand::redo()
{
    SubProcessor sp = m_after;
    sp.id = m_id;
    SubProcessorRepository repository(m_db);
    if (repository.save(sp))
        m_id = sp.id;
    else
        qWarning("%s", qPrintable(repository.errorString()));
}

void SaveSubProcessorCommand::undo()
{
    SubProcessorRepository repository(m_db);
    if (m_before) {
        SubProcessor sp = *m_before;
        if (!repository.save(sp))
            qWarning("%s", qPrintable(repository.errorString()));
    } else if (!repository.remove(m_id)) {
        qWarning("%s", qPrintable(repository.errorString()));
    } else {
        m_id = 0;
    }
}
