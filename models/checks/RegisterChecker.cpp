// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "checks/RegisterChecker.h"

#include "core/Database.h"
#include "domain/LegalBasis.h"
#include "reference/CountryCatalog.h"
#include "register/ActivityRepository.h"
#include "register/CatalogRepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RegisterChecker", text);
}

Finding error(const char* code, const char* field, const QString& message)
{
    return {Finding::Severity::Error, QString::fromLatin1(code), QString::fromLatin1(field), message};
}

Finding warning(const char* code, const char* field, const QString& message)
{
    return {Finding::Severity::Warning, QString::fromLatin1(code), QString::fromLatin1(field), message};
}

} // namespace

RegisterChecker::RegisterChecker(Database& db)
    : m_db(db)
    , m_today(QDate::currentDate())
{
}

void RegisterChecker::loadCatalogues()
{
    if (m_cataloguesLoaded)
        return;
    CatalogRepository catalog(m_db);
    for (const DataCategory& category : catalog.dataCategories())
        m_categories.insert(category.id, category);
    m_cataloguesLoaded = true;
}

QList<Finding> RegisterChecker::check(qint64 activityId)
{
    ActivityRepository repository(m_db);
    const auto activity = repository.find(activityId);
    return activity ? check(*activity) : QList<Finding>();
}

