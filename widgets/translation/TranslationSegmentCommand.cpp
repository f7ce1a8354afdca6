// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/TranslationSegmentCommand.h"

TranslationSegmentCommand::TranslationSegmentCommand(Database& db, qint64 templateId, const QString& language,
                                                     const QString& segmentId, const QString& text,
                                                     std::function<bool(TranslationReviewRepository&)> change,
                                                     std::function<void(const QString&)> applied)
    : QUndoCommand(text)
    , m_db(db)
    , m_templateId(templateId)
    , m_language(language)
    , m_segmentId(segmentId)
    , m_change(std::move(change))
    , m_applied(std::move(applied))
{
}

void TranslationSegmentCommand::redo()
{
    TranslationReviewRepository repository(m_db);
    if (!m_done) {
        m_done = true;
        m_before = repository.snapshot(m_templateId, m_language, m_segmentId);
        m_succeeded = m_change(repository);
        m_error = repository.errorString();
        if (!m_succeeded)
            setObsolete(true);
        m_after = repository.snapshot(m_templateId, m_language, m_segmentId);
    } else {
        repository.restore(m_after);
    }
    if (m_applied)
        m_applied(m_segmentId);
}

void TranslationSegmentCommand::undo()
{
    TranslationReviewRepository repository(m_db);
    repository.restore(m_before);
    if (m_applied)
        m_applied(m_segmentId);
}
