// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "domain/Records.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

/**
 * The register's shared catalogues: the organisation itself, other parties, data categories
 * with retention (Appendix A), security measures (Appendix C) and the vocabularies of purposes,
 * data subjects and recipient categories. Each write runs in one audited transaction.
 */
class CatalogRepository
{
public:
    explicit CatalogRepository(Database& db);

    Organisation organisation();
    bool saveOrganisation(const Organisation& organisation);

    QList<Party> parties(std::optional<PartyKind> kind = std::nullopt);
    std::optional<Party> party(qint64 id);
    bool saveParty(Party& party);
    bool removeParty(qint64 id);

    QList<DataCategory> dataCategories();
    std::optional<DataCategory> dataCategory(qint64 id);
    bool saveDataCategory(DataCategory& category);
    /** Refused while an activity or sub-processor uses the category. */
    bool removeDataCategory(qint64 id);
    /** Names of the activities that use the category. */
    QStringList activitiesUsingCategory(qint64 id);

    QList<SecurityMeasure> measures();
    std::optional<SecurityMeasure> measure(qint64 id);
    bool saveMeasure(SecurityMeasure& measure);
    bool removeMeasure(qint64 id);
    QStringList activitiesUsingMeasure(qint64 id);

    /** Terms of one vocabulary ("purpose", "data_subject", "recipient_category"), sorted. */
    QStringList vocabulary(const QString& kind);
    /** Distinct departments in use, sorted. */
    QStringList departments();

    /** The audit log of one row, oldest first. */
    QList<AuditEntry> history(const QString& table, qint64 rowId);

    QString errorString() const { return m_error; }
    QString errorField() const { return m_errorField; }

private:
    bool fail(const QString& message, const QString& field = {});

    Database& m_db;
    QString m_error;
    QString m_errorField;
};
