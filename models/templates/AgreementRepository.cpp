// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/AgreementRepository.h"

#include "core/Database.h"
#include "core/SqlValue.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AgreementRepository", text);
}

Agreement agreementFrom(const QVariantMap& row)
{
    const auto s = [&row](const char* column) { return row.value(QLatin1String(column)).toString(); };
    const auto i = [&row](const char* column) { return row.value(QLatin1String(column)).toInt(); };
    Agreement a;
    a.id = row.value(QStringLiteral("id")).toLongLong();
    a.templateId = row.value(QStringLiteral("template_id")).toLongLong();
    a.partyId = row.value(QStringLiteral("party_id")).toLongLong();
    a.reference = s("reference");
    a.languages = s("languages").split(QLatin1Char(','), Qt::SkipEmptyParts);
    a.effectiveDate = SqlValue::toDate(row.value(QStringLiteral("effective_date")));
    a.services = s("services");
    a.term = s("term");
    a.governingLaw = s("governing_law");
    a.court = s("court");
    a.noticeDays = i("notice_days");
    a.noticeUnit = s("notice_unit");
    a.objectionDays = i("objection_days");
    a.objectionUnit = s("objection_unit");
    a.breachNotificationHours = i("breach_notification_hours");
    a.auditNoticeDays = i("audit_notice_days");
    a.liabilityCap = s("liability_cap");
    a.signatoryProcessor = {s("signatory_processor_name"), s("signatory_processor_title")};
    a.signatoryCustomer = {s("signatory_customer_name"), s("signatory_customer_title")};
    a.status = Agreement::statusFromCode(s("status"));
    a.signedAt = SqlValue::toDateTime(row.value(QStringLiteral("signed_at")));
    return a;
}

} // namespace

AgreementRepository::AgreementRepository(Database& db)
    : m_db(db)
{
}

bool AgreementRepository::fail(const QString& message)
{
    m_error = message;
    return false;
}

QList<Agreement> AgreementRepository::all()
{
    QList<Agreement> list;
    const auto rows = m_db.records(QStringLiteral("SELECT * FROM agreement ORDER BY reference"));
    for (const QVariantMap& row : rows) {
        list.append(agreementFrom(row));
        list.last().options = options(list.last().id);
    }
    return list;
}

