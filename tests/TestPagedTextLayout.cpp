// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/PagedTextLayout.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <memory>

// The paginator on documents made for the purpose: what goes on which page, line by line.
class TestPagedTextLayout : public QObject
{
    Q_OBJECT

private:
    // Laid out for a PDF at 600 dpi, as documents are: an A5-sized text area keeps pages short.
    struct Setup
    {
        QBuffer buffer;
        QPdfWriter writer{&buffer};
        QTextDocument document;
        QSizeF pageSize;
        Setup()
        {
            buffer.open(QIODevice::WriteOnly);
            writer.setResolution(600);
            PagedTextLayout::attach(&document, &writer);
            document.setDocumentMargin(0);
            QFont font(QStringLiteral("Liberation Serif"));
            font.setPointSizeF(10.5);
            document.setDefaultFont(font);
            pageSize = QSizeF(110 / 25.4 * 600, 160 / 25.4 * 600);
        }
    };

    static QString words(int count, const QString& tag)
    {
        QStringList list;
        for (int i = 0; i < count; ++i)
            list.append(QStringLiteral("%1w%2").arg(tag).arg(i));
        return list.join(QLatin1Char(' '));
    }

    static QTextBlock addParagraph(QTextCursor& cursor, const QString& text, bool first = false)
    {
        QTextBlockFormat format;
        format.setTopMargin(4);
        format.setBottomMargin(4);
        if (first)
            cursor.setBlockFormat(format);
        else
            cursor.insertBlock(format);
        cursor.insertText(text);
        return cursor.block();
    }

    static QTextBlock addHeading(QTextCursor& cursor, const QString& text)
    {
        QTextBlockFormat format;
        format.setTopMargin(12);
        format.setBottomMargin(6);
        format.setProperty(PagedTextLayout::KeepWithNextProperty, true);
        QTextCharFormat chars;
        chars.setFontPointSize(14);
        chars.setFontWeight(QFont::Bold);
        cursor.insertBlock(format, chars);
        cursor.insertText(text, chars);
        QTextCharFormat plain;
        plain.setFontPointSize(10.5);
        cursor.setCharFormat(plain);
        return cursor.block();
    }

    static QMap<int, int> linesPerPage(const PagedTextLayout& layout, const QTextBlock& block)
    {
        QMap<int, int> count;
        for (const int page : layout.linePages(block))
            ++count[page];
        return count;
    }

private Q_SLOTS:
    void everyLineIsPlacedOnceInOrder()
    {
        Setup s;
        QTextCursor cursor(&s.document);
        QList<QTextBlock> blocks;
        for (int i = 0; i < 30; ++i)
            blocks.append(addParagraph(cursor, words(40, QString::number(i)), i == 0));
        PagedTextLayout layout(&s.document, &s.writer, s.pageSize);
        layout.layout();
        QVERIFY(layout.pageCount() > 2);
        int previous = 0;
        for (const QTextBlock& block : std::as_const(blocks)) {
            const QList<int> pages = layout.linePages(block);
            QCOMPARE(pages.size(), block.layout()->lineCount());
            for (const int page : pages) {
                QVERIFY(page >= previous);
                QVERIFY(page < layout.pageCount());
                previous = page;
            }
        }
        QCOMPARE(previous, layout.pageCount() - 1);
    }

    // Wherever the filler puts it, a heading is on the page of its paragraph's first lines.
    void headingStaysWithItsText_data()
    {
        QTest::addColumn<int>("fillerWords");
        for (int words = 300; words <= 560; words += 13)
            QTest::newRow(qPrintable(QString::number(words))) << words;
    }
    void headingStaysWithItsText()
    {
        QFETCH(int, fillerWords);
        Setup s;
        QTextCursor cursor(&s.document);
        addParagraph(cursor, words(fillerWords, QStringLiteral("f")), true);
        const QTextBlock heading = addHeading(cursor, QStringLiteral("Heading"));
        const QTextBlock text = addParagraph(cursor, words(60, QStringLiteral("t")));
        PagedTextLayout layout(&s.document, &s.writer, s.pageSize);
        layout.layout();
        QCOMPARE(layout.pageOf(heading), layout.pageOf(text));
        // And the paragraph's first two lines come with it.
        const QList<int> pages = layout.linePages(text);
        QCOMPARE(pages.value(1), pages.value(0));
    }

