// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/DocumentExport.h"

#include "documents/AgreementDocument.h"
#include "documents/OdtDocumentWriter.h"
#include "documents/RegisterDocument.h"
#include "documents/NoticeLetterDocument.h"
#include "documents/SubProcessorListDocument.h"
#include "templates/AgreementRepository.h"

#include <QRegularExpression>

DocumentExport::DocumentExport(Database& db)
    : m_db(db)
{
}

bool DocumentExport::report(const QString& step, int done, int total)
{
    if (m_progress && !m_progress(step, done, total)) {
        m_canceled = true;
        m_error = tr("The export was cancelled.");
        return false;
    }
    return true;
}

QStringList DocumentExport::parts(const DocumentRequest& request)
{
    if (request.isBundle())
        return AgreementDocument(m_db).languages(request.agreementId);
    return {request.language};
}

bool DocumentExport::build(const DocumentRequest& request, DocumentModel* model)
{
    m_error.clear();
    m_canceled = false;
    m_draft = false;
    *model = DocumentModel();
    switch (request.kind) {
    case DocumentRequest::Kind::Agreement: {
        AgreementDocument document(m_db);
        const QStringList issued = document.languages(request.agreementId);
        if (issued.isEmpty()) {
            m_error = tr("There is no agreement %1.").arg(request.agreementId);
            return false;
        }
        bool built = true;
        if (!request.secondLanguage.isEmpty()) {
            built = report(tr("Building the bilingual agreement…"), 0, 1)
                    && document.buildBilingual(request.agreementId, request.language, request.secondLanguage, model);
        } else if (request.isBundle()) {
            // The bundle: the agreement in every language it is issued in, one after the other,
            // each a whole document in its language (contents, page numbers, header, draft mark).
            for (int i = 0; built && i < issued.size(); ++i) {
                if (!report(tr("Building the agreement in %1 (%2 of %3)…").arg(issued[i]).arg(i + 1).arg(issued.size()), i,
                            issued.size()))
                    return false;
                DocumentModel part;
                built = document.build(request.agreementId, issued[i], &part);
                model->parts.append(part);
            }
            if (built && !model->parts.isEmpty()) {
                const DocumentModel& first = model->parts.constFirst();
                QStringList codes;
                for (const DocumentModel& part : std::as_const(model->parts))
                    codes.append(part.language.toUpper());
                model->title = QStringLiteral("%1 (%2)").arg(first.title, codes.join(QStringLiteral(", ")));
                model->author = first.author;
                model->subject = first.subject;
                model->keywords = first.keywords;
                model->style = first.style;
                model->language = issued.join(QLatin1Char(','));
            }
        } else {
            built = report(tr("Building the agreement…"), 0, 1)
                    && document.build(request.agreementId, request.language, model);
        }
        if (!built) {
            if (!m_canceled)
                m_error = document.errorString();
            return false;
        }
        m_draft = request.draftWatermark && !document.isSigned(request.agreementId);
        break;
    }
    case DocumentRequest::Kind::Register: {
        if (!report(tr("Building the register…"), 0, 1))
            return false;
        RegisterDocument document(m_db);
        *model = document.build(request.role, request.language);
        m_draft = request.draftWatermark && !document.allApproved();
        break;
    }
    case DocumentRequest::Kind::SubProcessorList:
        if (!report(tr("Building the sub-processor list…"), 0, 1))
            return false;
    {
        SubProcessorListDocument document(m_db);
        document.setIncludeHistory(request.history);
        *model = document.build(request.language, request.asOf);
        break;
    }
    case DocumentRequest::Kind::NoticeLetter: {
        if (!report(tr("Building the notice letter…"), 0, 1))
            return false;
        NoticeLetterDocument document(m_db);
        if (!document.build(request.plannedChangeId, request.partyId, model, request.letterDate)) {
            m_error = document.errorString();
            return false;
        }
        break;
    }
    }
    return true;
}

PdfDocumentWriter::Options DocumentExport::pdfOptions(const DocumentRequest& request) const
{
    PdfDocumentWriter::Options options;
    options.pageSize = request.pageSize;
    options.draftWatermark = m_draft;
    options.pdfA = request.pdfA;
    return options;
}

bool DocumentExport::write(const DocumentRequest& request, const QString& path)
{
    DocumentModel model;
    return build(request, &model) && write(request, model, path);
}

bool DocumentExport::write(const DocumentRequest& request, const DocumentModel& model, const QString& path)
{
    m_pageCount = 0;
    if (request.format == DocumentRequest::Format::Odt) {
        if (!report(tr("Writing %1…").arg(path), 0, 1))
            return false;
        OdtDocumentWriter writer;
        if (!writer.write(model, path)) {
            m_error = writer.errorString();
            return false;
        }
        return true;
    }
    PdfDocumentWriter writer(pdfOptions(request));
    // A bundle's page count is known once its last part is laid out: until then, no "of".
    const bool bundle = !model.parts.isEmpty();
    writer.setProgress([this, bundle](int page, int pageCount) {
        const QString step = bundle ? tr("Writing page %1…").arg(page) : tr("Writing page %1 of %2…").arg(page).arg(pageCount);
        return report(step, page, pageCount);
    });
    if (!writer.write(model, path)) {
        if (!m_canceled)
            m_error = writer.errorString();
        return false;
    }
    m_pageCount = writer.pageCount();
    return true;
}

QString DocumentExport::suggestedFileName(const DocumentRequest& request)
{
    QStringList parts;
    switch (request.kind) {
    case DocumentRequest::Kind::Agreement: {
        QString reference;
        if (const auto agreement = AgreementRepository(m_db).find(request.agreementId))
            reference = agreement->reference;
        parts << (reference.isEmpty() ? QStringLiteral("agreement") : reference) << request.language;
        if (!request.secondLanguage.isEmpty())
            parts << request.secondLanguage;
        break;
    }
    case DocumentRequest::Kind::Register:
        parts << QStringLiteral("register");
        if (request.role)
            parts << Vocabulary::code(*request.role);
        parts << request.language;
        break;
    case DocumentRequest::Kind::SubProcessorList:
        parts << QStringLiteral("sub-processors") << request.asOf.toString(Qt::ISODate) << request.language;
        break;
    case DocumentRequest::Kind::NoticeLetter:
        parts << NoticeLetterDocument(m_db).baseName(request.plannedChangeId, request.partyId);
        break;
    }
    static const QRegularExpression unsafe(QStringLiteral("[^\\w.-]+"));
    QString name = parts.join(QLatin1Char('-'));
    name.replace(unsafe, QStringLiteral("_"));
    return name + (request.format == DocumentRequest::Format::Odt ? QStringLiteral(".odt") : QStringLiteral(".pdf"));
}
