// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/GlossaryTermCommand.h"

#include "translation/GlossaryRepository.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("GlossaryTermCommand", text);
}

QString commandText(const std::optional<Glossary::Term>& before, const std::optional<Glossary::Term>& after)
{
    if (!before && after)
        return tr("Add glossary term “%1”").arg(after->source);
    if (before && !after)
        return tr("Remove glossary term “%1”").arg(before->source);
    return tr("Edit glossary term “%1”").arg(before ? before->source : QString());
}

} // namespace

GlossaryTermCommand::GlossaryTermCommand(Database& db, const std::optional<Glossary::Term>& before,
                                         const std::optional<Glossary::Term>& after, int index, Applied applied)
    : QUndoCommand(commandText(before, after))
    , m_db(db)
    , m_before(before)
    , m_after(after)
    , m_index(index)
    , m_applied(std::move(applied))
{
}

GlossaryTermCommand::GlossaryTermCommand(Database& db, const Glossary& before, const Glossary& after, Applied applied)
    : QUndoCommand(tr("Import glossary"))
    , m_db(db)
    , m_glossaryBefore(before)
    , m_glossaryAfter(after)
    , m_applied(std::move(applied))
{
}

bool GlossaryTermCommand::change(const std::optional<Glossary::Term>& from, const std::optional<Glossary::Term>& to,
                                 QString* error)
{
    GlossaryRepository repository(m_db);
    bool ok = true;
    if (from && to)
        ok = repository.updateTerm(from->source, *to);
    else if (to)
        ok = repository.addTerm(*to, m_index);
    else if (from)
        ok = repository.removeTerm(from->source);
    *error = repository.errorString();
    return ok;
}

void GlossaryTermCommand::redo()
{
    QString error;
    bool ok = false;
    if (m_glossaryAfter) {
        GlossaryRepository repository(m_db);
        ok = repository.replace(*m_glossaryAfter);
        error = repository.errorString();
    } else {
        ok = change(m_before, m_after, &error);
    }
    if (!ok)
        setObsolete(true);
    if (m_applied)
        m_applied(ok, error);
}

void GlossaryTermCommand::undo()
{
    QString error;
    bool ok = false;
    if (m_glossaryBefore) {
        GlossaryRepository repository(m_db);
        ok = repository.replace(*m_glossaryBefore);
        error = repository.errorString();
    } else {
        ok = change(m_after, m_before, &error);
    }
    if (m_applied)
        m_applied(ok, error);
}
