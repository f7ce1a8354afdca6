// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "register/CatalogRepository.h"

#include "core/Database.h"
#include "core/SqlValue.h"

#include <QCoreApplication>

namespace {

// Same arguments as QObject::tr(), so that lupdate sees the plural forms.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CatalogRepository", text, disambiguation, n);
}

QString str(const QVariantMap& row, const char* column)
{
    return row.value(QLatin1String(column)).toString();
}

Party partyFrom(const QVariantMap& row)
{
    Party p;
    p.id = row.value(QStringLiteral("id")).toLongLong();
    p.kind = Vocabulary::partyKind(str(row, "kind"));
    p.name = str(row, "name");
    p.address = str(row, "address");
    p.country = str(row, "country");
    p.contactName = str(row, "contact_name");
    p.contactEmail = str(row, "contact_email");
    p.registrationNumber = str(row, "registration_number");
    p.language = str(row, "language");
    p.noticeDays = row.value(QStringLiteral("notice_days")).toInt();
    p.noticeUnit = Vocabulary::periodUnit(str(row, "notice_unit"));
    p.objectionDays = row.value(QStringLiteral("objection_days")).toInt();
    p.objectionUnit = Vocabulary::periodUnit(str(row, "objection_unit"));
    p.notes = str(row, "notes");
    return p;
}

DataCategory categoryFrom(const QVariantMap& row)
{
    DataCategory c;
    c.id = row.value(QStringLiteral("id")).toLongLong();
    c.name = str(row, "name");
    c.description = str(row, "description");
    c.special = row.value(QStringLiteral("special")).toBool();
    c.criminal = row.value(QStringLiteral("criminal")).toBool();
    c.retention = str(row, "retention");
    c.retentionJustification = str(row, "retention_justification");
    return c;
}

SecurityMeasure measureFrom(const QVariantMap& row)
{
    SecurityMeasure m;
    m.id = row.value(QStringLiteral("id")).toLongLong();
    m.section = str(row, "section");
    m.title = str(row, "title");
    m.description = str(row, "description");
    m.sortOrder = row.value(QStringLiteral("sort_order")).toInt();
    return m;
}

} // namespace

CatalogRepository::CatalogRepository(Database& db)
    : m_db(db)
{
}

bool CatalogRepository::fail(const QString& message, const QString& field)
{
    m_error = message;
    m_errorField = field;
    return false;
}

Organisation CatalogRepository::organisation()
{
    Organisation o;
    const auto found = m_db.records(QStringLiteral("SELECT * FROM organisation WHERE id = 1"));
    if (found.isEmpty())
        return o;
    const QVariantMap& row = found.constFirst();
    o.name = str(row, "name");
    o.address = str(row, "address");
    o.country = str(row, "country");
    o.registrationNumber = str(row, "registration_number");
    o.vatNumber = str(row, "vat_number");
    o.website = str(row, "website");
    o.contactEmail = str(row, "contact_email");
    o.contactPhone = str(row, "contact_phone");
    o.dpoName = str(row, "dpo_name");
    o.dpoEmail = str(row, "dpo_email");
    o.dpoPhone = str(row, "dpo_phone");
    o.representativeName = str(row, "representative_name");
    o.representativeAddress = str(row, "representative_address");
    return o;
}

bool CatalogRepository::saveOrganisation(const Organisation& o)
{
    m_error.clear();
    if (o.name.simplified().isEmpty())
        return fail(tr("The organisation's name is mandatory (Art. 30(1)(a))."), QStringLiteral("name"));
    const bool ok = m_db.update(QStringLiteral("organisation"), 1,
                                {{QStringLiteral("name"), o.name.simplified()},
                                 {QStringLiteral("address"), o.address},
                                 {QStringLiteral("country"), o.country.toUpper()},
                                 {QStringLiteral("registration_number"), o.registrationNumber},
                                 {QStringLiteral("vat_number"), o.vatNumber},
                                 {QStringLiteral("website"), o.website},
                                 {QStringLiteral("contact_email"), o.contactEmail},
                                 {QStringLiteral("contact_phone"), o.contactPhone},
                                 {QStringLiteral("dpo_name"), o.dpoName},
                                 {QStringLiteral("dpo_email"), o.dpoEmail},
                                 {QStringLiteral("dpo_phone"), o.dpoPhone},
                                 {QStringLiteral("representative_name"), o.representativeName},
                                 {QStringLiteral("representative_address"), o.representativeAddress}});
    return ok || fail(m_db.lastError());
}

QList<Party> CatalogRepository::parties(std::optional<PartyKind> kind)
{
    QList<Party> result;
    const auto found = kind ? m_db.records(QStringLiteral("SELECT * FROM party WHERE kind = ? ORDER BY name COLLATE NOCASE"),
                                           {Vocabulary::code(*kind)})
                            : m_db.records(QStringLiteral("SELECT * FROM party ORDER BY name COLLATE NOCASE"));
    for (const QVariantMap& row : found)
        result.append(partyFrom(row));
    return result;
}

