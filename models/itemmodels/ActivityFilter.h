// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "domain/Vocabulary.h"

#include <QDate>
#include <QString>

#include <optional>

/** Which processing activities the register table shows. Empty members do not filter. */
struct ActivityFilter
{
    QString text; ///< what the user typed in the search box, searched through the full-text index
    std::optional<ActivityRole> role;
    std::optional<ActivityStatus> status;
    QString department; ///< exact department name
    QString legalBasis; ///< a LegalBasis code
    bool specialCategoryData = false; ///< only activities with Art. 9 or Art. 10 data
    bool transfersWithoutSafeguard = false; ///< only activities with a transfer outside the EEA lacking a sufficient safeguard
    bool reviewOverdue = false; ///< only activities whose next review date has passed

    bool operator==(const ActivityFilter&) const = default;
};
