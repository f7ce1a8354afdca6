// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/PdfDocumentWriter.h"

#include "documents/DocumentStrings.h"
#include "documents/PagedTextLayout.h"
#include "documents/PdfJoiner.h"
#include "documents/SafeTextDocument.h"
#include "documents/TextDocumentBuilder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>

#include <atomic>
#include <climits>
#include <cmath>
#include <future>
#include <vector>

namespace {

// Page geometry in millimetres.
constexpr qreal marginLeft = 25;
constexpr qreal marginRight = 22;
constexpr qreal marginTop = 27;
constexpr qreal marginBottom = 24;
constexpr qreal headerBaseline = 15;
constexpr qreal footerBaseline = 13;

const QColor chromeColour(0x55, 0x5b, 0x66);
const QColor chromeRule(0xb8, 0xbe, 0xc8);

/** A PDF text string: UTF-16BE with a byte order mark, in hex, so nothing needs escaping. */
QByteArray pdfText(const QString& text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode() | 0x10000, 16).mid(1).toUpper();
    return hex + '>';
}

QByteArray pdfDate(const QDateTime& utc)
{
    return "(D:" + utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

} // namespace

PdfDocumentWriter::PdfDocumentWriter()
    : PdfDocumentWriter(Options())
{
}

PdfDocumentWriter::PdfDocumentWriter(const Options& options)
    : m_options(options)
{
}

QColor PdfDocumentWriter::watermarkColour()
{
    return QColor(0xf0, 0xc0, 0xc0);
}

bool PdfDocumentWriter::write(const DocumentModel& model, const QString& path)
{
    return render(nullptr, model, path);
}

bool PdfDocumentWriter::write(QTextDocument& document, const DocumentModel& metadata, const QString& path)
{
    return render(&document, metadata, path);
}

/** The page in layout units (device pixels at the PDF's resolution) and its text area. */
struct PdfDocumentWriter::PageGeometry
{
    int dpi = 600;
    qreal width = 0;
    qreal height = 0;
    qreal mm = 1; ///< layout units per millimetre
    QRectF content;
};

/**
 * A piece of the file as laid out: a whole document, or the blocks [firstBlock, endBlock) of one
 * that starts a page (a long document is written by two threads in two pieces).
 */
struct PdfDocumentWriter::Part
{
    const DocumentModel* model = nullptr;
    int firstBlock = 0;
    int endBlock = -1;
    std::unique_ptr<QPaintDevice> device; ///< fonts take its resolution; outlives the document
    std::unique_ptr<SafeTextDocument> built;
    std::unique_ptr<PagedTextLayout> pages;
    int pageCount = 0;
    int firstPage = 0; ///< the number of its first page in its document, from 0
    int documentPages = 0; ///< the pages of its document ("of Y")
    QList<QTextBlock> contentsLines;
    QList<QTextBlock> headings; ///< the headings the contents list, in order

    /** The page of each heading, in order, counted in its document. */
    QList<int> headingPages() const
    {
        QList<int> numbers;
        for (const QTextBlock& heading : headings)
            numbers.append(firstPage + pages->pageOf(heading));
        return numbers;
    }
    /** Numbers the contents lines with @p pages (those of every heading of the document). */
    void numberContents(const QList<int>& pages) const
    {
        for (qsizetype i = 0; i < contentsLines.size() && i < pages.size(); ++i)
            this->pages->setTrailingText(contentsLines[i], QString::number(pages[i] + 1));
    }
};

namespace {

/**
 * A device that only answers the questions layout asks (resolution, page size): a document can
 * be laid out on any thread at the PDF's resolution while the PDF itself is being painted.
 */
class MetricsDevice : public QPaintDevice
{
public:
    MetricsDevice(int dpi, qreal width, qreal height)
        : m_dpi(dpi)
        , m_width(int(width))
        , m_height(int(height))
    {
    }
    QPaintEngine* paintEngine() const override { return nullptr; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_width;
        case PdmHeight:
            return m_height;
        case PdmWidthMM:
            return qRound(m_width * 25.4 / m_dpi);
        case PdmHeightMM:
            return qRound(m_height * 25.4 / m_dpi);
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return m_dpi;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return INT_MAX;
        default:
            return 0;
        }
    }

private:
    int m_dpi;
    int m_width;
    int m_height;
};

} // namespace

PdfDocumentWriter::~PdfDocumentWriter() = default;

