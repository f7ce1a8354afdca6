// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/NoticeLetterDocument.h"

#include "documents/RegisterDocument.h"
#include "reference/CountryCatalog.h"
#include "register/CatalogRepository.h"
#include "subprocessors/NoticeLetter.h"
#include "subprocessors/NoticeSchedule.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

/** Name and address lines, with the country added only when the address does not already end with it. */
QString addressBlock(const QString& name, const QString& attention, const QString& address, const QString& countryCode,
                     const QString& language)
{
    QStringList lines{name.trimmed(), attention.trimmed()};
    QString text = address.trimmed();
    lines.append(text);
    const QString country = CountryCatalog::instance().name(countryCode, language);
    const QString englishCountry = CountryCatalog::instance().name(countryCode, QStringLiteral("en"));
    if (!country.isEmpty() && !text.endsWith(country, Qt::CaseInsensitive) && !text.endsWith(englishCountry, Qt::CaseInsensitive))
        lines.append(country);
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

NoticeLetterDocument::NoticeLetterDocument(Database& db)
    : m_db(db)
{
}

QList<qint64> NoticeLetterDocument::recipients(qint64 plannedChangeId)
{
    QList<qint64> result;
    for (const NoticeDeadline& deadline : NoticeSchedule(m_db).deadlines(plannedChangeId))
        result.append(deadline.partyId);
    return result;
}

QString NoticeLetterDocument::baseName(qint64 plannedChangeId, qint64 partyId)
{
    const auto party = CatalogRepository(m_db).party(partyId);
    QString slug = party ? party->name.toLower() : QString::number(partyId);
    slug.replace(QRegularExpression(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption), QStringLiteral("-"));
    slug.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return QStringLiteral("notice-%1-%2").arg(plannedChangeId).arg(slug.isEmpty() ? QString::number(partyId) : slug);
}

bool NoticeLetterDocument::build(qint64 plannedChangeId, qint64 partyId, DocumentModel* model, const QDate& letterDate)
{
    m_error.clear();
    const NoticeLetter letter = NoticeLetter::forCustomer(m_db, plannedChangeId, partyId, letterDate);
    if (!letter.isValid()) {
        m_error = QCoreApplication::translate("NoticeLetterDocument", "There is no planned change %1 with a customer %2.")
                      .arg(plannedChangeId)
                      .arg(partyId);
        return false;
    }
    CatalogRepository catalog(m_db);
    const Organisation organisation = catalog.organisation();
    const auto customer = catalog.party(partyId);
    const QString language = letter.language();

    *model = DocumentModel();
    model->language = language;
    model->title = letter.subject();
    model->author = organisation.name;
    model->subject = letter.subject() + QStringLiteral(" – ") + letter.details().subProcessorName;
    model->keywords = QStringLiteral("GDPR, Art. 28(2)");

    // Letterhead: the processor, with its contact lines.
    QStringList sender{addressBlock(organisation.name, QString(), organisation.address, organisation.country, language)};
    if (!organisation.contactEmail.isEmpty())
        sender.append(organisation.contactEmail);
    if (!organisation.website.isEmpty())
        sender.append(organisation.website);
    // A trailing empty line separates the blocks of the letter as on paper.
    model->append(DocumentBlock::paragraph(sender.join(QLatin1Char('\n')) + QLatin1Char('\n')));
    // The addressee.
    model->append(DocumentBlock::paragraph(
        addressBlock(customer->name, customer->contactName, customer->address, customer->country, language)
        + QLatin1Char('\n')));
    model->append(DocumentBlock::paragraph(letter.dateLine() + QLatin1Char('\n')));
    DocumentBlock subject = DocumentBlock::heading(2, QString(), letter.subject());
    subject.inContents = false;
    model->append(subject);
    for (const QString& paragraph : letter.bodyParagraphs())
        model->append(DocumentBlock::paragraph(paragraph + QLatin1Char('\n')));
    if (!organisation.dpoName.trimmed().isEmpty()) {
        QStringList signature{organisation.dpoName.trimmed(), RegisterDocument::label(QStringLiteral("dpo"), language)};
        if (!organisation.dpoEmail.isEmpty())
            signature.append(organisation.dpoEmail);
        model->append(DocumentBlock::paragraph(signature.join(QLatin1Char('\n'))));
    }
    return true;
}
