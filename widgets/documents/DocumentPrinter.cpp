// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/DocumentPrinter.h"

#include <QPrinter>

namespace DocumentPrinter {

void configure(QPrinter* printer, QPageSize::PageSizeId pageSize)
{
    printer->setFullPage(true);
    printer->setPageSize(QPageSize(pageSize));
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

bool print(PdfDocumentWriter& writer, const DocumentModel& model, QPrinter* printer)
{
    printer->setFullPage(true);
    printer->setDocName(model.title);
    return writer.paint(model, printer);
}

} // namespace DocumentPrinter
