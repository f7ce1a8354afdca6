// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "templates/TemplateTypes.h"

#include <QHash>
#include <QSet>

/**
 * Clause numbers, computed from the tree and never stored: articles 1, 2, 3; their sub-clauses
 * 2.1, 2.2; appendices A, B, C with sub-clauses A.1. Clauses left out of a document (a false
 * condition) take no number, so the numbers that follow close up.
 */
class ClauseNumbering
{
public:
    /**
     * Numbers @p clauses (document order, as TemplateRepository::clauses() returns them).
     * Clauses whose id is in @p excluded, and their descendants, get no number.
     */
    static QHash<qint64, QString> number(const QList<Clause>& clauses, const QSet<qint64>& excluded = {});
    /** "Appendix A" / "Bijlage A" / "Allegato A" / "Annexe A". */
    static QString appendixLabel(const QString& letter, const QString& language);
};
