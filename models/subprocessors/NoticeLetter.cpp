// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "subprocessors/NoticeLetter.h"

#include "core/Database.h"
#include "reference/CountryCatalog.h"
#include "register/CatalogRepository.h"
#include "register/SubProcessorRepository.h"
#include "subprocessors/NoticeSchedule.h"
#include "subprocessors/PlannedChangeRepository.h"

#include <QLocale>

// The letters are written for the customer in the language of its agreement, not in the
// user's interface language, so their text lives here rather than in the .ts files.

namespace {

struct Wording
{
    const char* subject;
    const char* salutation; // %1 customer
    const char* introduction;
    const char* add; // %1 date, %2 sub-processor (service), %3 countries
    const char* replace; // %1 date, %2 new (service), %3 countries, %4 replaced
    const char* remove; // %1 date, %2 sub-processor (service)
    const char* reason; // %1
    const char* objection; // %1 deadline, %2 period, %3 contact
    const char* closing; // %1 processor
    const char* workingDay;
    const char* workingDays;
    const char* calendarDay;
    const char* calendarDays;
};

const Wording english{
    "Notice of a change to our sub-processors",
    "Dear %1,",
    "Under our data processing agreement we inform you in advance of any change to the sub-processors we engage to "
    "process your personal data.",
    "From %1 we will engage %2, with servers in %3.",
    "From %1 %2, with servers in %3, will replace %4.",
    "From %1 we will no longer engage %2.",
    "Reason for the change: %1",
    "You may object to this change on reasonable grounds until %1 (%2 after receipt of this notice). Please send any "
    "objection to %3. If we receive no objection by then, the change is considered accepted.",
    "Kind regards,\n\n%1",
    "working day",
    "working days",
    "day",
    "days",
};

const Wording dutch{
    "Kennisgeving van een wijziging in onze subverwerkers",
    "Geachte %1,",
    "Op grond van onze verwerkersovereenkomst informeren wij u vooraf over elke wijziging in de subverwerkers die wij "
    "inschakelen voor de verwerking van uw persoonsgegevens.",
    "Vanaf %1 schakelen wij %2 in, met servers in %3.",
    "Vanaf %1 vervangt %2, met servers in %3, de subverwerker %4.",
    "Vanaf %1 schakelen wij %2 niet langer in.",
    "Reden van de wijziging: %1",
    "U kunt tot en met %1 (%2 na ontvangst van deze kennisgeving) op redelijke gronden bezwaar maken tegen deze "
    "wijziging. Stuur uw bezwaar naar %3. Ontvangen wij voor die datum geen bezwaar, dan beschouwen wij de wijziging "
    "als aanvaard.",
    "Met vriendelijke groet,\n\n%1",
    "werkdag",
    "werkdagen",
    "dag",
    "dagen",
};

const Wording italian{
    "Comunicazione di una modifica dei nostri sub-responsabili del trattamento",
    "Spettabile %1,",
    "ai sensi del nostro accordo sul trattamento dei dati personali, Vi informiamo in anticipo di ogni modifica dei "
    "sub-responsabili a cui ci affidiamo per il trattamento dei Vostri dati personali.",
    "A partire dal %1 ci avvarremo di %2, con server in: %3.",
    "A partire dal %1 %2, con server in: %3, sostituirà %4.",
    "A partire dal %1 non ci avvarremo più di %2.",
    "Motivo della modifica: %1",
    "Potete opporVi a questa modifica per motivi ragionevoli entro il %1 (%2 dal ricevimento della presente "
    "comunicazione). Vi preghiamo di inviare l'eventuale opposizione a %3. In assenza di opposizione entro tale data, "
    "la modifica si intenderà accettata.",
    "Cordiali saluti,\n\n%1",
    "giorno lavorativo",
    "giorni lavorativi",
    "giorno",
    "giorni",
};

const Wording french{
    "Notification d'une modification de nos sous-traitants ultérieurs",
    "À l'attention de %1\n\nMadame, Monsieur,",
    "Conformément à notre accord de traitement des données, nous vous informons à l'avance de toute modification des "
    "sous-traitants ultérieurs auxquels nous faisons appel pour le traitement de vos données personnelles.",
    "À compter du %1, nous ferons appel à %2, dont les serveurs sont situés dans les pays suivants : %3.",
    "À compter du %1, %2, dont les serveurs sont situés dans les pays suivants : %3, remplacera %4.",
    "À compter du %1, nous ne ferons plus appel à %2.",
    "Motif de la modification : %1",
    "Vous pouvez vous opposer à cette modification pour des motifs raisonnables jusqu'au %1 (%2 à compter de la "
    "réception de la présente notification). Merci d'adresser toute objection à %3. À défaut d'objection à cette date, "
    "la modification sera réputée acceptée.",
    "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n%1",
    "jour ouvré",
    "jours ouvrés",
    "jour",
    "jours",
};

const Wording& wording(const QString& language)
{
    if (language == QLatin1String("nl"))
        return dutch;
    if (language == QLatin1String("it"))
        return italian;
    if (language == QLatin1String("fr"))
        return french;
    return english;
}

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

QStringList NoticeLetter::languages()
{
    return {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("it"), QStringLiteral("fr")};
}

NoticeLetter::NoticeLetter(const Details& details)
    : m_details(details)
    , m_language(languages().contains(details.language) ? details.language : QStringLiteral("en"))
{
}

QString NoticeLetter::date(const QDate& value) const
{
    return QLocale(m_language).toString(value, QStringLiteral("d MMMM yyyy"));
}

QString NoticeLetter::period() const
{
    const Wording& w = wording(m_language);
    const int n = m_details.objectionDays;
    const bool working = m_details.objectionUnit == PeriodUnit::WorkingDays;
    const char* unit = working ? (n == 1 ? w.workingDay : w.workingDays) : (n == 1 ? w.calendarDay : w.calendarDays);
    return QStringLiteral("%1 %2").arg(n).arg(utf8(unit));
}

QString NoticeLetter::countries() const
{
    QStringList names;
    for (const QString& code : m_details.countryCodes)
        names.append(CountryCatalog::instance().name(code, m_language));
    return names.join(QStringLiteral(", "));
}

QString NoticeLetter::subject() const
{
    return utf8(wording(m_language).subject);
}

QStringList NoticeLetter::bodyParagraphs() const
{
    const Wording& w = wording(m_language);
    const Details& d = m_details;
    QString subProcessor = d.subProcessorName;
    if (!d.subProcessorService.trimmed().isEmpty())
        subProcessor += QStringLiteral(" (%1)").arg(d.subProcessorService.trimmed());
    QString change;
    switch (d.kind) {
    case PlannedChange::Kind::Add:
        change = utf8(w.add).arg(date(d.effectiveDate), subProcessor, countries());
        break;
    case PlannedChange::Kind::Replace:
        change = utf8(w.replace).arg(date(d.effectiveDate), subProcessor, countries(), d.replacedName);
        break;
    case PlannedChange::Kind::Remove:
        change = utf8(w.remove).arg(date(d.effectiveDate), subProcessor);
        break;
    }
    QStringList paragraphs;
    paragraphs.append(utf8(w.salutation).arg(d.customerName));
    paragraphs.append(utf8(w.introduction));
    paragraphs.append(change);
    if (!d.reason.trimmed().isEmpty())
        paragraphs.append(utf8(w.reason).arg(d.reason.trimmed()));
    paragraphs.append(utf8(w.objection)
                          .arg(date(d.objectionDeadline), period(),
                               d.processorContact.isEmpty() ? d.processorName : d.processorContact));
    paragraphs.append(utf8(w.closing).arg(d.processorName));
    return paragraphs;
}

QString NoticeLetter::dateLine() const
{
    return m_details.letterDate.isValid() ? date(m_details.letterDate) : QString();
}

QString NoticeLetter::text() const
{
    QStringList paragraphs{dateLine(), subject()};
    paragraphs.append(bodyParagraphs());
    paragraphs.removeAll(QString());
    return paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

NoticeLetter NoticeLetter::forCustomer(Database& db, qint64 plannedChangeId, qint64 partyId, const QDate& letterDate)
{
    Details details;
    const auto change = PlannedChangeRepository(db).change(plannedChangeId);
    CatalogRepository catalog(db);
    const auto customer = catalog.party(partyId);
    if (!change || !customer)
        return NoticeLetter(details);
    SubProcessorRepository subProcessors(db);
    const auto sp = subProcessors.find(change->subProcessorId);
    if (!sp)
        return NoticeLetter(details);
    const Organisation organisation = catalog.organisation();
    details.language = customer->language;
    details.processorName = organisation.name;
    details.processorContact = organisation.dpoEmail.isEmpty() ? organisation.contactEmail : organisation.dpoEmail;
    details.customerName = customer->name;
    details.kind = change->kind;
    details.subProcessorName = sp->legalName;
    details.subProcessorService = sp->service;
    details.countryCodes = sp->countries;
    if (const auto replaced = subProcessors.find(change->replacesId))
        details.replacedName = replaced->legalName;
    details.effectiveDate = change->effectiveDate;
    details.reason = change->reason;
    details.letterDate = letterDate;
    for (const NoticeDeadline& deadline : NoticeSchedule(db).deadlines(plannedChangeId)) {
        if (deadline.partyId == partyId) {
            details.objectionDays = deadline.objectionDays;
            details.objectionUnit = deadline.objectionUnit;
            details.objectionDeadline = deadline.objectionDeadline;
        }
    }
    return NoticeLetter(details);
}
