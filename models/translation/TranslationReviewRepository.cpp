// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/TranslationReviewRepository.h"

#include "core/Database.h"
#include "core/SqlValue.h"
#include "templates/ClauseNumbering.h"
#include "templates/TemplateRepository.h"
#include "translation/TranslationQa.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TranslationReviewRepository", text);
}

const QString titleSuffix = QStringLiteral(".title");

QString sourceHash(const QString& title, const QString& body)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((title + QLatin1Char('\n') + body).toUtf8(), QCryptographicHash::Sha256).toHex());
}

/** The state of one segment: a reviewed or final translation whose source (title or body) differs
 *  from the source at review needs review. */
ClauseSegment::State storedState(const QVariantMap& row, const QString& source, const QString& snapshotColumn)
{
    const auto state = ClauseSegment::stateFromCode(row.value(QStringLiteral("state")).toString());
    const ClauseSegment::State stored = state.value_or(ClauseSegment::State::Translated);
    if (stored != ClauseSegment::State::Reviewed && stored != ClauseSegment::State::Final)
        return stored;
    const QVariant snapshot = row.value(snapshotColumn);
    if (snapshot.isNull())
        return stored; // reviewed before snapshots were kept: nothing to compare with
    return snapshot.toString() == source ? stored : ClauseSegment::State::NeedsReview;
}

} // namespace

TranslationReviewRepository::TranslationReviewRepository(Database& db)
    : m_db(db)
{
}

QString TranslationReviewRepository::clauseKey(const QString& segmentId)
{
    return isTitle(segmentId) ? segmentId.chopped(titleSuffix.size()) : segmentId;
}

bool TranslationReviewRepository::isTitle(const QString& segmentId)
{
    return segmentId.endsWith(titleSuffix);
}

bool TranslationReviewRepository::fail(const QString& message)
{
    m_error = message;
    return false;
}

QList<ClauseSegment> TranslationReviewRepository::segments(qint64 templateId, const QString& targetLanguage)
{
    m_error.clear();
    TemplateRepository templates(m_db);
    const auto dpaTemplate = templates.find(templateId);
    if (!dpaTemplate) {
        fail(tr("There is no template with id %1.").arg(templateId));
        return {};
    }
    const QList<Clause> clauses = templates.clauses(templateId);
    const QHash<qint64, QString> numbers = ClauseNumbering::number(clauses);
    QHash<qint64, QVariantMap> rows;
    const auto records = m_db.records(QStringLiteral("SELECT t.* FROM clause_text t JOIN clause c ON c.id = t.clause_id "
                                                     "WHERE c.template_id = ? AND t.language = ?"),
                                      {templateId, targetLanguage});
    for (const QVariantMap& row : records)
        rows.insert(row.value(QStringLiteral("clause_id")).toLongLong(), row);

    QList<ClauseSegment> result;
    for (const Clause& clause : clauses) {
        const ClauseText source = clause.texts.value(dpaTemplate->sourceLanguage);
        const QVariantMap row = rows.value(clause.id);
        auto add = [&](const QString& id, const QString& sourceText, const QString& targetText) {
            if (sourceText.isEmpty())
                return;
            ClauseSegment segment;
            segment.id = id;
            segment.number = numbers.value(clause.id);
            segment.sourceLanguage = dpaTemplate->sourceLanguage;
            segment.targetLanguage = targetLanguage;
            segment.source = sourceText;
            segment.target = targetText;
            const QString snapshotColumn = isTitle(id) ? QStringLiteral("source_title_at_review")
                                                       : QStringLiteral("source_body_at_review");
            segment.state = targetText.isEmpty() || row.isEmpty() ? ClauseSegment::State::Initial
                                                                  : storedState(row, sourceText, snapshotColumn);
            result.append(segment);
        };
        add(clause.key + titleSuffix, source.title, row.value(QStringLiteral("title")).toString());
        add(clause.key, source.body, row.value(QStringLiteral("body")).toString());
    }
    return result;
}

