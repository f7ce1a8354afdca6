// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// Value types of the DPA templates and agreements. An id of 0 means "not stored yet".

/** A master agreement maintained in several languages. */
struct DpaTemplate
{
    qint64 id = 0;
    QString name;
    QString version = QStringLiteral("1.0");
    QString sourceLanguage = QStringLiteral("en");
    QStringList languages{QStringLiteral("en")};
    QHash<QString, QString> titles; ///< document title per language
};

/** The text of one clause in one language (Markdown with template tags). */
struct ClauseText
{
    QString title;
    QString body;
    QDateTime updatedAt;
    QString state = QStringLiteral("translated");
};

/** One node of a template's clause tree. Its number is computed (ClauseNumbering), never stored. */
struct Clause
{
    enum class Kind { Article, SubClause, Appendix };

    qint64 id = 0;
    qint64 templateId = 0;
    qint64 parentId = 0; ///< 0 for a top-level clause
    int position = 0;
    QString key;
    Kind kind = Kind::Article;
    bool optional = false;
    QString condition; ///< a template expression; empty: always included
    QHash<QString, ClauseText> texts; ///< per language

    static QString kindCode(Kind kind);
    static Kind kindFromCode(const QString& code, bool* ok = nullptr);
};

/**
 * A clause and its descendants exactly as stored (the rows of clause and clause_text, review
 * columns included), so that a removal can be undone with the same ids, keys and positions.
 */
struct ClauseSubtree
{
    QList<QVariantMap> clauses; ///< the root first, then its descendants in document order
    QList<QVariantMap> texts;
    bool isEmpty() const { return clauses.isEmpty(); }
};

/** A DPA issued to one customer from a template. */
struct Agreement
{
    enum class Status { Draft, Sent, Signed };
    struct Signatory
    {
        QString name;
        QString title;
    };

    qint64 id = 0;
    qint64 templateId = 0;
    qint64 partyId = 0; ///< the customer (controller)
    QString reference;
    QStringList languages{QStringLiteral("en")};
    QDate effectiveDate;
    QString services;
    QString term;
    QString governingLaw;
    QString court;
    int noticeDays = 30;
    QString noticeUnit = QStringLiteral("calendar"); ///< "working" or "calendar"
    int objectionDays = 14;
    QString objectionUnit = QStringLiteral("calendar");
    int breachNotificationHours = 48;
    int auditNoticeDays = 30;
    QString liabilityCap;
    Signatory signatoryProcessor;
    Signatory signatoryCustomer;
    Status status = Status::Draft;
    QDateTime signedAt;
    /**
     * Whether each optional clause (by its key) is in this agreement. A key that is not listed
     * takes the default: an optional clause is included until the agreement leaves it out. A
     * clause with a condition is only included when its condition holds as well.
     */
    QHash<QString, bool> options;

    /** Whether this agreement includes @p clause as far as its options go (not its condition). */
    bool includes(const Clause& clause) const { return !clause.optional || options.value(clause.key, true); }

    static QString statusCode(Status status);
    static Status statusFromCode(const QString& code, bool* ok = nullptr);
};
