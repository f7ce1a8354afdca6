// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "domain/Records.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

/** One version of a sub-processor: how it stood from validFrom until the day before validTo. */
struct SubProcessorVersion
{
    qint64 subProcessorId = 0;
    qint64 lineage = 0; ///< the same for every version of one sub-processor, even when its id is reused
    QString legalName;
    QDate validFrom;
    QDate validTo; ///< invalid while current
    QJsonObject snapshot; ///< the fields as stored ("legal_name", "countries", "safeguard"...)
};

/** One difference in the sub-processor list between two dates. */
struct SubProcessorChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    qint64 subProcessorId = 0;
    QString legalName;
    QStringList fields; ///< Changed: the snapshot keys that differ
    QJsonObject before;
    QJsonObject after;
};

/**
 * The dated history of the sub-processor list. SubProcessorRepository records a version on
 * every save and remove; one version per sub-processor and day (later changes the same day
 * replace that day's version).
 */
class SubProcessorHistory
{
public:
    explicit SubProcessorHistory(Database& db);

    /** The snapshot stored for @p subProcessor. */
    QJsonObject snapshot(const SubProcessor& subProcessor);
    /** Records @p subProcessor as it is from @p date on. Runs inside the caller's transaction. */
    bool record(const SubProcessor& subProcessor, const QDate& date);
    /** Records that sub-processor @p id is gone from @p date on. */
    bool recordRemoval(qint64 id, const QDate& date);

    /** The list as it stood at the end of @p date, by name. */
    QList<SubProcessorVersion> listAsOf(const QDate& date);
    /** All versions of one sub-processor, oldest first. */
    QList<SubProcessorVersion> versions(qint64 subProcessorId);
    /** The days on which the list changed (a version began or ended), up to @p until, oldest first. */
    QList<QDate> changeDates(const QDate& until);
    /** What changed between the end of @p from and the end of @p to. */
    QList<SubProcessorChange> diff(const QDate& from, const QDate& to);

    /** A translated label for a snapshot key ("countries" -> "Server locations"). */
    static QString fieldLabel(const QString& key);
    static QString kindCode(SubProcessorChange::Kind kind);

    QString errorString() const { return m_error; }

private:
    QList<SubProcessorVersion> select(const QString& where, const QVariantList& bindings);

    Database& m_db;
    QString m_error;
};
