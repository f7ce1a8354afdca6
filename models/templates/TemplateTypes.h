// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

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

    static QString statusCode(Status status);
    static Status statusFromCode(const QString& code, bool* ok = nullptr);
};
