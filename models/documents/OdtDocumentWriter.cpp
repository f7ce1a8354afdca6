// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/OdtDocumentWriter.h"

#include "documents/SafeTextDocument.h"
#include "documents/TextDocumentBuilder.h"

#include <QCoreApplication>
#include <QBuffer>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextDocumentWriter>

bool OdtDocumentWriter::write(const DocumentModel& model, const QString& path)
{
    m_error.clear();
    // Without pages there are no page numbers: the table of contents lists the headings only.
    std::unique_ptr<SafeTextDocument> document;
    if (model.parts.isEmpty()) {
        document = TextDocumentBuilder(model).build();
    } else {
        // A bundle: each part after the last, from a new page.
        document = std::make_unique<SafeTextDocument>();
        QTextCursor cursor(document.get());
        for (qsizetype i = 0; i < model.parts.size(); ++i) {
            const auto part = TextDocumentBuilder(model.parts[i]).build();
            if (i == 0) {
                document->setDefaultFont(part->defaultFont());
            } else {
                QTextBlockFormat pageBreak;
                pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                cursor.insertBlock(pageBreak);
            }
            cursor.insertFragment(QTextDocumentFragment(part.get()));
        }
    }
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
