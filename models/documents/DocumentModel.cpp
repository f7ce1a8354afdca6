// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/DocumentModel.h"

DocumentBlock DocumentBlock::heading(int level, const QString& number, const QString& text)
{
    DocumentBlock block;
    block.kind = Kind::Heading;
    block.level = qBound(1, level, 3);
    block.number = number;
    block.text = text;
    return block;
}

DocumentBlock DocumentBlock::paragraph(const QString& text, TextFormat format)
{
    DocumentBlock block;
    block.kind = Kind::Paragraph;
    block.text = text;
    block.format = format;
    return block;
}

DocumentBlock DocumentBlock::table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& widths)
{
    DocumentBlock block;
    block.kind = Kind::Table;
    block.header = header;
    block.rows = rows;
    block.columnWidths = widths;
    return block;
}

DocumentBlock DocumentBlock::clausePair(const QString& left, const QString& right, TextFormat format)
{
    DocumentBlock block;
    block.kind = Kind::ClausePair;
    block.left = left;
    block.right = right;
    block.format = format;
    return block;
}

DocumentBlock DocumentBlock::keyValue(const QString& label, const QString& value)
{
    DocumentBlock block;
    block.kind = Kind::KeyValue;
    block.text = label;
    block.right = value;
    return block;
}

DocumentBlock DocumentBlock::pageBreak()
{
    DocumentBlock block;
    block.kind = Kind::PageBreak;
    return block;
}
