// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/TextDocumentBuilder.h"

#include "documents/DocumentStrings.h"
#include "documents/SafeTextDocument.h"

#include <QFontDatabase>
#include <QPaintDevice>
#include <QThread>
#include <QTextTable>

#include <algorithm>

namespace {

const QColor headingColour(0x1f, 0x3a, 0x5f);
const QColor ruleColour(0xa0, 0xa8, 0xb4);
const QColor headerFill(0xe6, 0xea, 0xf0);
const QColor labelColour(0x4a, 0x4f, 0x57);

// A length in points as a format length: QTextDocumentLayout scales format lengths (margins,
// padding, borders, tab stops) from 96 dpi to the paint device itself.
qreal pt(qreal points)
{
    return points * 96 / 72.0;
}

QString firstAvailable(const QStringList& families)
{
    const QStringList available = QFontDatabase::families();
    for (const QString& family : families) {
        if (available.contains(family))
            return family;
    }
    return {};
}

} // namespace

TextDocumentBuilder::TextDocumentBuilder(const DocumentModel& model)
    : m_model(model)
{
}

QString TextDocumentBuilder::serifFamily()
{
    static const QString family = firstAvailable({QStringLiteral("Liberation Serif"), QStringLiteral("DejaVu Serif")});
    return family;
}

QString TextDocumentBuilder::sansFamily()
{
    static const QString family = firstAvailable({QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")});
    return family;
}

std::unique_ptr<QThread> TextDocumentBuilder::lookUpFonts()
{
    std::unique_ptr<QThread> thread(QThread::create([] {
        serifFamily();
        sansFamily();
    }));
    thread->start();
    return thread;
}

void TextDocumentBuilder::setBlocks(int first, int end)
{
    m_first = first;
    m_end = end;
}

QList<int> TextDocumentBuilder::pageStarts(const DocumentModel& model)
{
    QList<int> starts;
    bool breakNext = false;
    for (int i = 0; i < model.blocks.size(); ++i) {
        const DocumentBlock& block = model.blocks[i];
        if (block.kind == DocumentBlock::Kind::PageBreak) {
            breakNext = true;
            continue;
        }
        if (i > 0 && (breakNext || block.pageBreakBefore))
            starts.append(i);
        breakNext = false;
    }
    return starts;
}

QList<QTextBlock> TextDocumentBuilder::contentsHeadings() const
{
    QList<QTextBlock> blocks;
    for (const QTextCursor& heading : m_headings)
        blocks.append(heading.block());
    return blocks;
}

QString TextDocumentBuilder::displayFamily(const DocumentModel& model)
{
    return model.style == DocumentModel::Style::Contract ? serifFamily() : sansFamily();
}

std::unique_ptr<SafeTextDocument> TextDocumentBuilder::build()
{
    auto document = std::make_unique<SafeTextDocument>();
    // Nothing is laid out while the document is built; fonts take the device's resolution.
    PagedTextLayout::attach(document.get(), m_device);
    document->setDocumentMargin(0);
    document->setUndoRedoEnabled(false);
    QFont body(serifFamily());
    body.setPointSizeF(10.5);
    document->setDefaultFont(body);
    document->setMetaInformation(QTextDocument::DocumentTitle, m_model.title);
    m_contentsLines.clear();
    m_headings.clear();
    m_firstBlock = true;
    m_afterTable = false;
    m_hasMarkdown = false;

    QTextCursor cursor(document.get());
    cursor.beginEditBlock();
    bool breakNext = false;
    const bool frontMatter = m_first == 0;
    if (frontMatter && !m_model.cover.isEmpty()) {
        insertCover(cursor);
        breakNext = true;
    }
    if (frontMatter && m_model.tableOfContents) {
        insertContents(cursor);
        breakNext = true;
    }
    const int end = m_end < 0 ? int(m_model.blocks.size()) : qMin(m_end, int(m_model.blocks.size()));
    for (int i = m_first; i < end; ++i) {
        const DocumentBlock& block = m_model.blocks[i];
        if (block.kind == DocumentBlock::Kind::PageBreak) {
            breakNext = true;
            continue;
        }
        insertBlock(cursor, block, breakNext || block.pageBreakBefore);
        breakNext = false;
    }
    cursor.endEditBlock();
    // Markdown tables are styled once the document's frames are known (they are not while the
    // edit block is open).
    if (m_hasMarkdown) {
        cursor.beginEditBlock();
        styleMarkdownTables(document->rootFrame());
        cursor.endEditBlock();
    }
    return document;
}

void TextDocumentBuilder::insertCover(QTextCursor& cursor)
{
    // Fixed-height empty blocks space the cover: block margins at a page top are not kept.
    QTextBlockFormat spacer;
    spacer.setLineHeight(pt(140), QTextBlockFormat::FixedHeight);
    startBlock(cursor, spacer, QTextCharFormat());
    QTextCharFormat title;
    title.setFont(QFont(displayFamily(m_model)));
    title.setFontPointSize(24);
    title.setFontWeight(QFont::Bold);
    title.setForeground(headingColour);
    startBlock(cursor, QTextBlockFormat(), title);
    cursor.insertText(m_model.cover.title, title);

    QTextBlockFormat subtitleBlock;
    subtitleBlock.setTopMargin(pt(10));
    QTextCharFormat subtitle;
    subtitle.setFont(QFont(displayFamily(m_model)));
    subtitle.setFontPointSize(14);
    subtitle.setForeground(labelColour);
    startBlock(cursor, subtitleBlock, subtitle);
    cursor.insertText(m_model.cover.subtitle, subtitle);
    QTextBlockFormat rule;
    rule.setLineHeight(pt(40), QTextBlockFormat::FixedHeight);
    startBlock(cursor, rule, QTextCharFormat());

    if (m_model.cover.facts.isEmpty())
        return;
    QTextTableFormat tableFormat;
    tableFormat.setBorder(0);
    tableFormat.setCellPadding(pt(5));
    tableFormat.setCellSpacing(0);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setProperty(BuiltTableProperty, true);
    tableFormat.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 36),
                                           QTextLength(QTextLength::PercentageLength, 64)});
    QTextTable* table = cursor.insertTable(int(m_model.cover.facts.size()), 2, tableFormat);
    QTextCharFormat label;
    label.setFont(QFont(displayFamily(m_model)));
    label.setFontPointSize(9.5);
    label.setFontWeight(QFont::Bold);
    label.setForeground(labelColour);
    QTextCharFormat value;
    value.setFontPointSize(11);
    for (int row = 0; row < m_model.cover.facts.size(); ++row) {
        QTextCursor c = table->cellAt(row, 0).firstCursorPosition();
        c.insertText(m_model.cover.facts[row].first, label);
        c = table->cellAt(row, 1).firstCursorPosition();
        insertText(c, m_model.cover.facts[row].second, DocumentBlock::TextFormat::Plain);
    }
    cursor.movePosition(QTextCursor::End);
    m_afterTable = true;
}

