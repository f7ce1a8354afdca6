// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/PdfDocumentWriter.h"

#include "documents/DocumentStrings.h"
#include "documents/PagedTextLayout.h"
#include "documents/SafeTextDocument.h"
#include "documents/TextDocumentBuilder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

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

struct PdfDocumentWriter::Layout
{
    std::unique_ptr<SafeTextDocument> built;
    QTextDocument* document = nullptr;
    std::unique_ptr<PagedTextLayout> pages;
    qreal mm = 1; ///< layout units per millimetre
    qreal pageWidth = 0;
    qreal pageHeight = 0;
    QRectF content;
    QPagedPaintDevice* device = nullptr; ///< the device the text is laid out for
};

PdfDocumentWriter::~PdfDocumentWriter() = default;

bool PdfDocumentWriter::prepare(QTextDocument* given, const DocumentModel& model, QPagedPaintDevice* layoutDevice,
                                Layout* layout)
{
    if (TextDocumentBuilder::serifFamily().isEmpty() || TextDocumentBuilder::sansFamily().isEmpty()) {
        m_error = QCoreApplication::translate("PdfDocumentWriter", "The fonts for documents are missing: install Liberation or DejaVu fonts.");
        return false;
    }
    layout->device = layoutDevice;
    layout->mm = layoutDevice->logicalDpiX() / 25.4;
    layout->pageWidth = layoutDevice->width();
    layout->pageHeight = layoutDevice->height();
    const qreal mm = layout->mm;
    layout->content = QRectF(marginLeft * mm, marginTop * mm, layout->pageWidth - (marginLeft + marginRight) * mm,
                             layout->pageHeight - (marginTop + marginBottom) * mm);
    const QRectF content = layout->content;

    QList<TextDocumentBuilder::ContentsEntry> contents;
    QTextDocument* document = given;
    if (!given) {
        TextDocumentBuilder builder(model);
        builder.setPaintDevice(layoutDevice);
        layout->built = builder.build();
        contents = builder.contentsEntries();
        document = layout->built.get();
    }
    layout->document = document;
    // One layout pass: lines are broken once, then placed on the pages.
    layout->pages = std::make_unique<PagedTextLayout>(document, layoutDevice, content.size());
    layout->pages->layout();
    for (const auto& entry : std::as_const(contents)) {
        if (!entry.heading.isNull())
            layout->pages->setTrailingText(entry.line, QString::number(layout->pages->pageOf(entry.heading.block()) + 1));
    }
    m_pageCount = layout->pages->pageCount();
    return true;
}

// Paints in layout units: the painter maps them to @p device (the layout device itself when
// writing a PDF, or a printer). Fonts have pixel sizes, so they scale with the painter.
bool PdfDocumentWriter::paintPages(QPainter& painter, Layout& layout, const DocumentModel& model, QPagedPaintDevice* device)
{
    const qreal mm = layout.mm;
    const qreal pageWidth = layout.pageWidth;
    const qreal pageHeight = layout.pageHeight;
    const QRectF content = layout.content;
    QPaintDevice* metricsDevice = layout.device;

    painter.setRenderHint(QPainter::Antialiasing);
    QFont chromeFont(TextDocumentBuilder::displayFamily(model));
    chromeFont.setPixelSize(qRound(8 * metricsDevice->logicalDpiY() / 72.0));
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

    for (int page = 0; page < m_pageCount; ++page) {
        if (page > 0 && !device->newPage()) {
            m_error = QCoreApplication::translate("PdfDocumentWriter", "Cannot start page %1.").arg(page + 1);
            return false;
        }
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
        const bool coverPage = page == 0 && !model.cover.isEmpty();
        if (!coverPage) {
            painter.drawLine(QPointF(content.left(), (headerBaseline + 2.5) * mm),
                             QPointF(content.right(), (headerBaseline + 2.5) * mm));
            painter.setPen(chromeColour);
            const QString title = metrics.elidedText(model.title, Qt::ElideRight, content.width() * 0.7);
            painter.drawText(QPointF(content.left(), headerBaseline * mm), title);
            if (!model.author.isEmpty()) {
                const QString author = metrics.elidedText(model.author, Qt::ElideRight, content.width() * 0.28);
                painter.drawText(QPointF(content.right() - metrics.horizontalAdvance(author), headerBaseline * mm), author);
            }
        }
        painter.setPen(QPen(chromeRule, 0.25 * mm));
        const qreal footerY = pageHeight - footerBaseline * mm;
        painter.drawLine(QPointF(content.left(), footerY - 4.5 * mm), QPointF(content.right(), footerY - 4.5 * mm));
        painter.setPen(chromeColour);
        const QString footer = DocumentStrings::pageOf(model.language, page + 1, m_pageCount);
        const qreal footerWidth = metrics.horizontalAdvance(footer);
        painter.drawText(QPointF(content.right() - footerWidth, footerY), footer);
        if (!model.subject.isEmpty()) {
            painter.drawText(QPointF(content.left(), footerY),
                             metrics.elidedText(model.subject, Qt::ElideRight, content.width() - footerWidth - 10 * mm));
        }

        painter.save();
        painter.translate(content.topLeft());
        layout.pages->drawPage(&painter, page);
        painter.restore();

        if (m_progress && !m_progress(page + 1, m_pageCount)) {
            m_canceled = true;
            m_error = QCoreApplication::translate("PdfDocumentWriter", "Cancelled.");
            return false;
        }
    }
    return true;
}

