// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/XliffFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QStringList>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {

const QString xliffNamespace = QStringLiteral("urn:oasis:names:tc:xliff:document:2.0");
const QString needsReviewSubState = QStringLiteral("registro:needs-review");
const QString numberCategory = QStringLiteral("registro:clause-number");
const QString qaCategory = QStringLiteral("registro:qa");
const QString noteCategory = QStringLiteral("registro:note");

QString tr(const char* text)
{
    return QCoreApplication::translate("XliffFile", text);
}

// XML parsers turn a literal carriage return into a line feed; a character reference keeps it.
void writeText(QXmlStreamWriter& xml, const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('\r'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            xml.writeEntityReference(QStringLiteral("#13"));
        if (!parts.at(i).isEmpty())
            xml.writeCharacters(parts.at(i));
    }
}

} // namespace

QString XliffFile::xliffState(ClauseSegment::State state)
{
    switch (state) {
    case ClauseSegment::State::Initial:
        return QStringLiteral("initial");
    case ClauseSegment::State::Translated:
    case ClauseSegment::State::NeedsReview:
        return QStringLiteral("translated");
    case ClauseSegment::State::Reviewed:
        return QStringLiteral("reviewed");
    case ClauseSegment::State::Final:
        return QStringLiteral("final");
    }
    return {};
}

QByteArray XliffFile::toXml() const
{
    QByteArray xml;
    QBuffer buffer(&xml);
    buffer.open(QIODevice::WriteOnly);
    write(&buffer, nullptr);
    return xml;
}

