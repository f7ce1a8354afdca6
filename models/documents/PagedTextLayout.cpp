// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/PagedTextLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QHash>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace {

constexpr qreal epsilon = 0.01;
constexpr int orphanLines = 2; ///< lines a paragraph keeps together at the foot of a page
constexpr int widowLines = 2; ///< and at the head of the next
constexpr qreal smallTableShare = 0.4; ///< a table no taller than this share of a page is kept whole

/**
 * The layout Qt calls while the document is built: it lays nothing out, and gives fonts the
 * resolution of the device the document is for.
 */
class PassiveDocumentLayout : public QAbstractTextDocumentLayout
{
public:
    explicit PassiveDocumentLayout(QTextDocument* document)
        : QAbstractTextDocumentLayout(document)
    {
    }
    void draw(QPainter*, const PaintContext&) override { }
    int hitTest(const QPointF&, Qt::HitTestAccuracy) const override { return -1; }
    int pageCount() const override { return 1; }
    QSizeF documentSize() const override { return {}; }
    QRectF frameBoundingRect(QTextFrame*) const override { return {}; }
    QRectF blockBoundingRect(const QTextBlock&) const override { return {}; }

protected:
    void documentChanged(int, int, int) override { }
};

/** Where the layout is: a page and a distance from the top of its text area. */
struct Position
{
    int page = 0;
    qreal y = 0;
    bool operator<(const Position& other) const
    {
        return page < other.page || (page == other.page && y < other.y - epsilon);
    }
};

/** The column a flow of blocks is laid out in. */
struct Flow
{
    qreal x = 0;
    qreal width = 0;
    qreal resumeY = 0; ///< where the flow goes on at the top of the next page
    bool breakable = true; ///< false while measuring
};

/** A paragraph broken into lines at one width. */
struct BlockGeometry
{
    qreal width = -1;
    qreal topMargin = 0;
    qreal bottomMargin = 0;
    qreal height = 0; ///< of the lines, without margins
    QList<qreal> advances; ///< the height each line takes
    QList<qreal> shifts; ///< how far a line is drawn above its box (fixed line heights)
};

/** A table's columns at one width, and its rows' heights when nothing breaks them. */
struct TableGeometry
{
    qreal width = -1;
    qreal tableWidth = 0;
    qreal leftMargin = 0;
    qreal topMargin = 0;
    qreal bottomMargin = 0;
    qreal border = 0; ///< the width of the lines between cells, 0 for none
    QList<qreal> columnX; ///< from the table's left edge; one more than there are columns
    QList<qreal> rowHeights;
};

/** The space between a cell's edges and its text: its padding (or the table's) and half the rule. */
struct CellInsets
{
    qreal left = 0;
    qreal right = 0;
    qreal top = 0;
    qreal bottom = 0;
};

struct Fill
{
    QRectF rect;
    QBrush brush;
};

struct Stroke
{
    QLineF line;
    QPen pen;
};

struct PlacedLine
{
    QTextLayout* layout;
    int line;
    QPointF origin;
};

/**
 * A piece of text of the layout's own (a list number, a page number in the contents), laid out
 * like the document's lines so that it scales with the painter as they do.
 */
struct Label
{
    std::shared_ptr<QTextLayout> layout;
    QPointF origin;
    QBrush brush;
};

/** Lays @p text out on one line in @p font; its width and ascent come back in @p width and @p ascent. */
std::shared_ptr<QTextLayout> labelLayout(const QString& text, const QFont& font, qreal* width, qreal* ascent)
{
    auto layout = std::make_shared<QTextLayout>(text, font);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    QTextLine line = layout->createLine();
    line.setPosition(QPointF(0, 0));
    layout->endLayout();
    *width = line.naturalTextWidth();
    *ascent = line.ascent();
    return layout;
}

struct Marker
{
    QRectF rect;
    QTextListFormat::Style style;
    QBrush brush;
};

struct Leader
{
    QPointF from;
    QPointF to;
};

struct Page
{
    QList<Fill> fills;
    QList<Stroke> strokes;
    QList<Marker> markers;
    QList<PlacedLine> lines;
    QList<Label> labels;
    QList<Leader> leaders;
};

/** A block's last line on its page, for the text drawn after it. */
struct LineEnd
{
    int page = -1;
    qreal baseline = 0;
    qreal textEnd = 0;
    qreal right = 0;
};

} // namespace

