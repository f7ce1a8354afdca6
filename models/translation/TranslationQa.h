// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "translation/ClauseSegment.h"
#include "translation/Glossary.h"
#include "translation/QaFinding.h"

#include <QList>

#include <memory>

class LanguageDetector;

/**
 * The translation QA checks over clause segments. Each check has a stable name and reports
 * findings with a severity and a message that says what to fix.
 */
class TranslationQa
{
public:
    enum class Check { Missing, Tags, Numbers, Language, Markup, Glossary, Structure };

    struct SegmentFindings
    {
        ClauseSegment segment;
        QList<QaFinding> findings;
    };

    /** With the built-in GDPR glossary. */
    TranslationQa();
    ~TranslationQa();

    void setGlossary(const Glossary& glossary) { m_glossary = glossary; }
    const Glossary& glossary() const { return m_glossary; }

    /** All checks on one segment. */
    QList<QaFinding> check(const ClauseSegment& segment) const;
    /** One check on one segment. An empty translation is only reported by Check::Missing. */
    QList<QaFinding> run(Check check, const ClauseSegment& segment) const;
    /** All checks on every segment; segments without findings are left out. */
    QList<SegmentFindings> checkAll(const QList<ClauseSegment>& segments) const;

    /** False when libexttextcat or its language models are missing: the language check is skipped. */
    bool isLanguageCheckAvailable() const;
    QString languageCheckError() const;

    static QList<Check> allChecks();
    /** Stable name used in findings, XLIFF notes and the CLI: "missing", "tags"... */
    static QString checkName(Check check);
    /** Translated name for the user interface. */
    static QString checkLabel(Check check);

    /** Sentences of at least this many words are checked for their language. */
    static constexpr int minimumLanguageWords = 6;

private:
    QList<QaFinding> missing(const ClauseSegment& segment) const;
    QList<QaFinding> tags(const ClauseSegment& segment) const;
    QList<QaFinding> numbers(const ClauseSegment& segment) const;
    QList<QaFinding> language(const ClauseSegment& segment) const;
    QList<QaFinding> markup(const ClauseSegment& segment) const;
    QList<QaFinding> terms(const ClauseSegment& segment) const;
    QList<QaFinding> structure(const ClauseSegment& segment) const;
    LanguageDetector* detector() const;

    Glossary m_glossary;
    mutable std::unique_ptr<LanguageDetector> m_detector;
};
