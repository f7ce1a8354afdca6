// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "checks/RegisterChecker.h"
#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "itemmodels/ActivityTableModel.h"
#include "register/ActivityRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ActivityFilter)

class TestActivityTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelTester();
    void showsTheDemoRegister();
    void filters_data();
    void filters();
    void transferFilterAgreesWithChecker();
    void search_data();
    void search();
    void sortsInSql_data();
    void sortsInSql();
    void fetchesLazily();
    void searchWithManyMatches();
    void searchMatchingEveryActivity();
    void refreshesOnChange();
    void findingsColumn();

private:
    QStringList names(ActivityTableModel& model);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    const QDate m_today{2026, 11, 23};
};

void TestActivityTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_db = Database::create(m_dir->filePath(QStringLiteral("demo.registro")), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(DemoWorkspace::populate(*m_db, &error), qPrintable(error));
}

void TestActivityTableModel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QStringList TestActivityTableModel::names(ActivityTableModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, ActivityTableModel::Name).data().toString());
    return result;
}

void TestActivityTableModel::modelTester()
{
    ActivityTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ActivityFilter filter;
    filter.role = ActivityRole::Processor;
    model.setFilter(filter);
    model.sort(ActivityTableModel::Updated, Qt::DescendingOrder);
    filter.text = QStringLiteral("payroll");
    model.setFilter(filter);
    model.setFilter({});
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, ActivityTableModel::Findings).data(Qt::ToolTipRole).isValid());
}

void TestActivityTableModel::showsTheDemoRegister()
{
    ActivityTableModel model(*m_db);
    QCOMPARE(model.totalCount(), 30);
    QCOMPARE(model.matchingCount(), 30);
    QCOMPARE(model.rowCount(), 30);
    QCOMPARE(model.columnCount(), int(ActivityTableModel::ColumnCount));
    const QStringList all = names(model);
    QCOMPARE(all.first(), QStringLiteral("Absence and leave management"));
    QStringList sorted = all;
    sorted.sort(Qt::CaseInsensitive);
    QCOMPARE(all, sorted);
    const int row = model.rowOf(ActivityRepository(*m_db).idByName(QStringLiteral("Recruitment and selection")));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ActivityTableModel::Department).data().toString(), QStringLiteral("People"));
    QCOMPARE(model.index(row, ActivityTableModel::Status).data().toString(), Vocabulary::label(ActivityStatus::InReview));
    QCOMPARE(model.index(row, ActivityTableModel::LegalBases).data().toString(), QStringLiteral("Art. 6(1)(a), Art. 6(1)(b)"));
    QCOMPARE(model.index(row, ActivityTableModel::Name).data(ActivityTableModel::IdRole).toLongLong(),
             model.activityId(row));
}

void TestActivityTableModel::filters_data()
{
    QTest::addColumn<ActivityFilter>("filter");
    QTest::addColumn<int>("expected");

    ActivityFilter f;
    QTest::newRow("none") << f << 30;
    f.role = ActivityRole::Controller;
    QTest::newRow("controller") << f << 20;
    f.role = ActivityRole::Processor;
    QTest::newRow("processor") << f << 10;
    f = {};
    f.status = ActivityStatus::InReview;
    QTest::newRow("in review") << f << 3;
    f.status = ActivityStatus::Retired;
    QTest::newRow("retired") << f << 0;
    f = {};
    f.department = QStringLiteral("People");
    QTest::newRow("department") << f << 7;
    f.role = ActivityRole::Processor;
    QTest::newRow("department and role") << f << 0;
    f = {};
    f.legalBasis = QStringLiteral("6.1.a");
    QTest::newRow("consent") << f << 3;
    f = {};
    f.specialCategoryData = true;
    QTest::newRow("special categories") << f << 7;
    f = {};
    f.reviewOverdue = true;
    QTest::newRow("review overdue") << f << 1;
    f = {};
    f.department = QStringLiteral("No such department");
    QTest::newRow("unknown department") << f << 0;
}

void TestActivityTableModel::filters()
{
    QFETCH(ActivityFilter, filter);
    QFETCH(int, expected);
    ActivityTableModel model(*m_db);
    model.setToday(m_today);
    QSignalSpy counts(&model, &ActivityTableModel::countsChanged);
    model.setFilter(filter);
    QCOMPARE(model.matchingCount(), expected);
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(model.totalCount(), 30);
    QCOMPARE(counts.isEmpty(), filter == ActivityFilter());
}

void TestActivityTableModel::transferFilterAgreesWithChecker()
{
    ActivityTableModel model(*m_db);
    ActivityFilter filter;
    filter.transfersWithoutSafeguard = true;
    model.setFilter(filter);
    const QStringList filtered = names(model);
    QVERIFY(filtered.contains(QStringLiteral("Recruitment and selection"))); // UA, nothing signed
    QVERIFY(!filtered.contains(QStringLiteral("Shift scheduling and rostering"))); // JP, adequacy

    RegisterChecker checker(*m_db);
    ActivityRepository repository(*m_db);
    QStringList flagged;
    for (const auto& row : m_db->rows(QStringLiteral("SELECT id, name FROM processing_activity ORDER BY name"))) {
        const auto findings = checker.check(row[0].toLongLong());
        if (std::any_of(findings.cbegin(), findings.cend(),
                        [](const Finding& f) { return f.code == QLatin1String("transfer-without-safeguard"); }))
            flagged.append(row[1].toString());
    }
    flagged.sort(Qt::CaseInsensitive);
    QCOMPARE(filtered, flagged);
}

void TestActivityTableModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mustContain");
    QTest::addColumn<int>("expected");

    QTest::newRow("empty") << QString() << QStringList() << 30;
    QTest::newRow("spaces") << QStringLiteral("   ") << QStringList() << 30;
    QTest::newRow("one word") << QStringLiteral("payroll")
                              << QStringList{QStringLiteral("Payroll and employee benefits")} << -1;
    QTest::newRow("prefix, any case") << QStringLiteral("PAYR")
                                      << QStringList{QStringLiteral("Payroll and employee benefits")} << -1;
    QTest::newRow("in the department") << QStringLiteral("Facilities")
                                       << QStringList{QStringLiteral("Office visitor registration")} << -1;
    QTest::newRow("nothing") << QStringLiteral("zyxwvutsr") << QStringList() << 0;
    QTest::newRow("operators are words") << QStringLiteral("payroll OR NEAR(\"") << QStringList() << 0;
    QTest::newRow("two words, both required") << QStringLiteral("payroll zyxwvutsr") << QStringList() << 0;
}

void TestActivityTableModel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mustContain);
    QFETCH(int, expected);
    ActivityTableModel model(*m_db);
    ActivityFilter filter;
    filter.text = text;
    model.setFilter(filter);
    const QStringList found = names(model);
    if (expected >= 0)
        QCOMPARE(found.size(), expected);
    else
        QVERIFY(found.size() > 0 && found.size() < 30);
    for (const QString& name : mustContain)
        QVERIFY2(found.contains(name), qPrintable(name));
}

void TestActivityTableModel::sortsInSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("first");

    QTest::newRow("name desc") << int(ActivityTableModel::Name) << Qt::DescendingOrder
                               << QStringLiteral("Whistleblowing and integrity reports");
    QTest::newRow("status asc") << int(ActivityTableModel::Status) << Qt::AscendingOrder << QString(); // the one draft
    QTest::newRow("next review asc") << int(ActivityTableModel::NextReview) << Qt::AscendingOrder
                                     << QStringLiteral("Office visitor registration");
}

void TestActivityTableModel::sortsInSql()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, first);
    ActivityTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QPersistentModelIndex kept = model.index(5, ActivityTableModel::Name);
    const QString keptName = kept.data().toString();
    model.sort(column, order);
    QCOMPARE(kept.data().toString(), keptName);
    QCOMPARE(model.rowCount(), 30);
    if (column == ActivityTableModel::Status)
        QCOMPARE(model.index(0, ActivityTableModel::Status).data().toString(), Vocabulary::label(ActivityStatus::Draft));
    else
        QCOMPARE(model.index(0, ActivityTableModel::Name).data().toString(), first);
    if (column == ActivityTableModel::Name) {
        QStringList expected = names(model);
        std::sort(expected.begin(), expected.end(),
                  [](const QString& l, const QString& r) { return QString::compare(l, r, Qt::CaseInsensitive) > 0; });
        QCOMPARE(names(model), expected);
    }
}

void TestActivityTableModel::fetchesLazily()
{
    // More activities than one chunk: rows arrive through fetchMore().
    ActivityRepository repository(*m_db);
    {
        Transaction transaction(*m_db);
        for (int i = 0; i < ActivityTableModel::PageSize + 50; ++i) {
            ProcessingActivity activity;
            activity.name = QStringLiteral("Bulk activity %1").arg(i, 4, 10, QLatin1Char('0'));
            QVERIFY2(repository.save(activity), qPrintable(repository.errorString()));
        }
        QVERIFY(transaction.commit());
    }
    const int total = 30 + ActivityTableModel::PageSize + 50;
    ActivityTableModel model(*m_db);
    QCOMPARE(model.matchingCount(), total);
    QCOMPARE(model.rowCount(), int(ActivityTableModel::PageSize));
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), total);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(total - 1, ActivityTableModel::Name).data().toString(),
             QStringLiteral("Whistleblowing and integrity reports"));
    const qint64 last = repository.idByName(QStringLiteral("Whistleblowing and integrity reports"));
    ActivityTableModel fresh(*m_db);
    QCOMPARE(fresh.rowCount(), int(ActivityTableModel::PageSize));
    QCOMPARE(fresh.rowOf(last), total - 1);
    QCOMPARE(fresh.rowCount(), total);
}

