// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/TemplateContextBuilder.h"

#include "core/Database.h"
#include "reference/CountryCatalog.h"
#include "register/ActivityRepository.h"
#include "register/CatalogRepository.h"
#include "register/SubProcessorRepository.h"

#include <QRegularExpression>
#include <QSet>

namespace {

QString pick(const QString& language, const char* en, const char* nl, const char* it, const char* fr)
{
    if (language == QLatin1String("nl"))
        return QString::fromUtf8(nl);
    if (language == QLatin1String("it"))
        return QString::fromUtf8(it);
    if (language == QLatin1String("fr"))
        return QString::fromUtf8(fr);
    return QString::fromUtf8(en);
}

QString listSeparator(const QString& language)
{
    Q_UNUSED(language)
    return QStringLiteral("; ");
}

} // namespace

TemplateContextBuilder::TemplateContextBuilder(Database& db)
    : m_db(db)
{
}

QString TemplateContextBuilder::safeguardLabel(TransferSafeguard safeguard, int sccModule, const QString& language)
{
    switch (safeguard) {
    case TransferSafeguard::NotRequired:
        return pick(language, "Not required (EEA)", "Niet vereist (EER)", "Non necessaria (SEE)", "Non requise (EEE)");
    case TransferSafeguard::Adequacy:
        return pick(language, "Adequacy decision (Art. 45 GDPR)", "Adequaatheidsbesluit (art. 45 AVG)",
                    "Decisione di adeguatezza (art. 45 GDPR)", "Décision d’adéquation (art. 45 RGPD)");
    case TransferSafeguard::StandardContractualClauses: {
        QString label = pick(language, "Standard contractual clauses (Art. 46 GDPR)",
                             "Modelcontractbepalingen (art. 46 AVG)", "Clausole contrattuali tipo (art. 46 GDPR)",
                             "Clauses contractuelles types (art. 46 RGPD)");
        if (sccModule > 0)
            label += QStringLiteral(", ") + pick(language, "module %1", "module %1", "modulo %1", "module %1").arg(sccModule);
        return label;
    }
    case TransferSafeguard::BindingCorporateRules:
        return pick(language, "Binding corporate rules (Art. 47 GDPR)", "Bindende bedrijfsvoorschriften (art. 47 AVG)",
                    "Norme vincolanti d’impresa (art. 47 GDPR)", "Règles d’entreprise contraignantes (art. 47 RGPD)");
    case TransferSafeguard::DataPrivacyFramework:
        return pick(language, "EU-US Data Privacy Framework", "EU-VS Data Privacy Framework",
                    "Quadro UE-USA per la protezione dei dati personali", "Cadre de protection des données UE–États-Unis");
    case TransferSafeguard::Derogation:
        return pick(language, "Derogation (Art. 49 GDPR)", "Uitzondering (art. 49 AVG)", "Deroga (art. 49 GDPR)",
                    "Dérogation (art. 49 RGPD)");
    case TransferSafeguard::None:
        return pick(language, "None recorded", "Geen vastgelegd", "Nessuna registrata", "Aucune enregistrée");
    }
    return {};
}

