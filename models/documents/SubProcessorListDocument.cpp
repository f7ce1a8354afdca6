// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/SubProcessorListDocument.h"

#include "documents/DocumentStrings.h"
#include "documents/RegisterDocument.h"
#include "reference/CountryCatalog.h"
#include "register/CatalogRepository.h"
#include "register/SubProcessorRepository.h"

#include <QLocale>

SubProcessorListDocument::SubProcessorListDocument(Database& db)
    : m_db(db)
{
}

DocumentModel SubProcessorListDocument::build(const QString& language, const QDate& asOf)
{
    DocumentModel model;
    model.language = DocumentStrings::isSupported(language) ? language : QStringLiteral("en");
    const auto L = [&model](const char* key) { return RegisterDocument::label(QString::fromLatin1(key), model.language); };
    const Organisation organisation = CatalogRepository(m_db).organisation();
    const CountryCatalog& countries = CountryCatalog::instance();
    const QString date = QLocale(model.language).toString(asOf, QStringLiteral("d MMMM yyyy"));

    model.title = L("subProcessorList") + QStringLiteral(" – ") + organisation.name;
    model.author = organisation.name;
    model.subject = L("asOf").arg(date);
    model.keywords = QStringLiteral("GDPR, Art. 28");

    model.append(DocumentBlock::heading(1, QString(), L("subProcessorList")));
    model.append(DocumentBlock::paragraph(organisation.name + QStringLiteral(" – ") + L("asOf").arg(date)));
    QList<QStringList> rows;
    for (const SubProcessor& sp : SubProcessorRepository(m_db).all()) {
        const bool engaged = (!sp.dateAdded.isValid() || sp.dateAdded <= asOf)
            && (!sp.dateRemoved.isValid() || sp.dateRemoved > asOf) && sp.status != SubProcessorStatus::Planned
            && sp.status != SubProcessorStatus::Removed;
        if (!engaged)
            continue;
        QStringList locations;
        for (const QString& code : sp.countries)
            locations.append(countries.name(code, model.language));
        QString safeguard = RegisterDocument::label(QStringLiteral("safeguard.") + Vocabulary::code(sp.safeguard), model.language);
        if (sp.safeguard == TransferSafeguard::StandardContractualClauses && sp.sccModule > 0)
            safeguard += QStringLiteral(", ") + L("module").arg(sp.sccModule);
        rows.append({sp.legalName, sp.service, sp.processingActions, locations.join(QStringLiteral(", ")), safeguard});
    }
    model.append(DocumentBlock::table({L("name"), L("service"), L("processingActions"), L("locations"), L("safeguard")},
                                      rows, {22, 20, 26, 14, 18}));
    if (!m_history.isEmpty()) {
        QList<QStringList> changes;
        for (const Change& change : std::as_const(m_history))
            changes.append({QLocale(model.language).toString(change.date, QLocale::ShortFormat), change.subProcessor, change.description});
        model.append(DocumentBlock::heading(2, QString(), L("changes")));
        model.append(DocumentBlock::table({L("date"), L("name"), L("description")}, changes, {15, 30, 55}));
    }
    return model;
}
