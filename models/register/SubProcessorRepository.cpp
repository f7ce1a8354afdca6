// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "register/SubProcessorRepository.h"

#include "core/Database.h"
#include "core/SqlValue.h"
#include "reference/CountryCatalog.h"

#include <QCoreApplication>

namespace {

// Same arguments as QObject::tr(), so that lupdate sees the plural forms.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SubProcessorRepository", text, disambiguation, n);
}

} // namespace

SubProcessorRepository::SubProcessorRepository(Database& db)
    : m_db(db)
{
}

bool SubProcessorRepository::fail(const QString& message, const QString& field)
{
    m_error = message;
    m_errorField = field;
    return false;
}

QList<SubProcessor> SubProcessorRepository::all()
{
    QList<SubProcessor> result;
    for (const auto& row : m_db.rows(QStringLiteral("SELECT id FROM subprocessor ORDER BY legal_name COLLATE NOCASE"))) {
        if (auto sp = find(row.constFirst().toLongLong()))
            result.append(*sp);
    }
    return result;
}

std::optional<SubProcessor> SubProcessorRepository::find(qint64 id)
{
    const auto found = m_db.records(QStringLiteral("SELECT * FROM subprocessor WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    const QVariantMap& row = found.constFirst();
    SubProcessor sp;
    sp.id = id;
    sp.legalName = row.value(QStringLiteral("legal_name")).toString();
    sp.service = row.value(QStringLiteral("service")).toString();
    sp.processingActions = row.value(QStringLiteral("processing_actions")).toString();
    sp.safeguard = Vocabulary::transferSafeguard(row.value(QStringLiteral("safeguard")).toString());
    sp.sccModule = row.value(QStringLiteral("scc_module")).toInt();
    sp.website = row.value(QStringLiteral("website")).toString();
    sp.contactEmail = row.value(QStringLiteral("contact_email")).toString();
    sp.status = Vocabulary::subProcessorStatus(row.value(QStringLiteral("status")).toString());
    sp.dateAdded = SqlValue::toDate(row.value(QStringLiteral("date_added")));
    sp.dateRemoved = SqlValue::toDate(row.value(QStringLiteral("date_removed")));
    sp.notes = row.value(QStringLiteral("notes")).toString();
    for (const auto& location :
         m_db.rows(QStringLiteral("SELECT country FROM subprocessor_location WHERE subprocessor_id = ? ORDER BY country"), {id}))
        sp.countries.append(location.constFirst().toString());
    for (const auto& category : m_db.rows(QStringLiteral("SELECT data_category_id FROM subprocessor_data_category "
                                                         "WHERE subprocessor_id = ? ORDER BY 1"),
                                          {id}))
        sp.dataCategoryIds.append(category.constFirst().toLongLong());
    return sp;
}

qint64 SubProcessorRepository::idByName(const QString& legalName)
{
    return m_db.scalar(QStringLiteral("SELECT id FROM subprocessor WHERE legal_name = ? COLLATE NOCASE"),
                       {legalName.simplified()})
        .toLongLong();
}

bool SubProcessorRepository::save(SubProcessor& sp)
{
    m_error.clear();
    m_errorField.clear();
    const QString name = sp.legalName.simplified();
    if (name.isEmpty())
        return fail(tr("Give the sub-processor its legal name."), QStringLiteral("legal_name"));
    const qint64 existing = idByName(name);
    if (existing != 0 && existing != sp.id)
        return fail(tr("There is already a sub-processor called \"%1\".").arg(name), QStringLiteral("legal_name"));
    QStringList countries;
    for (const QString& country : std::as_const(sp.countries)) {
        const QString code = country.toUpper();
        if (!CountryCatalog::instance().isKnown(code))
            return fail(tr("\"%1\" is not an ISO 3166 country code.").arg(country), QStringLiteral("countries"));
        if (!countries.contains(code))
            countries.append(code);
    }
    countries.sort();
    if (sp.sccModule < 0 || sp.sccModule > 4)
        return fail(tr("SCC modules are numbered 1 to 4."), QStringLiteral("scc_module"));
    if (sp.dateAdded.isValid() && sp.dateRemoved.isValid() && sp.dateRemoved < sp.dateAdded)
        return fail(tr("A sub-processor cannot be removed before it was added."), QStringLiteral("date_removed"));

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(m_db.lastError());
    const QVariantMap columns{
        {QStringLiteral("legal_name"), name},
        {QStringLiteral("service"), sp.service},
        {QStringLiteral("processing_actions"), sp.processingActions},
        {QStringLiteral("safeguard"), Vocabulary::code(sp.safeguard)},
        {QStringLiteral("scc_module"), sp.safeguard == TransferSafeguard::StandardContractualClauses
                                           ? SqlValue::fromModule(sp.sccModule)
                                           : QVariant()},
        {QStringLiteral("website"), sp.website},
        {QStringLiteral("contact_email"), sp.contactEmail},
        {QStringLiteral("status"), Vocabulary::code(sp.status)},
        {QStringLiteral("date_added"), SqlValue::fromDate(sp.dateAdded)},
        {QStringLiteral("date_removed"), SqlValue::fromDate(sp.dateRemoved)},
        {QStringLiteral("notes"), sp.notes},
    };
    if (sp.id == 0) {
        const auto id = m_db.insert(QStringLiteral("subprocessor"), columns);
        if (!id)
            return fail(m_db.lastError());
        sp.id = *id;
    } else if (!m_db.update(QStringLiteral("subprocessor"), sp.id, columns)) {
        return fail(m_db.lastError());
    }

    QStringList before;
    for (const auto& row : m_db.rows(
             QStringLiteral("SELECT country FROM subprocessor_location WHERE subprocessor_id = ? ORDER BY country"), {sp.id}))
        before.append(row.constFirst().toString());
    if (before != countries) {
        m_db.run(QStringLiteral("DELETE FROM subprocessor_location WHERE subprocessor_id = ?"), {sp.id});
        for (const QString& code : std::as_const(countries)) {
            if (m_db.hasError())
                break;
            m_db.run(QStringLiteral("INSERT INTO subprocessor_location (subprocessor_id, country) VALUES (?, ?)"),
                     {sp.id, code});
        }
        if (m_db.hasError()
            || !m_db.audit(QStringLiteral("subprocessor"), sp.id, QStringLiteral("countries"),
                           before.join(QLatin1Char(',')), countries.join(QLatin1Char(','))))
            return fail(m_db.lastError());
    }
    if (!m_db.replaceLinks(QStringLiteral("subprocessor_data_category"), QStringLiteral("subprocessor_id"), sp.id,
                           QStringLiteral("data_category_id"), sp.dataCategoryIds, QStringLiteral("subprocessor"),
                           QStringLiteral("data_categories")))
        return fail(m_db.lastError());
    if (!transaction.commit())
        return fail(m_db.lastError());
    sp.legalName = name;
    sp.countries = countries;
    return true;
}

QStringList SubProcessorRepository::activitiesUsing(qint64 id)
{
    QStringList names;
    for (const auto& row : m_db.rows(QStringLiteral("SELECT a.name FROM activity_subprocessor s JOIN processing_activity a "
                                                    "ON a.id = s.activity_id WHERE s.subprocessor_id = ? "
                                                    "ORDER BY a.name COLLATE NOCASE"),
                                     {id}))
        names.append(row.constFirst().toString());
    return names;
}

bool SubProcessorRepository::remove(qint64 id)
{
    m_error.clear();
    const QStringList users = activitiesUsing(id);
    if (!users.isEmpty())
        return fail(tr("%n processing activities still use this sub-processor. Remove it there first, or mark it "
                       "\"being removed\".",
                       nullptr, int(users.size())));
    return m_db.remove(QStringLiteral("subprocessor"), id) || fail(m_db.lastError());
}
