// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "subprocessors/SubProcessorHistory.h"

#include "core/Database.h"
#include "core/SqlValue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SubProcessorHistory", text);
}

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

SubProcessorHistory::SubProcessorHistory(Database& db)
    : m_db(db)
{
}

QJsonObject SubProcessorHistory::snapshot(const SubProcessor& sp)
{
    QStringList countries;
    for (const QString& country : sp.countries)
        countries.append(country.toUpper());
    countries.removeDuplicates();
    countries.sort();
    QStringList categories;
    if (!sp.dataCategoryIds.isEmpty()) {
        for (const auto& row : m_db.rows(QStringLiteral("SELECT name FROM data_category WHERE id IN (%1)")
                                             .arg(SqlValue::placeholders(sp.dataCategoryIds.size())),
                                         SqlValue::fromIds(sp.dataCategoryIds)))
            categories.append(row.constFirst().toString());
    }
    std::sort(categories.begin(), categories.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return QJsonObject{
        {QStringLiteral("legal_name"), sp.legalName.simplified()},
        {QStringLiteral("service"), sp.service},
        {QStringLiteral("processing_actions"), sp.processingActions},
        {QStringLiteral("countries"), QJsonArray::fromStringList(countries)},
        {QStringLiteral("safeguard"), Vocabulary::code(sp.safeguard)},
        {QStringLiteral("scc_module"), sp.safeguard == TransferSafeguard::StandardContractualClauses && sp.sccModule > 0
                                           ? QJsonValue(sp.sccModule)
                                           : QJsonValue()},
        {QStringLiteral("website"), sp.website},
        {QStringLiteral("contact_email"), sp.contactEmail},
        {QStringLiteral("status"), Vocabulary::code(sp.status)},
        {QStringLiteral("date_added"), dateValue(sp.dateAdded)},
        {QStringLiteral("date_removed"), dateValue(sp.dateRemoved)},
        {QStringLiteral("data_categories"), QJsonArray::fromStringList(categories)},
        {QStringLiteral("notes"), sp.notes},
    };
}

bool SubProcessorHistory::record(const SubProcessor& sp, const QDate& date)
{
    m_error.clear();
    if (sp.id == 0 || !date.isValid()) {
        m_error = tr("A version needs a stored sub-processor and a date.");
        return false;
    }
    const QJsonObject current = snapshot(sp);
    const QString text = QString::fromUtf8(QJsonDocument(current).toJson(QJsonDocument::Compact));
    const QString name = current.value(QStringLiteral("legal_name")).toString();
    const auto open = m_db.records(QStringLiteral("SELECT id, lineage, valid_from, snapshot FROM subprocessor_version "
                                                  "WHERE subprocessor_id = ? AND valid_to IS NULL"),
                                   {sp.id});
    if (!open.isEmpty()) {
        const QVariantMap& row = open.constFirst();
        const qint64 versionId = row.value(QStringLiteral("id")).toLongLong();
        const QJsonObject stored = QJsonDocument::fromJson(row.value(QStringLiteral("snapshot")).toString().toUtf8()).object();
        if (stored == current)
            return true;
        const QDate from = SqlValue::toDate(row.value(QStringLiteral("valid_from")));
        if (from >= date) {
            m_db.run(QStringLiteral("UPDATE subprocessor_version SET legal_name = ?, snapshot = ?, recorded_at = ? WHERE id = ?"),
                     {name, text, nowText(), versionId});
        } else {
            m_db.run(QStringLiteral("UPDATE subprocessor_version SET valid_to = ? WHERE id = ?"),
                     {SqlValue::fromDate(date), versionId});
            if (!m_db.hasError())
                m_db.run(QStringLiteral("INSERT INTO subprocessor_version (subprocessor_id, lineage, legal_name, valid_from, "
                                        "valid_to, recorded_at, snapshot) VALUES (?, ?, ?, ?, NULL, ?, ?)"),
                         {sp.id, row.value(QStringLiteral("lineage")), name, SqlValue::fromDate(date), nowText(), text});
        }
    } else {
        // A new sub-processor: its first version goes back to the day it was engaged.
        QDate from = date;
        if (sp.dateAdded.isValid() && sp.dateAdded < date)
            from = sp.dateAdded;
        const QSqlQuery query = m_db.run(QStringLiteral("INSERT INTO subprocessor_version (subprocessor_id, lineage, legal_name, "
                                                        "valid_from, valid_to, recorded_at, snapshot) VALUES (?, 0, ?, ?, NULL, ?, ?)"),
                                         {sp.id, name, SqlValue::fromDate(from), nowText(), text});
        if (!m_db.hasError()) {
            const qint64 versionId = query.lastInsertId().toLongLong();
            m_db.run(QStringLiteral("UPDATE subprocessor_version SET lineage = ? WHERE id = ?"), {versionId, versionId});
        }
    }
    if (m_db.hasError()) {
        m_error = m_db.lastError();
        return false;
    }
    return true;
}

bool SubProcessorHistory::recordRemoval(qint64 id, const QDate& date)
{
    m_error.clear();
    const auto open = m_db.records(QStringLiteral("SELECT id, valid_from FROM subprocessor_version "
                                                  "WHERE subprocessor_id = ? AND valid_to IS NULL"),
                                   {id});
    if (open.isEmpty())
        return true;
    const qint64 versionId = open.constFirst().value(QStringLiteral("id")).toLongLong();
    const QDate from = SqlValue::toDate(open.constFirst().value(QStringLiteral("valid_from")));
    if (from >= date)
        m_db.run(QStringLiteral("DELETE FROM subprocessor_version WHERE id = ?"), {versionId});
    else
        m_db.run(QStringLiteral("UPDATE subprocessor_version SET valid_to = ? WHERE id = ?"), {SqlValue::fromDate(date), versionId});
    if (m_db.hasError()) {
        m_error = m_db.lastError();
        return false;
    }
    return true;
}

QList<SubProcessorVersion> SubProcessorHistory::select(const QString& where, const QVariantList& bindings)
{
    QList<SubProcessorVersion> result;
    for (const QVariantMap& row : m_db.records(QStringLiteral("SELECT subprocessor_id, lineage, legal_name, valid_from, valid_to, "
                                                              "snapshot FROM subprocessor_version WHERE ")
                                                   + where,
                                               bindings)) {
        SubProcessorVersion version;
        version.subProcessorId = row.value(QStringLiteral("subprocessor_id")).toLongLong();
        version.lineage = row.value(QStringLiteral("lineage")).toLongLong();
        version.legalName = row.value(QStringLiteral("legal_name")).toString();
        version.validFrom = SqlValue::toDate(row.value(QStringLiteral("valid_from")));
        version.validTo = SqlValue::toDate(row.value(QStringLiteral("valid_to")));
        version.snapshot = QJsonDocument::fromJson(row.value(QStringLiteral("snapshot")).toString().toUtf8()).object();
        result.append(version);
    }
    return result;
}

QList<SubProcessorVersion> SubProcessorHistory::listAsOf(const QDate& date)
{
    return select(QStringLiteral("valid_from <= ? AND (valid_to IS NULL OR valid_to > ?) ORDER BY legal_name COLLATE NOCASE"),
                  {SqlValue::fromDate(date), SqlValue::fromDate(date)});
}

QList<QDate> SubProcessorHistory::changeDates(const QDate& until)
{
    QList<QDate> dates;
    const QVariant last = SqlValue::fromDate(until);
    for (const QVariantMap& row : m_db.records(QStringLiteral("SELECT valid_from AS day FROM subprocessor_version WHERE valid_from <= ? "
                                                              "UNION SELECT valid_to FROM subprocessor_version "
                                                              "WHERE valid_to IS NOT NULL AND valid_to <= ? ORDER BY day"),
                                               {last, last}))
        dates.append(SqlValue::toDate(row.value(QStringLiteral("day"))));
    return dates;
}

QList<SubProcessorVersion> SubProcessorHistory::versions(qint64 subProcessorId)
{
    return select(QStringLiteral("subprocessor_id = ? ORDER BY valid_from"), {subProcessorId});
}

QList<SubProcessorChange> SubProcessorHistory::diff(const QDate& from, const QDate& to)
{
    QMap<qint64, SubProcessorVersion> before;
    for (const SubProcessorVersion& version : listAsOf(from))
        before.insert(version.lineage, version);
    QMap<qint64, SubProcessorVersion> after;
    for (const SubProcessorVersion& version : listAsOf(to))
        after.insert(version.lineage, version);

    QList<SubProcessorChange> changes;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (after.contains(it.key()))
            continue;
        changes.append({SubProcessorChange::Kind::Removed, it->subProcessorId, it->legalName, {}, it->snapshot, {}});
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend()) {
            changes.append({SubProcessorChange::Kind::Added, it->subProcessorId, it->legalName, {}, {}, it->snapshot});
            continue;
        }
        QStringList fields;
        QStringList keys = old->snapshot.keys() + it->snapshot.keys();
        keys.removeDuplicates();
        for (const QString& key : std::as_const(keys)) {
            if (old->snapshot.value(key) != it->snapshot.value(key))
                fields.append(key);
        }
        if (!fields.isEmpty())
            changes.append({SubProcessorChange::Kind::Changed, it->subProcessorId, it->legalName, fields, old->snapshot, it->snapshot});
    }
    std::stable_sort(changes.begin(), changes.end(), [](const SubProcessorChange& a, const SubProcessorChange& b) {
        return a.legalName.compare(b.legalName, Qt::CaseInsensitive) < 0;
    });
    return changes;
}