std::optional<ClauseSegment> TranslationReviewRepository::segment(qint64 templateId, const QString& targetLanguage,
                                                                  const QString& segmentId)
{
    for (const ClauseSegment& s : segments(templateId, targetLanguage)) {
        if (s.id == segmentId)
            return s;
    }
    if (m_error.isEmpty())
        fail(tr("The template has no clause \"%1\".").arg(segmentId));
    return std::nullopt;
}

std::optional<TranslationReviewRepository::Located>
TranslationReviewRepository::locate(qint64 templateId, const QString& targetLanguage, const QString& segmentId)
{
    const QVariant sourceLanguage = m_db.scalar(QStringLiteral("SELECT source_language FROM template WHERE id = ?"), {templateId});
    if (!sourceLanguage.isValid() || sourceLanguage.isNull()) {
        fail(tr("There is no template with id %1.").arg(templateId));
        return std::nullopt;
    }
    if (targetLanguage.size() != 2 || targetLanguage == sourceLanguage.toString()) {
        fail(tr("\"%1\" is not a target language of this template.").arg(targetLanguage));
        return std::nullopt;
    }
    Located at;
    at.sourceLanguage = sourceLanguage.toString();
    at.clauseId = m_db.scalar(QStringLiteral("SELECT id FROM clause WHERE template_id = ? AND key = ?"),
                              {templateId, clauseKey(segmentId)})
                      .toLongLong();
    if (at.clauseId == 0) {
        fail(tr("The template has no clause \"%1\".").arg(segmentId));
        return std::nullopt;
    }
    at.rowId = m_db.scalar(QStringLiteral("SELECT id FROM clause_text WHERE clause_id = ? AND language = ?"),
                           {at.clauseId, targetLanguage})
                   .toLongLong();
    return at;
}