struct PagedTextLayout::Private
{
    QTextDocument* document;
    QPaintDevice* device;
    QSizeF pageSize;
    qreal scale = 1; ///< device pixels per 96-dpi pixel
    QList<Page> pages;
    QHash<int, BlockGeometry> blocks; ///< by block position
    QHash<QTextTable*, TableGeometry> tables;
    QHash<int, int> blockPages; ///< block position -> page of its first line
    QHash<int, QList<int>> linePages; ///< block position -> page of each line
    QHash<int, LineEnd> lineEnds; ///< block position -> its last line

    qreal length(qreal pixels96) const { return pixels96 * scale; }
    Page& page(int index)
    {
        while (pages.size() <= index)
            pages.append(Page());
        return pages[index];
    }
    bool atTop(const Position& at, const Flow& flow) const { return at.y <= flow.resumeY + epsilon; }
    Position newPage(const Position& at, const Flow& flow)
    {
        page(at.page + 1);
        return {at.page + 1, flow.resumeY};
    }

    /** A format's font as the text is drawn: the document's font where the format says nothing. */
    QFont deviceFont(const QTextCharFormat& format) const
    {
        QTextCharFormat full;
        full.setFont(document->defaultFont());
        full.merge(format);
        return device ? QFont(full.font(), device) : full.font();
    }

    const BlockGeometry& blockGeometry(const QTextBlock& block, qreal width);
    qreal blockIndent(const QTextBlockFormat& format, const QTextBlock& block) const;
    const TableGeometry& tableGeometry(QTextTable* table, qreal width);
    void measureFlow(QTextFrame::iterator it, qreal* minimum, qreal* maximum);
    qreal flowHeight(QTextFrame::iterator it, qreal width);
    std::pair<qreal, qreal> elementMargins(QTextFrame::iterator it, qreal width);
    CellInsets cellInsets(const QTextTableCell& cell, const QTextTableFormat& format, qreal border) const;
    qreal minimumStart(QTextFrame::iterator it, qreal width, int depth);
    bool keepsWithNext(QTextFrame::iterator it, qreal width);

    Position placeFlow(QTextFrame::iterator it, const Flow& flow, Position at);
    Position placeBlock(const QTextBlock& block, const Flow& flow, Position at);
    Position placeTable(QTextTable* table, const Flow& flow, Position at);
    Position placeRow(QTextTable* table, const TableGeometry& geometry, int row, const Flow& flow, Position at);
    void addMarker(const QTextBlock& block, const QTextLine& line, qreal x, qreal lineTop, Page& target);
};

void PagedTextLayout::attach(QTextDocument* document, QPaintDevice* device)
{
    auto* layout = new PassiveDocumentLayout(document);
    layout->setPaintDevice(device);
    document->setDocumentLayout(layout);
}

PagedTextLayout::PagedTextLayout(QTextDocument* document, QPaintDevice* device, const QSizeF& pageSize)
    : d(std::make_unique<Private>())
{
    d->document = document;
    d->device = device;
    d->pageSize = pageSize;
    if (device)
        d->scale = device->logicalDpiY() / 96.0;
    if (!dynamic_cast<PassiveDocumentLayout*>(document->documentLayout()) || document->documentLayout()->paintDevice() != device)
        attach(document, device);
}

PagedTextLayout::~PagedTextLayout() = default;

void PagedTextLayout::layout()
{
    d->pages.clear();
    d->blockPages.clear();
    d->linePages.clear();
    d->lineEnds.clear();
    d->page(0);
    Flow flow;
    flow.width = d->pageSize.width();
    d->placeFlow(d->document->rootFrame()->begin(), flow, Position());
}

int PagedTextLayout::pageCount() const
{
    return int(d->pages.size());
}

int PagedTextLayout::pageOf(const QTextBlock& block) const
{
    return d->blockPages.value(block.position(), -1);
}

QList<int> PagedTextLayout::linePages(const QTextBlock& block) const
{
    return d->linePages.value(block.position());
}

