// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "itemmodels/ActivityTableModel.h"

#include "core/Database.h"
#include "core/SqlDialect.h"
#include "core/SqlValue.h"
#include "domain/LegalBasis.h"
#include "reference/CountryCatalog.h"

#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QTimer>

namespace {

// Pages kept in memory; a view shows a few, scrolling through the register evicts the oldest.
constexpr int MaxCachedPages = 32;
// Above this many full-text matches, the search walks the sort order instead of the matches.
constexpr int ManyMatches = 2000;

// The (country, safeguard) pairs that make a transfer lawful, as an SQL list of literals. Country
// and safeguard codes come from the shipped catalogue and the vocabulary, never from the user.
const QString& sufficientTransferPairs()
{
    static const QString list = [] {
        const CountryCatalog& catalog = CountryCatalog::instance();
        QStringList pairs;
        for (const QString& country : catalog.codes()) {
            if (!SqlDialect::isIdentifier(country.toLower()))
                continue;
            for (const TransferSafeguard safeguard : Vocabulary::transferSafeguards()) {
                if (catalog.isSafeguardSufficient(country, safeguard))
                    pairs.append(QStringLiteral("'%1:%2'").arg(country.toUpper(), Vocabulary::code(safeguard)));
            }
        }
        return pairs.isEmpty() ? QStringLiteral("''") : pairs.join(QLatin1Char(','));
    }();
    return list;
}

QString orderBy(int column, Qt::SortOrder order)
{
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString key;
    switch (column) {
    case ActivityTableModel::Role:
        key = QStringLiteral("a.role");
        break;
    case ActivityTableModel::Status:
        key = QStringLiteral("CASE a.status WHEN 'draft' THEN 0 WHEN 'in_review' THEN 1 WHEN 'approved' THEN 2 "
                             "ELSE 3 END");
        break;
    case ActivityTableModel::Department:
        key = QStringLiteral("a.department COLLATE NOCASE");
        break;
    case ActivityTableModel::LegalBases:
        key = QStringLiteral("(SELECT min(basis) FROM activity_legal_basis WHERE activity_id = a.id)");
        break;
    case ActivityTableModel::NextReview:
        // Activities without a review date come last either way.
        key = QStringLiteral("a.next_review IS NULL, a.next_review");
        break;
    case ActivityTableModel::Updated:
        key = QStringLiteral("a.updated_at");
        break;
    case ActivityTableModel::Name:
    default:
        return QStringLiteral("a.name COLLATE NOCASE %1").arg(direction);
    }
    if (column == ActivityTableModel::NextReview)
        return QStringLiteral("a.next_review IS NULL, a.next_review %1, a.name COLLATE NOCASE").arg(direction);
    return QStringLiteral("%1 %2, a.name COLLATE NOCASE").arg(key, direction);
}

QIcon findingIcon(Finding::Severity severity)
{
    static QIcon icons[2];
    QIcon& icon = icons[severity == Finding::Severity::Error ? 1 : 0];
    if (icon.isNull() && qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        const QColor color = severity == Finding::Severity::Error ? QColor(0xc6, 0x28, 0x28) : QColor(0xe6, 0x8a, 0x00);
        for (const int size : {16, 32}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
            painter.setPen(QPen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(size / 2.0, size * 0.25), QPointF(size / 2.0, size * 0.58));
            painter.drawPoint(QPointF(size / 2.0, size * 0.75));
            painter.end();
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}

} // namespace

ActivityTableModel::ActivityTableModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_today(QDate::currentDate())
{
    connect(&m_db, &Database::tableChanged, this, [this](const QString& table) {
        if (table != QLatin1String("audit_log"))
            scheduleRefresh();
    });
    m_ids = queryIds(PageSize);
    m_fetched = int(std::min<qsizetype>(PageSize, m_matching));
}

ActivityTableModel::~ActivityTableModel() = default;

int ActivityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int ActivityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ActivityTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_fetched < m_matching;
}

void ActivityTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    ensureIds(m_fetched + PageSize);
    const int more = int(std::min<qsizetype>(PageSize, m_ids.size() - m_fetched));
    if (more <= 0)
        return;
    beginInsertRows({}, m_fetched, m_fetched + more - 1);
    m_fetched += more;
    endInsertRows();
}