bool TranslationReviewRepository::writeTarget(const Located& at, const QString& language, const QString& segmentId,
                                              const QString& text, const QString& state)
{
    QVariantMap values{
        {isTitle(segmentId) ? QStringLiteral("title") : QStringLiteral("body"), text},
        {QStringLiteral("updated_at"), SqlValue::fromDateTime(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("state"), state},
    };
    if (at.rowId == 0) {
        values.insert(QStringLiteral("clause_id"), at.clauseId);
        values.insert(QStringLiteral("language"), language);
        if (!m_db.insert(QStringLiteral("clause_text"), values))
            return fail(m_db.lastError());
        return true;
    }
    if (!m_db.update(QStringLiteral("clause_text"), at.rowId, values))
        return fail(m_db.lastError());
    return true;
}

bool TranslationReviewRepository::setTarget(qint64 templateId, const QString& targetLanguage, const QString& segmentId,
                                            const QString& text)
{
    m_error.clear();
    Transaction transaction(m_db);
    const auto at = locate(templateId, targetLanguage, segmentId);
    if (!at)
        return false;
    const QString state = ClauseSegment::stateCode(text.isEmpty() ? ClauseSegment::State::Initial : ClauseSegment::State::Translated);
    if (!writeTarget(*at, targetLanguage, segmentId, text, state))
        return false;
    return transaction.commit() || fail(m_db.lastError());
}

bool TranslationReviewRepository::writeState(qint64 templateId, const QString& language, const QString& segmentId,
                                             ClauseSegment::State state, const QString& by)
{
    const auto at = locate(templateId, language, segmentId);
    if (!at)
        return false;
    QVariantMap values{{QStringLiteral("state"), ClauseSegment::stateCode(state)}};
    if (state == ClauseSegment::State::Reviewed || state == ClauseSegment::State::Final) {
        const auto source = m_db.records(QStringLiteral("SELECT title, body FROM clause_text WHERE clause_id = ? AND language = ?"),
                                         {at->clauseId, at->sourceLanguage});
        const QString title = source.isEmpty() ? QString() : source.first().value(QStringLiteral("title")).toString();
        const QString body = source.isEmpty() ? QString() : source.first().value(QStringLiteral("body")).toString();
        values.insert(QStringLiteral("reviewed_by"), by);
        values.insert(QStringLiteral("reviewed_at"), SqlValue::fromDateTime(QDateTime::currentDateTimeUtc()));
        values.insert(QStringLiteral("source_title_at_review"), title);
        values.insert(QStringLiteral("source_body_at_review"), body);
        values.insert(QStringLiteral("source_hash_at_review"), sourceHash(title, body));
    }
    if (at->rowId == 0)
        return fail(tr("Clause \"%1\" has no translation yet.").arg(segmentId));
    if (!m_db.update(QStringLiteral("clause_text"), at->rowId, values))
        return fail(m_db.lastError());
    return true;
}

bool TranslationReviewRepository::review(qint64 templateId, const QString& targetLanguage, const QString& segmentId,
                                         const QString& reviewer)
{
    m_error.clear();
    const auto current = segment(templateId, targetLanguage, segmentId);
    if (!current)
        return false;
    if (current->target.isEmpty())
        return fail(tr("Clause %1 has no translation to review.").arg(current->number));
    Transaction transaction(m_db);
    if (!writeState(templateId, targetLanguage, segmentId, ClauseSegment::State::Reviewed, reviewer))
        return false;
    return transaction.commit() || fail(m_db.lastError());
}

bool TranslationReviewRepository::approve(qint64 templateId, const QString& targetLanguage, const QString& segmentId,
                                          const QString& approver)
{
    m_error.clear();
    const auto current = segment(templateId, targetLanguage, segmentId);
    if (!current)
        return false;
    if (current->state != ClauseSegment::State::Reviewed)
        return fail(tr("Clause %1 is \"%2\": review it before approving it.")
                        .arg(current->number, ClauseSegment::stateLabel(current->state)));
    Transaction transaction(m_db);
    if (!writeState(templateId, targetLanguage, segmentId, ClauseSegment::State::Final, approver))
        return false;
    return transaction.commit() || fail(m_db.lastError());
}

QString TranslationReviewRepository::sourceAtReview(qint64 templateId, const QString& targetLanguage, const QString& segmentId)
{
    const auto at = locate(templateId, targetLanguage, segmentId);
    if (!at || at->rowId == 0)
        return {};
    return m_db
        .scalar(isTitle(segmentId) ? QStringLiteral("SELECT source_title_at_review FROM clause_text WHERE id = ?")
                                   : QStringLiteral("SELECT source_body_at_review FROM clause_text WHERE id = ?"),
                {at->rowId})
        .toString();
}

QList<WordDiff::Span> TranslationReviewRepository::sourceDiff(qint64 templateId, const ClauseSegment& segment)
{
    return WordDiff::compare(sourceAtReview(templateId, segment.targetLanguage, segment.id), segment.source);
}

TranslationReviewRepository::Snapshot TranslationReviewRepository::snapshot(qint64 templateId, const QString& targetLanguage,
                                                                            const QString& segmentId)
{
    Snapshot result;
    result.templateId = templateId;
    result.language = targetLanguage;
    result.key = clauseKey(segmentId);
    const auto at = locate(templateId, targetLanguage, segmentId);
    if (!at || at->rowId == 0)
        return result;
    const auto rows = m_db.records(QStringLiteral("SELECT title, body, state, reviewed_by, reviewed_at, source_hash_at_review, "
                                                  "source_title_at_review, source_body_at_review FROM clause_text WHERE id = ?"),
                                   {at->rowId});
    if (!rows.isEmpty()) {
        result.exists = true;
        result.values = rows.first();
    }
    return result;
}

bool TranslationReviewRepository::restore(const Snapshot& snapshot)
{
    m_error.clear();
    Transaction transaction(m_db);
    const auto at = locate(snapshot.templateId, snapshot.language, snapshot.key);
    if (!at)
        return false;
    QVariantMap values = snapshot.values;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it->isNull())
            *it = QVariant(); // NULL, not an empty string
    }
    if (!snapshot.exists) {
        // The clause had no text in this language: leave an empty, untranslated one.
        values = {{QStringLiteral("title"), QString()},
                  {QStringLiteral("body"), QString()},
                  {QStringLiteral("state"), ClauseSegment::stateCode(ClauseSegment::State::Initial)}};
    }
    values.insert(QStringLiteral("updated_at"), SqlValue::fromDateTime(QDateTime::currentDateTimeUtc()));
    if (at->rowId == 0) {
        if (!snapshot.exists)
            return transaction.commit() || fail(m_db.lastError());
        values.insert(QStringLiteral("clause_id"), at->clauseId);
        values.insert(QStringLiteral("language"), snapshot.language);
        if (!m_db.insert(QStringLiteral("clause_text"), values))
            return fail(m_db.lastError());
    } else if (!m_db.update(QStringLiteral("clause_text"), at->rowId, values)) {
        return fail(m_db.lastError());
    }
    return transaction.commit() || fail(m_db.lastError());
}

