// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "domain/Vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The value types of the register. Repositories fill and store them; nothing here talks to
// the database. An id of 0 means "not stored yet".

/** The organisation that keeps the register (the controller or processor itself). */
struct Organisation
{
    QString name;
    QString address;
    QString country;
    QString registrationNumber;
    QString vatNumber;
    QString website;
    QString contactEmail;
    QString contactPhone;
    QString dpoName;
    QString dpoEmail;
    QString dpoPhone;
    QString representativeName;
    QString representativeAddress;
};

/** Another organisation: a client the organisation processes for, a joint controller, a recipient. */
struct Party
{
    qint64 id = 0;
    PartyKind kind = PartyKind::Client;
    QString name;
    QString address;
    QString country;
    QString contactName;
    QString contactEmail;
    QString registrationNumber;
    QString language = QStringLiteral("en");
    int noticeDays = 0;
    PeriodUnit noticeUnit = PeriodUnit::WorkingDays;
    int objectionDays = 0;
    PeriodUnit objectionUnit = PeriodUnit::WorkingDays;
    QString notes;
};

/** A category of personal data with its retention rule ("Appendix A"). */
struct DataCategory
{
    qint64 id = 0;
    QString name;
    QString description;
    bool special = false; ///< Art. 9 special category
    bool criminal = false; ///< Art. 10 criminal convictions and offences
    QString retention;
    QString retentionJustification;
};

/** A technical or organisational measure of the catalogue ("Appendix C"). */
struct SecurityMeasure
{
    qint64 id = 0;
    QString section;
    QString title;
    QString description;
    int sortOrder = 0;
};

/** A processor the organisation engages for its own processing or for its clients. */
struct SubProcessor
{
    qint64 id = 0;
    QString legalName;
    QString service;
    QString processingActions;
    QStringList countries; ///< ISO 3166-1 alpha-2 server locations
    TransferSafeguard safeguard = TransferSafeguard::NotRequired;
    int sccModule = 0; ///< 1-4 when the safeguard is SCCs, else 0
    QString website;
    QString contactEmail;
    SubProcessorStatus status = SubProcessorStatus::Active;
    QDate dateAdded;
    QDate dateRemoved;
    QList<qint64> dataCategoryIds;
    QString notes;
};

/** A transfer of personal data to a third country or international organisation. */
struct Transfer
{
    qint64 id = 0;
    QString recipient;
    qint64 subProcessorId = 0;
    QString country;
    TransferSafeguard safeguard = TransferSafeguard::None;
    int sccModule = 0;
    QString derogation;
    QString notes;

    bool operator==(const Transfer&) const = default;
};

/** One record of processing activities: Art. 30(1) (controller) or Art. 30(2) (processor). */
struct ProcessingActivity
{
    qint64 id = 0;
    ActivityRole role = ActivityRole::Controller;
    QString name;
    QString description;
    QString department;
    QString owner;
    ActivityStatus status = ActivityStatus::Draft;
    QStringList purposes;
    QStringList legalBases; ///< codes, see LegalBasis
    QString legalBasisNotes;
    QStringList dataSubjects;
    QList<qint64> dataCategoryIds;
    QStringList recipientCategories;
    QList<qint64> recipientPartyIds;
    QList<qint64> controllerIds; ///< processor records: the controllers acted for
    QList<qint64> jointControllerIds;
    QList<qint64> subProcessorIds;
    QList<Transfer> transfers;
    QString erasureTimeLimit;
    QList<qint64> measureIds;
    QString securityDescription;
    bool dpiaRequired = false;
    bool dpiaDone = false;
    QString dpiaReference;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDate lastReviewed;
    QDate nextReview;
    QString approvedBy;
    QDateTime approvedAt;
};

/** One line of the audit log. */
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString table;
    qint64 rowId = 0;
    QString field;
    QString oldValue;
    QString newValue;
};