QList<qint64> ActivityTableModel::queryIds(qsizetype count)
{
    QStringList conditions;
    QVariantList bindings;
    m_totalCount = m_db.scalar(QStringLiteral("SELECT count(*) FROM processing_activity")).toInt();
    const QString fullText = SqlDialect::fullTextQuery(m_filter.text);
    int matches = -1;
    if (!fullText.isEmpty()) {
        // For a word in many activities, reading each match's row to sort it costs more than
        // walking the sort column's index and testing each id against the matches ("+a.id" keeps
        // SQLite from looking the matches up by id). For a rarer word, look the matches up.
        matches = m_db.scalar(QStringLiteral("SELECT count(*) FROM activity_search WHERE activity_search MATCH ?"),
                              {fullText})
                      .toInt();
        // Every activity matches (the first letter typed often does): the search filters
        // nothing, and reading the matches would only cost time.
        if (matches < m_totalCount) {
            conditions.append(QStringLiteral("%1 IN (SELECT rowid FROM activity_search WHERE activity_search MATCH ?)")
                                  .arg(matches > ManyMatches ? QStringLiteral("+a.id") : QStringLiteral("a.id")));
            bindings.append(fullText);
        } else {
            matches = -1;
        }
    }
    if (m_filter.role) {
        conditions.append(QStringLiteral("a.role = ?"));
        bindings.append(Vocabulary::code(*m_filter.role));
    }
    if (m_filter.status) {
        conditions.append(QStringLiteral("a.status = ?"));
        bindings.append(Vocabulary::code(*m_filter.status));
    }
    if (!m_filter.department.isEmpty()) {
        conditions.append(QStringLiteral("a.department = ?"));
        bindings.append(m_filter.department);
    }
    if (!m_filter.legalBasis.isEmpty()) {
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM activity_legal_basis b WHERE b.activity_id = a.id "
                                         "AND b.basis = ?)"));
        bindings.append(m_filter.legalBasis);
    }
    if (m_filter.specialCategoryData)
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM activity_data_category ac JOIN data_category c ON "
                                         "c.id = ac.data_category_id WHERE ac.activity_id = a.id AND "
                                         "(c.special = 1 OR c.criminal = 1))"));
    if (m_filter.transfersWithoutSafeguard)
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM transfer t WHERE t.activity_id = a.id AND "
                                         "(upper(t.country) || ':' || t.safeguard) NOT IN (%1))")
                              .arg(sufficientTransferPairs()));
    if (m_filter.reviewOverdue) {
        conditions.append(QStringLiteral("a.next_review < ? AND a.status <> 'retired'"));
        bindings.append(SqlValue::fromDate(m_today));
    }

    QString where;
    if (!conditions.isEmpty())
        where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    m_idSql = QStringLiteral("SELECT a.id FROM processing_activity a") + where + QStringLiteral(" ORDER BY ")
        + orderBy(m_sortColumn, m_sortOrder) + QStringLiteral(" LIMIT ? OFFSET ?");
    m_idBindings = bindings;
    if (conditions.isEmpty())
        m_matching = m_totalCount;
    else if (conditions.size() == 1 && matches >= 0)
        m_matching = matches; // the full-text search alone: its count is known
    else
        m_matching = m_db.scalar(QStringLiteral("SELECT count(*) FROM processing_activity a") + QString(where).replace(QLatin1String("+a.id"), QLatin1String("a.id")), bindings).toInt();
    if (m_db.hasError()) {
        qWarning("ActivityTableModel: %s", qUtf8Printable(m_db.lastError()));
        m_matching = 0;
        return {};
    }
    return loadIds(0, count);
}

