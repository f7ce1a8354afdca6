// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "documents/DocumentModel.h"
#include "documents/PdfDocumentWriter.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageSize>

#include <functional>
#include <optional>

class Database;

/**
 * What to export and how: the document (an agreement, the register, the sub-processor list),
 * its language or languages, and the file's format. registro-cli export and the export dialog
 * both fill one in and hand it to DocumentExport.
 */
struct DocumentRequest
{
    enum class Kind { Agreement, Register, SubProcessorList, NoticeLetter };
    enum class Format { Pdf, Odt };

    /** The language of an agreement bundle: every language it is issued in, one after the other. */
    static QString allLanguages() { return QStringLiteral("all"); }

    Kind kind = Kind::Register;
    qint64 agreementId = 0; ///< agreements
    QString language = QStringLiteral("en"); ///< en, nl, it, fr; agreements also allLanguages()
    QString secondLanguage; ///< agreements: bilingual, language on the left and this on the right
    std::optional<ActivityRole> role; ///< register: controller, processor, or both (nullopt)
    QDate asOf = QDate::currentDate(); ///< sub-processor list: the sub-processors engaged on this date
    bool history = true; ///< sub-processor list: the announced changes and the change history after the table
    qint64 plannedChangeId = 0; ///< notice letters: the planned sub-processor change
    qint64 partyId = 0; ///< notice letters: the customer told about it (the letter is in its language)
    QDate letterDate = QDate::currentDate(); ///< notice letters
    Format format = Format::Pdf;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    bool pdfA = false;
    bool draftWatermark = true; ///< DRAFT on unsigned agreements and registers with unapproved activities

    bool isBundle() const { return kind == Kind::Agreement && language == allLanguages(); }
};

/**
 * Builds the document a DocumentRequest describes and writes it as PDF or ODT, or paints it on
 * a printer. A bundle is built language by language; the progress callback can cancel between
 * languages and between pages. A file is written whole or not at all.
 */
class DocumentExport
{
    Q_DECLARE_TR_FUNCTIONS(DocumentExport)

public:
    /** Reports the step (a sentence), its progress @p done of @p total; returning false cancels. */
    using Progress = std::function<bool(const QString& step, int done, int total)>;

    explicit DocumentExport(Database& db);

    void setProgress(const Progress& progress) { m_progress = progress; }

    /** The languages built one after the other: the agreement's for a bundle, else the one asked for. */
    QStringList parts(const DocumentRequest& request);
    /** Builds the document; false with errorString() when it cannot be built or was cancelled. */
    bool build(const DocumentRequest& request, DocumentModel* model);
    /** The PDF writer's options for @p request and the document built last (its DRAFT mark). */
    PdfDocumentWriter::Options pdfOptions(const DocumentRequest& request) const;

    /** Builds and writes to @p path; on failure or cancel nothing is left at @p path. */
    bool write(const DocumentRequest& request, const QString& path);
    /** Writes an already built @p model as the request asks. */
    bool write(const DocumentRequest& request, const DocumentModel& model, const QString& path);

    /** A file name for the request without folder, e.g. "DPA-2026-001-nl.pdf". */
    QString suggestedFileName(const DocumentRequest& request);

    int pageCount() const { return m_pageCount; }
    bool isDraft() const { return m_draft; }
    bool wasCanceled() const { return m_canceled; }
    QString errorString() const { return m_error; }

private:
    bool report(const QString& step, int done, int total);

    Database& m_db;
    Progress m_progress;
    bool m_draft = false;
    bool m_canceled = false;
    int m_pageCount = 0;
    QString m_error;
};