PdfDocumentWriter::PageGeometry PdfDocumentWriter::pageGeometry(const QPageLayout& layout, int resolution)
{
    PageGeometry page;
    page.dpi = resolution;
    const QRect full = layout.fullRectPixels(resolution);
    page.width = full.width();
    page.height = full.height();
    page.mm = resolution / 25.4;
    page.content = QRectF(marginLeft * page.mm, marginTop * page.mm, page.width - (marginLeft + marginRight) * page.mm,
                          page.height - (marginTop + marginBottom) * page.mm);
    return page;
}

// Builds and lays out one part; runs on any thread, touching nothing but @p part.
void PdfDocumentWriter::preparePart(Part& part, QTextDocument* given, const PageGeometry& page)
{
    part.device = std::make_unique<MetricsDevice>(page.dpi, page.width, page.height);
    QTextDocument* document = given;
    if (!given) {
        TextDocumentBuilder builder(*part.model);
        builder.setPaintDevice(part.device.get());
        builder.setBlocks(part.firstBlock, part.endBlock);
        part.built = builder.build();
        part.contentsLines = builder.contentsLines();
        part.headings = builder.contentsHeadings();
        document = part.built.get();
    }
    // One layout pass: lines are broken once, then placed on the pages.
    part.pages = std::make_unique<PagedTextLayout>(document, part.device.get(), page.content.size());
    part.pages->layout();
    part.pageCount = part.pages->pageCount();
    // A whole document numbers itself; pieces are numbered once all of them are laid out.
    if (part.firstBlock == 0 && part.endBlock < 0) {
        part.documentPages = part.pageCount;
        part.numberContents(part.headingPages());
    }
}

// Paints the pages of @p part in layout units: the painter maps them to @p device (a PDF
// at the layout's resolution, or a printer). Fonts have pixel sizes, so they scale with the
// painter. @p started says whether the device has a page painted already; @p pageDone is told of
// each page and can stop the painting.
bool PdfDocumentWriter::paintPages(QPainter& painter, const Part& part, const PageGeometry& page, QPagedPaintDevice* device,
                                   bool* started, const std::function<bool()>& pageDone, QString* error) const
{
    const DocumentModel& model = *part.model;
    const qreal mm = page.mm;
    const qreal pageWidth = page.width;
    const qreal pageHeight = page.height;
    const QRectF content = page.content;
    QPaintDevice* metricsDevice = part.device.get();

    painter.setRenderHint(QPainter::Antialiasing);
    QFont chromeFont(TextDocumentBuilder::displayFamily(model));
    chromeFont.setPixelSize(qRound(8 * page.dpi / 72.0));
    const QFontMetricsF metrics(chromeFont, metricsDevice);
    QFont watermarkFont(TextDocumentBuilder::sansFamily());
    watermarkFont.setBold(true);
    watermarkFont.setPixelSize(int(pageHeight / 8));
    const QFontMetricsF watermarkMetrics(watermarkFont, metricsDevice);
    const QString draft = DocumentStrings::draft(model.language);
    const qreal diagonal = std::hypot(pageWidth, pageHeight);
    const qreal angle = -std::atan2(pageHeight, pageWidth) * 180 / M_PI;
    const qreal draftWidth = watermarkMetrics.horizontalAdvance(draft);
    const qreal scale = diagonal * 0.55 / draftWidth;
    // An outline, not text: the watermark must not end up in copied or searched text.
    QPainterPath watermark;
    watermark.addText(QPointF(-draftWidth / 2, watermarkMetrics.capHeight() / 2), watermarkFont, draft);
    // The same on every page.
    const QString title = metrics.elidedText(model.title, Qt::ElideRight, content.width() * 0.7);
    const QString author = metrics.elidedText(model.author, Qt::ElideRight, content.width() * 0.28);
    const qreal authorWidth = metrics.horizontalAdvance(author);

    for (int pageIndex = 0; pageIndex < part.pageCount; ++pageIndex) {
        if (*started && !device->newPage()) {
            *error = QCoreApplication::translate("PdfDocumentWriter", "Cannot start page %1.").arg(pageIndex + 1);
            return false;
        }
        *started = true;
        // The watermark first, under the text: PDF/A-1 forbids transparency.
        if (m_options.draftWatermark) {
            painter.save();
            painter.translate(pageWidth / 2, pageHeight / 2);
            painter.rotate(angle);
            painter.scale(scale, scale);
            painter.setPen(Qt::NoPen);
            painter.fillPath(watermark, watermarkColour());
            painter.restore();
        }
        painter.setFont(chromeFont);
        painter.setPen(QPen(chromeRule, 0.25 * mm));
        const bool coverPage = pageIndex == 0 && part.firstPage == 0 && !model.cover.isEmpty();
        if (!coverPage) {
            painter.drawLine(QPointF(content.left(), (headerBaseline + 2.5) * mm),
                             QPointF(content.right(), (headerBaseline + 2.5) * mm));
            painter.setPen(chromeColour);
            painter.drawText(QPointF(content.left(), headerBaseline * mm), title);
            if (!author.isEmpty())
                painter.drawText(QPointF(content.right() - authorWidth, headerBaseline * mm), author);
        }
        painter.setPen(QPen(chromeRule, 0.25 * mm));
        const qreal footerY = pageHeight - footerBaseline * mm;
        painter.drawLine(QPointF(content.left(), footerY - 4.5 * mm), QPointF(content.right(), footerY - 4.5 * mm));
        painter.setPen(chromeColour);
        const QString footer = DocumentStrings::pageOf(model.language, part.firstPage + pageIndex + 1, part.documentPages);
        const qreal footerWidth = metrics.horizontalAdvance(footer);
        painter.drawText(QPointF(content.right() - footerWidth, footerY), footer);
        if (!model.subject.isEmpty()) {
            painter.drawText(QPointF(content.left(), footerY),
                             metrics.elidedText(model.subject, Qt::ElideRight, content.width() - footerWidth - 10 * mm));
        }

        painter.save();
        painter.translate(content.topLeft());
        part.pages->drawPage(&painter, pageIndex);
        painter.restore();
        if (!pageDone())
            return false;
    }
    return true;
}