bool XliffFile::write(QIODevice* device, QString* error) const
{
    QXmlStreamWriter xml(device);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(xliffNamespace);
    xml.writeStartElement(xliffNamespace, QStringLiteral("xliff"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeAttribute(QStringLiteral("srcLang"), sourceLanguage);
    xml.writeAttribute(QStringLiteral("trgLang"), targetLanguage);
    xml.writeStartElement(xliffNamespace, QStringLiteral("file"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("f1"));
    xml.writeAttribute(QStringLiteral("original"), templateId + QLatin1Char('/') + templateVersion);
    for (const ClauseSegment& segment : segments) {
        xml.writeStartElement(xliffNamespace, QStringLiteral("unit"));
        xml.writeAttribute(QStringLiteral("id"), segment.id);
        xml.writeStartElement(xliffNamespace, QStringLiteral("notes"));
        auto note = [&](const QString& category, const QString& text, const QString& priority = {}) {
            xml.writeStartElement(xliffNamespace, QStringLiteral("note"));
            xml.writeAttribute(QStringLiteral("category"), category);
            if (!priority.isEmpty())
                xml.writeAttribute(QStringLiteral("priority"), priority);
            writeText(xml, text);
            xml.writeEndElement();
        };
        note(numberCategory, segment.number);
        if (!segment.note.isEmpty())
            note(noteCategory, segment.note);
        for (const QaFinding& finding : findings.value(segment.id)) {
            const int priority = finding.severity == QaFinding::Severity::Error ? 1
                                 : finding.severity == QaFinding::Severity::Warning ? 5 : 9;
            note(qaCategory, QStringLiteral("%1 %2: %3").arg(QaFinding::severityCode(finding.severity), finding.check, finding.message),
                 QString::number(priority));
        }
        xml.writeEndElement(); // notes
        xml.writeStartElement(xliffNamespace, QStringLiteral("segment"));
        xml.writeAttribute(QStringLiteral("state"), xliffState(segment.state));
        if (segment.state == ClauseSegment::State::NeedsReview)
            xml.writeAttribute(QStringLiteral("subState"), needsReviewSubState);
        xml.writeStartElement(xliffNamespace, QStringLiteral("source"));
        xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        writeText(xml, segment.source);
        xml.writeEndElement();
        if (!segment.target.isEmpty() || segment.state != ClauseSegment::State::Initial) {
            xml.writeStartElement(xliffNamespace, QStringLiteral("target"));
            xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            writeText(xml, segment.target);
            xml.writeEndElement();
        }
        xml.writeEndElement(); // segment
        xml.writeEndElement(); // unit
    }
    xml.writeEndElement(); // file
    xml.writeEndElement(); // xliff
    xml.writeEndDocument();
    if (xml.hasError()) {
        if (error)
            *error = tr("Cannot write the XLIFF file: %1").arg(device->errorString());
        return false;
    }
    return true;
}

bool XliffFile::read(const QByteArray& data, const Expectation& expectation, QString* error)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return read(&buffer, expectation, error);
}

bool XliffFile::read(QIODevice* device, const Expectation& expectation, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!device->isSequential() && device->size() == 0)
        return fail(tr("The file is empty."));
    QXmlStreamReader xml(device);
    XliffFile result;
    QSet<QString> ids;
    QStringList unknownIds;
    bool sawFile = false;

    if (!xml.readNextStartElement()) {
        if (xml.hasError())
            return fail(tr("The file is not well-formed XML: %1 (line %2, column %3).")
                            .arg(xml.errorString())
                            .arg(xml.lineNumber())
                            .arg(xml.columnNumber()));
        return fail(tr("The file is empty."));
    }
    if (xml.name() != QLatin1String("xliff"))
        return fail(tr("This is not an XLIFF file (its root element is <%1>).").arg(xml.name().toString()));
    const QString version = xml.attributes().value(QStringLiteral("version")).toString();
    if (version != QLatin1String("2.0") || xml.namespaceUri() != xliffNamespace)
        return fail(tr("This is XLIFF %1; Registro reads XLIFF 2.0 only. Export the file again as XLIFF 2.0.")
                        .arg(version.isEmpty() ? tr("of an unknown version") : version));
    result.sourceLanguage = xml.attributes().value(QStringLiteral("srcLang")).toString();
    result.targetLanguage = xml.attributes().value(QStringLiteral("trgLang")).toString();
    if (!expectation.targetLanguage.isEmpty() && result.targetLanguage != expectation.targetLanguage)
        return fail(tr("The file is a translation into \"%1\", not into \"%2\".")
                        .arg(result.targetLanguage, expectation.targetLanguage));

    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("file")) {
            xml.skipCurrentElement();
            continue;
        }
        if (sawFile)
            return fail(tr("The file holds more than one <file>; Registro exports and reads one template per file."));
        sawFile = true;
        const QString original = xml.attributes().value(QStringLiteral("original")).toString();
        const qsizetype slash = original.lastIndexOf(QLatin1Char('/'));
        result.templateId = slash < 0 ? original : original.left(slash);
        result.templateVersion = slash < 0 ? QString() : original.mid(slash + 1);
        if (!expectation.templateId.isEmpty() && result.templateId != expectation.templateId)
            return fail(tr("The file belongs to the template \"%1\", not to \"%2\".").arg(result.templateId, expectation.templateId));
        if (!expectation.templateVersion.isEmpty() && result.templateVersion != expectation.templateVersion)
            return fail(tr("The file was exported from version %1 of the template; the template is now at version %2. Export it again.")
                            .arg(result.templateVersion, expectation.templateVersion));
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("unit")) {
                xml.skipCurrentElement();
                continue;
            }
            ClauseSegment segment;
            segment.id = xml.attributes().value(QStringLiteral("id")).toString();
            segment.sourceLanguage = result.sourceLanguage;
            segment.targetLanguage = result.targetLanguage;
            if (segment.id.isEmpty())
                return fail(tr("A <unit> at line %1 has no id.").arg(xml.lineNumber()));
            if (ids.contains(segment.id))
                return fail(tr("The clause \"%1\" occurs twice in the file.").arg(segment.id));
            ids.insert(segment.id);
            if (!expectation.knownIds.isEmpty() && !expectation.knownIds.contains(segment.id))
                unknownIds.append(segment.id);
            bool sawSegment = false;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("notes")) {
                    while (xml.readNextStartElement()) {
                        if (xml.name() != QLatin1String("note")) {
                            xml.skipCurrentElement();
                            continue;
                        }
                        const QString category = xml.attributes().value(QStringLiteral("category")).toString();
                        const QString text = xml.readElementText();
                        if (category == numberCategory)
                            segment.number = text;
                        else if (category == noteCategory)
                            segment.note = text;
                    }
                } else if (xml.name() == QLatin1String("segment")) {
                    if (sawSegment)
                        return fail(tr("The clause \"%1\" is split into several segments; Registro needs one segment per clause.").arg(segment.id));
                    sawSegment = true;
                    QString state = xml.attributes().value(QStringLiteral("state")).toString();
                    if (state.isEmpty())
                        state = QStringLiteral("initial"); // the XLIFF 2.0 default
                    const QString subState = xml.attributes().value(QStringLiteral("subState")).toString();
                    if (state == QLatin1String("translated") && subState == needsReviewSubState) {
                        segment.state = ClauseSegment::State::NeedsReview;
                    } else {
                        const auto parsed = ClauseSegment::stateFromCode(state);
                        if (!parsed || *parsed == ClauseSegment::State::NeedsReview)
                            return fail(tr("The clause \"%1\" has the unknown state \"%2\".").arg(segment.id, state));
                        segment.state = *parsed;
                    }
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("source")) {
                            segment.source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                        } else if (xml.name() == QLatin1String("target")) {
                            segment.target = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                        } else {
                            xml.skipCurrentElement();
                        }
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            result.segments.append(segment);
        }
    }
    if (xml.hasError())
        return fail(tr("The file is not well-formed XML: %1 (line %2, column %3).")
                        .arg(xml.errorString())
                        .arg(xml.lineNumber())
                        .arg(xml.columnNumber()));
    if (!sawFile)
        return fail(tr("The XLIFF file holds no <file> element."));
    if (!unknownIds.isEmpty())
        return fail(tr("The file has clauses that the template does not have: %1. Was it exported from another template?")
                        .arg(unknownIds.mid(0, 5).join(QStringLiteral(", ")) + (unknownIds.size() > 5 ? QStringLiteral(", …") : QString())));
    *this = result;
    return true;
}
