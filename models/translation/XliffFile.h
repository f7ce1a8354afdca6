// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "translation/ClauseSegment.h"
#include "translation/QaFinding.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class QIODevice;

/**
 * XLIFF 2.0 exchange of one template's clauses for one target language: one <unit> per
 * segment (id = clause key), its state (initial, translated, reviewed, final; "needs review" as
 * subState "registro:needs-review" on "translated"), and notes with the clause number, the
 * translator's note and the QA findings.
 */
class XliffFile
{
public:
    QString templateId; ///< written as <file original="TEMPLATE/VERSION">
    QString templateVersion;
    QString sourceLanguage;
    QString targetLanguage;
    QList<ClauseSegment> segments;
    QHash<QString, QList<QaFinding>> findings; ///< by segment id; exported as notes, not imported

    /** Writes the XLIFF 2.0 document. */
    bool write(QIODevice* device, QString* error) const;
    QByteArray toXml() const;

    /** What an imported file must match; empty fields are not checked. */
    struct Expectation
    {
        QString templateId;
        QString templateVersion;
        QString targetLanguage;
        QSet<QString> knownIds;
    };

    /** Reads an XLIFF 2.0 document. Refuses (returns false with a message in @p error) malformed
     *  XML, other formats and versions, another template or language, unknown or repeated ids. */
    bool read(QIODevice* device, const Expectation& expectation, QString* error);
    bool read(const QByteArray& xml, const Expectation& expectation, QString* error);

    static QString xliffState(ClauseSegment::State state);
};