QString SubProcessorHistory::fieldLabel(const QString& key)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("legal_name"), QT_TRANSLATE_NOOP("SubProcessorHistory", "Legal name")},
        {QStringLiteral("service"), QT_TRANSLATE_NOOP("SubProcessorHistory", "Service")},
        {QStringLiteral("processing_actions"), QT_TRANSLATE_NOOP("SubProcessorHistory", "Processing actions")},
        {QStringLiteral("countries"), QT_TRANSLATE_NOOP("SubProcessorHistory", "Server locations")},
        {QStringLiteral("safeguard"), QT_TRANSLATE_NOOP("SubProcessorHistory", "Transfer safeguard")},
        {QStringLiteral("scc_module"), QT_TRANSLATE_NOOP("SubProcessorHistory", "SCC module")},
        {QStringLiteral("website"), QT_TRANSLATE_NOOP("SubProcessorHistory", "Website")},
        {QStringLiteral("contact_email"), QT_TRANSLATE_NOOP("SubProcessorHistory", "Contact email")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("SubProcessorHistory", "Status")},
        {QStringLiteral("date_added"), QT_TRANSLATE_NOOP("SubProcessorHistory", "Date added")},
        {QStringLiteral("date_removed"), QT_TRANSLATE_NOOP("SubProcessorHistory", "Date removed")},
        {QStringLiteral("data_categories"), QT_TRANSLATE_NOOP("SubProcessorHistory", "Data categories")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("SubProcessorHistory", "Notes")},
    };
    const char* label = labels.value(key);
    return label ? tr(label) : key;
}

QString SubProcessorHistory::kindCode(SubProcessorChange::Kind kind)
{
    switch (kind) {
    case SubProcessorChange::Kind::Added:
        return QStringLiteral("added");
    case SubProcessorChange::Kind::Removed:
        return QStringLiteral("removed");
    case SubProcessorChange::Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}
