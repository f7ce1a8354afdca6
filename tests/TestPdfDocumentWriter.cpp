// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "PdfProbe.h"

#include "documents/DocumentModel.h"
#include "documents/DocumentStrings.h"
#include "documents/PdfDocumentWriter.h"
#include "documents/SafeTextDocument.h"

#include <QFile>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

class TestPdfDocumentWriter : public QObject
{
    Q_OBJECT

private:
    DocumentModel sample(const QString& language = QStringLiteral("en")) const
    {
        DocumentModel model;
        model.title = QStringLiteral("Sample agreement");
        model.author = QStringLiteral("Tulipa Cloud B.V.");
        model.subject = QStringLiteral("Data processing agreement");
        model.language = language;
        model.tableOfContents = true;
        for (int chapter = 1; chapter <= 4; ++chapter) {
            DocumentBlock heading = DocumentBlock::heading(1, QString::number(chapter), QStringLiteral("Chapter%1Title").arg(chapter));
            heading.pageBreakBefore = chapter > 1;
            model.append(heading);
            for (int i = 0; i < 6; ++i)
                model.append(DocumentBlock::paragraph(QStringLiteral("Paragraph %1 of chapter %2. ").arg(i).arg(chapter).repeated(8)));
        }
        return model;
    }

    QString m_dir;
    QTemporaryDir m_temporary;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_temporary.isValid());
        m_temporary.setAutoRemove(!qEnvironmentVariableIsSet("REGISTRO_KEEP_TEST_FILES"));
        m_dir = m_temporary.path();
        int code = 0;
        PdfProbe::run(QStringLiteral("pdftotext"), {QStringLiteral("-v")}, &code);
        QVERIFY2(code == 0, "poppler-utils (pdftotext) must be installed");
    }

    void localizedFooter_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("footer");
        QTest::newRow("en") << "en" << "Page %1 of %2";
        QTest::newRow("nl") << "nl" << "Pagina %1 van %2";
        QTest::newRow("it") << "it" << "Pagina %1 di %2";
        QTest::newRow("fr") << "fr" << "Page %1 sur %2";
    }

    void localizedFooter()
    {
        QFETCH(QString, language);
        QFETCH(QString, footer);
        const QString path = m_dir + QStringLiteral("/footer-%1.pdf").arg(language);
        PdfDocumentWriter writer;
        QVERIFY2(writer.write(sample(language), path), qPrintable(writer.errorString()));
        const int pages = PdfProbe::pageCount(path);
        QCOMPARE(pages, writer.pageCount());
        QVERIFY(pages >= 5); // contents + 4 chapters
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(PdfProbe::text(path, page, page).contains(footer.arg(page).arg(pages)), qPrintable(footer.arg(page).arg(pages)));
        QCOMPARE(DocumentStrings::pageOf(language, 3, 11), footer.arg(3).arg(11));
    }

    void metadataAndFonts()
    {
        const QString path = m_dir + QStringLiteral("/meta.pdf");
        PdfDocumentWriter writer;
        QVERIFY(writer.write(sample(), path));
        const auto info = PdfProbe::info(path);
        QCOMPARE(info.value(QStringLiteral("Title")), QStringLiteral("Sample agreement"));
        QCOMPARE(info.value(QStringLiteral("Author")), QStringLiteral("Tulipa Cloud B.V."));
        QCOMPARE(info.value(QStringLiteral("Subject")), QStringLiteral("Data processing agreement"));
        QCOMPARE(info.value(QStringLiteral("Pages")).toInt(), writer.pageCount());
        const QStringList fonts = PdfProbe::fonts(path);
        QVERIFY(!fonts.isEmpty());
        for (const QString& line : fonts) {
            const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            // name type... encoding emb sub uni object ID: "emb" is the fifth column from the end
            QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(line));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("<dc:language><rdf:Bag><rdf:li>en</rdf:li>"));
        QVERIFY(!bytes.contains("pdfaid:part"));
    }

    void pdfA()
    {
        const QString path = m_dir + QStringLiteral("/pdfa.pdf");
        PdfDocumentWriter::Options options;
        options.pdfA = true;
        PdfDocumentWriter writer(options);
        QVERIFY(writer.write(sample(), path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("<pdfaid:part>1</pdfaid:part>"));
        QVERIFY(bytes.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
        QCOMPARE(PdfProbe::info(path).value(QStringLiteral("Author")), QStringLiteral("Tulipa Cloud B.V."));
    }

    void contentsPageNumbers()
    {
        const QString path = m_dir + QStringLiteral("/contents.pdf");
        PdfDocumentWriter writer;
        QVERIFY(writer.write(sample(), path));
        const QString contents = PdfProbe::text(path, 1, 1, true);
        for (int chapter = 1; chapter <= 4; ++chapter) {
            const QString title = QStringLiteral("Chapter%1Title").arg(chapter);
            static const QRegularExpression number(QStringLiteral("(\\d+)\\s*$"));
            QString line;
            for (const QString& l : contents.split(QLatin1Char('\n'))) {
                if (l.contains(title) && number.match(l).hasMatch())
                    line = l;
            }
            const QRegularExpressionMatch match = number.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            const int page = match.captured(1).toInt();
            QVERIFY2(PdfProbe::text(path, page, page).contains(title), qPrintable(title));
            // Each chapter starts a page: the page before (unless it is the contents) lacks it.
            QVERIFY(page - 1 <= 1 || !PdfProbe::text(path, page - 1, page - 1).contains(title));
        }
    }

    void tableHeaderRepeatsAndRowsStayWhole()
    {
        DocumentModel model;
        model.title = QStringLiteral("Long table");
        QList<QStringList> rows;
        for (int i = 0; i < 90; ++i) {
            const QString id = QStringLiteral("R%1").arg(i, 3, 10, QLatin1Char('0'));
            rows.append({id + QStringLiteral("top\n") + id + QStringLiteral("middle\n") + id + QStringLiteral("bottom"),
                         QStringLiteral("Value %1").arg(i)});
        }
        model.append(DocumentBlock::table({QStringLiteral("HeaderAlpha"), QStringLiteral("HeaderBeta")}, rows));
        const QString path = m_dir + QStringLiteral("/table.pdf");
        PdfDocumentWriter writer;
        QVERIFY(writer.write(model, path));
        const int pages = PdfProbe::pageCount(path);
        QVERIFY(pages >= 2);
        for (int page = 1; page <= pages; ++page) {
            const QString text = PdfProbe::text(path, page, page);
            QVERIFY2(text.contains(QLatin1String("HeaderAlpha")), qPrintable(QString::number(page)));
            for (int i = 0; i < 90; ++i) {
                const QString id = QStringLiteral("R%1").arg(i, 3, 10, QLatin1Char('0'));
                QCOMPARE(text.contains(id + QStringLiteral("top")), text.contains(id + QStringLiteral("bottom")));
            }
        }
    }

    // A page's text is only what is shown on it: nothing of the neighbouring pages, clipped.
    void eachWordOnExactlyOnePage()
    {
        DocumentModel model;
        model.title = QStringLiteral("Flow");
        for (int i = 0; i < 40; ++i) {
            if (i % 7 == 0)
                model.append(DocumentBlock::heading(1, QString::number(i), QStringLiteral("Heading%1").arg(i)));
            QStringList words;
            for (int w = 0; w < 45; ++w)
                words.append(QStringLiteral("p%1w%2").arg(i).arg(w));
            model.append(DocumentBlock::paragraph(words.join(QLatin1Char(' '))));
        }
        const QString path = m_dir + QStringLiteral("/flow.pdf");
        PdfDocumentWriter writer;
        QVERIFY(writer.write(model, path));
        QVERIFY(writer.pageCount() >= 3);
        QHash<QString, int> seen;
        for (int page = 1; page <= writer.pageCount(); ++page) {
            const QStringList words = PdfProbe::text(path, page, page).split(QLatin1Char(' '));
            for (const QString& word : words)
                ++seen[word];
        }
        for (int i = 0; i < 40; ++i) {
            for (int w = 0; w < 45; ++w)
                QCOMPARE(seen.value(QStringLiteral("p%1w%2").arg(i).arg(w)), 1);
        }
    }

    // Tables written in Markdown (the agreement's appendices) are ruled, repeat their header on
    // each page, keep their rows whole and their words unbroken.
    void markdownTablesLikeDataTables()
    {
        QString markdown = QStringLiteral("Intro.\n\n| Subprocessorname | Where | What |\n|---|---|---|\n");
        for (int i = 0; i < 60; ++i) {
            const QString id = QStringLiteral("M%1").arg(i, 2, 10, QLatin1Char('0'));
            markdown += QStringLiteral("| %1begin | Country | %2 %1end |\n").arg(id, QStringLiteral("words of the row ").repeated(6));
        }
        DocumentModel model;
        model.title = QStringLiteral("Appendix");
        model.append(DocumentBlock::paragraph(markdown, DocumentBlock::TextFormat::Markdown));
        const QString path = m_dir + QStringLiteral("/markdown-table.pdf");
        PdfDocumentWriter writer;
        QVERIFY(writer.write(model, path));
        QVERIFY(writer.pageCount() >= 2);
        for (int page = 1; page <= writer.pageCount(); ++page) {
            const QString text = PdfProbe::text(path, page, page);
            QVERIFY2(text.contains(QLatin1String("Subprocessorname")), qPrintable(QString::number(page)));
            for (int i = 0; i < 60; ++i) {
                const QString id = QStringLiteral("M%1").arg(i, 2, 10, QLatin1Char('0'));
                QCOMPARE(text.contains(id + QStringLiteral("begin")), text.contains(id + QStringLiteral("end")));
            }
        }
    }

    // A bundle: each part a whole document in its language, numbered on its own; written by two
    // threads and joined, read back as one file.
    void bundleOfPartsEachInItsLanguage()
    {
        DocumentModel bundle;
        bundle.title = QStringLiteral("Bundle");
        bundle.author = QStringLiteral("Tulipa Cloud B.V.");
        bundle.language = QStringLiteral("en,nl,fr");
        const QStringList languages{QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("fr")};
        for (const QString& language : languages)
            bundle.parts.append(sample(language));
        const QString path = m_dir + QStringLiteral("/bundle.pdf");
        PdfDocumentWriter::Options options;
        options.pdfA = true;
        options.draftWatermark = true;
        PdfDocumentWriter writer(options);
        int calls = 0;
        writer.setProgress([&calls](int page, int) {
            ++calls;
            return page > 0;
        });
        QVERIFY2(writer.write(bundle, path), qPrintable(writer.errorString()));
        const int pages = PdfProbe::pageCount(path);
        QCOMPARE(writer.pageCount(), pages);
        QCOMPARE(calls, pages);
        PdfDocumentWriter one;
        QVERIFY(one.write(sample(), m_dir + QStringLiteral("/one.pdf")));
        const int perPart = one.pageCount();
        QCOMPARE(pages, 3 * perPart);
        const QStringList contents{QStringLiteral("Contents"), QStringLiteral("Inhoud"), QStringLiteral("Table des matières")};
        for (int part = 0; part < 3; ++part) {
            const int first = part * perPart + 1;
            const QString text = PdfProbe::text(path, first, first);
            QVERIFY2(text.contains(contents[part]), qPrintable(text.left(200)));
            QVERIFY2(text.contains(DocumentStrings::pageOf(languages[part], 1, perPart)), qPrintable(text.right(200)));
            const QString last = PdfProbe::text(path, first + perPart - 1, first + perPart - 1);
            QVERIFY(last.contains(DocumentStrings::pageOf(languages[part], perPart, perPart)));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("<rdf:li>en</rdf:li><rdf:li>nl</rdf:li><rdf:li>fr</rdf:li>"));
        QVERIFY(bytes.contains("<pdfaid:part>1</pdfaid:part>"));
        QCOMPARE(PdfProbe::info(path).value(QStringLiteral("Title")), QStringLiteral("Bundle"));
        for (const QImage& image : PdfProbe::pages(path))
            QVERIFY(PdfProbe::watermarkPixels(image) > 300);
    }

    // A long document is written by two threads in two pieces cut where a page starts: the file
    // has the pages, contents, page numbers and text the document has in one piece (printing
    // paints it in one piece: the two are compared page by page).
    void longDocumentInTwoPiecesAsInOne()
    {
        DocumentModel model;
        model.title = QStringLiteral("Long");
        model.language = QStringLiteral("it");
        model.tableOfContents = true;
        model.cover.title = QStringLiteral("Long document");
        model.cover.facts = {{QStringLiteral("Fact"), QStringLiteral("Value")}};
        for (int chapter = 1; chapter <= 9; ++chapter) {
            DocumentBlock heading = DocumentBlock::heading(1, QString::number(chapter), QStringLiteral("Chapter%1Title").arg(chapter));
            heading.pageBreakBefore = chapter % 3 == 1;
            model.append(heading);
            for (int i = 0; i < 7; ++i)
                model.append(DocumentBlock::paragraph(QStringLiteral("Paragraph %1 of chapter %2. ").arg(i).arg(chapter).repeated(12)));
            model.append(DocumentBlock::table({QStringLiteral("Key"), QStringLiteral("Value")},
                                              {{QStringLiteral("k%1").arg(chapter), QStringLiteral("v%1").arg(chapter)}}));
        }
        PdfDocumentWriter::Options options;
        options.draftWatermark = true;
        PdfDocumentWriter writer(options);
        const QString written = m_dir + QStringLiteral("/long.pdf");
        QVERIFY(writer.write(model, written));
        // Two pieces: each embeds the fonts it uses, so the body font is there twice.
        QStringList names;
        for (const QString& font : PdfProbe::fonts(written))
            names.append(font.section(QLatin1Char(' '), 0, 0));
        QCOMPARE(names.count(QStringLiteral("LiberationSerif")), 2);
        const QString painted = m_dir + QStringLiteral("/long-painted.pdf");
        QPdfWriter device(painted);
        device.setResolution(600);
        device.setPageSize(QPageSize(QPageSize::A4));
        device.setPageMargins(QMarginsF(0, 0, 0, 0));
        PdfDocumentWriter printer(options);
        QVERIFY(printer.paint(model, &device));
        const int pages = PdfProbe::pageCount(written);
        QCOMPARE(writer.pageCount(), pages);
        QCOMPARE(PdfProbe::pageCount(painted), pages);
        for (int page = 1; page <= pages; ++page) {
            const QString text = PdfProbe::text(written, page, page);
            QCOMPARE(text, PdfProbe::text(painted, page, page));
            QVERIFY2(text.contains(DocumentStrings::pageOf(QStringLiteral("it"), page, pages)) || page == 1, qPrintable(text.right(80)));
        }
        // The contents point at the pages the chapters are on.
        const QString contents = PdfProbe::text(written, 2, 2, true);
        for (int chapter = 1; chapter <= 9; ++chapter) {
            const QString title = QStringLiteral("Chapter%1Title").arg(chapter);
            static const QRegularExpression number(QStringLiteral("(\\d+)\\s*$"));
            QString line;
            for (const QString& l : contents.split(QLatin1Char('\n'))) {
                if (l.contains(title))
                    line = l;
            }
            const int page = number.match(line).captured(1).toInt();
            QVERIFY2(page > 2 && PdfProbe::text(written, page, page).contains(title), qPrintable(line));
        }
    }

    void clausePairsStartLevel()
    {
        DocumentModel model;
        model.title = QStringLiteral("Bilingual");
        model.append(DocumentBlock::clausePair(QStringLiteral("LeftOne ") + QStringLiteral("long text ").repeated(60),
                                               QStringLiteral("RightOne short")));
        model.append(DocumentBlock::clausePair(QStringLiteral("LeftTwo text"), QStringLiteral("RightTwo text")));
        const QString path = m_dir + QStringLiteral("/bilingual.pdf");
        PdfDocumentWriter writer;
        QVERIFY(writer.write(model, path));
        const QString html = PdfProbe::run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
        const auto top = [&html](const QString& word) {
            const QRegularExpression re(QStringLiteral("yMin=\"([0-9.]+)\"[^>]*>%1<").arg(word));
            return re.match(html).captured(1).toDouble();
        };
        QVERIFY(top(QStringLiteral("LeftTwo")) > 0);
        QCOMPARE(top(QStringLiteral("LeftOne")), top(QStringLiteral("RightOne")));
        QCOMPARE(top(QStringLiteral("LeftTwo")), top(QStringLiteral("RightTwo")));
        QVERIFY(top(QStringLiteral("RightTwo")) > top(QStringLiteral("RightOne")) + 50);
    }

    void watermarkOnlyOnDrafts()
    {
        PdfDocumentWriter::Options options;
        options.draftWatermark = true;
        const QString draftPath = m_dir + QStringLiteral("/draft.pdf");
        PdfDocumentWriter draft(options);
        QVERIFY(draft.write(sample(QStringLiteral("it")), draftPath));
        const QString finalPath = m_dir + QStringLiteral("/final.pdf");
        PdfDocumentWriter final;
        QVERIFY(final.write(sample(QStringLiteral("it")), finalPath));
        // The watermark is an outline: it stays out of copied and searched text.
        QVERIFY(!PdfProbe::text(draftPath).contains(QLatin1String("BOZZA")));
        const QList<QImage> draftPages = PdfProbe::pages(draftPath);
        const QList<QImage> finalPages = PdfProbe::pages(finalPath);
        QCOMPARE(draftPages.size(), draft.pageCount());
        QCOMPARE(finalPages.size(), final.pageCount());
        for (const QImage& page : draftPages) {
            QVERIFY(PdfProbe::nonWhitePixels(page) > 500);
            QVERIFY(PdfProbe::watermarkPixels(page) > 300);
        }
        for (const QImage& page : finalPages) {
            QVERIFY(PdfProbe::nonWhitePixels(page) > 500);
            QCOMPARE(PdfProbe::watermarkPixels(page), 0);
        }
    }

    void valuesStayLiteral()
    {
        DocumentModel model;
        model.title = QStringLiteral("<b>Escaping</b>");
        model.append(DocumentBlock::heading(1, QString(), QStringLiteral("<img src=\"file:///etc/passwd\">")));
        model.append(DocumentBlock::paragraph(QStringLiteral("**not bold** & <i>not italic</i>")));
        model.append(DocumentBlock::paragraph(QStringLiteral("![secret](file:///etc/passwd) Markdown image"),
                                              DocumentBlock::TextFormat::Markdown));
        const QString path = m_dir + QStringLiteral("/escaping.pdf");
        PdfDocumentWriter writer;
        QVERIFY(writer.write(model, path));
        const QString text = PdfProbe::text(path);
        QVERIFY(text.contains(QLatin1String("<img src=\"file:///etc/passwd\">")));
        QVERIFY(text.contains(QLatin1String("**not bold** & <i>not italic</i>")));
        QVERIFY(!text.contains(QLatin1String("root:")));
        QCOMPARE(PdfProbe::info(path).value(QStringLiteral("Title")), QStringLiteral("<b>Escaping</b>"));
    }

    void letterAndGivenDocument()
    {
        SafeTextDocument document;
        QString html;
        for (int i = 0; i < 120; ++i)
            html += QStringLiteral("<p>Line %1 of a document built elsewhere, <img src=\"file:///etc/hostname\"> no image.</p>").arg(i);
        document.setHtml(html);
        DocumentModel metadata;
        metadata.title = QStringLiteral("Given document");
        metadata.language = QStringLiteral("fr");
        PdfDocumentWriter::Options options;
        options.pageSize = QPageSize::Letter;
        PdfDocumentWriter writer(options);
        const QString path = m_dir + QStringLiteral("/given.pdf");
        QVERIFY(writer.write(document, metadata, path));
        const auto info = PdfProbe::info(path);
        QVERIFY2(info.value(QStringLiteral("Page size")).startsWith(QLatin1String("612 x 792")), qPrintable(info.value(QStringLiteral("Page size"))));
        QVERIFY(writer.pageCount() >= 2);
        const QString text = PdfProbe::text(path);
        QVERIFY(text.contains(QLatin1String("Line 119 of a document")));
        QVERIFY(text.contains(QStringLiteral("Page 2 sur %1").arg(writer.pageCount())));
    }

    void paintsTheSamePagesOnAnotherDevice()
    {
        PdfDocumentWriter::Options options;
        options.draftWatermark = true;
        PdfDocumentWriter writer(options);
        const QString written = m_dir + QStringLiteral("/written.pdf");
        QVERIFY(writer.write(sample(QStringLiteral("nl")), written));
        // Another paged device at another resolution, with margins: the pages stay the PDF's.
        const QString painted = m_dir + QStringLiteral("/painted.pdf");
        QPdfWriter device(painted);
        device.setResolution(300);
        device.setPageSize(QPageSize(QPageSize::A4));
        device.setPageMargins(QMarginsF(0, 0, 0, 0));
        QVERIFY2(writer.paint(sample(QStringLiteral("nl")), &device), qPrintable(writer.errorString()));
        const int pages = PdfProbe::pageCount(written);
        QCOMPARE(writer.pageCount(), pages);
        QCOMPARE(PdfProbe::pageCount(painted), pages);
        for (int page = 1; page <= pages; ++page)
            QCOMPARE(PdfProbe::text(painted, page, page), PdfProbe::text(written, page, page));
        QVERIFY(PdfProbe::watermarkPixels(PdfProbe::pages(painted).constLast()) > 300);
    }

    void cancelLeavesNoFileAndKeepsTheOldOne()
    {
        const QString path = m_dir + QStringLiteral("/cancelled.pdf");
        PdfDocumentWriter writer;
        int calls = 0;
        writer.setProgress([&calls](int page, int pageCount) {
            ++calls;
            return page < 2 && pageCount > 2;
        });
        QVERIFY(!writer.write(sample(), path));
        QVERIFY(writer.wasCanceled());
        QCOMPARE(calls, 2);
        QVERIFY(!QFile::exists(path));

        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export");
        old.close();
        QVERIFY(!writer.write(sample(), path));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous export"));
        QCOMPARE(QDir(m_dir).entryList({QStringLiteral("cancelled.pdf*")}, QDir::Files | QDir::Hidden), QStringList{QStringLiteral("cancelled.pdf")});
    }

    void unwritablePathFails()
    {
        PdfDocumentWriter writer;
        QVERIFY(!writer.write(sample(), m_dir + QStringLiteral("/no/such/dir/out.pdf")));
        QVERIFY(writer.errorString().contains(QLatin1String("out.pdf")));
    }
};

QTEST_MAIN(TestPdfDocumentWriter)
#include "TestPdfDocumentWriter.moc"