void PagedTextLayout::setTrailingText(const QTextBlock& block, const QString& text)
{
    const auto end = d->lineEnds.constFind(block.position());
    if (end == d->lineEnds.constEnd() || end->page < 0)
        return;
    // The format at the end of the block: the text's own font and colour.
    QTextCharFormat format = block.charFormat();
    for (auto it = block.begin(); !it.atEnd(); ++it)
        format = it.fragment().charFormat();
    const QFont font = d->deviceFont(format);
    qreal width = 0;
    qreal ascent = 0;
    auto layout = labelLayout(text, font, &width, &ascent);
    const QPointF origin(end->right - width, end->baseline - ascent);
    Page& page = d->page(end->page);
    page.labels.append({layout, origin, format.foreground()});
    const qreal gap = QFontMetricsF(font, d->device).horizontalAdvance(QLatin1Char(' '));
    const qreal from = end->textEnd + gap;
    const qreal to = origin.x() - gap;
    if (to - from > 2 * gap)
        page.leaders.append({QPointF(from, end->baseline), QPointF(to, end->baseline)});
}

void PagedTextLayout::drawPage(QPainter* painter, int index) const
{
    if (index < 0 || index >= d->pages.size())
        return;
    const Page& page = d->pages[index];
    painter->save();
    for (const Fill& fill : page.fills)
        painter->fillRect(fill.rect, fill.brush);
    for (const Stroke& stroke : page.strokes) {
        painter->setPen(stroke.pen);
        painter->drawLine(stroke.line);
    }
    painter->setPen(Qt::NoPen);
    for (const Marker& marker : page.markers) {
        painter->setBrush(marker.brush);
        switch (marker.style) {
        case QTextListFormat::ListCircle:
            painter->setPen(QPen(marker.brush, marker.rect.width() / 6));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(marker.rect);
            painter->setPen(Qt::NoPen);
            break;
        case QTextListFormat::ListSquare:
            painter->drawRect(marker.rect);
            break;
        default:
            painter->drawEllipse(marker.rect);
            break;
        }
    }
    painter->setBrush(Qt::NoBrush);
    painter->setPen(Qt::black);
    for (const PlacedLine& line : page.lines)
        line.layout->lineAt(line.line).draw(painter, line.origin);
    for (const Label& label : page.labels) {
        painter->setPen(label.brush.style() == Qt::NoBrush ? QPen(Qt::black) : QPen(label.brush, 0));
        label.layout->draw(painter, label.origin);
    }
    if (!page.leaders.isEmpty()) {
        // Round dots, one every three dot widths.
        const qreal dot = d->length(1.2);
        QPen pen(QColor(0x70, 0x70, 0x70), dot, Qt::CustomDashLine, Qt::RoundCap);
        pen.setDashPattern({0.001, 3.0});
        painter->setPen(pen);
        for (const Leader& leader : page.leaders)
            painter->drawLine(leader.from, leader.to);
    }
    painter->restore();
}

qreal PagedTextLayout::Private::blockIndent(const QTextBlockFormat& format, const QTextBlock& block) const
{
    qreal indent = format.indent();
    if (const QTextList* list = block.textList())
        indent += list->format().indent();
    return length(indent * document->indentWidth());
}

const BlockGeometry& PagedTextLayout::Private::blockGeometry(const QTextBlock& block, qreal width)
{
    BlockGeometry& geometry = blocks[block.position()];
    if (qAbs(geometry.width - width) < epsilon)
        return geometry;
    geometry = BlockGeometry();
    geometry.width = width;
    const QTextBlockFormat format = block.blockFormat();
    geometry.topMargin = length(format.topMargin());
    geometry.bottomMargin = length(format.bottomMargin());
    const qreal left = length(format.leftMargin()) + blockIndent(format, block);
    const qreal textWidth = qMax<qreal>(1, width - left - length(format.rightMargin()));
    const qreal textIndent = length(format.textIndent());

    QTextOption option = document->defaultTextOption();
    option.setTabs(format.tabPositions());
    if (format.hasProperty(QTextFormat::BlockAlignment))
        option.setAlignment(format.alignment());
    if (format.nonBreakableLines())
        option.setWrapMode(QTextOption::ManualWrap);
    QTextLayout* layout = block.layout();
    // The glyphs are shaped once: keep them for painting.
    layout->setCacheEnabled(true);
    layout->setTextOption(option);
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        const bool first = line.lineNumber() == 0;
        line.setLeadingIncluded(true);
        line.setLineWidth(qMax<qreal>(1, textWidth - (first ? textIndent : 0)));
        line.setPosition(QPointF(left + (first ? textIndent : 0), 0));
        const qreal natural = line.height();
        qreal advance = natural;
        qreal shift = 0;
        switch (format.lineHeightType()) {
        case QTextBlockFormat::ProportionalHeight:
            advance = natural * format.lineHeight() / 100;
            break;
        case QTextBlockFormat::FixedHeight:
            advance = length(format.lineHeight());
            // The text sits on the box's lower part, as in Qt's own layout.
            shift = line.ascent() + qMax<qreal>(line.leading(), 0) - advance * 4 / 5;
            break;
        case QTextBlockFormat::MinimumHeight:
            advance = qMax(natural, length(format.lineHeight()));
            shift = natural - advance;
            break;
        case QTextBlockFormat::LineDistanceHeight:
            advance = natural + length(format.lineHeight());
            break;
        default:
            break;
        }
        geometry.advances.append(advance);
        geometry.shifts.append(shift);
        geometry.height += advance;
    }
    layout->endLayout();
    return geometry;
}

