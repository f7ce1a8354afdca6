// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/RegisterDocument.h"

#include "core/Database.h"
#include "documents/DocumentStrings.h"
#include "domain/LegalBasis.h"
#include "reference/CountryCatalog.h"
#include "register/ActivityRepository.h"
#include "register/CatalogRepository.h"
#include "register/SubProcessorRepository.h"

#include <QHash>
#include <QLocale>

namespace {

struct Label
{
    const char* key;
    const char* text[4]; // en, nl, it, fr
};

// Document vocabulary: these follow the document's language, not the user interface's, so they
// are kept here per language instead of in the .ts files.
const Label labels[] = {
    {"register", {"Record of processing activities", "Register van verwerkingsactiviteiten", "Registro delle attività di trattamento", "Registre des activités de traitement"}},
    {"register.controller", {"Controller register (Art. 30(1) GDPR)", "Register van de verwerkingsverantwoordelijke (art. 30, lid 1, AVG)", "Registro del titolare del trattamento (art. 30, par. 1, GDPR)", "Registre du responsable du traitement (art. 30, par. 1, RGPD)"}},
    {"register.processor", {"Processor register (Art. 30(2) GDPR)", "Register van de verwerker (art. 30, lid 2, AVG)", "Registro del responsabile del trattamento (art. 30, par. 2, GDPR)", "Registre du sous-traitant (art. 30, par. 2, RGPD)"}},
    {"register.both", {"Controller and processor register (Art. 30 GDPR)", "Register van verwerkingsverantwoordelijke en verwerker (art. 30 AVG)", "Registro del titolare e del responsabile (art. 30 GDPR)", "Registre du responsable et du sous-traitant (art. 30 RGPD)"}},
    {"organisation", {"Organisation", "Organisatie", "Organizzazione", "Organisation"}},
    {"address", {"Address", "Adres", "Indirizzo", "Adresse"}},
    {"contact", {"Contact", "Contact", "Contatto", "Contact"}},
    {"registration", {"Registration number", "Registratienummer", "Numero di registrazione", "Numéro d'immatriculation"}},
    {"dpo", {"Data protection officer", "Functionaris voor gegevensbescherming", "Responsabile della protezione dei dati", "Délégué à la protection des données"}},
    {"representative", {"Representative in the Union", "Vertegenwoordiger in de Unie", "Rappresentante nell'Unione", "Représentant dans l'Union"}},
    {"none", {"None", "Geen", "Nessuno", "Aucun"}},
    {"notRecorded", {"Not recorded", "Niet vastgelegd", "Non registrato", "Non renseigné"}},
    {"date", {"Date", "Datum", "Data", "Date"}},
    {"activities", {"Activities", "Activiteiten", "Attività", "Activités"}},
    {"summary", {"Summary of processing activities", "Overzicht van verwerkingsactiviteiten", "Sintesi delle attività di trattamento", "Synthèse des activités de traitement"}},
    {"controllerActivities", {"Processing as controller", "Verwerkingen als verwerkingsverantwoordelijke", "Trattamenti come titolare", "Traitements en tant que responsable"}},
    {"processorActivities", {"Processing as processor", "Verwerkingen als verwerker", "Trattamenti come responsabile", "Traitements en tant que sous-traitant"}},
    {"name", {"Name", "Naam", "Nome", "Nom"}},
    {"role", {"Role", "Rol", "Ruolo", "Rôle"}},
    {"department", {"Department", "Afdeling", "Reparto", "Service"}},
    {"owner", {"Owner", "Eigenaar", "Responsabile interno", "Responsable interne"}},
    {"status", {"Status", "Status", "Stato", "Statut"}},
    {"description", {"Description", "Beschrijving", "Descrizione", "Description"}},
    {"purposes", {"Purposes of the processing", "Doeleinden van de verwerking", "Finalità del trattamento", "Finalités du traitement"}},
    {"legalBasis", {"Legal basis", "Rechtsgrond", "Base giuridica", "Base juridique"}},
    {"dataSubjects", {"Categories of data subjects", "Categorieën van betrokkenen", "Categorie di interessati", "Catégories de personnes concernées"}},
    {"dataCategories", {"Categories of personal data", "Categorieën van persoonsgegevens", "Categorie di dati personali", "Catégories de données à caractère personnel"}},
    {"special", {"special category (Art. 9)", "bijzondere categorie (art. 9)", "categoria particolare (art. 9)", "catégorie particulière (art. 9)"}},
    {"criminal", {"criminal data (Art. 10)", "strafrechtelijke gegevens (art. 10)", "dati giudiziari (art. 10)", "données pénales (art. 10)"}},
    {"recipients", {"Categories of recipients", "Categorieën van ontvangers", "Categorie di destinatari", "Catégories de destinataires"}},
    {"recipientParties", {"Named recipients", "Genoemde ontvangers", "Destinatari specifici", "Destinataires désignés"}},
    {"controllers", {"Controllers on whose behalf we act", "Verwerkingsverantwoordelijken namens wie wij verwerken", "Titolari per conto dei quali agiamo", "Responsables pour le compte desquels nous agissons"}},
    {"jointControllers", {"Joint controllers", "Gezamenlijke verwerkingsverantwoordelijken", "Contitolari del trattamento", "Responsables conjoints"}},
    {"subProcessors", {"Sub-processors", "Subverwerkers", "Sub-responsabili", "Sous-traitants ultérieurs"}},
    {"transfers", {"Transfers to third countries", "Doorgiften naar derde landen", "Trasferimenti verso paesi terzi", "Transferts vers des pays tiers"}},
    {"erasure", {"Time limits for erasure", "Bewaartermijnen", "Termini per la cancellazione", "Délais d'effacement"}},
    {"retention", {"retention", "bewaartermijn", "conservazione", "conservation"}},
    {"security", {"Technical and organisational security measures", "Technische en organisatorische beveiligingsmaatregelen", "Misure di sicurezza tecniche e organizzative", "Mesures de sécurité techniques et organisationnelles"}},
    {"dpia", {"Data protection impact assessment", "Gegevensbeschermingseffectbeoordeling", "Valutazione d'impatto sulla protezione dei dati", "Analyse d'impact relative à la protection des données"}},
    {"dpia.notRequired", {"Not required", "Niet vereist", "Non richiesta", "Non requise"}},
    {"dpia.required", {"Required, not yet carried out", "Vereist, nog niet uitgevoerd", "Richiesta, non ancora effettuata", "Requise, pas encore réalisée"}},
    {"dpia.done", {"Carried out", "Uitgevoerd", "Effettuata", "Réalisée"}},
    {"review", {"Review", "Beoordeling", "Revisione", "Révision"}},
    {"lastReviewed", {"last reviewed %1", "laatst beoordeeld op %1", "ultima revisione %1", "dernière révision le %1"}},
    {"nextReview", {"next review %1", "volgende beoordeling %1", "prossima revisione %1", "prochaine révision le %1"}},
    {"approvedBy", {"approved by %1", "goedgekeurd door %1", "approvato da %1", "approuvé par %1"}},
    {"notes", {"Notes", "Opmerkingen", "Note", "Remarques"}},
    {"role.controller", {"Controller", "Verwerkingsverantwoordelijke", "Titolare", "Responsable"}},
    {"role.processor", {"Processor", "Verwerker", "Responsabile", "Sous-traitant"}},
    {"status.draft", {"Draft", "Concept", "Bozza", "Brouillon"}},
    {"status.in_review", {"In review", "In beoordeling", "In revisione", "En révision"}},
    {"status.approved", {"Approved", "Goedgekeurd", "Approvato", "Approuvé"}},
    {"status.retired", {"Retired", "Beëindigd", "Dismesso", "Retiré"}},
    {"safeguard.not_required", {"Not required (EEA)", "Niet vereist (EER)", "Non necessaria (SEE)", "Non requise (EEE)"}},
    {"safeguard.adequacy", {"Adequacy decision (Art. 45)", "Adequaatheidsbesluit (art. 45)", "Decisione di adeguatezza (art. 45)", "Décision d'adéquation (art. 45)"}},
    {"safeguard.scc", {"Standard contractual clauses 2021/914", "Modelcontractbepalingen 2021/914", "Clausole contrattuali tipo 2021/914", "Clauses contractuelles types 2021/914"}},
    {"safeguard.bcr", {"Binding corporate rules (Art. 47)", "Bindende bedrijfsvoorschriften (art. 47)", "Norme vincolanti d'impresa (art. 47)", "Règles d'entreprise contraignantes (art. 47)"}},
    {"safeguard.dpf", {"EU-US Data Privacy Framework", "EU-VS-kader voor gegevensbescherming", "Quadro UE-USA per la protezione dei dati", "Cadre de protection des données UE-États-Unis"}},
    {"safeguard.derogation", {"Derogation (Art. 49)", "Afwijking (art. 49)", "Deroga (art. 49)", "Dérogation (art. 49)"}},
    {"safeguard.none", {"None recorded", "Niets vastgelegd", "Nessuna registrata", "Aucune renseignée"}},
    {"module", {"module %1", "module %1", "modulo %1", "module %1"}},
    {"recipient", {"Recipient", "Ontvanger", "Destinatario", "Destinataire"}},
    {"country", {"Country", "Land", "Paese", "Pays"}},
    {"safeguard", {"Safeguard", "Waarborg", "Garanzia", "Garantie"}},
    {"service", {"Service", "Dienst", "Servizio", "Service"}},
    {"processingActions", {"Processing", "Verwerkingen", "Trattamenti", "Traitements"}},
    {"locations", {"Locations", "Locaties", "Ubicazioni", "Emplacements"}},
    {"subProcessorList", {"List of sub-processors", "Lijst van subverwerkers", "Elenco dei sub-responsabili", "Liste des sous-traitants ultérieurs"}},
    {"changes", {"Changes", "Wijzigingen", "Modifiche", "Modifications"}},
    {"asOf", {"As of %1", "Stand per %1", "Aggiornato al %1", "État au %1"}},
    {"listHistory", {"Changes to the list", "Wijzigingen in de lijst", "Modifiche all'elenco", "Modifications de la liste"}},
    {"announced", {"Announced changes", "Aangekondigde wijzigingen", "Modifiche annunciate", "Modifications annoncées"}},
    {"effective", {"Effective", "Ingangsdatum", "Decorrenza", "Date d'effet"}},
    {"change.added", {"Added to the list", "Aan de lijst toegevoegd", "Aggiunto all'elenco", "Ajouté à la liste"}},
    {"change.removed", {"Removed from the list", "Van de lijst verwijderd", "Rimosso dall'elenco", "Retiré de la liste"}},
    {"change.newText", {"%1: new text", "%1: nieuwe tekst", "%1: nuovo testo", "%1 : nouveau texte"}},
    {"change.value", {"%1: %2 → %3", "%1: %2 → %3", "%1: %2 → %3", "%1 : %2 → %3"}},
    {"planned.add", {"To be added", "Wordt toegevoegd", "Sarà aggiunto", "Sera ajouté"}},
    {"planned.replace", {"Replaces %1", "Vervangt %1", "Sostituisce %1", "Remplace %1"}},
    {"planned.remove", {"To be removed", "Wordt verwijderd", "Sarà rimosso", "Sera retiré"}},
    {"none", {"none", "geen", "nessuno", "aucun"}},
    {"lb.6.1.a", {"consent", "toestemming", "consenso", "consentement"}},
    {"lb.6.1.b", {"contract", "overeenkomst", "contratto", "contrat"}},
    {"lb.6.1.c", {"legal obligation", "wettelijke verplichting", "obbligo legale", "obligation légale"}},
    {"lb.6.1.d", {"vital interests", "vitale belangen", "interessi vitali", "intérêts vitaux"}},
    {"lb.6.1.e", {"public task", "taak van algemeen belang", "compito di interesse pubblico", "mission d'intérêt public"}},
    {"lb.6.1.f", {"legitimate interests", "gerechtvaardigd belang", "legittimo interesse", "intérêts légitimes"}},
    {"lb.9.2.a", {"explicit consent", "uitdrukkelijke toestemming", "consenso esplicito", "consentement explicite"}},
    {"lb.9.2.b", {"employment and social security law", "arbeidsrecht en socialezekerheidsrecht", "diritto del lavoro e della sicurezza sociale", "droit du travail et de la sécurité sociale"}},
    {"lb.9.2.c", {"vital interests, consent impossible", "vitale belangen, toestemming onmogelijk", "interessi vitali, consenso impossibile", "intérêts vitaux, consentement impossible"}},
    {"lb.9.2.d", {"not-for-profit body", "instantie zonder winstoogmerk", "organismo senza scopo di lucro", "organisme à but non lucratif"}},
    {"lb.9.2.e", {"made public by the data subject", "door de betrokkene openbaar gemaakt", "resi pubblici dall'interessato", "rendues publiques par la personne concernée"}},
    {"lb.9.2.f", {"legal claims", "rechtsvorderingen", "diritti in sede giudiziaria", "droits en justice"}},
    {"lb.9.2.g", {"substantial public interest", "zwaarwegend algemeen belang", "interesse pubblico rilevante", "intérêt public important"}},
    {"lb.9.2.h", {"health or social care, occupational medicine", "gezondheidszorg of sociale zorg, arbeidsgeneeskunde", "assistenza sanitaria o sociale, medicina del lavoro", "soins de santé ou sociaux, médecine du travail"}},
    {"lb.9.2.i", {"public health", "volksgezondheid", "sanità pubblica", "santé publique"}},
    {"lb.9.2.j", {"archiving, research or statistics", "archivering, onderzoek of statistiek", "archiviazione, ricerca o statistica", "archivage, recherche ou statistiques"}},
    {"lb.10", {"criminal convictions and offences, authorised by law", "strafrechtelijke gegevens, bij wet toegestaan", "condanne penali e reati, autorizzato dalla legge", "condamnations pénales et infractions, autorisé par la loi"}},
};

int languageIndex(const QString& language)
{
    const int i = DocumentStrings::languages().indexOf(language);
    return i < 0 ? 0 : i;
}

QString joinLines(const QStringList& items, const QString& none)
{
    return items.isEmpty() ? none : items.join(QLatin1Char('\n'));
}

QString dateText(const QDate& date, const QString& language)
{
    return date.isValid() ? QLocale(language).toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

} // namespace

RegisterDocument::RegisterDocument(Database& db)
    : m_db(db)
{
}

QString RegisterDocument::label(const QString& key, const QString& language)
{
    static const QHash<QString, const Label*> byKey = [] {
        QHash<QString, const Label*> map;
        for (const Label& l : labels)
            map.insert(QString::fromLatin1(l.key), &l);
        return map;
    }();
    const Label* l = byKey.value(key);
    return l ? QString::fromUtf8(l->text[languageIndex(language)]) : key;
}

QString RegisterDocument::legalBasis(const QString& code, const QString& language)
{
    if (!LegalBasis::isKnown(code))
        return code;
    const QStringList parts = code.split(QLatin1Char('.'));
    const QString article = languageIndex(language) == 0 ? QStringLiteral("Art.") : QStringLiteral("art.");
    const QString citation = parts.size() == 3
        ? QStringLiteral("%1 %2(%3)(%4)").arg(article, parts[0], parts[1], parts[2])
        : QStringLiteral("%1 %2").arg(article, code);
    return citation + QStringLiteral(" – ") + label(QStringLiteral("lb.") + code, language);
}

DocumentModel RegisterDocument::build(std::optional<ActivityRole> role, const QString& language, const QDate& date)
{
    const auto L = [&language](const char* key) { return label(QString::fromLatin1(key), language); };
    CatalogRepository catalog(m_db);
    ActivityRepository activities(m_db);
    SubProcessorRepository subProcessors(m_db);
    const CountryCatalog& countries = CountryCatalog::instance();
    const Organisation organisation = catalog.organisation();
    m_allApproved = true;

    QHash<qint64, DataCategory> categories;
    for (const DataCategory& category : catalog.dataCategories())
        categories.insert(category.id, category);
    QHash<qint64, SecurityMeasure> measures;
    for (const SecurityMeasure& measure : catalog.measures())
        measures.insert(measure.id, measure);
    QHash<qint64, Party> parties;
    for (const Party& party : catalog.parties())
        parties.insert(party.id, party);
    QHash<qint64, SubProcessor> processors;
    for (const SubProcessor& sp : subProcessors.all())
        processors.insert(sp.id, sp);

    DocumentModel model;
    model.language = DocumentStrings::isSupported(language) ? language : QStringLiteral("en");
    const QString registerKind = !role ? L("register.both")
        : *role == ActivityRole::Controller ? L("register.controller") : L("register.processor");
    model.title = L("register") + QStringLiteral(" – ") + organisation.name;
    model.author = organisation.name;
    model.subject = registerKind;
    model.keywords = QStringLiteral("GDPR, Art. 30");
    model.tableOfContents = true;

    model.cover.title = L("register");
    model.cover.subtitle = registerKind;
    const QString none = L("none");
    QStringList organisationLines{organisation.name};
    if (!organisation.address.isEmpty())
        organisationLines.append(organisation.address);
    if (!organisation.registrationNumber.isEmpty())
        organisationLines.append(organisation.registrationNumber);
    QStringList contact;
    for (const QString& part : {organisation.contactEmail, organisation.contactPhone, organisation.website}) {
        if (!part.isEmpty())
            contact.append(part);
    }
    QStringList dpo;
    for (const QString& part : {organisation.dpoName, organisation.dpoEmail, organisation.dpoPhone}) {
        if (!part.isEmpty())
            dpo.append(part);
    }
    QStringList representative;
    for (const QString& part : {organisation.representativeName, organisation.representativeAddress}) {
        if (!part.isEmpty())
            representative.append(part);
    }
    model.cover.facts = {
        {L("organisation"), organisationLines.join(QLatin1Char('\n'))},
        {L("contact"), joinLines(contact, L("notRecorded"))},
        {L("dpo"), joinLines(dpo, none)},
        {L("representative"), joinLines(representative, none)},
        {L("date"), dateText(date, model.language)},
    };

    // The register's activities by role, then by name.
    QList<ActivityRole> roles;
    if (role)
        roles.append(*role);
    else
        roles = {ActivityRole::Controller, ActivityRole::Processor};
    QList<QList<ProcessingActivity>> byRole;
    for (ActivityRole r : std::as_const(roles)) {
        QList<ProcessingActivity> list;
        const auto ids = m_db.rows(QStringLiteral("SELECT id FROM processing_activity WHERE role = ? "
                                                  "ORDER BY name COLLATE NOCASE"),
                                   {Vocabulary::code(r)});
        for (const auto& row : ids) {
            if (auto activity = activities.find(row.constFirst().toLongLong())) {
                if (activity->status != ActivityStatus::Approved)
                    m_allApproved = false;
                list.append(*activity);
            }
        }
        byRole.append(list);
    }

    int chapter = 1;
    model.append(DocumentBlock::heading(1, QString::number(chapter), L("summary")));
    QList<QStringList> summaryRows;
    for (int g = 0; g < roles.size(); ++g) {
        for (int i = 0; i < byRole[g].size(); ++i) {
            const ProcessingActivity& a = byRole[g][i];
            const QString number = QStringLiteral("%1.%2").arg(chapter + 1 + g).arg(i + 1);
            QStringList row{number, a.name};
            if (!role) // one role per register: the column would repeat it on every line
                row.append(L(roles[g] == ActivityRole::Controller ? "role.controller" : "role.processor"));
            row << a.department << label(QStringLiteral("status.") + Vocabulary::code(a.status), model.language);
            summaryRows.append(row);
        }
    }
    if (role)
        model.append(DocumentBlock::table({QStringLiteral("#"), L("name"), L("department"), L("status")}, summaryRows,
                                          {7, 55, 20, 18}));
    else
        model.append(DocumentBlock::table({QStringLiteral("#"), L("name"), L("role"), L("department"), L("status")},
                                          summaryRows, {6, 40, 26, 14, 14}));

    for (int g = 0; g < roles.size(); ++g) {
        ++chapter;
        DocumentBlock groupHeading = DocumentBlock::heading(
            1, QString::number(chapter), L(roles[g] == ActivityRole::Controller ? "controllerActivities" : "processorActivities"));
        groupHeading.pageBreakBefore = true;
        model.append(groupHeading);
        for (int i = 0; i < byRole[g].size(); ++i) {
            const ProcessingActivity& a = byRole[g][i];
            DocumentBlock heading = DocumentBlock::heading(2, QStringLiteral("%1.%2").arg(chapter).arg(i + 1), a.name);
            heading.pageBreakBefore = i > 0;
            model.append(heading);
            if (!a.description.isEmpty())
                model.append(DocumentBlock::paragraph(a.description));

            QStringList meta;
            meta.append(L("status") + QStringLiteral(": ") + label(QStringLiteral("status.") + Vocabulary::code(a.status), model.language));
            if (!a.department.isEmpty())
                meta.append(L("department") + QStringLiteral(": ") + a.department);
            if (!a.owner.isEmpty())
                meta.append(L("owner") + QStringLiteral(": ") + a.owner);
            model.append(DocumentBlock::paragraph(meta.join(QStringLiteral("  ·  "))));

            const auto partyNames = [&](const QList<qint64>& ids) {
                QStringList names;
                for (qint64 id : ids) {
                    const Party p = parties.value(id);
                    if (p.name.isEmpty())
                        continue;
                    QString line = p.name;
                    if (!p.address.isEmpty())
                        line += QStringLiteral(", ") + p.address;
                    if (!p.contactEmail.isEmpty())
                        line += QStringLiteral(" (") + p.contactEmail + QLatin1Char(')');
                    names.append(line);
                }
                return names;
            };
            if (a.role == ActivityRole::Processor)
                model.append(DocumentBlock::keyValue(L("controllers"), joinLines(partyNames(a.controllerIds), L("notRecorded"))));
            model.append(DocumentBlock::keyValue(L("purposes"), joinLines(a.purposes, L("notRecorded"))));
            if (a.role == ActivityRole::Controller) {
                QStringList bases;
                for (const QString& code : a.legalBases)
                    bases.append(legalBasis(code, model.language));
                if (!a.legalBasisNotes.isEmpty())
                    bases.append(a.legalBasisNotes);
                model.append(DocumentBlock::keyValue(L("legalBasis"), joinLines(bases, L("notRecorded"))));
                if (!a.jointControllerIds.isEmpty())
                    model.append(DocumentBlock::keyValue(L("jointControllers"), joinLines(partyNames(a.jointControllerIds), none)));
            }
            model.append(DocumentBlock::keyValue(L("dataSubjects"), joinLines(a.dataSubjects, L("notRecorded"))));
            QStringList categoryLines;
            QStringList retentionLines;
            for (qint64 id : a.dataCategoryIds) {
                const DataCategory c = categories.value(id);
                if (c.name.isEmpty())
                    continue;
                QStringList flags;
                if (c.special)
                    flags.append(L("special"));
                if (c.criminal)
                    flags.append(L("criminal"));
                categoryLines.append(flags.isEmpty() ? c.name : c.name + QStringLiteral(" (") + flags.join(QStringLiteral(", ")) + QLatin1Char(')'));
                if (!c.retention.isEmpty())
                    retentionLines.append(c.name + QStringLiteral(": ") + c.retention);
            }
            model.append(DocumentBlock::keyValue(L("dataCategories"), joinLines(categoryLines, L("notRecorded"))));
            QStringList recipients = a.recipientCategories;
            model.append(DocumentBlock::keyValue(L("recipients"), joinLines(recipients, none)));
            if (!a.recipientPartyIds.isEmpty())
                model.append(DocumentBlock::keyValue(L("recipientParties"), joinLines(partyNames(a.recipientPartyIds), none)));
            QStringList processorLines;
            for (qint64 id : a.subProcessorIds) {
                const SubProcessor sp = processors.value(id);
                if (!sp.legalName.isEmpty())
                    processorLines.append(sp.service.isEmpty() ? sp.legalName : sp.legalName + QStringLiteral(" – ") + sp.service);
            }
            if (!processorLines.isEmpty() || a.role == ActivityRole::Processor)
                model.append(DocumentBlock::keyValue(L("subProcessors"), joinLines(processorLines, none)));

            QStringList transferLines;
            for (const Transfer& t : a.transfers) {
                QString safeguard = label(QStringLiteral("safeguard.") + Vocabulary::code(t.safeguard), model.language);
                if (t.safeguard == TransferSafeguard::StandardContractualClauses && t.sccModule > 0)
                    safeguard += QStringLiteral(", ") + L("module").arg(t.sccModule);
                if (t.safeguard == TransferSafeguard::Derogation && !t.derogation.isEmpty())
                    safeguard += QStringLiteral(": ") + t.derogation;
                QString recipient = t.recipient;
                if (recipient.isEmpty() && t.subProcessorId)
                    recipient = processors.value(t.subProcessorId).legalName;
                transferLines.append(QStringLiteral("%1 – %2 – %3").arg(recipient, countries.name(t.country, model.language), safeguard));
            }
            model.append(DocumentBlock::keyValue(L("transfers"), joinLines(transferLines, none)));
            QStringList erasure;
            if (!a.erasureTimeLimit.isEmpty())
                erasure.append(a.erasureTimeLimit);
            erasure.append(retentionLines);
            model.append(DocumentBlock::keyValue(L("erasure"), joinLines(erasure, L("notRecorded"))));
            QStringList security;
            for (qint64 id : a.measureIds) {
                const SecurityMeasure m = measures.value(id);
                if (!m.title.isEmpty())
                    security.append(m.section.isEmpty() ? m.title : m.section + QStringLiteral(": ") + m.title);
            }
            if (!a.securityDescription.isEmpty())
                security.append(a.securityDescription);
            model.append(DocumentBlock::keyValue(L("security"), joinLines(security, L("notRecorded"))));
            QString dpia = a.dpiaDone ? L("dpia.done") : a.dpiaRequired ? L("dpia.required") : L("dpia.notRequired");
            if (!a.dpiaReference.isEmpty())
                dpia += QStringLiteral(" (") + a.dpiaReference + QLatin1Char(')');
            model.append(DocumentBlock::keyValue(L("dpia"), dpia));
            QStringList review;
            if (a.lastReviewed.isValid())
                review.append(L("lastReviewed").arg(dateText(a.lastReviewed, model.language)));
            if (a.nextReview.isValid())
                review.append(L("nextReview").arg(dateText(a.nextReview, model.language)));
            if (!a.approvedBy.isEmpty())
                review.append(L("approvedBy").arg(a.approvedBy));
            if (!review.isEmpty())
                model.append(DocumentBlock::keyValue(L("review"), review.join(QStringLiteral("; "))));
            if (!a.notes.isEmpty())
                model.append(DocumentBlock::keyValue(L("notes"), a.notes));
        }
    }
    return model;
}
