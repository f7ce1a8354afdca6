// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/TextDocumentBuilder.h"

#include "documents/DocumentStrings.h"
#include "documents/SafeTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QPaintDevice>
#include <QTextTable>

#include <algorithm>

namespace {

const QColor headingColour(0x1f, 0x3a, 0x5f);
const QColor ruleColour(0xa0, 0xa8, 0xb4);
const QColor headerFill(0xe6, 0xea, 0xf0);
const QColor labelColour(0x4a, 0x4f, 0x57);

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

qreal TextDocumentBuilder::pt(qreal points) const
{
    // QTextDocumentLayout scales format lengths (margins, padding, borders, tab stops) from
    // 96 dpi to the paint device itself.
    return points * 96 / 72.0;
}

std::unique_ptr<SafeTextDocument> TextDocumentBuilder::build()
{
    auto document = std::make_unique<SafeTextDocument>();
    if (m_device)
        document->documentLayout()->setPaintDevice(m_device);
    document->setDocumentMargin(0);
    document->setUndoRedoEnabled(false);
    // The page size before any text: the whole document is laid out once, when it is complete.
    if (m_pageSize.isValid())
        document->setPageSize(m_pageSize);
    QFont body(serifFamily());
    body.setPointSizeF(10.5);
    document->setDefaultFont(body);
    document->setMetaInformation(QTextDocument::DocumentTitle, m_model.title);
    m_contents.clear();
    m_tables.clear();
    m_firstBlock = true;
    m_afterTable = false;

    QTextCursor cursor(document.get());
    cursor.beginEditBlock();
    bool breakNext = false;
    if (!m_model.cover.isEmpty()) {
        insertCover(cursor);
        breakNext = true;
    }
    if (m_model.tableOfContents) {
        insertContents(cursor);
        breakNext = true;
    }
    for (int i = 0; i < m_model.blocks.size(); ++i) {
        const DocumentBlock& block = m_model.blocks[i];
        if (block.kind == DocumentBlock::Kind::PageBreak) {
            breakNext = true;
            continue;
        }
        insertBlock(cursor, block, breakNext || block.pageBreakBefore, i);
        breakNext = false;
    }
    cursor.endEditBlock();
    return document;
}

void TextDocumentBuilder::insertCover(QTextCursor& cursor)
{
    // Fixed-height empty blocks space the cover: block margins at a page top are not kept.
    QTextBlockFormat spacer;
    spacer.setLineHeight(pt(140), QTextBlockFormat::FixedHeight);
    startBlock(cursor, spacer, QTextCharFormat());
    QTextCharFormat title;
    title.setFont(QFont(sansFamily()));
    title.setFontPointSize(24);
    title.setFontWeight(QFont::Bold);
    title.setForeground(headingColour);
    startBlock(cursor, QTextBlockFormat(), title);
    cursor.insertText(m_model.cover.title, title);

    QTextBlockFormat subtitleBlock;
    subtitleBlock.setTopMargin(pt(10));
    QTextCharFormat subtitle;
    subtitle.setFont(QFont(sansFamily()));
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
    tableFormat.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 36),
                                           QTextLength(QTextLength::PercentageLength, 64)});
    QTextTable* table = cursor.insertTable(int(m_model.cover.facts.size()), 2, tableFormat);
    QTextCharFormat label;
    label.setFont(QFont(sansFamily()));
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
        const qreal indent = pt(block.level == 1 ? 0 : 16);
        // Tab stops count from the block's left margin.
        line.setTabPositions({QTextOption::Tab(m_contentWidth - indent - 2, QTextOption::RightTab)});
        line.setTopMargin(pt(block.level == 1 ? 5 : 1.5));
        line.setLeftMargin(indent);
        QTextCharFormat text;
        text.setFontPointSize(block.level == 1 ? 10.5 : 10);
        if (block.level == 1)
            text.setFontWeight(QFont::DemiBold);
        startBlock(cursor, line, text);
        const QString label = block.number.isEmpty() ? block.text : block.number + QStringLiteral("  ") + block.text;
        cursor.insertText(label + QLatin1Char('\t'), text);
        const int start = cursor.position();
        cursor.insertText(QStringLiteral("0"), text);
        QTextCursor number(cursor.document());
        number.setPosition(start);
        number.setPosition(cursor.position(), QTextCursor::KeepAnchor);
        number.setKeepPositionOnInsert(true);
        m_contents.append({number, QTextCursor()});
    }
}

