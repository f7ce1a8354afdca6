// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QList>
#include <QString>

/**
 * The controlled vocabularies of the register: each enum value has a stable code stored in the
 * workspace and a translated label for the user.
 */
enum class ActivityRole { Controller, Processor };
enum class ActivityStatus { Draft, InReview, Approved, Retired };
enum class PartyKind { Client, JointController, Processor, Recipient };
enum class SubProcessorStatus { Planned, Active, BeingRemoved, Removed };
enum class PeriodUnit { WorkingDays, CalendarDays };

/** How a transfer to a third country is made lawful (GDPR Chapter V). */
enum class TransferSafeguard {
    NotRequired, ///< the recipient is in the EEA
    Adequacy, ///< Art. 45 adequacy decision
    StandardContractualClauses, ///< Art. 46(2)(c), Commission Decision 2021/914
    BindingCorporateRules, ///< Art. 47
    DataPrivacyFramework, ///< EU-US DPF certification (adequacy decision 2023/1795)
    Derogation, ///< Art. 49
    None ///< nothing recorded
};

namespace Vocabulary {

QString code(ActivityRole value);
QString code(ActivityStatus value);
QString code(PartyKind value);
QString code(SubProcessorStatus value);
QString code(PeriodUnit value);
QString code(TransferSafeguard value);

QString label(ActivityRole value);
QString label(ActivityStatus value);
QString label(PartyKind value);
QString label(SubProcessorStatus value);
QString label(PeriodUnit value);
QString label(TransferSafeguard value);

/** Parse a stored code; @p ok is false (and the first value returned) for an unknown code. */
ActivityRole activityRole(const QString& code, bool* ok = nullptr);
ActivityStatus activityStatus(const QString& code, bool* ok = nullptr);
PartyKind partyKind(const QString& code, bool* ok = nullptr);
SubProcessorStatus subProcessorStatus(const QString& code, bool* ok = nullptr);
PeriodUnit periodUnit(const QString& code, bool* ok = nullptr);
TransferSafeguard transferSafeguard(const QString& code, bool* ok = nullptr);

QList<ActivityRole> activityRoles();
QList<ActivityStatus> activityStatuses();
QList<PartyKind> partyKinds();
QList<SubProcessorStatus> subProcessorStatuses();
QList<TransferSafeguard> transferSafeguards();

} // namespace Vocabulary
