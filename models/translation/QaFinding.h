// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QString>

/** One problem a translation QA check found in a segment's target text. */
struct QaFinding
{
    enum class Severity { Info, Warning, Error };

    QString check; ///< the check's stable name: "missing", "tags", "numbers", "language", "markup", "glossary", "structure"
    Severity severity = Severity::Error;
    QString message; ///< translated: what is wrong and what to fix
    qsizetype offset = -1; ///< position in the target text, -1 when not known
    qsizetype length = 0;

    bool operator==(const QaFinding&) const = default;

    /** "info", "warning", "error". */
    static QString severityCode(Severity severity);
};
