// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/**
 * Joins PDFs that QPdfWriter wrote (with the same version and settings) into one: the first
 * file's catalog, metadata, output intent and document information, followed by the pages of
 * each file in turn, each with its own resources, fonts and links.
 *
 * It is how two threads write the pages of one document: each paints a range of pages into its
 * own QPdfWriter (QPdfWriter itself paints one page after the other), and the ranges are joined.
 *
 * Only files as QPdfWriter writes them are accepted: one cross-reference table, no object
 * streams, a page tree of one level. Anything else is refused with a reason.
 */
class PdfJoiner
{
public:
    /** Joins @p files into @p joined; false with @p error when a file is not one it can join. */
    static bool join(const QList<QByteArray>& files, QByteArray* joined, QString* error);
};