void TextDocumentBuilder::startBlock(QTextCursor& cursor, const QTextBlockFormat& format, const QTextCharFormat& chars)
{
    if (m_firstBlock || m_afterTable) {
        cursor.setBlockFormat(format);
        cursor.setBlockCharFormat(chars);
        cursor.setCharFormat(chars);
    } else {
        cursor.insertBlock(format, chars);
    }
    m_firstBlock = false;
    m_afterTable = false;
}

void TextDocumentBuilder::insertContents(QTextCursor& cursor)
{
    DocumentBlock title = DocumentBlock::heading(1, QString(), DocumentStrings::contents(m_model.language));
    title.inContents = false;
    insertBlock(cursor, title, !m_firstBlock);
    for (const DocumentBlock& block : m_model.blocks) {
        if (block.kind != DocumentBlock::Kind::Heading || !block.inContents || block.level > 2)
            continue;
        QTextBlockFormat line;
        // The right margin leaves room for the page number the paginator draws there.
        line.setLeftMargin(pt(block.level == 1 ? 0 : 16));
        line.setRightMargin(pt(28));
        line.setTopMargin(pt(block.level == 1 ? 5 : 1.5));
        QTextCharFormat text;
        text.setFontPointSize(block.level == 1 ? 10.5 : 10);
        if (block.level == 1)
            text.setFontWeight(QFont::DemiBold);
        startBlock(cursor, line, text);
        cursor.insertText(block.number.isEmpty() ? block.text : block.number + QStringLiteral("  ") + block.text, text);
        m_contentsLines.append(cursor.block());
    }
}

void TextDocumentBuilder::insertText(QTextCursor& cursor, const QString& text, DocumentBlock::TextFormat format)
{
    if (format == DocumentBlock::TextFormat::Markdown) {
        cursor.insertMarkdown(text, QTextDocument::MarkdownDialectGitHub);
        m_hasMarkdown = true;
        return;
    }
    // Plain text: lines become paragraphs of the same format; nothing is parsed.
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            cursor.insertBlock();
        cursor.insertText(lines[i]);
    }
}