QList<qint64> ActivityTableModel::loadIds(qsizetype offset, qsizetype count) const
{
    QList<qint64> ids;
    if (count <= 0 || m_idSql.isEmpty())
        return ids;
    QSqlQuery query = m_db.run(m_idSql, m_idBindings + QVariantList{qint64(count), qint64(offset)});
    if (m_db.hasError()) {
        qWarning("ActivityTableModel: %s", qUtf8Printable(m_db.lastError()));
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

void ActivityTableModel::ensureIds(qsizetype count)
{
    count = std::min<qsizetype>(count, m_matching);
    while (m_ids.size() < count) {
        const QList<qint64> more = loadIds(m_ids.size(), std::max<qsizetype>(count - m_ids.size(), PageSize));
        if (more.isEmpty())
            break; // the workspace changed under us; the scheduled refresh catches up
        m_ids.append(more);
    }
}

void ActivityTableModel::refresh()
{
    m_refreshScheduled = false;
    const int before = m_matching;
    const QList<qint64> ids = queryIds(std::max(m_fetched, int(PageSize)));
    m_pages.clear();
    m_pageOrder.clear();
    m_checker.reset();
    if (m_matching == before && ids == m_ids.mid(0, ids.size())) {
        // Same rows in the same order: keep the view's selection and scroll position.
        m_ids = ids;
        if (m_fetched > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_fetched - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_ids = ids;
        m_fetched = int(std::min<qsizetype>(PageSize, m_ids.size()));
        endResetModel();
    }
    Q_EMIT countsChanged();
}

void ActivityTableModel::scheduleRefresh()
{
    // One commit reports several tables; query once for all of them.
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshScheduled)
            refresh();
    });
}

void ActivityTableModel::setFilter(const ActivityFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void ActivityTableModel::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

void ActivityTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == Findings)
        column = Name; // findings are computed per row, not by SQL
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> beforeIds;
    for (const QModelIndex& idx : before)
        beforeIds.append(activityId(idx.row()));
    m_ids = queryIds(std::max(m_fetched, int(PageSize)));
    m_pages.clear();
    m_pageOrder.clear();
    m_fetched = int(std::min<qsizetype>(std::max(m_fetched, int(std::min<qsizetype>(PageSize, m_ids.size()))), m_ids.size()));
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = int(m_ids.indexOf(beforeIds[i]));
        after.append(row >= 0 && row < m_fetched ? index(row, before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT countsChanged();
}

qint64 ActivityTableModel::activityId(int row) const
{
    return row >= 0 && row < m_fetched ? m_ids.at(row) : 0;
}

int ActivityTableModel::rowOf(qint64 id)
{
    int row = int(m_ids.indexOf(id));
    if (row < 0 && m_ids.size() < m_matching) {
        ensureIds(m_matching); // not read yet: read the rest of the ids
        row = int(m_ids.indexOf(id));
    }
    if (row < 0)
        return -1;
    while (row >= m_fetched)
        fetchMore({});
    return row;
}

void ActivityTableModel::loadPage(int page) const
{
    const qsizetype first = qsizetype(page) * PageSize;
    const QList<qint64> ids = m_ids.mid(first, PageSize);
    QList<Row> rows(ids.size());
    QHash<qint64, qsizetype> position;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        position.insert(ids[i], i);
        rows[i].id = ids[i];
    }
    const auto found = m_db.rows(
        QStringLiteral("SELECT a.id, a.name, a.role, a.status, a.department, a.next_review, a.updated_at, "
                       "(SELECT group_concat(basis, ' ') FROM (SELECT basis FROM activity_legal_basis "
                       "WHERE activity_id = a.id ORDER BY basis)) "
                       "FROM processing_activity a WHERE a.id IN (%1)")
            .arg(SqlValue::placeholders(ids.size())),
        SqlValue::fromIds(ids));
    for (const QVariantList& values : found) {
        Row& row = rows[position.value(values[0].toLongLong())];
        row.name = values[1].toString();
        row.role = Vocabulary::activityRole(values[2].toString());
        row.status = Vocabulary::activityStatus(values[3].toString());
        row.department = values[4].toString();
        row.nextReview = SqlValue::toDate(values[5]);
        row.updated = SqlValue::toDateTime(values[6]);
        QStringList citations;
        for (const QString& code : values[7].toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            citations.append(LegalBasis::citation(code));
        row.legalBases = citations.join(QStringLiteral(", "));
    }
    m_pages.insert(page, rows);
    m_pageOrder.append(page);
    while (m_pageOrder.size() > MaxCachedPages)
        m_pages.remove(m_pageOrder.takeFirst());
}

const ActivityTableModel::Row* ActivityTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_fetched)
        return nullptr;
    const int page = row / PageSize;
    if (!m_pages.contains(page))
        loadPage(page);
    const QList<Row>& rows = m_pages[page];
    const int offset = row % PageSize;
    return offset < rows.size() ? &rows[offset] : nullptr;
}

