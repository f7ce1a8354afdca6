// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "domain/Vocabulary.h"

#include <QCoreApplication>

#include <array>

namespace {

template<typename Enum>
struct Entry
{
    Enum value;
    const char* code;
    const char* label;
};

// QT_TRANSLATE_NOOP marks the labels for lupdate; label() translates them at run time.
constexpr std::array roles = {
    Entry<ActivityRole>{ActivityRole::Controller, "controller", QT_TRANSLATE_NOOP("Vocabulary", "Controller")},
    Entry<ActivityRole>{ActivityRole::Processor, "processor", QT_TRANSLATE_NOOP("Vocabulary", "Processor")},
};
constexpr std::array statuses = {
    Entry<ActivityStatus>{ActivityStatus::Draft, "draft", QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
    Entry<ActivityStatus>{ActivityStatus::InReview, "in_review", QT_TRANSLATE_NOOP("Vocabulary", "In review")},
    Entry<ActivityStatus>{ActivityStatus::Approved, "approved", QT_TRANSLATE_NOOP("Vocabulary", "Approved")},
    Entry<ActivityStatus>{ActivityStatus::Retired, "retired", QT_TRANSLATE_NOOP("Vocabulary", "Retired")},
};
constexpr std::array partyKindEntries = {
    Entry<PartyKind>{PartyKind::Client, "client", QT_TRANSLATE_NOOP("Vocabulary", "Client (controller)")},
    Entry<PartyKind>{PartyKind::JointController, "joint_controller", QT_TRANSLATE_NOOP("Vocabulary", "Joint controller")},
    Entry<PartyKind>{PartyKind::Processor, "processor", QT_TRANSLATE_NOOP("Vocabulary", "Processor")},
    Entry<PartyKind>{PartyKind::Recipient, "recipient", QT_TRANSLATE_NOOP("Vocabulary", "Recipient")},
};
constexpr std::array subProcessorStatusEntries = {
    Entry<SubProcessorStatus>{SubProcessorStatus::Planned, "planned", QT_TRANSLATE_NOOP("Vocabulary", "Planned")},
    Entry<SubProcessorStatus>{SubProcessorStatus::Active, "active", QT_TRANSLATE_NOOP("Vocabulary", "Active")},
    Entry<SubProcessorStatus>{SubProcessorStatus::BeingRemoved, "being_removed", QT_TRANSLATE_NOOP("Vocabulary", "Being removed")},
    Entry<SubProcessorStatus>{SubProcessorStatus::Removed, "removed", QT_TRANSLATE_NOOP("Vocabulary", "Removed")},
};
constexpr std::array periodUnits = {
    Entry<PeriodUnit>{PeriodUnit::WorkingDays, "working", QT_TRANSLATE_NOOP("Vocabulary", "working days")},
    Entry<PeriodUnit>{PeriodUnit::CalendarDays, "calendar", QT_TRANSLATE_NOOP("Vocabulary", "calendar days")},
};
constexpr std::array safeguards = {
    Entry<TransferSafeguard>{TransferSafeguard::NotRequired, "not_required", QT_TRANSLATE_NOOP("Vocabulary", "Not required (EEA)")},
    Entry<TransferSafeguard>{TransferSafeguard::Adequacy, "adequacy", QT_TRANSLATE_NOOP("Vocabulary", "Adequacy decision (Art. 45)")},
    Entry<TransferSafeguard>{TransferSafeguard::StandardContractualClauses, "scc", QT_TRANSLATE_NOOP("Vocabulary", "Standard contractual clauses 2021/914")},
    Entry<TransferSafeguard>{TransferSafeguard::BindingCorporateRules, "bcr", QT_TRANSLATE_NOOP("Vocabulary", "Binding corporate rules (Art. 47)")},
    Entry<TransferSafeguard>{TransferSafeguard::DataPrivacyFramework, "dpf", QT_TRANSLATE_NOOP("Vocabulary", "EU-US Data Privacy Framework")},
    Entry<TransferSafeguard>{TransferSafeguard::Derogation, "derogation", QT_TRANSLATE_NOOP("Vocabulary", "Derogation (Art. 49)")},
    Entry<TransferSafeguard>{TransferSafeguard::None, "none", QT_TRANSLATE_NOOP("Vocabulary", "None")},
};

template<typename Enum, std::size_t N>
QString codeOf(const std::array<Entry<Enum>, N>& entries, Enum value)
{
    for (const auto& entry : entries) {
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

template<typename Enum, std::size_t N>
QString labelOf(const std::array<Entry<Enum>, N>& entries, Enum value)
{
    for (const auto& entry : entries) {
        if (entry.value == value)
            return QCoreApplication::translate("Vocabulary", entry.label);
    }
    return {};
}

template<typename Enum, std::size_t N>
Enum parse(const std::array<Entry<Enum>, N>& entries, const QString& code, bool* ok)
{
    for (const auto& entry : entries) {
        if (code == QLatin1String(entry.code)) {
            if (ok)
                *ok = true;
            return entry.value;
        }
    }
    if (ok)
        *ok = false;
    return entries.front().value;
}

template<typename Enum, std::size_t N>
QList<Enum> valuesOf(const std::array<Entry<Enum>, N>& entries)
{
    QList<Enum> values;
    for (const auto& entry : entries)
        values.append(entry.value);
    return values;
}

} // namespace

namespace Vocabulary {

QString code(ActivityRole value) { return codeOf(roles, value); }
QString code(ActivityStatus value) { return codeOf(statuses, value); }
QString code(PartyKind value) { return codeOf(partyKindEntries, value); }
QString code(SubProcessorStatus value) { return codeOf(subProcessorStatusEntries, value); }
QString code(PeriodUnit value) { return codeOf(periodUnits, value); }
QString code(TransferSafeguard value) { return codeOf(safeguards, value); }

QString label(ActivityRole value) { return labelOf(roles, value); }
QString label(ActivityStatus value) { return labelOf(statuses, value); }
QString label(PartyKind value) { return labelOf(partyKindEntries, value); }
QString label(SubProcessorStatus value) { return labelOf(subProcessorStatusEntries, value); }
QString label(PeriodUnit value) { return labelOf(periodUnits, value); }
QString label(TransferSafeguard value) { return labelOf(safeguards, value); }

ActivityRole activityRole(const QString& code, bool* ok) { return parse(roles, code, ok); }
ActivityStatus activityStatus(const QString& code, bool* ok) { return parse(statuses, code, ok); }
PartyKind partyKind(const QString& code, bool* ok) { return parse(partyKindEntries, code, ok); }
SubProcessorStatus subProcessorStatus(const QString& code, bool* ok) { return parse(subProcessorStatusEntries, code, ok); }
PeriodUnit periodUnit(const QString& code, bool* ok) { return parse(periodUnits, code, ok); }
TransferSafeguard transferSafeguard(const QString& code, bool* ok) { return parse(safeguards, code, ok); }

QList<ActivityRole> activityRoles() { return valuesOf(roles); }
QList<ActivityStatus> activityStatuses() { return valuesOf(statuses); }
QList<PartyKind> partyKinds() { return valuesOf(partyKindEntries); }
QList<SubProcessorStatus> subProcessorStatuses() { return valuesOf(subProcessorStatusEntries); }
QList<TransferSafeguard> transferSafeguards() { return valuesOf(safeguards); }

} // namespace Vocabulary