// The narrowest and widest a flow of blocks wants to be: the longest word, and every
// paragraph on one line.
void PagedTextLayout::Private::measureFlow(QTextFrame::iterator it, qreal* minimum, qreal* maximum)
{
    for (; !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame()) {
            // A nested table wants at least its columns' narrowest widths side by side.
            if (auto* table = qobject_cast<QTextTable*>(frame)) {
                qreal tableMin = 0;
                qreal tableMax = 0;
                for (int column = 0; column < table->columns(); ++column) {
                    qreal columnMin = 0;
                    qreal columnMax = 0;
                    for (int row = 0; row < table->rows(); ++row)
                        measureFlow(table->cellAt(row, column).begin(), &columnMin, &columnMax);
                    tableMin += columnMin;
                    tableMax += columnMax;
                }
                *minimum = qMax(*minimum, tableMin);
                *maximum = qMax(*maximum, tableMax);
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const QTextBlockFormat format = block.blockFormat();
        const qreal margins = length(format.leftMargin() + format.rightMargin()) + blockIndent(format, block);
        // A line per word: the widest is the narrowest the block can be, and all of them side by
        // side (with the spaces after them) the width it takes on one line.
        QTextLayout* layout = block.layout();
        QTextOption option = document->defaultTextOption();
        option.setTabs(format.tabPositions());
        option.setWrapMode(QTextOption::WordWrap);
        layout->setTextOption(option);
        layout->beginLayout();
        qreal word = 0;
        qreal line = 0;
        qreal widest = 0;
        for (QTextLine next = layout->createLine(); next.isValid(); next = layout->createLine()) {
            next.setLineWidth(0);
            word = qMax(word, next.naturalTextWidth());
            const int end = next.textStart() + next.textLength();
            const bool hardBreak = end < block.length() - 1 && block.text().at(end - 1) == QChar::LineSeparator;
            line += next.horizontalAdvance();
            if (hardBreak) {
                widest = qMax(widest, line);
                line = 0;
            }
        }
        layout->endLayout();
        widest = qMax(widest, line);
        *minimum = qMax(*minimum, word + margins);
        *maximum = qMax(*maximum, widest + margins);
        blocks.remove(block.position()); // laid out for measuring only
    }
}

const TableGeometry& PagedTextLayout::Private::tableGeometry(QTextTable* table, qreal width)
{
    TableGeometry& geometry = tables[table];
    if (qAbs(geometry.width - width) < epsilon)
        return geometry;
    geometry = TableGeometry();
    geometry.width = width;
    const QTextTableFormat format = table->format();
    geometry.leftMargin = length(format.leftMargin());
    geometry.topMargin = length(format.topMargin());
    geometry.bottomMargin = length(format.bottomMargin());
    const qreal available = qMax<qreal>(1, width - geometry.leftMargin - length(format.rightMargin()));
    const QTextLength tableLength = format.width();
    geometry.tableWidth = available;
    if (tableLength.type() == QTextLength::PercentageLength)
        geometry.tableWidth = available * tableLength.rawValue() / 100;
    else if (tableLength.type() == QTextLength::FixedLength)
        geometry.tableWidth = qMin(available, length(tableLength.rawValue()));
    if (format.borderStyle() != QTextFrameFormat::BorderStyle_None)
        geometry.border = length(format.border());

    // Columns: percentages and fixed widths first, what is left shared by the others after
    // what their content wants.
    const int columns = table->columns();
    const QList<QTextLength> constraints = format.columnWidthConstraints();
    QList<qreal> widths(columns, 0);
    QList<int> variable;
    qreal taken = 0;
    for (int column = 0; column < columns; ++column) {
        const QTextLength constraint = constraints.value(column);
        if (constraint.type() == QTextLength::PercentageLength)
            widths[column] = geometry.tableWidth * constraint.rawValue() / 100;
        else if (constraint.type() == QTextLength::FixedLength)
            widths[column] = length(constraint.rawValue());
        else
            variable.append(column);
        taken += widths[column];
    }
    if (!variable.isEmpty()) {
        const qreal padding = length(format.cellPadding()) * 2 + geometry.border;
        const qreal left = qMax<qreal>(variable.size(), geometry.tableWidth - taken);
        QList<qreal> minimum(columns, 0);
        QList<qreal> maximum(columns, 0);
        qreal sumMin = 0;
        qreal sumMax = 0;
        for (const int column : std::as_const(variable)) {
            for (int row = 0; row < table->rows(); ++row) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.column() == column && cell.columnSpan() == 1)
                    measureFlow(cell.begin(), &minimum[column], &maximum[column]);
            }
            minimum[column] += padding;
            maximum[column] = qMax(maximum[column] + padding, minimum[column]);
            sumMin += minimum[column];
            sumMax += maximum[column];
        }
        for (const int column : std::as_const(variable)) {
            if (sumMax <= left)
                widths[column] = maximum[column] + (left - sumMax) * maximum[column] / qMax<qreal>(sumMax, 1);
            else if (sumMin >= left)
                widths[column] = minimum[column] * left / qMax<qreal>(sumMin, 1);
            else
                widths[column] = minimum[column] + (left - sumMin) * (maximum[column] - minimum[column]) / (sumMax - sumMin);
        }
    }
    geometry.columnX.append(0);
    for (int column = 0; column < columns; ++column)
        geometry.columnX.append(geometry.columnX.constLast() + widths[column]);

    for (int row = 0; row < table->rows(); ++row) {
        qreal height = 0;
        for (int column = 0; column < columns; ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            if (cell.row() != row || cell.column() != column)
                continue;
            const CellInsets insets = cellInsets(cell, format, geometry.border);
            const qreal cellWidth = geometry.columnX[column + cell.columnSpan()] - geometry.columnX[column];
            const qreal content = flowHeight(cell.begin(), qMax<qreal>(1, cellWidth - insets.left - insets.right));
            height = qMax(height, content + insets.top + insets.bottom);
        }
        geometry.rowHeights.append(height);
    }
    return geometry;
}

