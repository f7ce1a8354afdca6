// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "domain/Vocabulary.h"
#include "subprocessors/PlannedChange.h"

#include <QDate>
#include <QString>
#include <QStringList>

class Database;

/**
 * The notice of a planned sub-processor change to one customer, as plain text in the
 * customer's language (en, nl, it, fr; English for any other). The values are the user's
 * plain text; whoever renders the letter (PDF) escapes them.
 */
class NoticeLetter
{
public:
    /** What goes into a letter. */
    struct Details
    {
        QString language = QStringLiteral("en");
        QString processorName;
        QString processorContact; ///< where objections go: an email address, or empty
        QString customerName;
        PlannedChange::Kind kind = PlannedChange::Kind::Add;
        QString subProcessorName;
        QString subProcessorService;
        QStringList countryCodes;
        QString replacedName;
        QDate effectiveDate;
        QString reason;
        int objectionDays = 0;
        PeriodUnit objectionUnit = PeriodUnit::WorkingDays;
        QDate objectionDeadline;
        QDate letterDate;
    };

    /** The languages letters are written in. */
    static QStringList languages();

    explicit NoticeLetter(const Details& details);
    /**
     * The letter of planned change @p plannedChangeId to customer @p partyId, with the
     * deadlines of the processor's holiday region; an empty letter (isValid() false) when
     * either is unknown.
     */
    static NoticeLetter forCustomer(Database& db, qint64 plannedChangeId, qint64 partyId, const QDate& letterDate = {});

    bool isValid() const { return !m_details.customerName.isEmpty() && !m_details.subProcessorName.isEmpty(); }
    QString language() const { return m_language; }
    QString subject() const;
    /** The letter's date, written out in its language; empty without a letter date. */
    QString dateLine() const;
    /** Salutation, body paragraphs and closing, without date and subject. */
    QStringList bodyParagraphs() const;
    /** The whole letter: place and date line, salutation, body, closing. */
    QString text() const;
    const Details& details() const { return m_details; }

private:
    QString date(const QDate& value) const;
    QString period() const;
    QString countries() const;

    Details m_details;
    QString m_language;
};
