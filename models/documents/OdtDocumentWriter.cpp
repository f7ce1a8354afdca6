// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/OdtDocumentWriter.h"

#include "documents/SafeTextDocument.h"
#include "documents/TextDocumentBuilder.h"

#include <QCoreApplication>
#include <QBuffer>
#include <QSaveFile>
#include <QTextDocumentWriter>

bool OdtDocumentWriter::write(const DocumentModel& model, const QString& path)
{
    m_error.clear();
    TextDocumentBuilder builder(model);
    // Without pages there are no page numbers: the table of contents lists the headings only.
    const auto document = builder.build();
    // Made in memory and saved whole: a failure leaves no partial file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QCoreApplication::translate("OdtDocumentWriter", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray odt;
    QBuffer buffer(&odt);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(document.get())) {
        m_error = QCoreApplication::translate("OdtDocumentWriter", "Cannot write %1 as OpenDocument.").arg(path);
        file.cancelWriting();
        return false;
    }
    if (file.write(odt) != odt.size() || !file.commit()) {
        m_error = QCoreApplication::translate("OdtDocumentWriter", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