QList<DocumentModel> PdfDocumentWriter::partsOf(const DocumentModel& model)
{
    return model.parts.isEmpty() ? QList<DocumentModel>{model} : model.parts;
}

bool PdfDocumentWriter::paintAll(QTextDocument* given, const DocumentModel& model, const PageGeometry& page, QPainter& painter,
                                 QPagedPaintDevice* device)
{
    const QList<DocumentModel> models = given ? QList<DocumentModel>{model} : partsOf(model);
    std::vector<Part> parts(models.size());
    int total = 0;
    for (qsizetype i = 0; i < models.size(); ++i) {
        parts[i].model = &models[i];
        preparePart(parts[i], given, page);
        total += parts[i].pageCount;
    }
    bool started = false;
    int painted = 0;
    const auto pageDone = [this, &painted, total] {
        ++painted;
        if (m_progress && !m_progress(painted, total)) {
            m_canceled = true;
            m_error = QCoreApplication::translate("PdfDocumentWriter", "Cancelled.");
            return false;
        }
        return true;
    };
    bool ok = true;
    for (const Part& part : parts) {
        ok = paintPages(painter, part, page, device, &started, pageDone, &m_error);
        if (!ok)
            break;
    }
    m_pageCount = painted;
    painter.end();
    return ok;
}

std::unique_ptr<QPdfWriter> PdfDocumentWriter::newWriter(QIODevice* output, const DocumentModel& model,
                                                         const QDateTime& now) const
{
    auto writer = std::make_unique<QPdfWriter>(output);
    writer->setResolution(m_options.resolution);
    writer->setPageSize(QPageSize(m_options.pageSize));
    writer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    if (m_options.pdfA)
        writer->setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer->setTitle(model.title);
    writer->setCreator(QStringLiteral("Registro ") + QStringLiteral(REGISTRO_VERSION_STRING));
    writer->setDocumentXmpMetadata(xmpMetadata(model, now));
    return writer;
}

// Where two threads can share a single document: a block that starts a page, with about as
// much text before it as after; -1 when there is none, or the document is short.
int PdfDocumentWriter::splitPoint(const DocumentModel& model)
{
    // before[i]: the text of the blocks before block i.
    QList<qsizetype> before{0};
    for (const DocumentBlock& block : model.blocks) {
        qsizetype size = block.text.size() + block.left.size() + block.right.size() + 40;
        for (const QStringList& row : block.rows) {
            for (const QString& cell : row)
                size += cell.size();
        }
        before.append(before.constLast() + size);
    }
    const qsizetype total = before.constLast();
    if (total < 20000)
        return -1;
    int best = -1;
    qsizetype bestDistance = total;
    for (const int start : TextDocumentBuilder::pageStarts(model)) {
        const qsizetype distance = qAbs(total - 2 * before[start]);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = start;
        }
    }
    // A piece of less than a fifth is not worth a thread.
    return bestDistance <= total * 3 / 5 ? best : -1;
}

