// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/** One piece of a document: a heading, a paragraph, a table, a clause pair or a page break. */
struct DocumentBlock
{
    enum class Kind { Heading, Paragraph, Table, ClausePair, PageBreak, KeyValue };
    /** How the text of a paragraph is read. Register values are always Plain. */
    enum class TextFormat { Plain, Markdown };

    Kind kind = Kind::Paragraph;
    int level = 1; ///< headings: 1-3
    QString number; ///< headings: "2.1", shown before the text and in the table of contents
    QString text; ///< heading or paragraph text; KeyValue: the label
    TextFormat format = TextFormat::Plain;
    bool inContents = true; ///< headings: listed in the table of contents
    bool pageBreakBefore = false;
    QStringList header; ///< tables: the header row, repeated on every page
    QList<QStringList> rows; ///< tables: body rows
    QList<int> columnWidths; ///< tables: percentages, empty for equal widths
    QString left; ///< clause pairs: the left (source language) text
    QString right; ///< clause pairs / KeyValue: the right text or the value

    static DocumentBlock heading(int level, const QString& number, const QString& text);
    static DocumentBlock paragraph(const QString& text, TextFormat format = TextFormat::Plain);
    static DocumentBlock table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& widths = {});
    static DocumentBlock clausePair(const QString& left, const QString& right, TextFormat format = TextFormat::Plain);
    static DocumentBlock keyValue(const QString& label, const QString& value);
    static DocumentBlock pageBreak();
};

/** Cover page lines: a title, a subtitle and label/value pairs, laid out on the first page. */
struct DocumentCover
{
    QString title;
    QString subtitle;
    QList<QPair<QString, QString>> facts;
    bool isEmpty() const { return title.isEmpty(); }
};

/**
 * A document as Registro writes it: metadata, an optional cover page and table of contents,
 * and a list of blocks. Rendered by PdfDocumentWriter and OdtDocumentWriter.
 */
struct DocumentModel
{
    /** A report sets headings, tables and page headers in a sans-serif; a contract is serif throughout. */
    enum class Style { Report, Contract };

    QString title; ///< PDF title and page header
    QString author;
    QString subject;
    QString language = QStringLiteral("en"); ///< en, nl, it, fr: the footer, watermark and contents title; a bundle lists its parts' ("en,nl")
    QString keywords;
    DocumentCover cover;
    bool tableOfContents = false;
    Style style = Style::Report;
    QList<DocumentBlock> blocks;
    /**
     * A bundle: documents bound one after the other, each with its own contents, page numbers,
     * header and language (an agreement in each of its languages). The bundle's own fields are
     * the file's metadata; its blocks are not used.
     */
    QList<DocumentModel> parts;

    void append(const DocumentBlock& block) { blocks.append(block); }
};
