// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QList>
#include <QSizeF>

#include <memory>

class QPainter;
class QPaintDevice;
class QTextBlock;
class QTextDocument;

/**
 * Lays a QTextDocument out on pages in one pass and paints any of its pages: paragraphs, lists,
 * tables (also nested ones) and their borders, with the rules of a printed document.
 *
 * - Each paragraph is broken into lines once, at the width it has; its lines are then placed on
 *   the pages. A paragraph never leaves a single line at the foot of a page nor a single line at
 *   the head of the next one (orphans and widows).
 * - A block whose format has KeepWithNextProperty stays on the page of what follows it (a
 *   heading with the first lines of its text, a table's caption with its header and first row).
 * - Table rows are never split across pages unless the table's format has
 *   RowsMaySplitProperty (two columns of clause text) or a row is taller than a page; a table's
 *   header rows are repeated at the top of every page it continues on.
 * - PageBreak_AlwaysBefore / _AlwaysAfter on blocks and tables start a new page.
 *
 * Each page holds only what is on it: nothing of a neighbouring page is painted and clipped, so
 * the text of a page in the PDF is the text shown on it.
 *
 * The document must not be laid out by Qt's own layout at the same time: attach() gives it a
 * layout that does nothing but tell fonts the paint device's resolution. Lengths in formats
 * (margins, padding, borders, indents) are in pixels at 96 dpi and scaled to the device, as
 * QTextDocumentLayout does, so a document looks the same on screen, in a PDF and on paper.
 */
class PagedTextLayout
{
public:
    /** Block formats with this property keep with the block or table that follows. */
    static constexpr int KeepWithNextProperty = 0x100001;
    /** Table formats with this property let rows continue on the next page. */
    static constexpr int RowsMaySplitProperty = 0x100002;

    /**
     * Gives @p document a layout that never lays it out itself (so building it costs no layout)
     * and makes its fonts use @p device's resolution; without a device, the screen's. Call it
     * before filling the document.
     */
    static void attach(QTextDocument* document, QPaintDevice* device);

    /** @p pageSize is the text area of a page, in @p device's units. */
    PagedTextLayout(QTextDocument* document, QPaintDevice* device, const QSizeF& pageSize);
    ~PagedTextLayout();
    PagedTextLayout(const PagedTextLayout&) = delete;
    PagedTextLayout& operator=(const PagedTextLayout&) = delete;

    /** Lays the whole document out. */
    void layout();

    int pageCount() const;
    /** The page (0-based) of @p block's first line, or -1 when it is not laid out. */
    int pageOf(const QTextBlock& block) const;
    /** The page of each of @p block's lines, in order (a repeated table header: where it was first). */
    QList<int> linePages(const QTextBlock& block) const;
    /**
     * Text drawn right-aligned at the end of @p block's last line, joined to it by dot leaders
     * (the page numbers of a table of contents). The block's right margin should leave room for it.
     */
    void setTrailingText(const QTextBlock& block, const QString& text);

    /** Paints @p page with the painter's origin at the top left of the page's text area. */
    void drawPage(QPainter* painter, int page) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
