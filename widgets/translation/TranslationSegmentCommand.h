// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "translation/TranslationReviewRepository.h"

#include <QUndoCommand>

#include <functional>

/**
 * One change of a clause's translation (new text, review, approval). The change is made by
 * @p change on the first redo; undo and later redos restore the clause text as it was before
 * and after. @p applied is called after each redo and undo.
 */
class TranslationSegmentCommand : public QUndoCommand
{
public:
    TranslationSegmentCommand(Database& db, qint64 templateId, const QString& language, const QString& segmentId,
                              const QString& text, std::function<bool(TranslationReviewRepository&)> change,
                              std::function<void(const QString&)> applied);

    void redo() override;
    void undo() override;
    /** False when the change was refused (the command then does nothing). */
    bool succeeded() const { return m_succeeded; }
    QString errorString() const { return m_error; }

private:
    Database& m_db;
    qint64 m_templateId;
    QString m_language;
    QString m_segmentId;
    std::function<bool(TranslationReviewRepository&)> m_change;
    std::function<void(const QString&)> m_applied;
    TranslationReviewRepository::Snapshot m_before;
    TranslationReviewRepository::Snapshot m_after;
    bool m_done = false;
    bool m_succeeded = true;
    QString m_error;
};