QString TemplateContextBuilder::addressWithoutCountry(const QString& address, const QString& countryCode)
{
    if (countryCode.isEmpty())
        return address;
    const CountryCatalog& countries = CountryCatalog::instance();
    QStringList names{QRegularExpression::escape(countryCode)};
    for (const char* language : {"en", "nl", "it", "fr"}) {
        const QString name = QRegularExpression::escape(countries.name(countryCode, QLatin1String(language)));
        if (!names.contains(name))
            names.append(name);
    }
    // ", the Netherlands", ", les Pays-Bas", ", i Paesi Bassi" at the very end.
    static const QString articles = QStringLiteral("(?:(?:the|de|het|il|lo|la|i|gli|le|les)\\s+|l['’])?");
    const QRegularExpression trailing(QStringLiteral("[,\\s]*[,\\n]\\s*%1(?:%2)\\s*\\.?\\s*$").arg(articles, names.join(QLatin1Char('|'))),
                                      QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString result = address;
    result.remove(trailing);
    return result.trimmed().isEmpty() ? address : result;
}

QVariantHash TemplateContextBuilder::build(const Agreement& agreement, const QString& language)
{
    const CountryCatalog& countries = CountryCatalog::instance();
    CatalogRepository catalog(m_db);
    QVariantHash context;

    const Organisation org = catalog.organisation();
    context.insert(QStringLiteral("processor"),
                   QVariantHash{{QStringLiteral("name"), org.name},
                                {QStringLiteral("address"), addressWithoutCountry(org.address, org.country)},
                                {QStringLiteral("country"), org.country},
                                {QStringLiteral("country_name"), countries.name(org.country, language)},
                                {QStringLiteral("registration_number"), org.registrationNumber},
                                {QStringLiteral("vat_number"), org.vatNumber},
                                {QStringLiteral("contact_email"), org.contactEmail},
                                {QStringLiteral("contact_phone"), org.contactPhone},
                                {QStringLiteral("dpo_name"), org.dpoName},
                                {QStringLiteral("dpo_email"), org.dpoEmail},
                                {QStringLiteral("website"), org.website}});

    const Party customer = catalog.party(agreement.partyId).value_or(Party{});
    context.insert(QStringLiteral("controller"),
                   QVariantHash{{QStringLiteral("name"), customer.name},
                                {QStringLiteral("address"), addressWithoutCountry(customer.address, customer.country)},
                                {QStringLiteral("country"), customer.country},
                                {QStringLiteral("country_name"), countries.name(customer.country, language)},
                                {QStringLiteral("registration_number"), customer.registrationNumber},
                                {QStringLiteral("contact_name"), customer.contactName},
                                {QStringLiteral("contact_email"), customer.contactEmail}});

    context.insert(QStringLiteral("agreement"),
                   QVariantHash{{QStringLiteral("reference"), agreement.reference},
                                {QStringLiteral("effective_date"), agreement.effectiveDate},
                                {QStringLiteral("services"), agreement.services},
                                {QStringLiteral("term"), agreement.term},
                                {QStringLiteral("governing_law"), agreement.governingLaw},
                                {QStringLiteral("court"), agreement.court},
                                {QStringLiteral("notice_days"), agreement.noticeDays},
                                {QStringLiteral("notice_unit"), agreement.noticeUnit},
                                {QStringLiteral("objection_days"), agreement.objectionDays},
                                {QStringLiteral("objection_unit"), agreement.objectionUnit},
                                {QStringLiteral("breach_notification_hours"), agreement.breachNotificationHours},
                                {QStringLiteral("audit_notice_days"), agreement.auditNoticeDays},
                                {QStringLiteral("liability_cap"), agreement.liabilityCap},
                                {QStringLiteral("status"), Agreement::statusCode(agreement.status)},
                                {QStringLiteral("signatory_processor"),
                                 QVariantHash{{QStringLiteral("name"), agreement.signatoryProcessor.name},
                                              {QStringLiteral("title"), agreement.signatoryProcessor.title}}},
                                {QStringLiteral("signatory_customer"),
                                 QVariantHash{{QStringLiteral("name"), agreement.signatoryCustomer.name},
                                              {QStringLiteral("title"), agreement.signatoryCustomer.title}}}});

    // The processor activities carried out for this customer.
    QHash<qint64, DataCategory> categoriesById;
    for (const DataCategory& c : catalog.dataCategories())
        categoriesById.insert(c.id, c);
    ActivityRepository activities(m_db);
    const auto activityRows = m_db.rows(QStringLiteral(
        "SELECT a.id FROM processing_activity a JOIN activity_party p ON p.activity_id = a.id "
        "WHERE a.role = 'processor' AND p.relation = 'controller' AND p.party_id = ? AND a.status != 'retired' "
        "ORDER BY a.name COLLATE NOCASE"),
        {agreement.partyId});
    QVariantList activityList;
    QList<qint64> usedCategoryIds;
    QStringList subjects;
    for (const QVariantList& row : activityRows) {
        const auto activity = activities.find(row.constFirst().toLongLong());
        if (!activity)
            continue;
        QStringList categoryNames;
        for (qint64 id : activity->dataCategoryIds) {
            categoryNames.append(categoriesById.value(id).name);
            if (!usedCategoryIds.contains(id))
                usedCategoryIds.append(id);
        }
        for (const QString& subject : activity->dataSubjects) {
            if (!subjects.contains(subject))
                subjects.append(subject);
        }
        activityList.append(QVariantHash{{QStringLiteral("name"), activity->name},
                                         {QStringLiteral("description"), activity->description},
                                         {QStringLiteral("purposes"), activity->purposes.join(listSeparator(language))},
                                         {QStringLiteral("data_subjects"), activity->dataSubjects.join(listSeparator(language))},
                                         {QStringLiteral("data_categories"), categoryNames.join(listSeparator(language))},
                                         {QStringLiteral("retention"), activity->erasureTimeLimit}});
    }
    context.insert(QStringLiteral("activities"), activityList);
    context.insert(QStringLiteral("data_subjects"), QVariant(subjects));

    QVariantList categoryList;
    bool hasSpecial = false;
    for (const DataCategory& c : catalog.dataCategories()) {
        if (!usedCategoryIds.isEmpty() && !usedCategoryIds.contains(c.id))
            continue;
        hasSpecial = hasSpecial || c.special;
        categoryList.append(QVariantHash{{QStringLiteral("name"), c.name},
                                         {QStringLiteral("description"), c.description},
                                         {QStringLiteral("special"), c.special},
                                         {QStringLiteral("criminal"), c.criminal},
                                         {QStringLiteral("retention"), c.retention},
                                         {QStringLiteral("retention_justification"), c.retentionJustification}});
    }
    context.insert(QStringLiteral("data_categories"), categoryList);

    // Every sub-processor that is engaged or about to be (not the removed ones).
    SubProcessorRepository subProcessors(m_db);
    QVariantList subProcessorList;
    bool nonEea = false;
    for (const SubProcessor& sp : subProcessors.all()) {
        if (sp.status == SubProcessorStatus::Removed)
            continue;
        QStringList locations;
        bool outsideEea = false;
        for (const QString& code : sp.countries) {
            locations.append(countries.name(code, language));
            outsideEea = outsideEea || !countries.isEea(code);
        }
        nonEea = nonEea || outsideEea;
        subProcessorList.append(QVariantHash{{QStringLiteral("name"), sp.legalName},
                                             {QStringLiteral("service"), sp.service},
                                             {QStringLiteral("actions"), sp.processingActions},
                                             {QStringLiteral("locations"), locations.join(QStringLiteral(", "))},
                                             {QStringLiteral("outside_eea"), outsideEea},
                                             {QStringLiteral("safeguard"), safeguardLabel(sp.safeguard, sp.sccModule, language)},
                                             {QStringLiteral("website"), sp.website}});
    }
    context.insert(QStringLiteral("subprocessors"), subProcessorList);

    QVariantList sections;
    QHash<QString, int> sectionIndex;
    for (const SecurityMeasure& m : catalog.measures()) {
        if (!sectionIndex.contains(m.section)) {
            sectionIndex.insert(m.section, int(sections.size()));
            sections.append(QVariantHash{{QStringLiteral("name"), m.section}, {QStringLiteral("measures"), QVariantList()}});
        }
        QVariantHash section = sections.at(sectionIndex.value(m.section)).toHash();
        QVariantList measures = section.value(QStringLiteral("measures")).toList();
        measures.append(QVariantHash{{QStringLiteral("title"), m.title}, {QStringLiteral("description"), m.description}});
        section.insert(QStringLiteral("measures"), measures);
        sections[sectionIndex.value(m.section)] = section;
    }
    context.insert(QStringLiteral("measure_sections"), sections);

    context.insert(QStringLiteral("register"),
                   QVariantHash{{QStringLiteral("has_non_eea_transfers"), nonEea},
                                {QStringLiteral("has_special_categories"), hasSpecial}});
    return context;
}