void TextDocumentBuilder::insertBlock(QTextCursor& cursor, const DocumentBlock& block, bool pageBreakBefore)
{
    if (block.kind == DocumentBlock::Kind::Table) {
        insertTable(cursor, block, pageBreakBefore);
        return;
    }
    if (block.kind == DocumentBlock::Kind::ClausePair) {
        insertClausePair(cursor, block, pageBreakBefore);
        return;
    }
    QTextBlockFormat format;
    QTextCharFormat chars;
    if (pageBreakBefore)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    if (block.kind == DocumentBlock::Kind::Heading) {
        static const qreal sizes[] = {16, 13, 11.5};
        static const qreal above[] = {0, 16, 12};
        format.setHeadingLevel(block.level);
        format.setTopMargin(pt(above[block.level - 1]));
        format.setBottomMargin(pt(block.level == 1 ? 10 : 6));
        format.setProperty(KeepWithNextProperty, true);
        chars.setFont(QFont(displayFamily(m_model)));
        chars.setFontPointSize(sizes[block.level - 1]);
        chars.setFontWeight(QFont::Bold);
        chars.setForeground(headingColour);
    } else if (block.kind == DocumentBlock::Kind::KeyValue) {
        format.setTopMargin(pt(5));
        format.setBottomMargin(pt(0.5));
        format.setProperty(KeepWithNextProperty, true);
        chars.setFont(QFont(displayFamily(m_model)));
        chars.setFontPointSize(8.5);
        chars.setFontWeight(QFont::Bold);
        chars.setForeground(labelColour);
    } else {
        format.setTopMargin(pt(3));
        format.setBottomMargin(pt(3));
        format.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    }
    startBlock(cursor, format, chars);
    if (block.kind == DocumentBlock::Kind::Heading) {
        const int start = cursor.position();
        cursor.insertText(block.number.isEmpty() ? block.text : block.number + QStringLiteral("  ") + block.text, chars);
        if (block.inContents && block.level <= 2) {
            QTextCursor heading(cursor.document());
            heading.setPosition(start);
            heading.setKeepPositionOnInsert(true);
            m_headings.append(heading);
        }
        return;
    }
    if (block.kind == DocumentBlock::Kind::KeyValue) {
        cursor.insertText(block.text, chars);
        QTextBlockFormat valueFormat;
        valueFormat.setLeftMargin(pt(14));
        valueFormat.setLineHeight(108, QTextBlockFormat::ProportionalHeight);
        cursor.insertBlock(valueFormat, QTextCharFormat());
        insertText(cursor, block.right, DocumentBlock::TextFormat::Plain);
        return;
    }
    insertText(cursor, block.text, block.format);
}

namespace {

QTextTableFormat dataTableFormat()
{
    QTextTableFormat format;
    format.setBorderCollapse(true);
    format.setBorder(1); // in 96-dpi pixels: a quarter of a millimetre
    format.setBorderBrush(ruleColour);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellPadding(pt(3.5));
    format.setCellSpacing(0);
    format.setTopMargin(pt(6));
    format.setBottomMargin(pt(6));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    return format;
}

QTextTableCellFormat headerCellFormat()
{
    QTextTableCellFormat format;
    format.setBackground(headerFill);
    return format;
}

} // namespace

QTextCharFormat TextDocumentBuilder::cellTextFormat() const
{
    QTextCharFormat format;
    format.setFont(QFont(displayFamily(m_model)));
    // A serif needs a little more size to read as well as a sans-serif in a dense table.
    format.setFontPointSize(m_model.style == DocumentModel::Style::Contract ? 9 : 8.5);
    return format;
}

QTextCharFormat TextDocumentBuilder::headerTextFormat() const
{
    QTextCharFormat format = cellTextFormat();
    format.setFontWeight(QFont::Bold);
    format.setForeground(headingColour);
    return format;
}

void TextDocumentBuilder::insertTable(QTextCursor& cursor, const DocumentBlock& block, bool pageBreakBefore)
{
    const int columns = int(qMax(block.header.size(), block.rows.isEmpty() ? 1 : block.rows.constFirst().size()));
    QTextTableFormat format = dataTableFormat();
    format.setProperty(BuiltTableProperty, true);
    const int headerRows = block.header.isEmpty() ? 0 : 1;
    format.setHeaderRowCount(headerRows);
    QList<QTextLength> widths;
    for (int i = 0; i < columns; ++i) {
        const int percent = i < block.columnWidths.size() ? block.columnWidths[i] : 100 / columns;
        widths.append(QTextLength(QTextLength::PercentageLength, percent));
    }
    format.setColumnWidthConstraints(widths);

    // A small block before the table carries the page break and keeps the table with what
    // precedes it when that keeps with the next.
    QTextBlockFormat gap;
    gap.setProperty(KeepWithNextProperty, true);
    if (pageBreakBefore)
        gap.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCharFormat small;
    small.setFontPointSize(2);
    startBlock(cursor, gap, small);
    QTextTable* table = cursor.insertTable(int(block.rows.size()) + headerRows, columns, format);
    const QTextCharFormat cellText = cellTextFormat();
    const QTextCharFormat headerText = headerTextFormat();
    const QTextTableCellFormat headerCell = headerCellFormat();
    for (int column = 0; column < block.header.size(); ++column) {
        QTextTableCell cell = table->cellAt(0, column);
        cell.setFormat(headerCell);
        QTextCursor c = cell.firstCursorPosition();
        c.insertText(block.header[column], headerText);
    }
    for (int row = 0; row < block.rows.size(); ++row) {
        for (int column = 0; column < columns && column < block.rows[row].size(); ++column) {
            QTextTableCell cell = table->cellAt(row + headerRows, column);
            QTextCursor c = cell.firstCursorPosition();
            c.setCharFormat(cellText);
            c.setBlockCharFormat(cellText);
            const QStringList lines = block.rows[row][column].split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    c.insertBlock(QTextBlockFormat(), cellText);
                c.insertText(lines[i], cellText);
            }
        }
    }
    cursor.movePosition(QTextCursor::End);
    m_afterTable = true;
}

