// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "documents/DocumentModel.h"

#include <QString>

/** Writes a DocumentModel as OpenDocument Text, for redlining in LibreOffice or Word. */
class OdtDocumentWriter
{
public:
    /** Writes @p model to @p path; false with errorString() when it cannot. */
    bool write(const DocumentModel& model, const QString& path);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};