std::optional<XliffFile> TranslationReviewRepository::exportXliff(qint64 templateId, const QString& targetLanguage,
                                                                  const TranslationQa* qa)
{
    m_error.clear();
    const auto dpaTemplate = TemplateRepository(m_db).find(templateId);
    if (!dpaTemplate) {
        fail(tr("There is no template with id %1.").arg(templateId));
        return std::nullopt;
    }
    if (targetLanguage == dpaTemplate->sourceLanguage || !dpaTemplate->languages.contains(targetLanguage)) {
        fail(tr("The template \"%1\" has no target language \"%2\" (it has: %3).")
                 .arg(dpaTemplate->name, targetLanguage, dpaTemplate->languages.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    XliffFile file;
    file.templateId = dpaTemplate->name;
    file.templateVersion = dpaTemplate->version;
    file.sourceLanguage = dpaTemplate->sourceLanguage;
    file.targetLanguage = targetLanguage;
    file.segments = segments(templateId, targetLanguage);
    if (qa) {
        for (const TranslationQa::SegmentFindings& result : qa->checkAll(file.segments))
            file.findings.insert(result.segment.id, result.findings);
    }
    return file;
}

XliffFile::Expectation TranslationReviewRepository::expectation(qint64 templateId, const QString& targetLanguage)
{
    XliffFile::Expectation expected;
    const auto dpaTemplate = TemplateRepository(m_db).find(templateId);
    if (!dpaTemplate)
        return expected;
    expected.templateId = dpaTemplate->name;
    expected.templateVersion = dpaTemplate->version;
    expected.targetLanguage = targetLanguage;
    for (const ClauseSegment& s : segments(templateId, targetLanguage))
        expected.knownIds.insert(s.id);
    return expected;
}

bool TranslationReviewRepository::importXliff(qint64 templateId, const XliffFile& file, int* changed)
{
    m_error.clear();
    if (changed)
        *changed = 0;
    const auto dpaTemplate = TemplateRepository(m_db).find(templateId);
    if (!dpaTemplate)
        return fail(tr("There is no template with id %1.").arg(templateId));
    if (file.templateId != dpaTemplate->name || file.targetLanguage == dpaTemplate->sourceLanguage
        || !dpaTemplate->languages.contains(file.targetLanguage))
        return fail(tr("The file is for template \"%1\" in \"%2\", not for \"%3\".")
                        .arg(file.templateId, file.targetLanguage, dpaTemplate->name));
    QHash<QString, ClauseSegment> current;
    for (const ClauseSegment& s : segments(templateId, file.targetLanguage))
        current.insert(s.id, s);
    const QString by = m_db.userName();
    int count = 0;
    Transaction transaction(m_db);
    for (const ClauseSegment& incoming : file.segments) {
        const auto it = current.constFind(incoming.id);
        if (it == current.cend())
            return fail(tr("The file has a segment \"%1\" that the template does not have.").arg(incoming.id));
        bool touched = false;
        if (incoming.target != it->target) {
            const auto at = locate(templateId, file.targetLanguage, incoming.id);
            if (!at || !writeTarget(*at, file.targetLanguage, incoming.id, incoming.target,
                                    ClauseSegment::stateCode(incoming.target.isEmpty() ? ClauseSegment::State::Initial
                                                                                       : ClauseSegment::State::Translated)))
                return false;
            touched = true;
        }
        if (!incoming.target.isEmpty() && (touched || incoming.state != it->state)) {
            if (!writeState(templateId, file.targetLanguage, incoming.id, incoming.state, by))
                return false;
            touched = true;
        }
        count += touched ? 1 : 0;
    }
    if (!transaction.commit())
        return fail(m_db.lastError());
    if (changed)
        *changed = count;
    return true;
}