CellInsets PagedTextLayout::Private::cellInsets(const QTextTableCell& cell, const QTextTableFormat& format, qreal border) const
{
    const QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
    const auto padding = [&](QTextFormat::Property property) {
        return length(cellFormat.hasProperty(property) ? cellFormat.doubleProperty(property) : format.cellPadding()) + border / 2;
    };
    return {padding(QTextFormat::TableCellLeftPadding), padding(QTextFormat::TableCellRightPadding),
            padding(QTextFormat::TableCellTopPadding), padding(QTextFormat::TableCellBottomPadding)};
}

// The top and bottom margins of the block, table or frame at @p it.
std::pair<qreal, qreal> PagedTextLayout::Private::elementMargins(QTextFrame::iterator it, qreal width)
{
    if (QTextFrame* frame = it.currentFrame()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            const TableGeometry& geometry = tableGeometry(table, width);
            return {geometry.topMargin, geometry.bottomMargin};
        }
        return {length(frame->frameFormat().topMargin()), length(frame->frameFormat().bottomMargin())};
    }
    const BlockGeometry& geometry = blockGeometry(it.currentBlock(), width);
    return {geometry.topMargin, geometry.bottomMargin};
}

// The height of a flow where nothing breaks it (inside a table cell, say): the margins between
// blocks collapse, the first block's top margin and the last one's bottom margin do not count.
qreal PagedTextLayout::Private::flowHeight(QTextFrame::iterator it, qreal width)
{
    qreal height = 0;
    qreal previousBottom = 0;
    bool first = true;
    for (; !it.atEnd(); ++it) {
        if (!first)
            height += qMax(previousBottom, elementMargins(it, width).first);
        first = false;
        if (QTextFrame* frame = it.currentFrame()) {
            if (auto* table = qobject_cast<QTextTable*>(frame)) {
                const TableGeometry& geometry = tableGeometry(table, width);
                for (const qreal row : geometry.rowHeights)
                    height += row;
            } else {
                height += flowHeight(frame->begin(), width);
            }
        } else {
            height += blockGeometry(it.currentBlock(), width).height;
        }
        previousBottom = elementMargins(it, width).second;
    }
    return height;
}

