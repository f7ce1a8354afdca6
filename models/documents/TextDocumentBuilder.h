// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "documents/DocumentModel.h"

#include <QList>
#include <QTextCursor>

#include <memory>

class QPaintDevice;
class SafeTextDocument;

/**
 * Turns a DocumentModel into a styled QTextDocument: the cover, the table of contents (with
 * placeholder page numbers the paginator fills in), headings, paragraphs, tables with a header
 * row repeated on each page, and clause pairs in two columns that start at the same height.
 * Register values are inserted as plain text, never parsed as markup.
 */
class TextDocumentBuilder
{
public:
    /** A line of the table of contents: its page number text and the heading it points to. */
    struct ContentsEntry
    {
        QTextCursor pageNumber;
        QTextCursor heading;
    };

    explicit TextDocumentBuilder(const DocumentModel& model);

    /** Lays out for @p device (the PDF writer); without one, for the screen (ODT). */
    void setPaintDevice(QPaintDevice* device) { m_device = device; }
    /** The width of the text area at 96 dpi, for the contents' page number tab stop. */
    void setContentWidth(qreal width) { m_contentWidth = width; }

    std::unique_ptr<SafeTextDocument> build();
    QList<ContentsEntry> contentsEntries() const { return m_contents; }

    /** Block formats with this property set keep with the next block on the same page. */
    static constexpr int KeepWithNextProperty = 0x100001;

    /** Font families that cover en, nl, it and fr and are embedded in PDFs; empty when missing. */
    static QString serifFamily();
    static QString sansFamily();

private:
    qreal pt(qreal points) const;
    void insertCover(QTextCursor& cursor);
    void insertContents(QTextCursor& cursor);
    void insertBlock(QTextCursor& cursor, const DocumentBlock& block, bool pageBreakBefore);
    void insertTable(QTextCursor& cursor, const DocumentBlock& block, bool pageBreakBefore);
    void insertClausePair(QTextCursor& cursor, const DocumentBlock& block, bool pageBreakBefore);
    void insertText(QTextCursor& cursor, const QString& text, DocumentBlock::TextFormat format);

    const DocumentModel& m_model;
    QPaintDevice* m_device = nullptr;
    qreal m_contentWidth = 600;
    QList<ContentsEntry> m_contents;
    bool m_firstBlock = true;
};
