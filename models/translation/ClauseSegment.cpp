// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/ClauseSegment.h"

#include <QCoreApplication>

QString ClauseSegment::stateCode(State state)
{
    switch (state) {
    case State::Initial:
        return QStringLiteral("initial");
    case State::Translated:
        return QStringLiteral("translated");
    case State::Reviewed:
        return QStringLiteral("reviewed");
    case State::Final:
        return QStringLiteral("final");
    case State::NeedsReview:
        return QStringLiteral("needs-review");
    }
    return {};
}

std::optional<ClauseSegment::State> ClauseSegment::stateFromCode(const QString& code)
{
    for (State state : allStates()) {
        if (stateCode(state) == code)
            return state;
    }
    return std::nullopt;
}

QString ClauseSegment::stateLabel(State state)
{
    switch (state) {
    case State::Initial:
        return QCoreApplication::translate("ClauseSegment", "Not translated");
    case State::Translated:
        return QCoreApplication::translate("ClauseSegment", "Translated");
    case State::Reviewed:
        return QCoreApplication::translate("ClauseSegment", "Reviewed");
    case State::Final:
        return QCoreApplication::translate("ClauseSegment", "Final");
    case State::NeedsReview:
        return QCoreApplication::translate("ClauseSegment", "Needs review");
    }
    return {};
}

QList<ClauseSegment::State> ClauseSegment::allStates()
{
    return {State::Initial, State::Translated, State::Reviewed, State::Final, State::NeedsReview};
}

ClauseSegment::State ClauseSegment::stateAfterSourceChange(State state)
{
    return state == State::Initial ? State::Initial : State::NeedsReview;
}