// Headings and labels keep with what follows; so does a short paragraph that introduces a table.
bool PagedTextLayout::Private::keepsWithNext(QTextFrame::iterator it, qreal width)
{
    if (it.currentFrame())
        return false;
    const QTextBlock block = it.currentBlock();
    if (block.blockFormat().boolProperty(KeepWithNextProperty))
        return true;
    QTextFrame::iterator next = it;
    ++next;
    return !next.atEnd() && qobject_cast<QTextTable*>(next.currentFrame())
        && blockGeometry(block, width).advances.size() <= orphanLines;
}

// How much of the element at @p it must be on a page for it to start there: the first lines of
// a paragraph; a small table whole, a long one's header with its first row; and for a block that
// keeps with the next, itself and the start of what follows.
qreal PagedTextLayout::Private::minimumStart(QTextFrame::iterator it, qreal width, int depth)
{
    if (it.atEnd())
        return 0;
    if (QTextFrame* frame = it.currentFrame()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            return 0;
        const TableGeometry& geometry = tableGeometry(table, width);
        if (geometry.rowHeights.isEmpty())
            return 0;
        qreal total = 0;
        for (const qreal row : geometry.rowHeights)
            total += row;
        if (total <= pageSize.height() * smallTableShare)
            return total;
        if (table->format().boolProperty(RowsMaySplitProperty))
            return qMin(total, length(40));
        const int header = qMin(table->format().headerRowCount(), int(geometry.rowHeights.size()) - 1);
        qreal height = 0;
        for (int row = 0; row <= header; ++row)
            height += geometry.rowHeights[row];
        return height;
    }
    const QTextBlock block = it.currentBlock();
    const BlockGeometry& geometry = blockGeometry(block, width);
    qreal height = 0;
    const bool keep = keepsWithNext(it, width);
    const int lines = keep ? int(geometry.advances.size()) : qMin(orphanLines, int(geometry.advances.size()));
    for (int i = 0; i < lines; ++i)
        height += geometry.advances[i];
    if (keep && depth < 6) {
        QTextFrame::iterator next = it;
        ++next;
        if (!next.atEnd())
            height += qMax(geometry.bottomMargin, elementMargins(next, width).first) + minimumStart(next, width, depth + 1);
    }
    return height;
}

Position PagedTextLayout::Private::placeFlow(QTextFrame::iterator it, const Flow& flow, Position at)
{
    qreal previousBottom = 0;
    bool first = true;
    const qreal pageHeight = pageSize.height();
    for (; !it.atEnd(); ++it) {
        QTextFrame* frame = it.currentFrame();
        const QTextFormat::PageBreakFlags breaks = frame ? frame->frameFormat().pageBreakPolicy()
                                                         : it.currentBlock().blockFormat().pageBreakPolicy();
        if (flow.breakable && (breaks & QTextFormat::PageBreak_AlwaysBefore) && !atTop(at, flow))
            at = newPage(at, flow);
        // Margins between blocks collapse; none at the start of a flow or of a page.
        if (!first && !atTop(at, flow))
            at.y += qMax(previousBottom, elementMargins(it, flow.width).first);
        first = false;
        // Whatever keeps with what follows, and a table's header with its first row, goes to the
        // next page together when it does not fit here (unless it would not fit on any page).
        const bool keep = frame ? qobject_cast<QTextTable*>(frame) != nullptr : keepsWithNext(it, flow.width);
        if (flow.breakable && keep && !atTop(at, flow)) {
            const qreal needed = minimumStart(it, flow.width, 0);
            if (at.y + needed > pageHeight + epsilon && needed <= pageHeight - flow.resumeY)
                at = newPage(at, flow);
        }
        if (frame) {
            if (auto* table = qobject_cast<QTextTable*>(frame)) {
                at = placeTable(table, flow, at);
            } else {
                at = placeFlow(frame->begin(), flow, at);
            }
        } else {
            at = placeBlock(it.currentBlock(), flow, at);
        }
        if (flow.breakable && (breaks & QTextFormat::PageBreak_AlwaysAfter)) {
            at = newPage(at, flow);
            first = true;
        }
        previousBottom = elementMargins(it, flow.width).second;
    }
    return at;
}