std::optional<Party> CatalogRepository::party(qint64 id)
{
    const auto found = m_db.records(QStringLiteral("SELECT * FROM party WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return partyFrom(found.constFirst());
}

bool CatalogRepository::saveParty(Party& p)
{
    m_error.clear();
    if (p.name.simplified().isEmpty())
        return fail(tr("Give the party a name."), QStringLiteral("name"));
    if (p.noticeDays < 0 || p.objectionDays < 0)
        return fail(tr("Notice and objection periods cannot be negative."), QStringLiteral("notice_days"));
    const QVariantMap columns{{QStringLiteral("kind"), Vocabulary::code(p.kind)},
                              {QStringLiteral("name"), p.name.simplified()},
                              {QStringLiteral("address"), p.address},
                              {QStringLiteral("country"), p.country.toUpper()},
                              {QStringLiteral("contact_name"), p.contactName},
                              {QStringLiteral("contact_email"), p.contactEmail},
                              {QStringLiteral("registration_number"), p.registrationNumber},
                              {QStringLiteral("language"), p.language},
                              {QStringLiteral("notice_days"), p.noticeDays},
                              {QStringLiteral("notice_unit"), Vocabulary::code(p.noticeUnit)},
                              {QStringLiteral("objection_days"), p.objectionDays},
                              {QStringLiteral("objection_unit"), Vocabulary::code(p.objectionUnit)},
                              {QStringLiteral("notes"), p.notes}};
    if (p.id == 0) {
        const auto id = m_db.insert(QStringLiteral("party"), columns);
        if (!id)
            return fail(m_db.lastError().contains(QLatin1String("UNIQUE"))
                            ? tr("There is already a party called \"%1\".").arg(p.name.simplified())
                            : m_db.lastError(),
                        QStringLiteral("name"));
        p.id = *id;
        return true;
    }
    return m_db.update(QStringLiteral("party"), p.id, columns) || fail(m_db.lastError());
}

bool CatalogRepository::removeParty(qint64 id)
{
    m_error.clear();
    const int uses = m_db.scalar(QStringLiteral("SELECT count(*) FROM activity_party WHERE party_id = ?"), {id}).toInt();
    if (uses > 0)
        return fail(tr("This party is named in %n processing activities; remove it there first.", nullptr, uses));
    return m_db.remove(QStringLiteral("party"), id) || fail(m_db.lastError());
}

QList<DataCategory> CatalogRepository::dataCategories()
{
    QList<DataCategory> result;
    for (const QVariantMap& row : m_db.records(QStringLiteral("SELECT * FROM data_category ORDER BY name COLLATE NOCASE")))
        result.append(categoryFrom(row));
    return result;
}

std::optional<DataCategory> CatalogRepository::dataCategory(qint64 id)
{
    const auto found = m_db.records(QStringLiteral("SELECT * FROM data_category WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return categoryFrom(found.constFirst());
}

bool CatalogRepository::saveDataCategory(DataCategory& c)
{
    m_error.clear();
    const QString name = c.name.simplified();
    if (name.isEmpty())
        return fail(tr("Give the data category a name."), QStringLiteral("name"));
    const qint64 existing = m_db.scalar(QStringLiteral("SELECT id FROM data_category WHERE name = ? COLLATE NOCASE"),
                                        {name})
                                .toLongLong();
    if (existing != 0 && existing != c.id)
        return fail(tr("There is already a data category called \"%1\".").arg(name), QStringLiteral("name"));
    const QVariantMap columns{{QStringLiteral("name"), name},
                              {QStringLiteral("description"), c.description},
                              {QStringLiteral("special"), c.special ? 1 : 0},
                              {QStringLiteral("criminal"), c.criminal ? 1 : 0},
                              {QStringLiteral("retention"), c.retention},
                              {QStringLiteral("retention_justification"), c.retentionJustification}};
    if (c.id == 0) {
        const auto id = m_db.insert(QStringLiteral("data_category"), columns);
        if (!id)
            return fail(m_db.lastError());
        c.id = *id;
        return true;
    }
    return m_db.update(QStringLiteral("data_category"), c.id, columns) || fail(m_db.lastError());
}

QStringList CatalogRepository::activitiesUsingCategory(qint64 id)
{
    QStringList names;
    for (const auto& row : m_db.rows(QStringLiteral("SELECT a.name FROM activity_data_category ac JOIN processing_activity a "
                                                    "ON a.id = ac.activity_id WHERE ac.data_category_id = ? "
                                                    "ORDER BY a.name COLLATE NOCASE"),
                                     {id}))
        names.append(row.constFirst().toString());
    return names;
}

bool CatalogRepository::removeDataCategory(qint64 id)
{
    m_error.clear();
    const QStringList users = activitiesUsingCategory(id);
    if (!users.isEmpty())
        return fail(tr("The category is still used by %n processing activities (%1). Remove it there first.", nullptr, int(users.size()))
                        .arg(users.mid(0, 3).join(QStringLiteral(", ")) + (users.size() > 3 ? QStringLiteral(", …") : QString())));
    const int subprocessors =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM subprocessor_data_category WHERE data_category_id = ?"), {id}).toInt();
    if (subprocessors > 0)
        return fail(tr("The category is still sent to %n sub-processors. Remove it there first.", nullptr, subprocessors));
    return m_db.remove(QStringLiteral("data_category"), id) || fail(m_db.lastError());
}

QList<SecurityMeasure> CatalogRepository::measures()
{
    QList<SecurityMeasure> result;
    for (const QVariantMap& row : m_db.records(
             QStringLiteral("SELECT * FROM security_measure ORDER BY section COLLATE NOCASE, sort_order, title COLLATE NOCASE")))
        result.append(measureFrom(row));
    return result;
}

std::optional<SecurityMeasure> CatalogRepository::measure(qint64 id)
{
    const auto found = m_db.records(QStringLiteral("SELECT * FROM security_measure WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return measureFrom(found.constFirst());
}

bool CatalogRepository::saveMeasure(SecurityMeasure& m)
{
    m_error.clear();
    if (m.title.simplified().isEmpty())
        return fail(tr("Give the measure a title."), QStringLiteral("title"));
    const QVariantMap columns{{QStringLiteral("section"), m.section.simplified()},
                              {QStringLiteral("title"), m.title.simplified()},
                              {QStringLiteral("description"), m.description},
                              {QStringLiteral("sort_order"), m.sortOrder}};
    if (m.id == 0) {
        const auto id = m_db.insert(QStringLiteral("security_measure"), columns);
        if (!id)
            return fail(m_db.lastError().contains(QLatin1String("UNIQUE"))
                            ? tr("Section \"%1\" already has a measure called \"%2\".").arg(m.section, m.title)
                            : m_db.lastError(),
                        QStringLiteral("title"));
        m.id = *id;
        return true;
    }
    return m_db.update(QStringLiteral("security_measure"), m.id, columns) || fail(m_db.lastError());
}

QStringList CatalogRepository::activitiesUsingMeasure(qint64 id)
{
    QStringList names;
    for (const auto& row : m_db.rows(QStringLiteral("SELECT a.name FROM activity_measure am JOIN processing_activity a "
                                                    "ON a.id = am.activity_id WHERE am.measure_id = ? "
                                                    "ORDER BY a.name COLLATE NOCASE"),
                                     {id}))
        names.append(row.constFirst().toString());
    return names;
}

bool CatalogRepository::removeMeasure(qint64 id)
{
    m_error.clear();
    const QStringList users = activitiesUsingMeasure(id);
    if (!users.isEmpty())
        return fail(tr("The measure is still linked to %n processing activities. Remove it there first.", nullptr, int(users.size())));
    return m_db.remove(QStringLiteral("security_measure"), id) || fail(m_db.lastError());
}

QStringList CatalogRepository::vocabulary(const QString& kind)
{
    QStringList terms;
    for (const auto& row :
         m_db.rows(QStringLiteral("SELECT name FROM vocabulary WHERE kind = ? ORDER BY name COLLATE NOCASE"), {kind}))
        terms.append(row.constFirst().toString());
    return terms;
}

QStringList CatalogRepository::departments()
{
    QStringList names;
    for (const auto& row : m_db.rows(QStringLiteral("SELECT DISTINCT department FROM processing_activity "
                                                    "WHERE department <> '' ORDER BY department COLLATE NOCASE")))
        names.append(row.constFirst().toString());
    return names;
}

QList<AuditEntry> CatalogRepository::history(const QString& table, qint64 rowId)
{
    QList<AuditEntry> entries;
    for (const QVariantMap& row : m_db.records(
             QStringLiteral("SELECT * FROM audit_log WHERE table_name = ? AND row_id = ? ORDER BY id"), {table, rowId})) {
        AuditEntry e;
        e.id = row.value(QStringLiteral("id")).toLongLong();
        e.at = SqlValue::toDateTime(row.value(QStringLiteral("at")));
        e.user = str(row, "user");
        e.table = str(row, "table_name");
        e.rowId = row.value(QStringLiteral("row_id")).toLongLong();
        e.field = str(row, "field");
        e.oldValue = str(row, "old_value");
        e.newValue = str(row, "new_value");
        entries.append(e);
    }
    return entries;
}
