// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/OdtDocumentWriter.h"

#include "documents/SafeTextDocument.h"
#include "documents/TextDocumentBuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextDocumentWriter>

bool OdtDocumentWriter::write(const DocumentModel& model, const QString& path)
{
    m_error.clear();
    TextDocumentBuilder builder(model);
    const auto document = builder.build();
    // Without pages there are no page numbers: the table of contents lists the headings only.
    for (const auto& entry : builder.contentsEntries()) {
        QTextCursor number = entry.pageNumber;
        number.removeSelectedText();
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QCoreApplication::translate("OdtDocumentWriter", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QTextDocumentWriter writer(&file, "odf");
    if (!writer.write(document.get())) {
        m_error = QCoreApplication::translate("OdtDocumentWriter", "Cannot write %1 as OpenDocument.").arg(path);
        return false;
    }
    return true;
}