void PagedTextLayout::Private::addMarker(const QTextBlock& block, const QTextLine& line, qreal x, qreal lineTop, Page& target)
{
    const QTextList* list = block.textList();
    if (!list)
        return;
    const QTextCharFormat chars = block.charFormat();
    const QFont font = deviceFont(chars);
    const QFontMetricsF metrics(font, device);
    const QBrush brush = chars.foreground().style() == Qt::NoBrush ? QBrush(Qt::black) : chars.foreground();
    const qreal gap = metrics.horizontalAdvance(QLatin1Char(' '));
    const QTextListFormat::Style style = list->format().style();
    const qreal baseline = lineTop + line.ascent();
    if (style == QTextListFormat::ListDisc || style == QTextListFormat::ListCircle || style == QTextListFormat::ListSquare) {
        const qreal size = metrics.lineSpacing() / 3;
        // Centred on the middle of the line's lower-case letters.
        const qreal middle = baseline - metrics.xHeight() / 2;
        target.markers.append({QRectF(x - gap - size, middle - size / 2, size, size), style, brush});
        return;
    }
    const QString text = list->itemText(block);
    if (text.isEmpty())
        return;
    qreal width = 0;
    qreal ascent = 0;
    auto layout = labelLayout(text, font, &width, &ascent);
    target.labels.append({layout, QPointF(x - gap - width, baseline - ascent), brush});
}

Position PagedTextLayout::Private::placeBlock(const QTextBlock& block, const Flow& flow, Position at)
{
    const BlockGeometry& geometry = blockGeometry(block, flow.width);
    QTextLayout* layout = block.layout();
    const qreal pageHeight = pageSize.height();
    const int count = int(geometry.advances.size());
    const QTextBlockFormat format = block.blockFormat();
    const bool ruled = format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth);
    const QBrush background = format.background();
    int index = 0;
    while (index < count) {
        // How many of the remaining lines fit on this page.
        int fit = 0;
        qreal height = 0;
        while (index + fit < count && at.y + height + geometry.advances[index + fit] <= pageHeight + epsilon) {
            height += geometry.advances[index + fit];
            ++fit;
        }
        if (flow.breakable && index + fit < count) {
            const bool top = atTop(at, flow);
            const int left = count - index - fit;
            if (top) {
                fit = qMax(fit, 1); // a line taller than a page still goes somewhere
            } else if (index == 0 && (fit < orphanLines || count <= orphanLines)) {
                fit = 0; // the whole paragraph starts on the next page
            } else if (left < widowLines && fit - (widowLines - left) >= orphanLines) {
                fit -= widowLines - left;
            }
        } else if (!flow.breakable || index + fit == count) {
            fit = count - index;
        }
        Page& page = this->page(at.page);
        QList<int>* pagesOfLines = nullptr;
        if (fit > 0) {
            // A repeated header row is placed again: its lines' pages are those of the first time.
            pagesOfLines = &linePages[block.position()];
            if (index == 0 && !pagesOfLines->isEmpty())
                pagesOfLines = nullptr;
        }
        for (int i = index; i < index + fit; ++i) {
            const QTextLine line = layout->lineAt(i);
            if (pagesOfLines)
                pagesOfLines->append(at.page);
            if (i == 0 && !blockPages.contains(block.position()))
                blockPages.insert(block.position(), at.page);
            if (i == 0)
                addMarker(block, line, flow.x + line.x(), at.y - geometry.shifts[i], page);
            if (background.style() != Qt::NoBrush)
                page.fills.append({QRectF(flow.x, at.y, flow.width, geometry.advances[i]), background});
            page.lines.append({layout, i, QPointF(flow.x, at.y - geometry.shifts[i])});
            if (i == count - 1) {
                const qreal baseline = at.y - geometry.shifts[i] + line.ascent();
                lineEnds.insert(block.position(),
                                {at.page, baseline, flow.x + line.x() + line.naturalTextWidth(), flow.x + flow.width});
            }
            at.y += geometry.advances[i];
        }
        index += fit;
        if (index < count)
            at = newPage(at, flow);
    }
    if (count == 0)
        blockPages.insert(block.position(), at.page);
    if (ruled) {
        QPen pen(QColor(0x80, 0x80, 0x80), length(1));
        page(at.page).strokes.append({QLineF(flow.x, at.y, flow.x + flow.width, at.y), pen});
    }
    return at;
}

