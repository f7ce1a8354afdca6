// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "register/RegisterView.h"

#include "core/Database.h"
#include "domain/LegalBasis.h"
#include "itemmodels/ActivityTableModel.h"
#include "main/MessageBox.h"
#include "register/ActivityEditor.h"
#include "register/ActivityPresenceCommand.h"
#include "register/ActivityRepository.h"
#include "register/CatalogRepository.h"
#include "settings/Settings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

const QString SplitterName = QStringLiteral("register");
constexpr int SearchDelayMs = 120;

} // namespace

RegisterView::RegisterView(Database& db, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_model(new ActivityTableModel(db, this))
    , m_search(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_legalBasis(new QComboBox(this))
    , m_special(new QCheckBox(tr("Special categories"), this))
    , m_transfers(new QCheckBox(tr("Transfers lacking a safeguard"), this))
    , m_overdue(new QCheckBox(tr("Review overdue"), this))
    , m_countLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_editor(new ActivityEditor(db, undoStack, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_searchDelay(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search all fields (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the register"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &RegisterView::applyFilter);

    m_role->addItem(tr("All roles"));
    for (const ActivityRole role : {ActivityRole::Controller, ActivityRole::Processor})
        m_role->addItem(Vocabulary::label(role), Vocabulary::code(role));
    m_status->addItem(tr("All statuses"));
    for (const ActivityStatus status : Vocabulary::activityStatuses())
        m_status->addItem(Vocabulary::label(status), Vocabulary::code(status));
    m_legalBasis->addItem(tr("All legal bases"));
    for (const LegalBasis& basis : LegalBasis::all())
        m_legalBasis->addItem(LegalBasis::label(basis.code), basis.code);
    reloadFilterChoices();
    for (QComboBox* combo : {m_role, m_status, m_department, m_legalBasis})
        connect(combo, &QComboBox::currentIndexChanged, this, &RegisterView::applyFilter);
    for (QCheckBox* box : {m_special, m_transfers, m_overdue})
        connect(box, &QCheckBox::toggled, this, &RegisterView::applyFilter);
    m_role->setAccessibleName(tr("Role"));
    m_status->setAccessibleName(tr("Status"));
    m_department->setAccessibleName(tr("Department"));
    m_legalBasis->setAccessibleName(tr("Legal basis"));

    m_table->setModel(m_model);
    // The model comes sorted by name: announce that before sorting is enabled, which would
    // otherwise sort (re-query) by the header's default indicator first.
    m_table->horizontalHeader()->setSortIndicator(ActivityTableModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(ActivityTableModel::Findings, QHeaderView::Fixed);
    header->resizeSection(ActivityTableModel::Findings, 28);
    header->resizeSection(ActivityTableModel::Name, 300);
    header->resizeSection(ActivityTableModel::Role, 90);
    header->resizeSection(ActivityTableModel::Status, 90);
    header->resizeSection(ActivityTableModel::Department, 140);
    header->resizeSection(ActivityTableModel::LegalBases, 150);
    header->setStretchLastSection(true);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_editor->setActivity(currentActivityId());
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RegisterView::updateActions);
    connect(m_model, &ActivityTableModel::countsChanged, this, &RegisterView::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_editor->setActivity(currentActivityId());
        updateActions();
    });
    connect(&m_db, &Database::tableChanged, this, [this](const QString& table) {
        if (table == QLatin1String("processing_activity"))
            reloadFilterChoices();
    });

    m_newAction = new QAction(QIcon::fromTheme(QIcon::ThemeIcon::DocumentNew), tr("&New Activity"), this);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newAction->setToolTip(tr("Add a processing activity to the register (Ctrl+Shift+N)"));
    connect(m_newAction, &QAction::triggered, this, &RegisterView::createActivity);
    m_duplicateAction = new QAction(QIcon::fromTheme(QIcon::ThemeIcon::EditCopy), tr("D&uplicate Activity"), this);
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_duplicateAction, &QAction::triggered, this, &RegisterView::duplicateActivity);
    m_deleteAction = new QAction(QIcon::fromTheme(QIcon::ThemeIcon::EditDelete), tr("&Delete Activity…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Delete only when the table has focus: in a text field the key edits the text.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &RegisterView::deleteActivity);
    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    for (QAction* action : {m_newAction, m_duplicateAction, m_findAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    auto* toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_duplicateAction);
    toolBar->addAction(m_deleteAction);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_countLabel);
    searchRow->addWidget(toolBar);
    auto* filterRow = new QHBoxLayout;
    for (QComboBox* combo : {m_role, m_status, m_department, m_legalBasis}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        filterRow->addWidget(combo, 1);
    }
    auto* checkRow = new QHBoxLayout;
    for (QCheckBox* box : {m_special, m_transfers, m_overdue})
        checkRow->addWidget(box);
    checkRow->addStretch(1);

    auto* tablePane = new QWidget(m_splitter);
    auto* tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(searchRow);
    tableLayout->addLayout(filterRow);
    tableLayout->addLayout(checkRow);
    tableLayout->addWidget(m_table, 1);
    m_splitter->addWidget(tablePane);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    const QByteArray state = Settings::instance().splitterState(SplitterName);
    if (state.isEmpty() || !m_splitter->restoreState(state))
        m_splitter->setSizes({640, 420});
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { Settings::instance().setSplitterState(SplitterName, m_splitter->saveState()); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    updateCounts();
    updateActions();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

RegisterView::~RegisterView() = default;

bool RegisterView::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_painted && watched == m_table->viewport() && event->type() == QEvent::Paint) {
        m_painted = true;
        // After the paint event has been handled, the table is on screen.
        QTimer::singleShot(0, this, &RegisterView::tableFirstPainted);
    }
    return QWidget::eventFilter(watched, event);
}

void RegisterView::reloadFilterChoices()
{
    const QString current = m_department->currentData().toString();
    const QSignalBlocker blocker(m_department);
    m_department->clear();
    m_department->addItem(tr("All departments"));
    for (const QString& department : CatalogRepository(m_db).departments()) {
        if (!department.isEmpty())
            m_department->addItem(department, department);
    }
    m_department->setCurrentIndex(std::max(0, m_department->findData(current)));
}

void RegisterView::applyFilter()
{
    m_searchDelay->stop();
    const qint64 selected = currentActivityId();
    ActivityFilter filter;
    filter.text = m_search->text();
    if (m_role->currentIndex() > 0)
        filter.role = Vocabulary::activityRole(m_role->currentData().toString());
    if (m_status->currentIndex() > 0)
        filter.status = Vocabulary::activityStatus(m_status->currentData().toString());
    filter.department = m_department->currentData().toString();
    filter.legalBasis = m_legalBasis->currentData().toString();
    filter.specialCategoryData = m_special->isChecked();
    filter.transfersWithoutSafeguard = m_transfers->isChecked();
    filter.reviewOverdue = m_overdue->isChecked();
    m_model->setFilter(filter);
    const int row = selected != 0 ? m_model->rowOf(selected) : -1;
    if (row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
        m_table->selectRow(0);
}

void RegisterView::setRoleFilter(std::optional<ActivityRole> role)
{
    m_role->setCurrentIndex(role ? m_role->findData(Vocabulary::code(*role)) : 0);
}

void RegisterView::updateCounts()
{
    const QLocale locale;
    m_countLabel->setText(tr("%1 of %2 activities")
                              .arg(locale.toString(m_model->matchingCount()), locale.toString(m_model->totalCount())));
}

void RegisterView::updateActions()
{
    const bool selected = currentActivityId() != 0;
    m_duplicateAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
}

qint64 RegisterView::currentActivityId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row())
        ? m_model->activityId(current.row())
        : 0;
}

void RegisterView::selectActivity(qint64 id)
{
    m_model->refresh();
    int row = m_model->rowOf(id);
    if (row < 0 && id != 0) {
        // The filters hide it: show everything rather than select nothing.
        for (QComboBox* combo : {m_role, m_status, m_department, m_legalBasis}) {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(0);
        }
        for (QCheckBox* box : {m_special, m_transfers, m_overdue}) {
            const QSignalBlocker blocker(box);
            box->setChecked(false);
        }
        {
            const QSignalBlocker blocker(m_search);
            m_search->clear();
        }
        m_model->setFilter({});
        row = m_model->rowOf(id);
    }
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, ActivityTableModel::Name));
    }
    m_editor->setActivity(currentActivityId());
    updateActions();
}

void RegisterView::afterCommand(qint64 id, const QString& error)
{
    if (!error.isEmpty()) {
        MessageBox::critical(this, tr("Registro"), error);
        return;
    }
    selectActivity(id);
}

void RegisterView::createActivity()
{
    ActivityRepository repository(m_db);
    ProcessingActivity activity;
    activity.name = tr("New activity");
    for (int n = 2; repository.idByName(activity.name) != 0; ++n)
        activity.name = tr("New activity %1").arg(n);
    if (m_role->currentIndex() > 0)
        activity.role = Vocabulary::activityRole(m_role->currentData().toString());
    auto* command = new ActivityPresenceCommand(m_db, ActivityPresenceCommand::Change::Add, activity,
                                                tr("New activity “%1”").arg(activity.name));
    command->setOnChanged([this](qint64 id, const QString& error) { afterCommand(id, error); });
    m_undoStack->push(command);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void RegisterView::duplicateActivity()
{
    ActivityRepository repository(m_db);
    const auto original = repository.find(currentActivityId());
    if (!original)
        return;
    ProcessingActivity copy = *original;
    copy.id = 0;
    copy.name = repository.copyName(original->name);
    copy.status = ActivityStatus::Draft;
    copy.createdAt = {};
    copy.approvedBy.clear();
    copy.approvedAt = {};
    copy.lastReviewed = {};
    auto* command = new ActivityPresenceCommand(m_db, ActivityPresenceCommand::Change::Add, copy,
                                                tr("Duplicate “%1”").arg(original->name));
    command->setOnChanged([this](qint64 id, const QString& error) { afterCommand(id, error); });
    m_undoStack->push(command);
}

void RegisterView::deleteActivity()
{
    const int row = m_table->selectionModel()->currentIndex().row();
    const auto activity = ActivityRepository(m_db).find(currentActivityId());
    if (!activity)
        return;
    const auto answer = MessageBox::question(
        this, tr("Delete Activity"),
        tr("Delete “%1” from the register? Undo (Ctrl+Z) brings it back.").arg(activity->name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    auto* command = new ActivityPresenceCommand(m_db, ActivityPresenceCommand::Change::Remove, *activity,
                                                tr("Delete “%1”").arg(activity->name));
    command->setOnChanged([this, row](qint64 id, const QString& error) {
        if (!error.isEmpty() || id != 0) {
            afterCommand(id, error);
            return;
        }
        // Removed: select the row that took its place.
        m_model->refresh();
        if (m_model->rowCount() > 0)
            m_table->selectRow(std::min(row, m_model->rowCount() - 1));
        updateActions();
    });
    m_undoStack->push(command);
}
