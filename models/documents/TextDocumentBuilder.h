// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "documents/DocumentModel.h"

#include <QHash>
#include <QList>
#include <QTextCursor>

#include <QSizeF>

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

    /** A table as laid out: one piece of a model table that starts on a new page when split. */
    struct TablePiece
    {
        class QTextTable* table = nullptr;
        int blockIndex = 0; ///< the table's index in the model's blocks
        int firstRow = 0; ///< the model row of the piece's first body row
        int headerRows = 0;
    };

    explicit TextDocumentBuilder(const DocumentModel& model);

    /** Starts a new piece of table @p blockIndex (on a new page) at body row @p row. */
    void addRowBreak(int blockIndex, int row) { m_rowBreaks[blockIndex].append(row); }
    QList<TablePiece> tables() const { return m_tables; }

    /** Lays out for @p device (the PDF writer); without one, for the screen (ODT). */
    void setPaintDevice(QPaintDevice* device) { m_device = device; }
    /** The width of the text area at 96 dpi, for the contents' page number tab stop. */
    void setContentWidth(qreal width) { m_contentWidth = width; }
    /** The page size of the built document (in the paint device's units), set before the first layout. */
    void setPageSize(const QSizeF& size) { m_pageSize = size; }

    std::unique_ptr<SafeTextDocument> build();
    QList<ContentsEntry> contentsEntries() const { return m_contents; }

    /** Block formats with this property set keep with the next block on the same page. */
    static constexpr int KeepWithNextProperty = 0x100001;

    /** Font families that cover en, nl, it and fr and are embedded in PDFs; empty when missing. */
    static QString serifFamily();
    static QString sansFamily();

private:
    qreal pt(qreal points) const;
    void startBlock(QTextCursor& cursor, const QTextBlockFormat& format, const QTextCharFormat& chars);
    void insertCover(QTextCursor& cursor);
    void insertContents(QTextCursor& cursor);
    void insertBlock(QTextCursor& cursor, const DocumentBlock& block, bool pageBreakBefore, int blockIndex = -1);
    void insertTable(QTextCursor& cursor, const DocumentBlock& block, bool pageBreakBefore, int blockIndex);
    void insertTablePiece(QTextCursor& cursor, const DocumentBlock& block, bool pageBreakBefore, int blockIndex,
                          int firstRow, int endRow);
    void insertClausePair(QTextCursor& cursor, const DocumentBlock& block, bool pageBreakBefore);
    void insertText(QTextCursor& cursor, const QString& text, DocumentBlock::TextFormat format);

    const DocumentModel& m_model;
    QPaintDevice* m_device = nullptr;
    qreal m_contentWidth = 600;
    QSizeF m_pageSize;
    QList<ContentsEntry> m_contents;
    QHash<int, QList<int>> m_rowBreaks;
    QList<TablePiece> m_tables;
    bool m_firstBlock = true;
    bool m_afterTable = false;
};