const QList<Finding>& ActivityTableModel::findingsOf(const Row& row) const
{
    // Checking needs the whole record: only done for rows a view actually shows.
    if (!row.findings) {
        if (!m_checker) {
            m_checker = std::make_unique<RegisterChecker>(m_db);
            m_checker->setToday(m_today);
        }
        row.findings = m_checker->check(row.id);
    }
    return *row.findings;
}

QVariant ActivityTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row* row = rowAt(index.row());
    if (!row)
        return {};
    if (role == IdRole)
        return row->id;
    if (role == FindingCountRole)
        return int(findingsOf(*row).size());

    const QLocale locale;
    switch (index.column()) {
    case Findings: {
        if (role != Qt::DecorationRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
            return {};
        const QList<Finding>& findings = findingsOf(*row);
        if (findings.isEmpty())
            return role == Qt::DecorationRole ? QVariant() : QVariant(tr("Complete"));
        if (role == Qt::DecorationRole) {
            const bool error = std::any_of(findings.cbegin(), findings.cend(), [](const Finding& f) {
                return f.severity == Finding::Severity::Error;
            });
            return findingIcon(error ? Finding::Severity::Error : Finding::Severity::Warning);
        }
        QStringList lines;
        for (const Finding& finding : findings)
            lines.append(QStringLiteral("• ") + finding.message);
        return tr("%n finding(s):", nullptr, int(findings.size())) + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    case Name:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row->name;
        break;
    case Role:
        if (role == Qt::DisplayRole)
            return Vocabulary::label(row->role);
        break;
    case Status:
        if (role == Qt::DisplayRole)
            return Vocabulary::label(row->status);
        break;
    case Department:
        if (role == Qt::DisplayRole)
            return row->department;
        break;
    case LegalBases:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row->legalBases;
        break;
    case NextReview:
        if (role == Qt::DisplayRole)
            return row->nextReview.isValid() ? locale.toString(row->nextReview, QLocale::ShortFormat) : QString();
        if (role == Qt::ForegroundRole && row->nextReview.isValid() && row->nextReview < m_today
            && row->status != ActivityStatus::Retired)
            return QColor(0xc6, 0x28, 0x28);
        break;
    case Updated:
        if (role == Qt::DisplayRole)
            return row->updated.isValid() ? locale.toString(row->updated.toLocalTime().date(), QLocale::ShortFormat)
                                          : QString();
        if (role == Qt::ToolTipRole)
            return locale.toString(row->updated.toLocalTime(), QLocale::LongFormat);
        break;
    default:
        break;
    }
    return {};
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == Findings)
        return tr("Completeness and consistency findings");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Findings:
        return QString();
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    case Department:
        return tr("Department");
    case LegalBases:
        return tr("Legal bases");
    case NextReview:
        return tr("Next review");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}