Position PagedTextLayout::Private::placeTable(QTextTable* table, const Flow& flow, Position at)
{
    const TableGeometry& geometry = tableGeometry(table, flow.width);
    const QTextTableFormat format = table->format();
    const int rows = table->rows();
    const int headerRows = qMin(format.headerRowCount(), rows);
    const bool rowsMaySplit = format.boolProperty(RowsMaySplitProperty);
    const qreal pageHeight = pageSize.height();
    for (int row = 0; row < rows; ++row) {
        const qreal height = geometry.rowHeights[row];
        // A row that does not fit goes to the next page, under the header rows again.
        if (flow.breakable && !rowsMaySplit && row >= headerRows && at.y + height > pageHeight + epsilon
            && !atTop(at, flow)) {
            at = newPage(at, flow);
            for (int header = 0; header < headerRows; ++header)
                at = placeRow(table, geometry, header, flow, at);
        }
        at = placeRow(table, geometry, row, flow, at);
    }
    return at;
}

Position PagedTextLayout::Private::placeRow(QTextTable* table, const TableGeometry& geometry, int row, const Flow& flow,
                                            Position at)
{
    const QTextTableFormat format = table->format();
    const qreal tableX = flow.x + geometry.leftMargin;
    Position end{at.page, at.y + geometry.rowHeights[row]};
    struct CellBox
    {
        qreal left;
        qreal right;
        QBrush background;
    };
    QList<CellBox> boxes;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.row() != row || cell.column() != column)
            continue;
        const CellInsets insets = cellInsets(cell, format, geometry.border);
        const qreal left = tableX + geometry.columnX[column];
        const qreal right = tableX + geometry.columnX[column + cell.columnSpan()];
        Flow inner;
        inner.x = left + insets.left;
        inner.width = qMax<qreal>(1, right - insets.right - inner.x);
        inner.resumeY = flow.resumeY + insets.top;
        inner.breakable = flow.breakable;
        Position cellEnd = placeFlow(cell.begin(), inner, Position{at.page, at.y + insets.top});
        cellEnd.y += insets.bottom;
        if (end < cellEnd)
            end = cellEnd;
        boxes.append({left, right, cell.format().toTableCellFormat().background()});
    }
    // The row's backgrounds and lines, on each page it is on.
    QPen pen(format.borderBrush().style() == Qt::NoBrush ? QBrush(Qt::darkGray) : format.borderBrush(), geometry.border);
    pen.setCapStyle(Qt::SquareCap);
    for (int pageIndex = at.page; pageIndex <= end.page; ++pageIndex) {
        const qreal top = pageIndex == at.page ? at.y : flow.resumeY;
        const qreal bottom = pageIndex == end.page ? end.y : pageSize.height();
        Page& page = this->page(pageIndex);
        for (const CellBox& box : std::as_const(boxes)) {
            const QRectF rect(QPointF(box.left, top), QPointF(box.right, bottom));
            if (box.background.style() != Qt::NoBrush)
                page.fills.append({rect, box.background});
            if (geometry.border > 0) {
                page.strokes.append({QLineF(rect.topLeft(), rect.topRight()), pen});
                page.strokes.append({QLineF(rect.bottomLeft(), rect.bottomRight()), pen});
                page.strokes.append({QLineF(rect.topLeft(), rect.bottomLeft()), pen});
                page.strokes.append({QLineF(rect.topRight(), rect.bottomRight()), pen});
            }
        }
    }
    return end;
}
