// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "register/ActivityRepository.h"

#include "core/Database.h"
#include "core/SqlValue.h"
#include "domain/LegalBasis.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("ActivityRepository", text, nullptr, n);
}

QStringList cleaned(const QStringList& terms)
{
    QStringList result;
    for (const QString& term : terms) {
        const QString simplified = term.simplified();
        if (!simplified.isEmpty() && !result.contains(simplified, Qt::CaseInsensitive))
            result.append(simplified);
    }
    return result;
}

QString transferText(const Transfer& transfer)
{
    return QStringLiteral("%1 [%2] %3%4")
        .arg(transfer.recipient, transfer.country, Vocabulary::code(transfer.safeguard),
             transfer.sccModule > 0 ? QStringLiteral(" M%1").arg(transfer.sccModule) : QString());
}

QList<qint64> idsOf(const QList<QVariantList>& rows)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const auto& row : rows)
        ids.append(row.constFirst().toLongLong());
    return ids;
}

} // namespace

ActivityRepository::ActivityRepository(Database& db)
    : m_db(db)
{
}

bool ActivityRepository::fail(const QString& message, const QString& field)
{
    m_error = message;
    m_errorField = field;
    return false;
}

std::optional<ProcessingActivity> ActivityRepository::find(qint64 id)
{
    const auto found = m_db.records(QStringLiteral("SELECT * FROM processing_activity WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    const QVariantMap& row = found.constFirst();
    ProcessingActivity a;
    a.id = id;
    a.role = Vocabulary::activityRole(row.value(QStringLiteral("role")).toString());
    a.name = row.value(QStringLiteral("name")).toString();
    a.description = row.value(QStringLiteral("description")).toString();
    a.department = row.value(QStringLiteral("department")).toString();
    a.owner = row.value(QStringLiteral("owner")).toString();
    a.status = Vocabulary::activityStatus(row.value(QStringLiteral("status")).toString());
    a.legalBasisNotes = row.value(QStringLiteral("legal_basis_notes")).toString();
    a.erasureTimeLimit = row.value(QStringLiteral("erasure_time_limit")).toString();
    a.securityDescription = row.value(QStringLiteral("security_description")).toString();
    a.dpiaRequired = row.value(QStringLiteral("dpia_required")).toBool();
    a.dpiaDone = row.value(QStringLiteral("dpia_done")).toBool();
    a.dpiaReference = row.value(QStringLiteral("dpia_reference")).toString();
    a.notes = row.value(QStringLiteral("notes")).toString();
    a.createdAt = SqlValue::toDateTime(row.value(QStringLiteral("created_at")));
    a.updatedAt = SqlValue::toDateTime(row.value(QStringLiteral("updated_at")));
    a.lastReviewed = SqlValue::toDate(row.value(QStringLiteral("last_reviewed")));
    a.nextReview = SqlValue::toDate(row.value(QStringLiteral("next_review")));
    a.approvedBy = row.value(QStringLiteral("approved_by")).toString();
    a.approvedAt = SqlValue::toDateTime(row.value(QStringLiteral("approved_at")));

    const auto terms = m_db.rows(QStringLiteral("SELECT v.kind, v.name FROM activity_vocabulary av "
                                                "JOIN vocabulary v ON v.id = av.vocabulary_id "
                                                "WHERE av.activity_id = ? ORDER BY v.name COLLATE NOCASE"),
                                 {id});
    for (const auto& term : terms) {
        const QString kind = term[0].toString();
        if (kind == QLatin1String("purpose"))
            a.purposes.append(term[1].toString());
        else if (kind == QLatin1String("data_subject"))
            a.dataSubjects.append(term[1].toString());
        else
            a.recipientCategories.append(term[1].toString());
    }
    for (const auto& basis : m_db.rows(QStringLiteral("SELECT basis FROM activity_legal_basis WHERE activity_id = ?"), {id}))
        a.legalBases.append(basis.constFirst().toString());
    std::sort(a.legalBases.begin(), a.legalBases.end(), [](const QString& l, const QString& r) {
        return QString::compare(l, r) < 0;
    });
    a.dataCategoryIds = idsOf(m_db.rows(
        QStringLiteral("SELECT data_category_id FROM activity_data_category WHERE activity_id = ? ORDER BY 1"), {id}));
    for (const auto& link : m_db.rows(
             QStringLiteral("SELECT party_id, relation FROM activity_party WHERE activity_id = ? ORDER BY 1"), {id})) {
        const QString relation = link[1].toString();
        const qint64 partyId = link[0].toLongLong();
        if (relation == QLatin1String("controller"))
            a.controllerIds.append(partyId);
        else if (relation == QLatin1String("joint_controller"))
            a.jointControllerIds.append(partyId);
        else
            a.recipientPartyIds.append(partyId);
    }
    a.measureIds = idsOf(
        m_db.rows(QStringLiteral("SELECT measure_id FROM activity_measure WHERE activity_id = ? ORDER BY 1"), {id}));
    a.subProcessorIds = idsOf(m_db.rows(
        QStringLiteral("SELECT subprocessor_id FROM activity_subprocessor WHERE activity_id = ? ORDER BY 1"), {id}));
    for (const auto& t : m_db.records(QStringLiteral("SELECT * FROM transfer WHERE activity_id = ? ORDER BY id"), {id})) {
        Transfer transfer;
        transfer.id = t.value(QStringLiteral("id")).toLongLong();
        transfer.recipient = t.value(QStringLiteral("recipient")).toString();
        transfer.subProcessorId = t.value(QStringLiteral("subprocessor_id")).toLongLong();
        transfer.country = t.value(QStringLiteral("country")).toString();
        transfer.safeguard = Vocabulary::transferSafeguard(t.value(QStringLiteral("safeguard")).toString());
        transfer.sccModule = t.value(QStringLiteral("scc_module")).toInt();
        transfer.derogation = t.value(QStringLiteral("derogation")).toString();
        transfer.notes = t.value(QStringLiteral("notes")).toString();
        a.transfers.append(transfer);
    }
    return a;
}

qint64 ActivityRepository::idByName(const QString& name)
{
    return m_db.scalar(QStringLiteral("SELECT id FROM processing_activity WHERE name = ? COLLATE NOCASE"),
                       {name.simplified()})
        .toLongLong();
}

int ActivityRepository::count()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM processing_activity")).toInt();
}

bool ActivityRepository::validate(const ProcessingActivity& activity)
{
    const QString name = activity.name.simplified();
    if (name.isEmpty())
        return fail(tr("Give the activity a name: the register identifies each activity by its name."),
                    QStringLiteral("name"));
    const qint64 existing = idByName(name);
    if (existing != 0 && existing != activity.id)
        return fail(tr("Another activity is already called \"%1\". Choose a name that tells them apart.").arg(name),
                    QStringLiteral("name"));
    for (const QString& code : activity.legalBases) {
        if (!LegalBasis::isKnown(code))
            return fail(tr("\"%1\" is not a legal basis of Art. 6, 9(2) or 10 GDPR.").arg(code),
                        QStringLiteral("legal_bases"));
    }
    if (activity.lastReviewed.isValid() && activity.nextReview.isValid() && activity.nextReview < activity.lastReviewed)
        return fail(tr("The next review (%1) cannot come before the last review (%2).")
                        .arg(activity.nextReview.toString(Qt::ISODate), activity.lastReviewed.toString(Qt::ISODate)),
                    QStringLiteral("next_review"));
    for (const Transfer& transfer : activity.transfers) {
        if (transfer.country.size() != 2)
            return fail(tr("Every transfer needs its destination country."), QStringLiteral("transfers"));
        if (transfer.sccModule < 0 || transfer.sccModule > 4)
            return fail(tr("SCC modules are numbered 1 to 4."), QStringLiteral("transfers"));
    }
    if (activity.role == ActivityRole::Controller && !activity.controllerIds.isEmpty())
        return fail(tr("A controller record does not name controllers it acts for; make it a processor record."),
                    QStringLiteral("controllers"));
    return true;
}

bool ActivityRepository::save(ProcessingActivity& activity)
{
    m_error.clear();
    m_errorField.clear();
    if (!validate(activity))
        return false;

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(m_db.lastError());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVariantMap columns{
        {QStringLiteral("role"), Vocabulary::code(activity.role)},
        {QStringLiteral("name"), activity.name.simplified()},
        {QStringLiteral("description"), activity.description},
        {QStringLiteral("department"), activity.department.simplified()},
        {QStringLiteral("owner"), activity.owner.simplified()},
        {QStringLiteral("status"), Vocabulary::code(activity.status)},
        {QStringLiteral("legal_basis_notes"), activity.legalBasisNotes},
        {QStringLiteral("erasure_time_limit"), activity.erasureTimeLimit},
        {QStringLiteral("security_description"), activity.securityDescription},
        {QStringLiteral("dpia_required"), activity.dpiaRequired ? 1 : 0},
        {QStringLiteral("dpia_done"), activity.dpiaDone ? 1 : 0},
        {QStringLiteral("dpia_reference"), activity.dpiaReference},
        {QStringLiteral("notes"), activity.notes},
        {QStringLiteral("last_reviewed"), SqlValue::fromDate(activity.lastReviewed)},
        {QStringLiteral("next_review"), SqlValue::fromDate(activity.nextReview)},
        {QStringLiteral("approved_by"), activity.approvedBy},
        {QStringLiteral("approved_at"), SqlValue::fromDateTime(activity.approvedAt)},
    };

    const bool inserting = activity.id == 0;
    if (inserting) {
        const QDateTime created = activity.createdAt.isValid() ? activity.createdAt : now;
        columns.insert(QStringLiteral("created_at"), SqlValue::fromDateTime(created));
        columns.insert(QStringLiteral("updated_at"), SqlValue::fromDateTime(now));
        const auto id = m_db.insert(QStringLiteral("processing_activity"), columns);
        if (!id)
            return fail(m_db.lastError());
        activity.id = *id;
        activity.createdAt = created;
    } else {
        if (!m_db.update(QStringLiteral("processing_activity"), activity.id, columns))
            return fail(m_db.lastError());
    }

    const qint64 id = activity.id;
    const QString table = QStringLiteral("processing_activity");
    const bool linksSaved = saveVocabulary(id, QStringLiteral("purpose"), activity.purposes, QStringLiteral("purposes"))
        && saveVocabulary(id, QStringLiteral("data_subject"), activity.dataSubjects, QStringLiteral("data_subjects"))
        && saveVocabulary(id, QStringLiteral("recipient_category"), activity.recipientCategories,
                          QStringLiteral("recipient_categories"))
        && saveLegalBases(id, activity.legalBases)
        && m_db.replaceLinks(QStringLiteral("activity_data_category"), QStringLiteral("activity_id"), id,
                             QStringLiteral("data_category_id"), activity.dataCategoryIds, table,
                             QStringLiteral("data_categories"))
        && m_db.replaceLinks(QStringLiteral("activity_measure"), QStringLiteral("activity_id"), id,
                             QStringLiteral("measure_id"), activity.measureIds, table, QStringLiteral("measures"))
        && m_db.replaceLinks(QStringLiteral("activity_subprocessor"), QStringLiteral("activity_id"), id,
                             QStringLiteral("subprocessor_id"), activity.subProcessorIds, table,
                             QStringLiteral("subprocessors"))
        && saveParties(id, QStringLiteral("controller"), activity.controllerIds, QStringLiteral("controllers"))
        && saveParties(id, QStringLiteral("joint_controller"), activity.jointControllerIds,
                       QStringLiteral("joint_controllers"))
        && saveParties(id, QStringLiteral("recipient"), activity.recipientPartyIds, QStringLiteral("recipient_parties"))
        && saveTransfers(id, activity.transfers);
    if (!linksSaved)
        return fail(m_error.isEmpty() ? m_db.lastError() : m_error);

    // Any audited change since the transaction began makes the record "updated".
    if (!inserting) {
        m_db.run(QStringLiteral("UPDATE processing_activity SET updated_at = ? WHERE id = ? AND EXISTS ("
                                "SELECT 1 FROM audit_log WHERE table_name = 'processing_activity' AND row_id = ? "
                                "AND at >= ?)"),
                 {SqlValue::fromDateTime(now), id, id, now.toString(Qt::ISODateWithMs)});
        if (m_db.hasError())
            return fail(m_db.lastError());
    }
    if (!updateSearchIndex(id))
        return fail(m_db.lastError());
    if (!transaction.commit())
        return fail(m_db.lastError());
    if (const auto stored = find(id))
        activity.updatedAt = stored->updatedAt;
    return true;
}

bool ActivityRepository::saveVocabulary(qint64 id, const QString& kind, const QStringList& terms,
                                        const QString& auditField)
{
    const QStringList wanted = cleaned(terms);
    QStringList before;
    for (const auto& row : m_db.rows(QStringLiteral("SELECT v.name FROM activity_vocabulary av JOIN vocabulary v "
                                                    "ON v.id = av.vocabulary_id WHERE av.activity_id = ? AND v.kind = ? "
                                                    "ORDER BY v.name COLLATE NOCASE"),
                                     {id, kind}))
        before.append(row.constFirst().toString());
    QStringList sortedWanted = wanted;
    sortedWanted.sort(Qt::CaseInsensitive);
    if (before.join(QLatin1Char('\n')).compare(sortedWanted.join(QLatin1Char('\n')), Qt::CaseInsensitive) == 0)
        return true;
    m_db.run(QStringLiteral("DELETE FROM activity_vocabulary WHERE activity_id = ? AND vocabulary_id IN "
                            "(SELECT id FROM vocabulary WHERE kind = ?)"),
             {id, kind});
    if (m_db.hasError())
        return false;
    for (const QString& term : wanted) {
        m_db.run(QStringLiteral("INSERT INTO vocabulary (kind, name) VALUES (?, ?) ON CONFLICT DO NOTHING"), {kind, term});
        if (m_db.hasError())
            return false;
        m_db.run(QStringLiteral("INSERT INTO activity_vocabulary (activity_id, vocabulary_id) "
                                "SELECT ?, id FROM vocabulary WHERE kind = ? AND name = ?"),
                 {id, kind, term});
        if (m_db.hasError())
            return false;
    }
    return m_db.audit(QStringLiteral("processing_activity"), id, auditField, before.join(QStringLiteral("; ")),
                      sortedWanted.join(QStringLiteral("; ")));
}

bool ActivityRepository::saveLegalBases(qint64 id, const QStringList& codes)
{
    QStringList wanted = codes;
    wanted.removeDuplicates();
    wanted.sort();
    QStringList before;
    for (const auto& row :
         m_db.rows(QStringLiteral("SELECT basis FROM activity_legal_basis WHERE activity_id = ? ORDER BY basis"), {id}))
        before.append(row.constFirst().toString());
    if (before == wanted)
        return true;
    m_db.run(QStringLiteral("DELETE FROM activity_legal_basis WHERE activity_id = ?"), {id});
    if (m_db.hasError())
        return false;
    for (const QString& code : std::as_const(wanted)) {
        m_db.run(QStringLiteral("INSERT INTO activity_legal_basis (activity_id, basis) VALUES (?, ?)"), {id, code});
        if (m_db.hasError())
            return false;
    }
    return m_db.audit(QStringLiteral("processing_activity"), id, QStringLiteral("legal_bases"),
                      before.join(QStringLiteral(", ")), wanted.join(QStringLiteral(", ")));
}

bool ActivityRepository::saveParties(qint64 id, const QString& relation, const QList<qint64>& partyIds,
                                     const QString& auditField)
{
    QList<qint64> wanted = partyIds;
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    const QList<qint64> before = idsOf(m_db.rows(
        QStringLiteral("SELECT party_id FROM activity_party WHERE activity_id = ? AND relation = ? ORDER BY party_id"),
        {id, relation}));
    if (before == wanted)
        return true;
    m_db.run(QStringLiteral("DELETE FROM activity_party WHERE activity_id = ? AND relation = ?"), {id, relation});
    if (m_db.hasError())
        return false;
    for (const qint64 partyId : std::as_const(wanted)) {
        m_db.run(QStringLiteral("INSERT INTO activity_party (activity_id, party_id, relation) VALUES (?, ?, ?)"),
                 {id, partyId, relation});
        if (m_db.hasError())
            return false;
    }
    auto text = [](const QList<qint64>& ids) {
        QStringList parts;
        for (const qint64 value : ids)
            parts.append(QString::number(value));
        return parts.join(QLatin1Char(','));
    };
    return m_db.audit(QStringLiteral("processing_activity"), id, auditField, text(before), text(wanted));
}

bool ActivityRepository::saveTransfers(qint64 id, const QList<Transfer>& transfers)
{
    const auto existing = find(id);
    QStringList before;
    QStringList after;
    if (existing) {
        for (const Transfer& t : existing->transfers)
            before.append(transferText(t));
    }
    for (const Transfer& t : transfers)
        after.append(transferText(t));
    bool same = existing && existing->transfers.size() == transfers.size();
    for (qsizetype i = 0; same && i < transfers.size(); ++i) {
        Transfer a = existing->transfers[i];
        Transfer b = transfers[i];
        a.id = b.id = 0;
        same = a == b;
    }
    if (same)
        return true;
    m_db.run(QStringLiteral("DELETE FROM transfer WHERE activity_id = ?"), {id});
    if (m_db.hasError())
        return false;
    for (const Transfer& t : transfers) {
        m_db.run(QStringLiteral("INSERT INTO transfer (activity_id, recipient, subprocessor_id, country, safeguard, "
                                "scc_module, derogation, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {id, t.recipient.simplified(), t.subProcessorId > 0 ? QVariant(t.subProcessorId) : QVariant(),
                  t.country.toUpper(), Vocabulary::code(t.safeguard), SqlValue::fromModule(t.sccModule), t.derogation,
                  t.notes});
        if (m_db.hasError())
            return false;
    }
    return m_db.audit(QStringLiteral("processing_activity"), id, QStringLiteral("transfers"),
                      before.join(QStringLiteral("; ")), after.join(QStringLiteral("; ")));
}

bool ActivityRepository::updateSearchIndex(qint64 id)
{
    m_db.run(QStringLiteral("DELETE FROM activity_search WHERE rowid = ?"), {id});
    if (m_db.hasError())
        return false;
    // Everything a user may look for that is not in the indexed columns goes into "details".
    m_db.run(QStringLiteral(
                 "INSERT INTO activity_search (rowid, name, description, department, owner, details) "
                 "SELECT a.id, a.name, a.description, a.department, a.owner, "
                 "concat_ws(' ', a.legal_basis_notes, a.erasure_time_limit, a.security_description, a.notes, "
                 "  a.dpia_reference, "
                 "  (SELECT group_concat(v.name, ' ') FROM activity_vocabulary av JOIN vocabulary v "
                 "     ON v.id = av.vocabulary_id WHERE av.activity_id = a.id), "
                 "  (SELECT group_concat(c.name, ' ') FROM activity_data_category ac JOIN data_category c "
                 "     ON c.id = ac.data_category_id WHERE ac.activity_id = a.id), "
                 "  (SELECT group_concat(t.recipient, ' ') FROM transfer t WHERE t.activity_id = a.id), "
                 "  (SELECT group_concat(s.legal_name, ' ') FROM activity_subprocessor asp JOIN subprocessor s "
                 "     ON s.id = asp.subprocessor_id WHERE asp.activity_id = a.id)) "
                 "FROM processing_activity a WHERE a.id = ?"),
             {id});
    return !m_db.hasError();
}

bool ActivityRepository::remove(qint64 id)
{
    m_error.clear();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(m_db.lastError());
    // The links go with the activity (ON DELETE CASCADE); the audit log keeps the record's
    // columns, and the links are recorded here so that a deletion can be reconstructed.
    const auto activity = find(id);
    if (!activity)
        return fail(tr("The activity no longer exists."));
    m_db.run(QStringLiteral("DELETE FROM activity_search WHERE rowid = ?"), {id});
    if (m_db.hasError() || !m_db.remove(QStringLiteral("processing_activity"), id))
        return fail(m_db.lastError());
    if (!transaction.commit())
        return fail(m_db.lastError());
    return true;
}

QString ActivityRepository::copyName(const QString& name)
{
    QString candidate = tr("%1 (copy)").arg(name);
    for (int n = 2; idByName(candidate) != 0; ++n)
        candidate = tr("%1 (copy %2)").arg(name).arg(n);
    return candidate;
}

qint64 ActivityRepository::duplicate(qint64 id, const QString& newName)
{
    auto original = find(id);
    if (!original) {
        fail(tr("The activity no longer exists."));
        return 0;
    }
    ProcessingActivity copy = *original;
    copy.id = 0;
    copy.name = newName;
    copy.status = ActivityStatus::Draft;
    copy.createdAt = {};
    copy.approvedBy.clear();
    copy.approvedAt = {};
    copy.lastReviewed = {};
    for (Transfer& transfer : copy.transfers)
        transfer.id = 0;
    return save(copy) ? copy.id : 0;
}
