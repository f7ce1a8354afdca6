// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "subprocessors/RecordNoticeCommand.h"

#include "subprocessors/PlannedChangeRepository.h"

RecordNoticeCommand::RecordNoticeCommand(Database& db, const ChangeNotice& before, const ChangeNotice& after,
                                         const QString& text)
    : m_db(db)
    , m_before(before)
    , m_after(after)
    , m_id(before.id)
{
    setText(text);
}

void RecordNoticeCommand::redo()
{
    ChangeNotice notice = m_after;
    notice.id = m_id;
    PlannedChangeRepository repository(m_db);
    if (repository.saveNotice(notice))
        m_id = notice.id;
    else
        qWarning("%s", qPrintable(repository.errorString()));
}

void RecordNoticeCommand::undo()
{
    PlannedChangeRepository repository(m_db);
    if (m_before.id == 0) {
        if (repository.removeNotice(m_id))
            m_id = 0;
        else
            qWarning("%s", qPrintable(repository.errorString()));
        return;
    }
    ChangeNotice notice = m_before;
    if (!repository.saveNotice(notice))
        qWarning("%s", qPrintable(repository.errorString()));
}
