// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/ClauseTextCommand.h"

#include "templates/TemplateRepository.h"

#include <QCoreApplication>

ClauseTextCommand::ClauseTextCommand(Database& db, qint64 clauseId, const QString& language, const QString& title,
                                     const QString& oldBody, const QString& newBody,
                                     std::function<void(qint64, const QString&, const QString&)> applied)
    : m_db(db)
    , m_clauseId(clauseId)
    , m_language(language)
    , m_title(title)
    , m_oldBody(oldBody)
    , m_newBody(newBody)
    , m_applied(std::move(applied))
{
    setText(QCoreApplication::translate("ClauseTextCommand", "Edit clause text (%1)").arg(language));
}

void ClauseTextCommand::store(const QString& body)
{
    // The title as stored now: another change may have set it since this command was made.
    TemplateRepository repository(m_db);
    const auto stored = repository.clauseText(m_clauseId, m_language);
    repository.saveClauseText(m_clauseId, m_language, stored ? stored->title : m_title, body);
    if (m_applied)
        m_applied(m_clauseId, m_language, body);
}

void ClauseTextCommand::redo()
{
    store(m_newBody);
}

void ClauseTextCommand::undo()
{
    store(m_oldBody);
}

bool ClauseTextCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ClauseTextCommand*>(other);
    if (next->m_clauseId != m_clauseId || next->m_language != m_language)
        return false;
    m_newBody = next->m_newBody;
    return true;
}
