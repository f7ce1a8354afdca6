// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "documents/DocumentModel.h"
#include "documents/PagedTextLayout.h"

#include <QList>
#include <QTextBlock>
#include <QTextCursor>

#include <memory>

class QPaintDevice;
class QThread;
class QTextFrame;
class SafeTextDocument;

/**
 * Turns a DocumentModel into a styled QTextDocument: the cover, the table of contents (whose
 * page numbers the paginator adds), headings, paragraphs, tables with a header row (repeated on
 * each page by PagedTextLayout; Markdown tables get the same style), and clause pairs in two
 * columns that start at the same height. Register values are inserted as plain text, never
 * parsed as markup. The document is not laid out here: PagedTextLayout does that once.
 */
class TextDocumentBuilder
{
public:
    explicit TextDocumentBuilder(const DocumentModel& model);

    /** Builds for @p device (the PDF writer); without one, for the screen (ODT). */
    void setPaintDevice(QPaintDevice* device) { m_device = device; }
    /**
     * Builds only the model's blocks [@p first, @p end): a document written in pieces that each
     * start a page (see pageStarts()). The cover and the contents (of every heading of the
     * model) come with the piece that starts at 0.
     */
    void setBlocks(int first, int end);
    /** The blocks (by index, after the first) that start a new page: where a document can be cut in pieces. */
    static QList<int> pageStarts(const DocumentModel& model);

    std::unique_ptr<SafeTextDocument> build();
    /** The lines of the table of contents, one for each heading it lists, in order. */
    QList<QTextBlock> contentsLines() const { return m_contentsLines; }
    /** The headings of the built document that the contents list, in order. */
    QList<QTextBlock> contentsHeadings() const;

    /** Block formats with this property set keep with the next block on the same page. */
    static constexpr int KeepWithNextProperty = PagedTextLayout::KeepWithNextProperty;
    /** Set on the tables the builder makes itself; the others come from Markdown. */
    static constexpr int BuiltTableProperty = 0x100010;

    /** Font families that cover en, nl, it and fr and are embedded in PDFs; empty when missing. */
    static QString serifFamily();
    static QString sansFamily();
    /**
     * Looks the two families up on a thread of its own, started: the font database's first use
     * reads the system's font configuration (milliseconds a command can spend on something
     * else). serifFamily() and sansFamily() wait for it; the caller waits for the thread before
     * the application ends.
     */
    static std::unique_ptr<QThread> lookUpFonts();
    /** The family of @p model's headings, tables and page headers. */
    static QString displayFamily(const DocumentModel& model);

private:
    void startBlock(QTextCursor& cursor, const QTextBlockFormat& format, const QTextCharFormat& chars);
    void insertCover(QTextCursor& cursor);
    void insertContents(QTextCursor& cursor);
    void insertBlock(QTextCursor& cursor, const DocumentBlock& block, bool pageBreakBefore);
    void insertTable(QTextCursor& cursor, const DocumentBlock& block, bool pageBreakBefore);
    void styleMarkdownTables(QTextFrame* frame);
    QTextCharFormat cellTextFormat() const;
    QTextCharFormat headerTextFormat() const;
    void insertClausePair(QTextCursor& cursor, const DocumentBlock& block, bool pageBreakBefore);
    void insertText(QTextCursor& cursor, const QString& text, DocumentBlock::TextFormat format);

    const DocumentModel& m_model;
    QPaintDevice* m_device = nullptr;
    int m_first = 0;
    int m_end = -1;
    QList<QTextBlock> m_contentsLines;
    QList<QTextCursor> m_headings;
    bool m_firstBlock = true;
    bool m_afterTable = false;
    bool m_hasMarkdown = false;
};