void TextDocumentBuilder::insertText(QTextCursor& cursor, const QString& text, DocumentBlock::TextFormat format)
{
    if (format == DocumentBlock::TextFormat::Markdown) {
        cursor.insertMarkdown(text, QTextDocument::MarkdownDialectGitHub);
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

void TextDocumentBuilder::insertBlock(QTextCursor& cursor, const DocumentBlock& block, bool pageBreakBefore, int blockIndex)
{
    if (block.kind == DocumentBlock::Kind::Table) {
        insertTable(cursor, block, pageBreakBefore, blockIndex);
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
        chars.setFont(QFont(sansFamily()));
        chars.setFontPointSize(sizes[block.level - 1]);
        chars.setFontWeight(QFont::Bold);
        chars.setForeground(headingColour);
    } else if (block.kind == DocumentBlock::Kind::KeyValue) {
        format.setTopMargin(pt(5));
        format.setBottomMargin(pt(0.5));
        format.setProperty(KeepWithNextProperty, true);
        chars.setFont(QFont(sansFamily()));
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
            for (ContentsEntry& entry : m_contents) {
                if (entry.heading.isNull()) {
                    entry.heading = QTextCursor(cursor.document());
                    entry.heading.setPosition(start);
                    entry.heading.setKeepPositionOnInsert(true);
                    break;
                }
            }
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

void TextDocumentBuilder::insertTable(QTextCursor& cursor, const DocumentBlock& block, bool pageBreakBefore, int blockIndex)
{
    QList<int> breaks = m_rowBreaks.value(blockIndex);
    std::sort(breaks.begin(), breaks.end());
    int first = 0;
    for (int row : std::as_const(breaks)) {
        if (row <= first || row >= block.rows.size())
            continue;
        insertTablePiece(cursor, block, pageBreakBefore, blockIndex, first, row);
        pageBreakBefore = true;
        first = row;
    }
    insertTablePiece(cursor, block, pageBreakBefore, blockIndex, first, int(block.rows.size()));
}

void TextDocumentBuilder::insertTablePiece(QTextCursor& cursor, const DocumentBlock& block, bool pageBreakBefore,
                                           int blockIndex, int firstRow, int endRow)
{
    const int columns = int(qMax(block.header.size(), block.rows.isEmpty() ? 1 : block.rows.constFirst().size()));
    QTextTableFormat format;
    format.setBorderCollapse(true);
    format.setBorder(1); // thinner borders vanish: the layout rounds them to whole pixels at 96 dpi
    format.setBorderBrush(ruleColour);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellPadding(pt(3.5));
    format.setCellSpacing(0);
    format.setTopMargin(pt(6));
    format.setBottomMargin(pt(6));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(block.header.isEmpty() ? 0 : 1);
    QList<QTextLength> widths;
    for (int i = 0; i < columns; ++i) {
        const int percent = i < block.columnWidths.size() ? block.columnWidths[i] : 100 / columns;
        widths.append(QTextLength(QTextLength::PercentageLength, percent));
    }
    format.setColumnWidthConstraints(widths);

    // A small block before the table carries the page break, so that it is not doubled when
    // the block is moved to keep it with the table.
    QTextBlockFormat gap;
    gap.setProperty(KeepWithNextProperty, true);
    if (pageBreakBefore)
        gap.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCharFormat small;
    small.setFontPointSize(2);
    startBlock(cursor, gap, small);
    const int headerRows = block.header.isEmpty() ? 0 : 1;
    QTextTable* table = cursor.insertTable(endRow - firstRow + headerRows, columns, format);
    m_tables.append({table, blockIndex, firstRow, headerRows});
    QTextCharFormat cellText;
    cellText.setFont(QFont(sansFamily()));
    cellText.setFontPointSize(8.5);
    QTextCharFormat headerText = cellText;
    headerText.setFontWeight(QFont::Bold);
    headerText.setForeground(headingColour);
    // With collapsed borders, the lines between cells come from the cells' own formats.
    QTextTableCellFormat bodyCell;
    bodyCell.setBorder(1);
    bodyCell.setBorderBrush(ruleColour);
    bodyCell.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    QTextTableCellFormat headerCell = bodyCell;
    headerCell.setBackground(headerFill);
    for (int column = 0; column < block.header.size(); ++column) {
        QTextTableCell cell = table->cellAt(0, column);
        cell.setFormat(headerCell);
        QTextCursor c = cell.firstCursorPosition();
        c.insertText(block.header[column], headerText);
    }
    for (int row = firstRow; row < endRow; ++row) {
        for (int column = 0; column < columns && column < block.rows[row].size(); ++column) {
            QTextTableCell cell = table->cellAt(row - firstRow + headerRows, column);
            QTextCursor c = cell.firstCursorPosition();
            c.setCharFormat(cellText);
            c.setBlockCharFormat(cellText);
            const QStringList lines = block.rows[row][column].split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    c.insertBlock(QTextBlockFormat(), cellText);
                c.insertText(lines[i], cellText);
            }
            cell.setFormat(bodyCell); // after the text: setBlockCharFormat() would reset it
        }
    }
    cursor.movePosition(QTextCursor::End);
    m_afterTable = true;
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