bool PdfDocumentWriter::render(QTextDocument* given, const DocumentModel& model, const QString& path)
{
    m_pageCount = 0;
    m_canceled = false;
    m_error.clear();
    // The PDF is made in memory and saved whole: a failure or a cancel leaves no partial file,
    // and an existing file stays as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QCoreApplication::translate("PdfDocumentWriter", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(m_options.resolution);
        writer.setPageSize(QPageSize(m_options.pageSize));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        if (m_options.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(model.title);
        writer.setCreator(QStringLiteral("Registro ") + QStringLiteral(REGISTRO_VERSION_STRING));
        writer.setDocumentXmpMetadata(xmpMetadata(model, now));

        Layout layout;
        if (!prepare(given, model, &writer, &layout)) {
            file.cancelWriting();
            return false;
        }
        QPainter painter;
        if (!painter.begin(&writer)) {
            m_error = QCoreApplication::translate("PdfDocumentWriter", "Cannot write %1.").arg(path);
            file.cancelWriting();
            return false;
        }
        const bool painted = paintPages(painter, layout, model, &writer);
        painter.end();
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
    m_pageCount = 0;
    m_canceled = false;
    m_error.clear();
    // Laid out for a PDF of the device's page, never written: the same line and page breaks
    // as the file.
    QBuffer discard;
    discard.open(QIODevice::WriteOnly);
    QPdfWriter layoutDevice(&discard);
    layoutDevice.setResolution(m_options.resolution);
    const QPageLayout target = device->pageLayout();
    layoutDevice.setPageLayout(QPageLayout(target.pageSize(), target.orientation(), QMarginsF(0, 0, 0, 0)));
    Layout layout;
    if (!prepare(nullptr, model, &layoutDevice, &layout))
        return false;
    QPainter painter;
    if (!painter.begin(device)) {
        m_error = QCoreApplication::translate("PdfDocumentWriter", "Cannot paint on the printer.");
        return false;
    }
    // A device with margins puts its origin at the margin: move it back to the paper's corner.
    const int dpi = device->logicalDpiX();
    const QPoint offset = target.paintRectPixels(dpi).topLeft() - target.fullRectPixels(dpi).topLeft();
    painter.translate(-offset);
    painter.scale(qreal(device->logicalDpiX()) / layoutDevice.logicalDpiX(),
                  qreal(device->logicalDpiY()) / layoutDevice.logicalDpiY());
    const bool painted = paintPages(painter, layout, model, device);
    painter.end();
    return painted;
}

QByteArray PdfDocumentWriter::xmpMetadata(const DocumentModel& model, const QDateTime& now) const
{
    const auto esc = [](const QString& text) { return text.toHtmlEscaped().toUtf8(); };
    const QByteArray date = now.toString(Qt::ISODate).toLatin1();
    QByteArray xmp;
    xmp += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
           "<dc:format>application/pdf</dc:format>\n"
           "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(model.title) + "</rdf:li></rdf:Alt></dc:title>\n"
           "<dc:creator><rdf:Seq><rdf:li>" + esc(model.author) + "</rdf:li></rdf:Seq></dc:creator>\n"
           "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(model.subject) + "</rdf:li></rdf:Alt></dc:description>\n"
           "<dc:language><rdf:Bag><rdf:li>" + esc(model.language) + "</rdf:li></rdf:Bag></dc:language>\n"
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
