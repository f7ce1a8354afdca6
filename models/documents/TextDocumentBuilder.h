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
    /** A line of the table of contents and the heading it points to; the paginator adds the page number. */
    struct ContentsEntry
    {
        QTextBlock line;
        QTextCursor heading;
    };

    explicit TextDocumentBuilder(const DocumentModel& model);

    /** Builds for @p device (the PDF writer); without one, for the screen (ODT). */
    void setPaintDevice(QPaintDevice* device) { m_device = device; }

    std::unique_ptr<SafeTextDocument> build();
    QList<ContentsEntry> contentsEntries() const { return m_contents; }

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
    qreal pt(qreal points) const;
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
    QList<ContentsEntry> m_contents;
    bool m_firstBlock = true;
    bool m_afterTable = false;
    bool m_hasMarkdown = false;
};
