// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "subprocessors/SubProcessorChecker.h"

#include "core/Database.h"
#include "reference/CountryCatalog.h"
#include "register/SubProcessorRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SubProcessorChecker", text);
}

} // namespace

SubProcessorChecker::SubProcessorChecker(Database& db)
    : m_db(db)
{
}

QList<Finding> SubProcessorChecker::check(const SubProcessor& sp)
{
    using Severity = Finding::Severity;
    const CountryCatalog& countries = CountryCatalog::instance();
    QList<Finding> findings;
    const bool inUse = sp.status != SubProcessorStatus::Removed;
    if (inUse) {
        for (const QString& code : sp.countries) {
            if (!countries.needsSafeguard(code))
                continue;
            QString reason;
            if (countries.isSafeguardSufficient(code, sp.safeguard, &reason))
                continue;
            if (sp.safeguard == TransferSafeguard::None)
                findings.append({Severity::Error, QStringLiteral("subprocessor-without-safeguard"), QStringLiteral("safeguard"),
                                 tr("Servers in %1, outside the EEA without an adequacy decision, and no safeguard "
                                    "recorded. Record the SCCs, BCRs, DPF certification or derogation that covers the "
                                    "transfer.")
                                     .arg(countries.name(code))});
            else if (sp.safeguard == TransferSafeguard::NotRequired)
                findings.append({Severity::Error, QStringLiteral("subprocessor-safeguard-not-required"),
                                 QStringLiteral("safeguard"), reason});
            else if (sp.safeguard == TransferSafeguard::DataPrivacyFramework)
                findings.append({Severity::Error, QStringLiteral("subprocessor-dpf-outside-us"), QStringLiteral("safeguard"),
                                 reason});
            else
                findings.append({Severity::Warning, QStringLiteral("subprocessor-safeguard-insufficient"),
                                 QStringLiteral("safeguard"), reason});
        }
        if (sp.safeguard == TransferSafeguard::DataPrivacyFramework && !sp.countries.contains(QStringLiteral("US"))
            && std::none_of(findings.cbegin(), findings.cend(),
                            [](const Finding& f) { return f.code == QLatin1String("subprocessor-dpf-outside-us"); }))
            findings.append({Severity::Error, QStringLiteral("subprocessor-dpf-outside-us"), QStringLiteral("safeguard"),
                             tr("The EU-US Data Privacy Framework covers only recipients in the United States, and no "
                                "server location of this sub-processor is there. Choose the safeguard that applies.")});
    }
    if (sp.id != 0) {
        // Transfers recorded on activities for this sub-processor.
        for (const auto& row : m_db.rows(QStringLiteral("SELECT t.country, t.safeguard, a.name FROM transfer t JOIN "
                                                        "processing_activity a ON a.id = t.activity_id "
                                                        "WHERE t.subprocessor_id = ? ORDER BY a.name, t.country"),
                                         {sp.id})) {
            const QString code = row.at(0).toString();
            if (Vocabulary::transferSafeguard(row.at(1).toString()) == TransferSafeguard::NotRequired
                && countries.needsSafeguard(code))
                findings.append({Severity::Error, QStringLiteral("transfer-safeguard-not-required"), QStringLiteral("transfers"),
                                 tr("The transfer to %1 in \"%2\" is marked \"not required\", but %1 is outside the EEA "
                                    "without an adequacy decision. Record the safeguard that covers it.")
                                     .arg(countries.name(code), row.at(2).toString())});
        }
        if (inUse && sp.status != SubProcessorStatus::Planned && SubProcessorRepository(m_db).activitiesUsing(sp.id).isEmpty())
            findings.append({Severity::Warning, QStringLiteral("subprocessor-unused"), QStringLiteral("activities"),
                             tr("No processing activity uses this sub-processor. Link it to the activities it serves, "
                                "or mark it removed.")});
    }
    return findings;
}

QHash<qint64, QList<Finding>> SubProcessorChecker::checkAll()
{
    QHash<qint64, QList<Finding>> result;
    for (const SubProcessor& sp : SubProcessorRepository(m_db).all()) {
        const QList<Finding> findings = check(sp);
        if (!findings.isEmpty())
            result.insert(sp.id, findings);
    }
    return result;
}
