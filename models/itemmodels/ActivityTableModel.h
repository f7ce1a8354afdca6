// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "checks/RegisterChecker.h"
#include "itemmodels/ActivityFilter.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

class Database;

/**
 * The register table: one row per processing activity that matches the filter.
 *
 * Only the ids of the matching activities are queried, in sort order, by SQL. Rows are exposed
 * in chunks through canFetchMore()/fetchMore(), and their columns are read per page of
 * PageSize activities when a view asks for them; the register is never loaded as a whole.
 */
class ActivityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Findings, Name, Role, Status, Department, LegalBases, NextReview, Updated, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole, ///< the activity's id (qint64)
        FindingCountRole, ///< the number of completeness and consistency findings (int)
    };
    static constexpr int PageSize = 200;

    explicit ActivityTableModel(Database& db, QObject* parent = nullptr);
    ~ActivityTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    ActivityFilter filter() const { return m_filter; }
    /** Shows the activities matching @p filter (queried at once). */
    void setFilter(const ActivityFilter& filter);

    /** All activities in the workspace. */
    int totalCount() const { return m_totalCount; }
    /** The activities that match the filter (rows not fetched yet included). */
    int matchingCount() const { return m_matching; }

    qint64 activityId(int row) const;
    /** The row of activity @p id, fetching rows up to it if needed; -1 when it does not match. */
    int rowOf(qint64 id);

    /** "Today" for overdue reviews and findings; tests set it. */
    void setToday(const QDate& today);

    /** Queries the matching ids again and forgets the cached pages. */
    void refresh();

Q_SIGNALS:
    /** The counts changed (after a filter change, a sort or a change in the workspace). */
    void countsChanged();

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
        ActivityRole role = ActivityRole::Controller;
        ActivityStatus status = ActivityStatus::Draft;
        QString department;
        QString legalBases;
        QDate nextReview;
        QDateTime updated;
        mutable std::optional<QList<Finding>> findings;
    };

    /**
     * Prepares the id query for the filter and sort order and counts the matches; returns the
     * first @p count ids. The ids are read in pages as rows are fetched, so that a search for
     * a word in every activity does not sort them all before the first page shows.
     */
    QList<qint64> queryIds(qsizetype count);
    QList<qint64> loadIds(qsizetype offset, qsizetype count) const;
    /** Reads ids until at least @p count (or all matches) are known. */
    void ensureIds(qsizetype count);
    const Row* rowAt(int row) const;
    void loadPage(int page) const;
    const QList<Finding>& findingsOf(const Row& row) const;
    void scheduleRefresh();

    Database& m_db;
    ActivityFilter m_filter;
    QDate m_today;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<qint64> m_ids; ///< the ids read so far, in order: at least the fetched rows'
    QString m_idSql;
    QVariantList m_idBindings;
    int m_matching = 0;
    int m_fetched = 0;
    int m_totalCount = 0;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_pageOrder; ///< least recently loaded first, to bound the cache
    mutable std::unique_ptr<RegisterChecker> m_checker;
    bool m_refreshScheduled = false;
};
