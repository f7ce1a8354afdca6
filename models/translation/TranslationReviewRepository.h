// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "translation/ClauseSegment.h"
#include "translation/WordDiff.h"
#include "translation/XliffFile.h"

#include <QDateTime>
#include <QVariant>

#include <optional>

class Database;
class TranslationQa;

/**
 * Translation review of a stored template: the clause segments of one target language with
 * their states, editing, reviewing and approving them, and staleness. A segment is the body of a
 * clause (id = clause key) or its title (id = "KEY.title"); both share the clause text's stored state,
 * and each is stale on its own when its own source changed.
 * Reviewing stores the source as it was; when the source changes afterwards, a reviewed or final
 * translation reads as "needs review" (computed on read) and sourceDiff() shows what moved.
 * Every write goes through Database's audited insert/update, in one transaction.
 */
class TranslationReviewRepository
{
public:
    explicit TranslationReviewRepository(Database& db);

    /** The segments of @p templateId for @p targetLanguage in document order, numbered as printed. */
    QList<ClauseSegment> segments(qint64 templateId, const QString& targetLanguage);
    std::optional<ClauseSegment> segment(qint64 templateId, const QString& targetLanguage, const QString& segmentId);

    /** Stores a new translation; the state becomes "translated" ("initial" when @p text is empty). */
    bool setTarget(qint64 templateId, const QString& targetLanguage, const QString& segmentId, const QString& text);
    /** Marks the clause's translation reviewed by @p reviewer now and keeps the source as it is now. */
    bool review(qint64 templateId, const QString& targetLanguage, const QString& segmentId, const QString& reviewer);
    /** Approves a reviewed translation for issue ("final"). Refused unless the state is "reviewed". */
    bool approve(qint64 templateId, const QString& targetLanguage, const QString& segmentId, const QString& approver);

    /** The source as it was when the translation was last reviewed (empty when never reviewed). */
    QString sourceAtReview(qint64 templateId, const QString& targetLanguage, const QString& segmentId);
    /** Word diff from the source at review to the source now. */
    QList<WordDiff::Span> sourceDiff(qint64 templateId, const ClauseSegment& segment);

    /** Everything stored for one clause text, to undo a change exactly. */
    struct Snapshot
    {
        qint64 templateId = 0;
        QString language;
        QString key;
        bool exists = false;
        QVariantMap values; ///< title, body, state, reviewed_by, reviewed_at, source_*_at_review
    };
    Snapshot snapshot(qint64 templateId, const QString& targetLanguage, const QString& segmentId);
    bool restore(const Snapshot& snapshot);

    /** An XLIFF 2.0 file of the template for @p targetLanguage; QA findings as notes when @p qa is given. */
    std::optional<XliffFile> exportXliff(qint64 templateId, const QString& targetLanguage, const TranslationQa* qa = nullptr);
    /** What an import for @p templateId and @p targetLanguage must match. */
    XliffFile::Expectation expectation(qint64 templateId, const QString& targetLanguage);
    /** Applies texts and states of @p file (read against expectation()) in one transaction. */
    bool importXliff(qint64 templateId, const XliffFile& file, int* changed = nullptr);

    QString errorString() const { return m_error; }

    /** The clause key of a segment id ("KEY.title" -> "KEY"). */
    static QString clauseKey(const QString& segmentId);
    static bool isTitle(const QString& segmentId);

private:
    struct Located
    {
        qint64 clauseId = 0;
        qint64 rowId = 0; ///< clause_text of the target language, 0 when none
        QString sourceLanguage;
    };
    std::optional<Located> locate(qint64 templateId, const QString& targetLanguage, const QString& segmentId);
    bool writeTarget(const Located& at, const QString& language, const QString& segmentId, const QString& text, const QString& state);
    bool writeState(qint64 templateId, const QString& language, const QString& segmentId, ClauseSegment::State state, const QString& by);
    bool fail(const QString& message);

    Database& m_db;
    QString m_error;
};
