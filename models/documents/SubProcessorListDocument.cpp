// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/SubProcessorListDocument.h"

#include "documents/DocumentStrings.h"
#include "documents/RegisterDocument.h"
#include "reference/CountryCatalog.h"
#include "register/CatalogRepository.h"
#include "register/SubProcessorRepository.h"
#include "subprocessors/PlannedChangeRepository.h"
#include "subprocessors/SubProcessorHistory.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace {

QString documentLanguage(const QString& language)
{
    return DocumentStrings::isSupported(language) ? language : QStringLiteral("en");
}

/** Whether a version counts as engaged: planned sub-processors are not on the list yet. */
bool engaged(const SubProcessorVersion& version)
{
    const QString status = version.snapshot.value(QStringLiteral("status")).toString();
    return status != Vocabulary::code(SubProcessorStatus::Planned) && status != Vocabulary::code(SubProcessorStatus::Removed);
}

QString locations(const QJsonObject& snapshot, const QString& language)
{
    QStringList names;
    for (const QJsonValue& code : snapshot.value(QStringLiteral("countries")).toArray())
        names.append(CountryCatalog::instance().name(code.toString(), language));
    return names.isEmpty() ? RegisterDocument::label(QStringLiteral("none"), language) : names.join(QStringLiteral(", "));
}

QString safeguard(const QJsonObject& snapshot, const QString& language)
{
    const QString code = snapshot.value(QStringLiteral("safeguard")).toString();
    QString text = RegisterDocument::label(QStringLiteral("safeguard.") + code, language);
    const int module = snapshot.value(QStringLiteral("scc_module")).toInt();
    if (code == Vocabulary::code(TransferSafeguard::StandardContractualClauses) && module > 0)
        text += QStringLiteral(", ") + RegisterDocument::label(QStringLiteral("module"), language).arg(module);
    return text;
}

/** What changed between two engaged versions of one sub-processor, in the customer's terms. */
QString describeChange(const QJsonObject& before, const QJsonObject& after, const QString& language)
{
    const auto L = [&language](const QString& key) { return RegisterDocument::label(key, language); };
    QStringList parts;
    const auto differs = [&](const char* key) {
        return before.value(QLatin1String(key)) != after.value(QLatin1String(key));
    };
    if (differs("legal_name"))
        parts.append(L(QStringLiteral("change.value"))
                         .arg(L(QStringLiteral("name")), before.value(QStringLiteral("legal_name")).toString(),
                              after.value(QStringLiteral("legal_name")).toString()));
    if (differs("countries"))
        parts.append(L(QStringLiteral("change.value"))
                         .arg(L(QStringLiteral("locations")), locations(before, language), locations(after, language)));
    if (differs("safeguard") || differs("scc_module"))
        parts.append(L(QStringLiteral("change.value"))
                         .arg(L(QStringLiteral("safeguard")), safeguard(before, language), safeguard(after, language)));
    if (differs("service"))
        parts.append(L(QStringLiteral("change.newText")).arg(L(QStringLiteral("service"))));
    if (differs("processing_actions"))
        parts.append(L(QStringLiteral("change.newText")).arg(L(QStringLiteral("processingActions"))));
    if (differs("data_categories"))
        parts.append(L(QStringLiteral("change.newText")).arg(L(QStringLiteral("dataCategories"))));
    return parts.join(QStringLiteral("; "));
}

} // namespace

SubProcessorListDocument::SubProcessorListDocument(Database& db)
    : m_db(db)
{
}

QList<SubProcessorListDocument::Change> SubProcessorListDocument::history(const QString& language, const QDate& asOf)
{
    const QString lang = documentLanguage(language);
    SubProcessorHistory versions(m_db);
    QList<Change> changes;
    QHash<qint64, SubProcessorVersion> previous; // engaged, by lineage, at the end of the day before
    for (const QDate& day : versions.changeDates(asOf)) {
        QHash<qint64, SubProcessorVersion> current;
        for (const SubProcessorVersion& version : versions.listAsOf(day)) {
            if (engaged(version))
                current.insert(version.lineage, version);
        }
        QList<Change> today;
        for (const SubProcessorVersion& now : std::as_const(current)) {
            const auto before = previous.constFind(now.lineage);
            if (before == previous.cend()) {
                today.append({day, now.legalName, RegisterDocument::label(QStringLiteral("change.added"), lang)});
            } else {
                const QString description = describeChange(before->snapshot, now.snapshot, lang);
                if (!description.isEmpty())
                    today.append({day, now.legalName, description});
            }
        }
        for (const SubProcessorVersion& gone : std::as_const(previous)) {
            if (!current.contains(gone.lineage))
                today.append({day, gone.legalName, RegisterDocument::label(QStringLiteral("change.removed"), lang)});
        }
        std::sort(today.begin(), today.end(), [](const Change& a, const Change& b) {
            return QString::compare(a.subProcessor, b.subProcessor, Qt::CaseInsensitive) < 0;
        });
        changes = today + changes; // newest first
        previous = current;
    }
    return changes;
}