// Two threads write the file: a bundle, half of its documents each; or a long document in two
// pieces cut where a page starts (both laid out as the whole would be: the second starts at the
// top of a page either way). Each thread builds, lays out and paints its pieces into a PDF of
// its own, and the two PDFs are joined. QPdfWriter paints one page after the other, and painting
// is most of the time a document takes. Empty when the file is not written this way; m_error
// says why when that is a failure.
QByteArray PdfDocumentWriter::writeInTwo(const DocumentModel& model, const PageGeometry& page, const QDateTime& now)
{
    struct Piece
    {
        const DocumentModel* model;
        int first;
        int end;
    };
    QList<Piece> firstPieces;
    QList<Piece> secondPieces;
    const bool pieces = model.parts.size() <= 1;
    if (!pieces) {
        const qsizetype split = (model.parts.size() + 1) / 2;
        for (qsizetype i = 0; i < model.parts.size(); ++i)
            (i < split ? firstPieces : secondPieces).append({&model.parts[i], 0, -1});
    } else {
        const DocumentModel& whole = model.parts.isEmpty() ? model : model.parts.constFirst();
        const int split = splitPoint(whole);
        if (split < 0)
            return {};
        firstPieces.append({&whole, 0, split});
        secondPieces.append({&whole, split, -1});
    }

    struct Half
    {
        QByteArray pdf;
        std::vector<Part> parts;
        int pageCount = 0;
        bool ok = false;
        QString error;
    };
    // For the two pieces of one document: what each half tells the other once laid out.
    std::promise<int> firstCount;
    std::promise<std::pair<int, QList<int>>> secondCount; ///< its pages and its headings' pages
    const auto write = [this, &model, &page, &now](Half& half, const QList<Piece>& plan, const std::function<void()>& laidOut,
                                                   const std::function<bool()>& pageDone) {
        half.parts.resize(plan.size());
        for (qsizetype i = 0; i < plan.size(); ++i) {
            half.parts[i].model = plan[i].model;
            half.parts[i].firstBlock = plan[i].first;
            half.parts[i].endBlock = plan[i].end;
            preparePart(half.parts[i], nullptr, page);
            half.pageCount += half.parts[i].pageCount;
        }
        laidOut();
        QBuffer buffer(&half.pdf);
        buffer.open(QIODevice::WriteOnly);
        const std::unique_ptr<QPdfWriter> writer = newWriter(&buffer, model, now);
        QPainter painter;
        if (!painter.begin(writer.get())) {
            half.error = QCoreApplication::translate("PdfDocumentWriter", "Cannot write the PDF.");
            return;
        }
        bool started = false;
        half.ok = true;
        for (const Part& part : half.parts) {
            half.ok = paintPages(painter, part, page, writer.get(), &started, pageDone, &half.error);
            if (!half.ok)
                break;
        }
        painter.end();
        // The documents go on the thread that made them, while the other may still be painting.
        half.parts.clear();
    };

    Half first;
    Half second;
    std::atomic<int> secondPages = -1;
    std::atomic<int> secondPainted = 0;
    std::atomic<bool> stop = false;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        write(second, secondPieces,
              [&] {
                  if (pieces) {
                      Part& part = second.parts.front();
                      secondCount.set_value({part.pageCount, part.headingPages()});
                      part.firstPage = firstCount.get_future().get();
                      part.documentPages = part.firstPage + part.pageCount;
                  }
                  secondPages = second.pageCount;
              },
              [&] {
                  ++secondPainted;
                  return !stop.load();
              });
    }));
    worker->start();
    // Progress: a step for each page either thread has painted, told on this thread.
    int painted = 0;
    int reported = 0;
    const auto report = [&] {
        // Until the other half is laid out, its parts are counted as long as these.
        const int theirs = secondPages >= 0 ? secondPages.load() : first.pageCount;
        const int done = painted + secondPainted;
        while (reported < done && !m_canceled) {
            ++reported;
            if (m_progress && !m_progress(reported, qMax(done, first.pageCount + theirs))) {
                m_canceled = true;
                m_error = QCoreApplication::translate("PdfDocumentWriter", "Cancelled.");
                stop = true;
            }
        }
        return !m_canceled;
    };
    write(first, firstPieces,
          [&] {
              if (!pieces)
                  return;
              // The first piece numbers the contents of the whole document.
              Part& part = first.parts.front();
              firstCount.set_value(part.pageCount);
              const auto [theirPages, theirHeadings] = secondCount.get_future().get();
              part.documentPages = part.pageCount + theirPages;
              QList<int> headings = part.headingPages();
              for (const int heading : theirHeadings)
                  headings.append(part.pageCount + heading);
              part.numberContents(headings);
          },
          [&] {
              ++painted;
              return report();
          });
    while (!worker->wait(QDeadlineTimer(20)))
        report();
    report();
    if (m_canceled)
        return {};
    if (!first.ok || !second.ok) {
        m_error = !first.error.isEmpty() ? first.error : second.error;
        return {};
    }
    QByteArray joined;
    QString error;
    if (!PdfJoiner::join({first.pdf, second.pdf}, &joined, &error)) {
        // Never seen with QPdfWriter's files; the caller writes the document in one piece then.
        qWarning("PdfDocumentWriter: %s", qPrintable(error));
        return {};
    }
    m_pageCount = first.pageCount + second.pageCount;
    return joined;
}