QList<Finding> RegisterChecker::check(const ProcessingActivity& a)
{
    loadCatalogues();
    QList<Finding> findings;
    const bool controller = a.role == ActivityRole::Controller;

    if (a.name.simplified().isEmpty())
        findings.append(error("missing-name", "name", tr("Give the activity a name.")));
    if (controller) {
        if (a.purposes.isEmpty())
            findings.append(error("missing-purposes", "purposes",
                                  tr("Record the purposes of the processing (Art. 30(1)(b)).")));
        if (a.dataSubjects.isEmpty())
            findings.append(error("missing-data-subjects", "data_subjects",
                                  tr("Record the categories of data subjects (Art. 30(1)(c)).")));
        if (a.dataCategoryIds.isEmpty())
            findings.append(error("missing-data-categories", "data_categories",
                                  tr("Record the categories of personal data (Art. 30(1)(c)).")));
        if (a.recipientCategories.isEmpty() && a.recipientPartyIds.isEmpty())
            findings.append(warning("missing-recipients", "recipient_categories",
                                    tr("Record the categories of recipients (Art. 30(1)(d)); if the data goes to "
                                       "no one outside the organisation, record \"None\".")));
        if (a.erasureTimeLimit.simplified().isEmpty())
            findings.append(warning("missing-erasure", "erasure_time_limit",
                                    tr("Record the time limits for erasure (Art. 30(1)(f)), or why none can be set.")));
        bool hasLawfulness = false;
        for (const QString& code : a.legalBases)
            hasLawfulness = hasLawfulness || LegalBasis::articleOf(code) == LegalBasis::Article::Lawfulness;
        if (!hasLawfulness)
            findings.append(error("missing-legal-basis", "legal_bases",
                                  tr("Choose the Art. 6(1) legal basis of the processing.")));
    } else {
        if (a.controllerIds.isEmpty())
            findings.append(error("processor-without-controller", "controllers",
                                  tr("A processor record must name each controller on whose behalf the processing "
                                     "is carried out (Art. 30(2)(a)). Add the client.")));
        if (a.description.simplified().isEmpty())
            findings.append(error("missing-description", "description",
                                  tr("Describe the categories of processing carried out on behalf of each controller "
                                     "(Art. 30(2)(b)).")));
    }
    if (a.measureIds.isEmpty() && a.securityDescription.simplified().isEmpty())
        findings.append(warning("missing-security", "measures",
                                tr("Link the technical and organisational security measures, or describe them "
                                   "(Art. 30(1)(g), 30(2)(d)).")));

    bool special = false;
    bool criminal = false;
    for (const qint64 id : a.dataCategoryIds) {
        const auto it = m_categories.constFind(id);
        if (it == m_categories.cend())
            continue;
        special = special || it->special;
        criminal = criminal || it->criminal;
        if (it->retention.simplified().isEmpty())
            findings.append(warning("category-without-retention", "data_categories",
                                    tr("The data category \"%1\" has no retention period; set it under Data "
                                       "categories & retention.")
                                        .arg(it->name)));
    }
    if (controller) {
        bool hasArt9 = false;
        for (const QString& code : a.legalBases)
            hasArt9 = hasArt9 || LegalBasis::articleOf(code) == LegalBasis::Article::SpecialCategory;
        if (special && !hasArt9)
            findings.append(error("special-without-condition", "legal_bases",
                                  tr("Special-category data is processed but no Art. 9(2) condition is recorded. "
                                     "Choose the condition that applies, e.g. Art. 9(2)(b) for employment law.")));
        if (criminal && !a.legalBases.contains(QStringLiteral("10")))
            findings.append(error("criminal-without-authorisation", "legal_bases",
                                  tr("Criminal convictions data is processed: record the Art. 10 authorisation "
                                     "in Union or Member State law.")));
    }

    const CountryCatalog& countries = CountryCatalog::instance();
    for (const Transfer& transfer : a.transfers) {
        QString reason;
        if (!countries.isSafeguardSufficient(transfer.country, transfer.safeguard, &reason)) {
            const QString recipient = transfer.recipient.isEmpty() ? countries.name(transfer.country) : transfer.recipient;
            findings.append(error("transfer-without-safeguard", "transfers",
                                  tr("Transfer to %1: %2").arg(recipient, reason)));
        } else if (transfer.safeguard == TransferSafeguard::StandardContractualClauses && transfer.sccModule == 0) {
            findings.append(warning("scc-without-module", "transfers",
                                    tr("Transfer to %1: say which SCC module (1 to 4) applies.")
                                        .arg(transfer.recipient.isEmpty() ? countries.name(transfer.country)
                                                                          : transfer.recipient)));
        }
    }

    if (a.nextReview.isValid() && a.nextReview < m_today && a.status != ActivityStatus::Retired)
        findings.append(warning("review-overdue", "next_review",
                                tr("The review was due on %1. Review the record and mark it reviewed.")
                                    .arg(QLocale().toString(a.nextReview, QLocale::ShortFormat))));
    if (a.dpiaRequired && !a.dpiaDone)
        findings.append(warning("dpia-pending", "dpia",
                                tr("A DPIA is required (Art. 35) but not recorded as done.")));
    return findings;
}

QList<Finding> RegisterChecker::checkOrganisation()
{
    QList<Finding> findings;
    CatalogRepository catalog(m_db);
    const Organisation o = catalog.organisation();
    if (o.name.simplified().isEmpty())
        findings.append(error("organisation-name", "name",
                              tr("Record the organisation's name (Art. 30(1)(a), 30(2)(a)).")));
    if (o.contactEmail.simplified().isEmpty() && o.contactPhone.simplified().isEmpty() && o.address.simplified().isEmpty())
        findings.append(error("organisation-contact", "contact_email",
                              tr("Record the organisation's contact details (Art. 30(1)(a), 30(2)(a)).")));
    if (o.dpoName.simplified().isEmpty() && o.dpoEmail.simplified().isEmpty())
        findings.append(warning("organisation-dpo", "dpo_name",
                                tr("Record the data protection officer's contact details, where one is designated "
                                   "(Art. 30(1)(a), 30(2)(a)).")));
    if (!o.country.isEmpty() && !CountryCatalog::instance().isEea(o.country) && o.representativeName.simplified().isEmpty())
        findings.append(warning("organisation-representative", "representative_name",
                                tr("An organisation outside the EEA must record its EU representative (Art. 27).")));
    return findings;
}