QList<SubProcessorListDocument::Change> SubProcessorListDocument::announced(const QString& language, const QDate& asOf)
{
    const QString lang = documentLanguage(language);
    PlannedChangeRepository planned(m_db);
    SubProcessorRepository subProcessors(m_db);
    QList<Change> result;
    for (const PlannedChange& change : planned.changes()) {
        if (!change.effectiveDate.isValid() || change.effectiveDate <= asOf)
            continue;
        const std::optional<SubProcessor> sp = subProcessors.find(change.subProcessorId);
        if (!sp)
            continue;
        QString description;
        switch (change.kind) {
        case PlannedChange::Kind::Add:
            description = RegisterDocument::label(QStringLiteral("planned.add"), lang);
            break;
        case PlannedChange::Kind::Replace: {
            const std::optional<SubProcessor> old = subProcessors.find(change.replacesId);
            description = RegisterDocument::label(QStringLiteral("planned.replace"), lang).arg(old ? old->legalName : QString());
            break;
        }
        case PlannedChange::Kind::Remove:
            description = RegisterDocument::label(QStringLiteral("planned.remove"), lang);
            break;
        }
        if (!change.reason.trimmed().isEmpty())
            description += QStringLiteral(". ") + change.reason.trimmed();
        result.append({change.effectiveDate, sp->legalName, description});
    }
    std::stable_sort(result.begin(), result.end(), [](const Change& a, const Change& b) { return a.date < b.date; });
    return result;
}

DocumentModel SubProcessorListDocument::build(const QString& language, const QDate& asOf)
{
    DocumentModel model;
    model.language = documentLanguage(language);
    const auto L = [&model](const char* key) { return RegisterDocument::label(QString::fromLatin1(key), model.language); };
    const Organisation organisation = CatalogRepository(m_db).organisation();
    const QLocale locale(model.language);
    const QString date = locale.toString(asOf, QStringLiteral("d MMMM yyyy"));

    model.title = L("subProcessorList") + QStringLiteral(" – ") + organisation.name;
    model.author = organisation.name;
    model.subject = L("asOf").arg(date);
    model.keywords = QStringLiteral("GDPR, Art. 28");

    model.append(DocumentBlock::heading(1, QString(), L("subProcessorList")));
    model.append(DocumentBlock::paragraph(organisation.name + QStringLiteral(" – ") + L("asOf").arg(date)));
    // The list as it stood on the day: every engaged version valid then, with that day's values.
    QList<QStringList> rows;
    for (const SubProcessorVersion& version : SubProcessorHistory(m_db).listAsOf(asOf)) {
        if (!engaged(version))
            continue;
        const QJsonObject& s = version.snapshot;
        rows.append({version.legalName, s.value(QStringLiteral("service")).toString(),
                     s.value(QStringLiteral("processing_actions")).toString(), locations(s, model.language),
                     safeguard(s, model.language)});
    }
    model.append(DocumentBlock::table({L("name"), L("service"), L("processingActions"), L("locations"), L("safeguard")},
                                      rows, {22, 20, 26, 14, 18}));
    if (!m_includeHistory)
        return model;

    const auto changeRows = [&locale](const QList<Change>& changes) {
        QList<QStringList> result;
        for (const Change& change : changes)
            result.append({locale.toString(change.date, QLocale::ShortFormat), change.subProcessor, change.description});
        return result;
    };
    const QList<Change> coming = announced(model.language, asOf);
    if (!coming.isEmpty()) {
        model.append(DocumentBlock::heading(2, QString(), L("announced")));
        model.append(DocumentBlock::table({L("effective"), L("name"), L("description")}, changeRows(coming), {15, 28, 57}));
    }
    const QList<Change> past = history(model.language, asOf);
    if (!past.isEmpty()) {
        model.append(DocumentBlock::heading(2, QString(), L("listHistory")));
        model.append(DocumentBlock::table({L("date"), L("name"), L("description")}, changeRows(past), {15, 28, 57}));
    }
    return model;
}
