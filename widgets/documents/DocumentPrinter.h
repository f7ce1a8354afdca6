// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "documents/PdfDocumentWriter.h"

class QPrinter;

/**
 * Prints documents with the PDF writer's layout: the printer gets a full page without
 * margins (the document has its own), and the pages are those of the PDF.
 */
namespace DocumentPrinter {

/** Sets @p printer's page size and a full-page layout without margins. */
void configure(QPrinter* printer, QPageSize::PageSizeId pageSize);
/** Paints @p model on @p printer as PdfDocumentWriter with @p writer's options writes it. */
bool print(PdfDocumentWriter& writer, const DocumentModel& model, QPrinter* printer);

} // namespace DocumentPrinter