void TestActivityTableModel::searchWithManyMatches()
{
    // Enough matches for the model to walk the sort order instead of looking the matches up.
    ActivityRepository repository(*m_db);
    {
        Transaction transaction(*m_db);
        for (int i = 0; i < 2100; ++i) {
            ProcessingActivity activity;
            activity.name = QStringLiteral("%1 plentiful %2").arg(QChar(u'A' + i % 26)).arg(i);
            activity.role = i % 2 ? ActivityRole::Processor : ActivityRole::Controller;
            QVERIFY2(repository.save(activity), qPrintable(repository.errorString()));
        }
        QVERIFY(transaction.commit());
    }
    ActivityTableModel model(*m_db);
    ActivityFilter filter;
    filter.text = QStringLiteral("plentiful");
    model.setFilter(filter);
    QCOMPARE(model.matchingCount(), 2100);
    // Only the first page is read; the last match is found by reading on.
    QCOMPARE(model.rowCount(), int(ActivityTableModel::PageSize));
    const qint64 lastMatch = repository.idByName(QStringLiteral("Z plentiful 987"));
    QVERIFY(lastMatch > 0);
    QCOMPARE(model.rowOf(lastMatch), 2099);
    QCOMPARE(model.activityId(2099), lastMatch);
    QStringList found = names(model);
    QStringList sorted = found;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString& l, const QString& r) { return QString::compare(l, r, Qt::CaseInsensitive) < 0; });
    QCOMPARE(found, sorted);
    QVERIFY(!found.contains(QStringLiteral("Payroll and employee benefits")));
    filter.role = ActivityRole::Processor;
    model.setFilter(filter);
    QCOMPARE(model.matchingCount(), 1050);
    model.sort(ActivityTableModel::Name, Qt::DescendingOrder);
    QVERIFY(model.index(0, ActivityTableModel::Name).data().toString().startsWith(QLatin1Char('Z')));
}

void TestActivityTableModel::searchMatchingEveryActivity()
{
    // A word in every activity filters nothing (the model then skips reading the matches); one
    // activity without it is filtered out again.
    QString error;
    auto db = Database::create(m_dir->filePath(QStringLiteral("every.registro")), &error);
    QVERIFY2(db, qPrintable(error));
    ActivityRepository repository(*db);
    for (const char* name : {"Alpha payroll", "Alpha recruitment", "Alphabet soup tasting"}) {
        ProcessingActivity activity;
        activity.name = QString::fromLatin1(name);
        QVERIFY2(repository.save(activity), qPrintable(repository.errorString()));
    }
    ActivityTableModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ActivityFilter filter;
    filter.text = QStringLiteral("alp");
    model.setFilter(filter);
    QCOMPARE(model.matchingCount(), 3);
    QCOMPARE(model.rowCount(), 3);
    ProcessingActivity other;
    other.name = QStringLiteral("Visitor log");
    QVERIFY(repository.save(other));
    model.refresh();
    QCOMPARE(model.totalCount(), 4);
    QCOMPARE(model.matchingCount(), 3);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.rowOf(other.id) < 0);
    filter.text = QStringLiteral("payroll");
    model.setFilter(filter);
    QCOMPARE(model.matchingCount(), 1);
    QCOMPARE(model.index(0, ActivityTableModel::Name).data().toString(), QStringLiteral("Alpha payroll"));
}

void TestActivityTableModel::refreshesOnChange()
{
    ActivityTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ActivityRepository repository(*m_db);
    ProcessingActivity activity;
    activity.name = QStringLiteral("Aardvark monitoring");
    activity.department = QStringLiteral("Zoo");
    QVERIFY(repository.save(activity));
    QTRY_COMPARE(model.totalCount(), 31);
    QCOMPARE(model.index(0, ActivityTableModel::Name).data().toString(), activity.name);

    activity.department = QStringLiteral("Wildlife");
    QVERIFY(repository.save(activity));
    QTRY_COMPARE(model.index(0, ActivityTableModel::Department).data().toString(), QStringLiteral("Wildlife"));

    QVERIFY(repository.remove(activity.id));
    QTRY_COMPARE(model.totalCount(), 30);
    QCOMPARE(model.rowCount(), 30);
    QVERIFY(model.index(0, ActivityTableModel::Name).data().toString() != activity.name);
}

void TestActivityTableModel::findingsColumn()
{
    ActivityTableModel model(*m_db);
    model.setToday(m_today);
    ActivityRepository repository(*m_db);
    ProcessingActivity empty;
    empty.name = QStringLiteral("Aaa incomplete record");
    QVERIFY(repository.save(empty));
    QTRY_COMPARE(model.totalCount(), 31);
    const QModelIndex cell = model.index(0, ActivityTableModel::Findings);
    QCOMPARE(model.index(0, ActivityTableModel::Name).data().toString(), empty.name);
    QVERIFY(cell.data(ActivityTableModel::FindingCountRole).toInt() >= 3);
    QVERIFY(cell.data(Qt::DecorationRole).canConvert<QIcon>());
    QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QString tooltip = cell.data(Qt::ToolTipRole).toString();
    for (const Finding& finding : RegisterChecker(*m_db).check(empty.id))
        QVERIFY2(tooltip.contains(finding.message), qPrintable(finding.message));
}

QTEST_MAIN(TestActivityTableModel)
#include "TestActivityTableModel.moc"
