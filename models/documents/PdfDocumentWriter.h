// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "documents/DocumentModel.h"

#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <functional>
#include <memory>

class QDateTime;
class QIODevice;
class QPagedPaintDevice;
class QPainter;
class QPdfWriter;
class QTextDocument;

/**
 * Writes a DocumentModel (or any QTextDocument) as a paginated PDF: A4 or Letter with real
 * margins, a header with the title, a localized "Page X of Y" footer, the table of contents'
 * page numbers, an optional diagonal DRAFT watermark, embedded fonts, metadata (title, author,
 * subject, keywords, language) and optionally PDF/A-1b.
 *
 * A model with parts (a bundle: an agreement in each of its languages) is written part after
 * part, each with its own contents, header, page numbers and watermark in its own language.
 *
 * Two threads write a file: each half of a bundle's parts, or of a long document cut where a
 * page starts (for a contents, a header and page numbers as if in one piece) into a PDF of its
 * own, and the two PDFs are joined (PdfJoiner).
 *
 * The same layout paints on any paged device (paint()): print preview and printing show
 * exactly the pages of the PDF. A file is written whole or not at all.
 */
class PdfDocumentWriter
{
public:
    struct Options
    {
        QPageSize::PageSizeId pageSize = QPageSize::A4;
        bool draftWatermark = false;
        bool pdfA = false;
        int resolution = 600;
    };

    /**
     * Called after each painted page; returning false cancels the writing. For a bundle the
     * page count is an estimate until every part is laid out.
     */
    using Progress = std::function<bool(int page, int pageCount)>;

    PdfDocumentWriter();
    explicit PdfDocumentWriter(const Options& options);
    ~PdfDocumentWriter();

    void setProgress(const Progress& progress) { m_progress = progress; }

    /** Writes @p model to @p path; false with errorString() when it cannot. */
    bool write(const DocumentModel& model, const QString& path);
    /**
     * Writes an already built @p document with the metadata of @p metadata (its blocks are
     * ignored). The document is laid out again for the page.
     */
    bool write(QTextDocument& document, const DocumentModel& metadata, const QString& path);

    /**
     * Paints @p model on @p device (a QPrinter for print preview and printing) page by page as
     * write() puts it into a PDF: laid out for a PDF of the device's page size and scaled to the
     * device's resolution, so the pages, header, footer, watermark and contents are the same.
     * The device should have a full-page layout without margins.
     */
    bool paint(const DocumentModel& model, QPagedPaintDevice* device);

    int pageCount() const { return m_pageCount; }
    /** Whether the last write() or paint() was cancelled by the progress callback. */
    bool wasCanceled() const { return m_canceled; }
    QString errorString() const { return m_error; }

    /** The watermark's colour, for tests that look for it in rendered pages. */
    static QColor watermarkColour();

private:
    struct PageGeometry;
    struct Part;
    /** Clears the last run's results; false with errorString() when the fonts are missing. */
    bool start();
    bool render(QTextDocument* document, const DocumentModel& model, const QString& path);
    static PageGeometry pageGeometry(const QPageLayout& layout, int resolution);
    static void preparePart(Part& part, QTextDocument* given, const PageGeometry& page);
    static QList<DocumentModel> partsOf(const DocumentModel& model);
    static int splitPoint(const DocumentModel& model);
    std::unique_ptr<QPdfWriter> newWriter(QIODevice* output, const DocumentModel& model, const QDateTime& now) const;
    bool paintAll(QTextDocument* given, const DocumentModel& model, const PageGeometry& page, QPainter& painter,
                  QPagedPaintDevice* device);
    QByteArray writeInTwo(const DocumentModel& model, const PageGeometry& page, const QDateTime& now);
    bool paintPages(QPainter& painter, const Part& part, const PageGeometry& page, QPagedPaintDevice* device, bool* started,
                    const std::function<bool()>& pageDone, QString* error) const;
    QByteArray xmpMetadata(const DocumentModel& model, const QDateTime& now) const;
    bool appendInfoDictionary(QByteArray& pdf, const QString& path, const DocumentModel& model, const QDateTime& now);

    Options m_options;
    Progress m_progress;
    int m_pageCount = 0;
    bool m_canceled = false;
    QString m_error;
};
