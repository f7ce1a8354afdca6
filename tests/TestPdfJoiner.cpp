// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "PdfProbe.h"

#include "documents/PdfJoiner.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

// Joining files QPdfWriter wrote, read back with poppler: pages, text, fonts, links, metadata.
class TestPdfJoiner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A PDF/A file of @p pages pages, each with its own words in two fonts, and a link.
    static QByteArray writePdf(const QString& tag, int pages)
    {
        QByteArray pdf;
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(QStringLiteral("Title %1").arg(tag));
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            QTextDocument document;
            document.setHtml(QStringLiteral("<p style=\"font-family: 'Liberation Serif'\">%1page%2 serif words</p>"
                                            "<p style=\"font-family: 'Liberation Sans'\"><b>%1bold%2</b> "
                                            "<a href=\"mailto:%1@example.org\">%1link%2</a></p>")
                                 .arg(tag)
                                 .arg(page + 1));
            document.drawContents(&painter);
        }
        painter.end();
        return pdf;
    }

    QString save(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static QString popplerErrors(const QString& path)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardError());
    }

private Q_SLOTS:
    void joinsPagesFontsLinksAndKeepsTheFirstCatalog()
    {
        const QByteArray first = writePdf(QStringLiteral("alpha"), 2);
        const QByteArray second = writePdf(QStringLiteral("beta"), 3);
        const QByteArray third = writePdf(QStringLiteral("gamma"), 1);
        QByteArray joined;
        QString error;
        QVERIFY2(PdfJoiner::join({first, second, third}, &joined, &error), qPrintable(error));
        const QString path = save(QStringLiteral("joined.pdf"), joined);
        QVERIFY(!path.isEmpty());
        QCOMPARE(popplerErrors(path), QString());
        QCOMPARE(PdfProbe::pageCount(path), 6);
        QCOMPARE(PdfProbe::info(path).value(QStringLiteral("Title")), QStringLiteral("Title alpha"));
        const QStringList expected{QStringLiteral("alphapage1"), QStringLiteral("alphapage2"), QStringLiteral("betapage1"),
                                   QStringLiteral("betapage2"), QStringLiteral("betapage3"), QStringLiteral("gammapage1")};
        for (int page = 1; page <= 6; ++page) {
            const QString text = PdfProbe::text(path, page, page);
            QVERIFY2(text.contains(expected[page - 1]), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("serif words")));
            QCOMPARE(text.count(QStringLiteral("page")), 1);
        }
        // Every file's fonts embedded, each subset with a name of its own.
        const QStringList fonts = PdfProbe::fonts(path);
        QCOMPARE(fonts.size(), 3 * 3); // serif; sans bold; sans (the link)
        for (const QString& font : fonts) {
            const QStringList columns = font.split(QLatin1Char(' '), Qt::SkipEmptyParts); // ... emb sub uni object ID
            QVERIFY2(columns.value(columns.size() - 5) == QLatin1String("yes"), qPrintable(font));
        }
        QSet<QByteArray> names;
        static const QRegularExpression fontName(QStringLiteral("/FontName /([A-Z]{6}\\+[^\\s/]+)"));
        for (auto it = fontName.globalMatch(QString::fromLatin1(joined)); it.hasNext();)
            names.insert(it.next().captured(1).toLatin1());
        QCOMPARE(names.size(), 3 * 3);
        // The links of the later files still point where they did.
        QVERIFY(joined.contains("(mailto:gamma@example.org)"));
        QCOMPARE(joined.count("/Type /Annot"), 6);
        // One catalog, one page tree, the first file's metadata and output intent.
        QCOMPARE(joined.count("/Type /Catalog"), 1);
        QCOMPARE(joined.count("/Type /Pages"), 1);
        QCOMPARE(joined.count("/Type /Metadata"), 1);
        QCOMPARE(joined.count("/Type /OutputIntent"), 1);
        QVERIFY(PdfProbe::pages(path).size() == 6);
    }

    // Two files with the same glyphs of a font: their subsets still get names of their own.
    void sameSubsetsGetNamesOfTheirOwn()
    {
        const QByteArray one = writePdf(QStringLiteral("same"), 1);
        QByteArray joined;
        QString error;
        QVERIFY2(PdfJoiner::join({one, one}, &joined, &error), qPrintable(error));
        static const QRegularExpression fontName(QStringLiteral("/FontName /([A-Z]{6})\\+"));
        QStringList tags;
        for (auto it = fontName.globalMatch(QString::fromLatin1(joined)); it.hasNext();)
            tags.append(it.next().captured(1));
        QCOMPARE(tags.size(), 6);
        QCOMPARE(QSet<QString>(tags.cbegin(), tags.cend()).size(), 6);
        const QString path = save(QStringLiteral("same.pdf"), joined);
        QCOMPARE(popplerErrors(path), QString());
        QCOMPARE(PdfProbe::pageCount(path), 2);
    }

    void refusesWhatQPdfWriterDidNotWrite_data()
    {
        QTest::addColumn<QByteArray>("second");
        QTest::addColumn<QString>("reason");
        const QByteArray good = writePdf(QStringLiteral("x"), 1);
        QTest::newRow("not a PDF") << QByteArray("PK\x03\x04 a zip file") << "not a PDF";
        QTest::newRow("truncated") << good.left(good.size() / 2) << "cross-reference";
        QByteArray updated = good + "\n9999 0 obj\n<< >>\nendobj\nxref\n9999 1\n0000000000 00000 n \ntrailer\n<< /Size 10000 >>\nstartxref\n"
            + QByteArray::number(good.size() + 30) + "\n%%EOF\n";
        QTest::newRow("updated") << updated << "cross-reference";
        QByteArray moved = good;
        const qsizetype entry = moved.indexOf(" 00000 n");
        moved[entry - 1] = moved[entry - 1] == '1' ? '2' : '1';
        QTest::newRow("wrong offset") << moved << "not where its table says";
    }

    void refusesWhatQPdfWriterDidNotWrite()
    {
        QFETCH(QByteArray, second);
        QFETCH(QString, reason);
        QByteArray joined("untouched");
        QString error;
        QVERIFY(!PdfJoiner::join({writePdf(QStringLiteral("first"), 1), second}, &joined, &error));
        QVERIFY2(error.contains(QLatin1String("Part 2")) && error.contains(reason), qPrintable(error));
        QCOMPARE(joined, QByteArray("untouched"));
    }
};

QTEST_MAIN(TestPdfJoiner)
#include "TestPdfJoiner.moc"