std::optional<Agreement> AgreementRepository::find(qint64 id)
{
    const auto rows = m_db.records(QStringLiteral("SELECT * FROM agreement WHERE id = ?"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    Agreement a = agreementFrom(rows.constFirst());
    a.options = options(id);
    return a;
}

QHash<QString, bool> AgreementRepository::options(qint64 id)
{
    QHash<QString, bool> result;
    const auto rows = m_db.rows(QStringLiteral("SELECT clause_key, included FROM agreement_option WHERE agreement_id = ?"), {id});
    for (const QVariantList& row : rows)
        result.insert(row.at(0).toString(), row.at(1).toInt() != 0);
    return result;
}

bool AgreementRepository::saveOptions(qint64 id, const QHash<QString, bool>& options)
{
    const QHash<QString, bool> before = this->options(id);
    if (before == options)
        return true;
    const auto describe = [](const QHash<QString, bool>& o) {
        QStringList parts;
        for (auto it = o.cbegin(); it != o.cend(); ++it)
            parts.append(it.key() + (it.value() ? QStringLiteral("=1") : QStringLiteral("=0")));
        parts.sort();
        return parts.join(QLatin1Char(','));
    };
    m_db.run(QStringLiteral("DELETE FROM agreement_option WHERE agreement_id = ?"), {id});
    if (m_db.hasError())
        return fail(m_db.lastError());
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (it.key().trimmed().isEmpty())
            return fail(tr("An option needs the key of its clause."));
        m_db.run(QStringLiteral("INSERT INTO agreement_option (agreement_id, clause_key, included) VALUES (?, ?, ?)"),
                 {id, it.key(), it.value() ? 1 : 0});
        if (m_db.hasError())
            return fail(m_db.lastError());
    }
    if (!m_db.audit(QStringLiteral("agreement"), id, QStringLiteral("options"), describe(before), describe(options)))
        return fail(m_db.lastError());
    return true;
}

qint64 AgreementRepository::idByReference(const QString& reference)
{
    return m_db.scalar(QStringLiteral("SELECT id FROM agreement WHERE reference = ?"), {reference}).toLongLong();
}

bool AgreementRepository::save(Agreement& a)
{
    m_error.clear();
    if (a.reference.trimmed().isEmpty())
        return fail(tr("An agreement needs a reference."));
    if (a.languages.isEmpty())
        return fail(tr("An agreement needs at least one language."));
    if (a.templateId == 0 || a.partyId == 0)
        return fail(tr("An agreement needs a template and a customer."));
    if (a.id != 0) {
        const auto stored = find(a.id);
        if (stored && stored->status == Agreement::Status::Signed)
            return fail(tr("Agreement %1 is signed and can no longer be changed.").arg(stored->reference));
    }
    if (a.status == Agreement::Status::Signed)
        return fail(tr("An agreement is signed through signing, which stores its text."));
    const QVariant now = SqlValue::fromDateTime(QDateTime::currentDateTimeUtc());
    QVariantMap values{
        {QStringLiteral("template_id"), a.templateId},
        {QStringLiteral("party_id"), a.partyId},
        {QStringLiteral("reference"), a.reference},
        {QStringLiteral("languages"), a.languages.join(QLatin1Char(','))},
        {QStringLiteral("effective_date"), SqlValue::fromDate(a.effectiveDate)},
        {QStringLiteral("services"), a.services},
        {QStringLiteral("term"), a.term},
        {QStringLiteral("governing_law"), a.governingLaw},
        {QStringLiteral("court"), a.court},
        {QStringLiteral("notice_days"), a.noticeDays},
        {QStringLiteral("notice_unit"), a.noticeUnit},
        {QStringLiteral("objection_days"), a.objectionDays},
        {QStringLiteral("objection_unit"), a.objectionUnit},
        {QStringLiteral("breach_notification_hours"), a.breachNotificationHours},
        {QStringLiteral("audit_notice_days"), a.auditNoticeDays},
        {QStringLiteral("liability_cap"), a.liabilityCap},
        {QStringLiteral("signatory_processor_name"), a.signatoryProcessor.name},
        {QStringLiteral("signatory_processor_title"), a.signatoryProcessor.title},
        {QStringLiteral("signatory_customer_name"), a.signatoryCustomer.name},
        {QStringLiteral("signatory_customer_title"), a.signatoryCustomer.title},
        {QStringLiteral("status"), Agreement::statusCode(a.status)},
        {QStringLiteral("updated_at"), now},
    };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(m_db.lastError());
    qint64 id = a.id;
    if (id == 0) {
        values.insert(QStringLiteral("created_at"), now);
        const auto inserted = m_db.insert(QStringLiteral("agreement"), values);
        if (!inserted)
            return fail(m_db.lastError());
        id = *inserted;
    } else if (!m_db.update(QStringLiteral("agreement"), id, values)) {
        return fail(m_db.lastError());
    }
    if (!saveOptions(id, a.options))
        return false;
    if (!transaction.commit())
        return fail(m_db.lastError());
    a.id = id;
    return true;
}

bool AgreementRepository::remove(qint64 id)
{
    m_error.clear();
    const auto a = find(id);
    if (!a)
        return fail(tr("There is no agreement %1.").arg(id));
    if (a->status == Agreement::Status::Signed)
        return fail(tr("Agreement %1 is signed and can no longer be removed.").arg(a->reference));
    if (!m_db.remove(QStringLiteral("agreement"), id))
        return fail(m_db.lastError());
    return true;
}

bool AgreementRepository::sign(qint64 id, const QHash<QString, QString>& markdownByLanguage)
{
    m_error.clear();
    const auto a = find(id);
    if (!a)
        return fail(tr("There is no agreement %1.").arg(id));
    if (a->status == Agreement::Status::Signed)
        return fail(tr("Agreement %1 is already signed.").arg(a->reference));
    for (const QString& language : a->languages) {
        if (markdownByLanguage.value(language).trimmed().isEmpty())
            return fail(tr("Agreement %1 has no rendered text in \"%2\".").arg(a->reference, language));
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(m_db.lastError());
    for (const QString& language : a->languages) {
        if (!m_db.insert(QStringLiteral("agreement_signed_text"),
                         {{QStringLiteral("agreement_id"), id},
                          {QStringLiteral("language"), language},
                          {QStringLiteral("markdown"), markdownByLanguage.value(language)}}))
            return fail(m_db.lastError());
    }
    const QVariant now = SqlValue::fromDateTime(QDateTime::currentDateTimeUtc());
    if (!m_db.update(QStringLiteral("agreement"), id,
                     {{QStringLiteral("status"), QStringLiteral("signed")},
                      {QStringLiteral("signed_at"), now},
                      {QStringLiteral("updated_at"), now}}))
        return fail(m_db.lastError());
    if (!transaction.commit())
        return fail(m_db.lastError());
    return true;
}

QString AgreementRepository::signedText(qint64 id, const QString& language)
{
    return m_db.scalar(QStringLiteral("SELECT markdown FROM agreement_signed_text WHERE agreement_id = ? AND language = ?"),
                       {id, language})
        .toString();
}
