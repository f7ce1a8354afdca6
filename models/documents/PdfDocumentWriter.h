// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "documents/DocumentModel.h"

#include <QPageSize>
#include <QString>

class QTextDocument;

/**
 * Writes a DocumentModel (or any QTextDocument) as a paginated PDF: A4 or Letter with real
 * margins, a header with the title, a localized "Page X of Y" footer, the table of contents'
 * page numbers, an optional diagonal DRAFT watermark, embedded fonts, metadata (title, author,
 * subject, keywords, language) and optionally PDF/A-1b.
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

    PdfDocumentWriter();
    explicit PdfDocumentWriter(const Options& options);

    /** Writes @p model to @p path; false with errorString() when it cannot. */
    bool write(const DocumentModel& model, const QString& path);
    /**
     * Writes an already built @p document with the metadata of @p metadata (its blocks are
     * ignored). The document is laid out again for the page.
     */
    bool write(QTextDocument& document, const DocumentModel& metadata, const QString& path);

    int pageCount() const { return m_pageCount; }
    QString errorString() const { return m_error; }

    /** The watermark's colour, for tests that look for it in rendered pages. */
    static QColor watermarkColour();

private:
    bool render(QTextDocument* document, const DocumentModel& model, const QString& path);
    QByteArray xmpMetadata(const DocumentModel& model, const QDateTime& now) const;
    bool appendInfoDictionary(const QString& path, const DocumentModel& model, const QDateTime& now);

    Options m_options;
    int m_pageCount = 0;
    QString m_error;
};
