// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QList>
#include <QString>

#include <optional>

/**
 * One clause's text in the source language and in one target language, with its review state:
 * the unit of translation review, of the QA checks and of XLIFF exchange.
 */
struct ClauseSegment
{
    /** Review states as in XLIFF 2.0, plus "needs review" for a reviewed translation whose
     *  source changed afterwards. */
    enum class State { Initial, Translated, Reviewed, Final, NeedsReview };

    QString id; ///< the clause key, e.g. "definitions-terms"; "KEY.title" for a clause title
    QString number; ///< the clause number as printed, e.g. "3.1"
    QString sourceLanguage; ///< "en"
    QString targetLanguage; ///< "nl", "it", "fr"
    QString source;
    QString target;
    State state = State::Initial;
    QString note; ///< the translator's or reviewer's note

    bool operator==(const ClauseSegment&) const = default;

    /** Stable code: "initial", "translated", "reviewed", "final", "needs-review". */
    static QString stateCode(State state);
    static std::optional<State> stateFromCode(const QString& code);
    /** Translated label for the user interface. */
    static QString stateLabel(State state);
    static QList<State> allStates();
    /** The state after the source text changed: a translation made or reviewed for the old
     *  source needs review; an untranslated segment stays untranslated. */
    static State stateAfterSourceChange(State state);
};