    // A paragraph split across pages leaves at least two lines on each.
    void noOrphansNoWidows_data()
    {
        QTest::addColumn<int>("fillerWords");
        for (int words = 100; words <= 400; words += 7)
            QTest::newRow(qPrintable(QString::number(words))) << words;
    }
    void noOrphansNoWidows()
    {
        QFETCH(int, fillerWords);
        Setup s;
        QTextCursor cursor(&s.document);
        addParagraph(cursor, words(fillerWords, QStringLiteral("f")), true);
        const QTextBlock paragraph = addParagraph(cursor, words(70, QStringLiteral("p")));
        PagedTextLayout layout(&s.document, &s.writer, s.pageSize);
        layout.layout();
        const QMap<int, int> lines = linesPerPage(layout, paragraph);
        QVERIFY(paragraph.layout()->lineCount() >= 5);
        for (auto it = lines.cbegin(); it != lines.cend(); ++it)
            QVERIFY2(it.value() >= 2, qPrintable(QStringLiteral("%1 line(s) on page %2").arg(it.value()).arg(it.key())));
    }

    void pageBreaksNeverMakeEmptyPages()
    {
        Setup s;
        QTextCursor cursor(&s.document);
        QTextBlockFormat breakBefore;
        breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.setBlockFormat(breakBefore); // the first block: already at the top of a page
        cursor.insertText(QStringLiteral("One"));
        cursor.insertBlock(breakBefore);
        cursor.insertText(QStringLiteral("Two"));
        const QTextBlock two = cursor.block();
        QTextBlockFormat breakAfter;
        breakAfter.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysAfter);
        cursor.insertBlock(breakAfter);
        cursor.insertText(QStringLiteral("Three"));
        cursor.insertBlock(breakBefore); // after a break after: no second break
        cursor.insertText(QStringLiteral("Four"));
        const QTextBlock four = cursor.block();
        PagedTextLayout layout(&s.document, &s.writer, s.pageSize);
        layout.layout();
        QCOMPARE(layout.pageOf(s.document.firstBlock()), 0);
        QCOMPARE(layout.pageOf(two), 1);
        QCOMPARE(layout.pageOf(four), 2);
        QCOMPARE(layout.pageCount(), 3);
    }

    // A long table: the header on every page, each row's cells on one page.
    void tableRowsStayWholeUnderRepeatedHeaders()
    {
        Setup s;
        QTextCursor cursor(&s.document);
        cursor.insertText(QStringLiteral("Before"));
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setBorder(1);
        format.setCellPadding(3);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 30),
                                          QTextLength(QTextLength::PercentageLength, 70)});
        const int rows = 40;
        QTextTable* table = cursor.insertTable(rows + 1, 2, format);
        QTextTableCellFormat header;
        header.setBackground(QColor(0, 0, 255));
        for (int column = 0; column < 2; ++column) {
            table->cellAt(0, column).firstCursorPosition().insertText(column == 0 ? QStringLiteral("Name") : QStringLiteral("Description"));
            table->cellAt(0, column).setFormat(header);
        }
        for (int row = 1; row <= rows; ++row) {
            table->cellAt(row, 0).firstCursorPosition().insertText(QStringLiteral("Row %1").arg(row));
            QTextCursor cell = table->cellAt(row, 1).firstCursorPosition();
            cell.insertText(words(5 + row % 4 * 12, QStringLiteral("r%1").arg(row)));
            cell.insertBlock();
            cell.insertText(QStringLiteral("End of row %1").arg(row));
        }
        PagedTextLayout layout(&s.document, &s.writer, s.pageSize);
        layout.layout();
        QVERIFY(layout.pageCount() >= 3);
        QSet<int> pagesWithRows;
        for (int row = 1; row <= rows; ++row) {
            QSet<int> pages;
            for (int column = 0; column < 2; ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                    for (const int page : layout.linePages(it.currentBlock()))
                        pages.insert(page);
                }
            }
            QCOMPARE(pages.size(), 1);
            pagesWithRows.unite(pages);
        }
        QCOMPARE(pagesWithRows.size(), layout.pageCount());
        // The header, blue, is painted at the top of every page but the first (where "Before" is).
        for (int page = 1; page < layout.pageCount(); ++page) {
            QImage image(s.pageSize.toSize() / 8, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.scale(1 / 8.0, 1 / 8.0);
            layout.drawPage(&painter, page);
            painter.end();
            int blue = 0;
            for (int x = 0; x < image.width(); ++x)
                blue += image.pixel(x, 3) == qRgb(0, 0, 255);
            QVERIFY2(blue > image.width() / 2, qPrintable(QString::number(page)));
        }
    }

    // A table that fits on a page is not broken over two: it moves whole to the next.
    void smallTableMovesWhole_data()
    {
        QTest::addColumn<int>("fillerWords");
        for (int words = 300; words <= 560; words += 9)
            QTest::newRow(qPrintable(QString::number(words))) << words;
    }
    void smallTableMovesWhole()
    {
        QFETCH(int, fillerWords);
        Setup s;
        QTextCursor cursor(&s.document);
        addParagraph(cursor, words(fillerWords, QStringLiteral("f")), true);
        cursor.insertBlock();
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable* table = cursor.insertTable(6, 3, format);
        for (int row = 0; row < 6; ++row) {
            for (int column = 0; column < 3; ++column)
                table->cellAt(row, column).firstCursorPosition().insertText(QStringLiteral("c%1.%2").arg(row).arg(column));
        }
        PagedTextLayout layout(&s.document, &s.writer, s.pageSize);
        layout.layout();
        const int first = layout.pageOf(table->cellAt(0, 0).firstCursorPosition().block());
        const int last = layout.pageOf(table->cellAt(5, 2).firstCursorPosition().block());
        QCOMPARE(first, last);
    }

    // Two columns of clause text longer than a page go on side by side on the next page.
    void splittableRowsContinueOnTheNextPage()
    {
        Setup s;
        QTextCursor cursor(&s.document);
        cursor.insertText(QStringLiteral("Start"));
        QTextTableFormat format;
        format.setBorder(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 50),
                                          QTextLength(QTextLength::PercentageLength, 50)});
        format.setProperty(PagedTextLayout::RowsMaySplitProperty, true);
        QTextTable* table = cursor.insertTable(1, 2, format);
        QTextCursor left = table->cellAt(0, 0).firstCursorPosition();
        left.insertText(words(900, QStringLiteral("l")));
        QTextCursor right = table->cellAt(0, 1).firstCursorPosition();
        right.insertText(words(800, QStringLiteral("r")));
        PagedTextLayout layout(&s.document, &s.writer, s.pageSize);
        layout.layout();
        const QList<int> leftPages = layout.linePages(left.block());
        const QList<int> rightPages = layout.linePages(right.block());
        QCOMPARE(leftPages.constFirst(), 0);
        QCOMPARE(rightPages.constFirst(), 0);
        QVERIFY(leftPages.constLast() >= 2);
        QVERIFY(rightPages.constLast() >= 2);
        QCOMPARE(layout.pageCount(), qMax(leftPages.constLast(), rightPages.constLast()) + 1);
    }

    // Columns without a width are as wide as their longest word at least.
    void autoColumnsKeepWordsWhole()
    {
        Setup s;
        QTextCursor cursor(&s.document);
        QTextTableFormat format;
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable* table = cursor.insertTable(2, 4, format);
        table->cellAt(0, 0).firstCursorPosition().insertText(QStringLiteral("Subprocessorsubprocessor"));
        for (int column = 1; column < 4; ++column)
            table->cellAt(1, column).firstCursorPosition().insertText(words(80, QStringLiteral("c%1").arg(column)));
        PagedTextLayout layout(&s.document, &s.writer, s.pageSize);
        layout.layout();
        QCOMPARE(table->cellAt(0, 0).firstCursorPosition().block().layout()->lineCount(), 1);
    }

    void trailingTextNeedsALaidOutBlock()
    {
        Setup s;
        QTextCursor cursor(&s.document);
        cursor.insertText(QStringLiteral("Contents line"));
        PagedTextLayout layout(&s.document, &s.writer, s.pageSize);
        layout.setTrailingText(s.document.firstBlock(), QStringLiteral("7")); // before layout(): ignored
        layout.layout();
        layout.setTrailingText(s.document.firstBlock(), QStringLiteral("7"));
        QImage image(s.pageSize.toSize() / 8, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(1 / 8.0, 1 / 8.0);
        layout.drawPage(&painter, 0);
        painter.end();
        // The number is at the right edge of the text area, dot leaders lead to it.
        int number = 0;
        int leader = 0;
        for (int y = 0; y < 30; ++y) {
            for (int x = image.width() - 5; x < image.width(); ++x)
                number += qGray(image.pixel(x, y)) < 128;
            for (int x = image.width() / 2; x < image.width() * 3 / 4; ++x)
                leader += qGray(image.pixel(x, y)) < 220;
        }
        QVERIFY(number > 3);
        QVERIFY(leader > 10);
    }
};

QTEST_MAIN(TestPagedTextLayout)
#include "TestPagedTextLayout.moc"