bool PdfDocumentWriter::start()
{
    m_pageCount = 0;
    m_canceled = false;
    m_error.clear();
    if (TextDocumentBuilder::serifFamily().isEmpty() || TextDocumentBuilder::sansFamily().isEmpty()) {
        m_error = QCoreApplication::translate("PdfDocumentWriter", "The fonts for documents are missing: install Liberation or DejaVu fonts.");
        return false;
    }
    return true;
}

bool PdfDocumentWriter::render(QTextDocument* given, const DocumentModel& model, const QString& path)
{
    if (!start())
        return false;
    // The PDF is made in memory and saved whole: a failure or a cancel leaves no partial file,
    // and an existing file stays as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QCoreApplication::translate("PdfDocumentWriter", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const PageGeometry page = pageGeometry(QPageLayout(QPageSize(m_options.pageSize), QPageLayout::Portrait, QMarginsF()),
                                           m_options.resolution);
    QByteArray pdf;
    if (!given && QThread::idealThreadCount() > 1)
        pdf = writeInTwo(model, page, now);
    if (m_canceled || (pdf.isEmpty() && !m_error.isEmpty())) {
        file.cancelWriting();
        return false;
    }
    if (pdf.isEmpty()) {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        const std::unique_ptr<QPdfWriter> writer = newWriter(&buffer, model, now);
        QPainter painter;
        if (!painter.begin(writer.get())) {
            m_error = QCoreApplication::translate("PdfDocumentWriter", "Cannot write %1.").arg(path);
            file.cancelWriting();
            return false;
        }
        const bool painted = paintAll(given, model, page, painter, writer.get());
        // The caller's document keeps no pointer to the device it was laid out with.
        if (given)
            PagedTextLayout::attach(given, nullptr);
        if (!painted) {
            file.cancelWriting();
            return false;
        }
    }
    if (!appendInfoDictionary(pdf, path, model, now) || file.write(pdf) != pdf.size() || !file.commit()) {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("PdfDocumentWriter", "Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool PdfDocumentWriter::paint(const DocumentModel& model, QPagedPaintDevice* device)
{
    if (!start())
        return false;
    // Laid out for a PDF of the device's page: the same line and page breaks as the file.
    const QPageLayout target = device->pageLayout();
    const PageGeometry page = pageGeometry(QPageLayout(target.pageSize(), target.orientation(), QMarginsF(0, 0, 0, 0)),
                                           m_options.resolution);
    QPainter painter;
    if (!painter.begin(device)) {
        m_error = QCoreApplication::translate("PdfDocumentWriter", "Cannot paint on the printer.");
        return false;
    }
    // A device with margins puts its origin at the margin: move it back to the paper's corner.
    const int dpi = device->logicalDpiX();
    const QPoint offset = target.paintRectPixels(dpi).topLeft() - target.fullRectPixels(dpi).topLeft();
    painter.translate(-offset);
    painter.scale(qreal(device->logicalDpiX()) / page.dpi, qreal(device->logicalDpiY()) / page.dpi);
    return paintAll(nullptr, model, page, painter, device);
}

QByteArray PdfDocumentWriter::xmpMetadata(const DocumentModel& model, const QDateTime& now) const
{
    const auto esc = [](const QString& text) { return text.toHtmlEscaped().toUtf8(); };
    const QByteArray date = now.toString(Qt::ISODate).toLatin1();
    QByteArray languages;
    for (const QString& language : model.language.split(QLatin1Char(','), Qt::SkipEmptyParts))
        languages += "<rdf:li>" + esc(language.trimmed()) + "</rdf:li>";
    QByteArray xmp;
    xmp += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
           "<dc:format>application/pdf</dc:format>\n"
           "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(model.title) + "</rdf:li></rdf:Alt></dc:title>\n"
           "<dc:creator><rdf:Seq><rdf:li>" + esc(model.author) + "</rdf:li></rdf:Seq></dc:creator>\n"
           "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(model.subject) + "</rdf:li></rdf:Alt></dc:description>\n"
           "<dc:language><rdf:Bag>" + languages + "</rdf:Bag></dc:language>\n"
           "</rdf:Description>\n"
           "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
           "<pdf:Producer>" + esc(QStringLiteral("Qt " QT_VERSION_STR)) + "</pdf:Producer>\n"
           "<pdf:Keywords>" + esc(model.keywords) + "</pdf:Keywords>\n"
           "</rdf:Description>\n"
           "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
           "<xmp:CreatorTool>" + esc(QStringLiteral("Registro ") + QStringLiteral(REGISTRO_VERSION_STRING)) + "</xmp:CreatorTool>\n"
           "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
           "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
           "<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n"
           "</rdf:Description>\n";
    if (m_options.pdfA) {
        xmp += "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
               "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
               "</rdf:Description>\n";
    }
    xmp += "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return xmp;
}

// QPdfWriter writes only /Title, /Creator and /Producer into the document information
// dictionary. An incremental update adds a complete dictionary (author, subject, keywords) that
// matches the XMP metadata, without rewriting what Qt wrote.
bool PdfDocumentWriter::appendInfoDictionary(QByteArray& pdf, const QString& path, const DocumentModel& model,
                                             const QDateTime& now)
{
    const qint64 size = pdf.size();
    const QByteArray tail = pdf.right(1024);
    static const QRegularExpression trailer(QStringLiteral(
        "trailer\\s*<<(.*)>>\\s*startxref\\s*(\\d+)\\s*%%EOF\\s*$"), QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = trailer.match(QString::fromLatin1(tail));
    static const QRegularExpression sizeEntry(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression rootEntry(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)"));
    static const QRegularExpression idEntry(QStringLiteral("/ID\\s*(\\[[^\\]]*\\])"));
    const QString dictionary = match.captured(1);
    const QRegularExpressionMatch sizeMatch = sizeEntry.match(dictionary);
    const QRegularExpressionMatch rootMatch = rootEntry.match(dictionary);
    if (!match.hasMatch() || !sizeMatch.hasMatch() || !rootMatch.hasMatch()) {
        m_error = QCoreApplication::translate("PdfDocumentWriter", "The PDF written to %1 has no trailer.").arg(path);
        return false;
    }
    const int object = sizeMatch.captured(1).toInt();
    const QByteArray previous = match.captured(2).toLatin1();
    const QString id = idEntry.match(dictionary).captured(1);

    QByteArray update = "\n";
    const qint64 objectOffset = size + update.size();
    update += QByteArray::number(object) + " 0 obj\n<<\n/Title " + pdfText(model.title) + "\n/Author "
              + pdfText(model.author) + "\n/Subject " + pdfText(model.subject) + "\n/Keywords " + pdfText(model.keywords)
              + "\n/Creator " + pdfText(QStringLiteral("Registro ") + QStringLiteral(REGISTRO_VERSION_STRING))
              + "\n/Producer " + pdfText(QStringLiteral("Qt " QT_VERSION_STR)) + "\n/CreationDate " + pdfDate(now)
              + "\n/ModDate " + pdfDate(now) + "\n>>\nendobj\n";
    const qint64 xrefOffset = size + update.size();
    update += "xref\n" + QByteArray::number(object) + " 1\n"
              + QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n \n" + "trailer\n<<\n/Size "
              + QByteArray::number(object + 1) + "\n/Root " + rootMatch.captured(1).toLatin1() + "\n/Info "
              + QByteArray::number(object) + " 0 R\n/Prev " + previous + "\n";
    if (!id.isEmpty())
        update += "/ID " + id.toLatin1() + "\n";
    update += ">>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    pdf += update;
    return true;
}
