// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/ClauseTextCommand.h"

#include "templates/TemplateRepository.h"

#include <QCoreApplication>

ClauseTextCommand::ClauseTextCommand(Database& db, qint64 clauseId, const QString& language, Field field,
                                     const QString& oldText, const QString& newText, Applied applied)
    : m_db(db)
    , m_clauseId(clauseId)
    , m_language(language)
    , m_field(field)
    , m_oldText(oldText)
    , m_newText(newText)
    , m_applied(std::move(applied))
{
    setText(field == Field::Title ? QCoreApplication::translate("ClauseTextCommand", "Edit clause title (%1)").arg(language)
                                  : QCoreApplication::translate("ClauseTextCommand", "Edit clause text (%1)").arg(language));
}

void ClauseTextCommand::store(const QString& text)
{
    // The other field as stored now: another change may have set it since this command was made.
    TemplateRepository repository(m_db);
    const ClauseText stored = repository.clauseText(m_clauseId, m_language).value_or(ClauseText{});
    if (m_field == Field::Title)
        repository.saveClauseText(m_clauseId, m_language, text, stored.body);
    else
        repository.saveClauseText(m_clauseId, m_language, stored.title, text);
    if (m_applied)
        m_applied(m_clauseId, m_language, m_field, text);
}

void ClauseTextCommand::redo()
{
    store(m_newText);
}

void ClauseTextCommand::undo()
{
    store(m_oldText);
}

bool ClauseTextCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ClauseTextCommand*>(other);
    if (next->m_clauseId != m_clauseId || next->m_language != m_language || next->m_field != m_field)
        return false;
    m_newText = next->m_newText;
    return true;
}