// Markdown tables (the appendices' lists) look like the register's tables: ruled, a shaded
// header row repeated on every page, rows kept whole, columns as wide as their content asks.
void TextDocumentBuilder::styleMarkdownTables(QTextFrame* frame)
{
    const QList<QTextFrame*> children = frame->childFrames();
    for (QTextFrame* child : children) {
        styleMarkdownTables(child);
        auto* table = qobject_cast<QTextTable*>(child);
        if (!table || table->format().boolProperty(BuiltTableProperty))
            continue;
        QTextTableFormat format = dataTableFormat();
        format.setColumnWidthConstraints(table->format().columnWidthConstraints());
        format.setHeaderRowCount(table->rows() > 1 ? 1 : 0);
        table->setFormat(format);
        // Markdown has no spanning cells: the importer merges empty ones into their neighbour.
        // Each gets its own cell again, and a row of blank cells after its label (place and
        // date, signature) has room to write in by hand.
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.row() == row && cell.column() == column && cell.columnSpan() > 1)
                    table->splitCell(row, column, 1, 1);
            }
            bool blank = table->columns() > 1 && row >= format.headerRowCount();
            for (int column = 1; blank && column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                blank = cell.firstPosition() == cell.lastPosition();
            }
            for (int column = 1; blank && column < table->columns(); ++column) {
                QTextCursor space = table->cellAt(row, column).firstCursorPosition();
                QTextBlockFormat handwriting;
                handwriting.setLineHeight(pt(30), QTextBlockFormat::MinimumHeight);
                space.mergeBlockFormat(handwriting);
            }
        }
        QTextCursor all(frame->document());
        all.setPosition(table->firstPosition());
        all.setPosition(table->lastPosition(), QTextCursor::KeepAnchor);
        all.mergeCharFormat(cellTextFormat());
        if (format.headerRowCount() == 0)
            continue;
        QTextCursor header = table->cellAt(0, 0).firstCursorPosition();
        header.setPosition(table->cellAt(0, table->columns() - 1).lastCursorPosition().position(), QTextCursor::KeepAnchor);
        header.mergeCharFormat(headerTextFormat());
        for (int column = 0; column < table->columns(); ++column) {
            QTextTableCell cell = table->cellAt(0, column);
            QTextCharFormat cellFormat = cell.format();
            cellFormat.merge(headerCellFormat());
            cell.setFormat(cellFormat);
        }
    }
}

void TextDocumentBuilder::insertClausePair(QTextCursor& cursor, const DocumentBlock& block, bool pageBreakBefore)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(0);
    format.setCellSpacing(0);
    format.setTopMargin(pt(2));
    format.setBottomMargin(pt(4));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 50),
                                      QTextLength(QTextLength::PercentageLength, 50)});
    // A clause may be longer than a page: both columns go on, line by line, on the next.
    format.setProperty(PagedTextLayout::RowsMaySplitProperty, true);
    format.setProperty(BuiltTableProperty, true);
    QTextBlockFormat gap;
    if (pageBreakBefore)
        gap.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCharFormat small;
    small.setFontPointSize(2);
    startBlock(cursor, gap, small);
    QTextTable* table = cursor.insertTable(1, 2, format);
    QTextTableCellFormat left;
    left.setRightPadding(pt(9));
    table->cellAt(0, 0).setFormat(left);
    QTextTableCellFormat right;
    right.setLeftPadding(pt(9));
    table->cellAt(0, 1).setFormat(right);
    QTextCursor c = table->cellAt(0, 0).firstCursorPosition();
    insertText(c, block.left, block.format);
    c = table->cellAt(0, 1).firstCursorPosition();
    insertText(c, block.right, block.format);
    cursor.movePosition(QTextCursor::End);
    m_afterTable = true;
}
