// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "subprocessors/SubProcessorView.h"

#include "core/Database.h"
#include "reference/CountryCatalog.h"
#include "register/SubProcessorRepository.h"
#include "subprocessors/NoticeSchedule.h"
#include "subprocessors/PlannedChangeRepository.h"
#include "subprocessors/RecordNoticeCommand.h"
#include "subprocessors/SavePlannedChangeCommand.h"
#include "subprocessors/SaveSubProcessorCommand.h"
#include "subprocessors/SubProcessorChecker.h"
#include "subprocessors/SubProcessorHistory.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

enum Column { NameColumn, CountriesColumn, SafeguardColumn, StatusColumn, FindingsColumn, ColumnCount };
enum DeadlineColumn { CustomerColumn, LanguageColumn, LatestNoticeColumn, SentColumn, ObjectionDeadlineColumn,
                      NoticeStatusColumn, DeadlineColumnCount };

const QDate NoDate(2000, 1, 1);

QDateEdit* optionalDateEdit(QWidget* parent, const QString& none)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(none);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(NoDate);
    return edit;
}

QDate optionalDate(const QDateEdit* edit)
{
    return edit->date() == NoDate ? QDate() : edit->date();
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("–");
}

QString snapshotText(const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts.append(item.toString());
        return parts.join(QStringLiteral(", "));
    }
    if (value.isDouble())
        return QString::number(value.toInt());
    return value.isNull() ? QStringLiteral("–") : value.toString();
}

} // namespace

SubProcessorView::SubProcessorView(Database& db, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_undoStack(undoStack)
{
    m_newAction = new QAction(tr("&New Sub-processor"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_applyAction = new QAction(tr("&Apply Changes"), this);
    m_applyAction->setShortcut(QKeySequence::Save);
    m_applyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newAction);
    addAction(m_applyAction);
    connect(m_newAction, &QAction::triggered, this, &SubProcessorView::startNew);
    connect(m_applyAction, &QAction::triggered, this, &SubProcessorView::apply);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("subProcessorTable"));
    m_table->setHorizontalHeaderLabels({tr("Legal name"), tr("Servers"), tr("Safeguard"), tr("Status"), tr("Findings")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();

    auto* form = new QWidget(this);
    auto* formLayout = new QFormLayout(form);
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("legalName"));
    m_service = new QLineEdit(form);
    m_service->setObjectName(QStringLiteral("service"));
    m_actions = new QLineEdit(form);
    m_countries = new QListWidget(form);
    m_countries->setObjectName(QStringLiteral("countries"));
    const CountryCatalog& catalog = CountryCatalog::instance();
    for (const QString& code : catalog.codes()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 – %2 (%3)").arg(code, catalog.name(code), catalog.regimeLabel(code)),
                                         m_countries);
        item->setData(Qt::UserRole, code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_safeguard = new QComboBox(form);
    m_safeguard->setObjectName(QStringLiteral("safeguard"));
    for (TransferSafeguard value : {TransferSafeguard::NotRequired, TransferSafeguard::Adequacy,
                                    TransferSafeguard::StandardContractualClauses, TransferSafeguard::BindingCorporateRules,
                                    TransferSafeguard::DataPrivacyFramework, TransferSafeguard::Derogation,
                                    TransferSafeguard::None})
        m_safeguard->addItem(Vocabulary::label(value), QVariant::fromValue(int(value)));
    m_status = new QComboBox(form);
    for (SubProcessorStatus value : {SubProcessorStatus::Planned, SubProcessorStatus::Active, SubProcessorStatus::BeingRemoved,
                                     SubProcessorStatus::Removed})
        m_status->addItem(Vocabulary::label(value), QVariant::fromValue(int(value)));
    m_dateAdded = optionalDateEdit(form, tr("not recorded"));
    m_dateRemoved = optionalDateEdit(form, tr("not removed"));
    m_error = new QLabel(form);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_findings = new QListWidget(form);
    m_findings->setObjectName(QStringLiteral("findings"));
    auto* buttons = new QHBoxLayout;
    auto* newButton = new QPushButton(m_newAction->text(), form);
    auto* applyButton = new QPushButton(m_applyAction->text(), form);
    applyButton->setObjectName(QStringLiteral("apply"));
    connect(newButton, &QPushButton::clicked, m_newAction, &QAction::trigger);
    connect(applyButton, &QPushButton::clicked, m_applyAction, &QAction::trigger);
    buttons->addWidget(newButton);
    buttons->addStretch();
    buttons->addWidget(applyButton);
    formLayout->addRow(tr("&Legal name:"), m_name);
    formLayout->addRow(tr("S&ervice:"), m_service);
    formLayout->addRow(tr("Processing &actions:"), m_actions);
    formLayout->addRow(tr("Server &countries:"), m_countries);
    formLayout->addRow(tr("Transfer s&afeguard:"), m_safeguard);
    formLayout->addRow(tr("S&tatus:"), m_status);
    formLayout->addRow(tr("Date a&dded:"), m_dateAdded);
    formLayout->addRow(tr("Date re&moved:"), m_dateRemoved);
    formLayout->addRow(m_error);
    formLayout->addRow(tr("Findings:"), m_findings);
    formLayout->addRow(buttons);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_table);
    top->addWidget(form);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    // History
    auto* historyPage = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(historyPage);
    auto* historyBar = new QHBoxLayout;
    m_asOf = new QDateEdit(QDate::currentDate(), historyPage);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_compareWith = new QDateEdit(QDate::currentDate().addYears(-1), historyPage);
    m_compareWith->setObjectName(QStringLiteral("compareWith"));
    m_compareWith->setCalendarPopup(true);
    m_compareWith->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    historyBar->addWidget(new QLabel(tr("List as of:"), historyPage));
    historyBar->addWidget(m_asOf);
    historyBar->addWidget(new QLabel(tr("changes since:"), historyPage));
    historyBar->addWidget(m_compareWith);
    historyBar->addStretch();
    m_history = new QPlainTextEdit(historyPage);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setReadOnly(true);
    historyLayout->addLayout(historyBar);
    historyLayout->addWidget(m_history);
    connect(m_asOf, &QDateEdit::dateChanged, this, &SubProcessorView::updateHistory);
    connect(m_compareWith, &QDateEdit::dateChanged, this, &SubProcessorView::updateHistory);

    // Planned changes
    auto* changesPage = new QWidget(this);
    auto* changesLayout = new QVBoxLayout(changesPage);
    m_changes = new QComboBox(changesPage);
    m_changes->setObjectName(QStringLiteral("plannedChanges"));
    m_deadlines = new QTableWidget(0, DeadlineColumnCount, changesPage);
    m_deadlines->setObjectName(QStringLiteral("deadlines"));
    m_deadlines->setHorizontalHeaderLabels({tr("Customer"), tr("Language"), tr("Notice by"), tr("Sent"),
                                            tr("Objections until"), tr("Status")});
    m_deadlines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deadlines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_deadlines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deadlines->horizontalHeader()->setSectionResizeMode(CustomerColumn, QHeaderView::Stretch);
    m_deadlines->verticalHeader()->hide();
    auto* noticeBar = new QHBoxLayout;
    m_eventDate = new QDateEdit(QDate::currentDate(), changesPage);
    m_eventDate->setCalendarPopup(true);
    m_eventDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_sentButton = new QPushButton(tr("Record Notice &Sent"), changesPage);
    m_sentButton->setObjectName(QStringLiteral("recordSent"));
    m_objectionButton = new QPushButton(tr("Record &Objection"), changesPage);
    m_objectionButton->setObjectName(QStringLiteral("recordObjection"));
    noticeBar->addWidget(new QLabel(tr("On:"), changesPage));
    noticeBar->addWidget(m_eventDate);
    noticeBar->addStretch();
    noticeBar->addWidget(m_sentButton);
    noticeBar->addWidget(m_objectionButton);
    auto* planBar = new QHBoxLayout;
    m_planKind = new QComboBox(changesPage);
    m_planKind->setObjectName(QStringLiteral("planKind"));
    for (PlannedChange::Kind kind : {PlannedChange::Kind::Add, PlannedChange::Kind::Replace, PlannedChange::Kind::Remove})
        m_planKind->addItem(PlannedChangeRepository::kindLabel(kind), int(kind));
    m_planSubProcessor = new QComboBox(changesPage);
    m_planSubProcessor->setObjectName(QStringLiteral("planSubProcessor"));
    m_planReplaces = new QComboBox(changesPage);
    m_planReplaces->setObjectName(QStringLiteral("planReplaces"));
    m_planReplaces->setEnabled(false);
    m_planDate = new QDateEdit(QDate::currentDate().addMonths(1), changesPage);
    m_planDate->setObjectName(QStringLiteral("planDate"));
    m_planDate->setCalendarPopup(true);
    m_planDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_planReason = new QLineEdit(changesPage);
    m_planReason->setObjectName(QStringLiteral("planReason"));
    m_planReason->setPlaceholderText(tr("Reason for the change"));
    auto* planButton = new QPushButton(tr("&Plan Change"), changesPage);
    planButton->setObjectName(QStringLiteral("planChange"));
    planBar->addWidget(m_planKind);
    planBar->addWidget(m_planSubProcessor, 1);
    planBar->addWidget(new QLabel(tr("replacing"), changesPage));
    planBar->addWidget(m_planReplaces, 1);
    planBar->addWidget(new QLabel(tr("from"), changesPage));
    planBar->addWidget(m_planDate);
    planBar->addWidget(m_planReason, 2);
    planBar->addWidget(planButton);
    connect(m_planKind, &QComboBox::currentIndexChanged, this, [this] {
        m_planReplaces->setEnabled(PlannedChange::Kind(m_planKind->currentData().toInt()) == PlannedChange::Kind::Replace);
    });
    connect(planButton, &QPushButton::clicked, this, &SubProcessorView::planChange);
    changesLayout->addLayout(planBar);
    changesLayout->addWidget(m_changes);
    changesLayout->addWidget(m_deadlines);
    changesLayout->addLayout(noticeBar);
    connect(m_changes, &QComboBox::currentIndexChanged, this, &SubProcessorView::updateDeadlines);
    connect(m_sentButton, &QPushButton::clicked, this, [this] { recordNotice(false); });
    connect(m_objectionButton, &QPushButton::clicked, this, [this] { recordNotice(true); });

    auto* tabs = new QTabWidget(this);
    tabs->addTab(changesPage, tr("Planned Changes"));
    tabs->addTab(historyPage, tr("History"));

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(tabs);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(vertical);

    connect(m_countries, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            updateFindings();
    });
    connect(m_safeguard, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            updateFindings();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            updateFindings();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        if (!m_loading)
            loadForm(selectedId());
    });
    connect(&m_db, &Database::tableChanged, this, [this](const QString& table) {
        if (table == QLatin1String("subprocessor") || table == QLatin1String("subprocessor_location"))
            reload();
        else if (table == QLatin1String("planned_change"))
            reloadChanges();
        else if (table == QLatin1String("change_notice"))
            updateDeadlines();
    });
    reload();
    reloadChanges();
}

qint64 SubProcessorView::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_table->item(rows.constFirst().row(), NameColumn)->data(Qt::UserRole).toLongLong();
}

void SubProcessorView::reload()
{
    m_loading = true;
    const qint64 keep = m_currentId;
    const QList<SubProcessor> all = SubProcessorRepository(m_db).all();
    const auto findings = SubProcessorChecker(m_db).checkAll();
    m_table->setRowCount(int(all.size()));
    int selectRow = -1;
    for (int row = 0; row < all.size(); ++row) {
        const SubProcessor& sp = all.at(row);
        auto* name = new QTableWidgetItem(sp.legalName);
        name->setData(Qt::UserRole, sp.id);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, CountriesColumn, new QTableWidgetItem(sp.countries.join(QStringLiteral(", "))));
        m_table->setItem(row, SafeguardColumn, new QTableWidgetItem(Vocabulary::label(sp.safeguard)));
        m_table->setItem(row, StatusColumn, new QTableWidgetItem(Vocabulary::label(sp.status)));
        const qsizetype count = findings.value(sp.id).size();
        m_table->setItem(row, FindingsColumn, new QTableWidgetItem(count ? QString::number(count) : QString()));
        if (sp.id == keep)
            selectRow = row;
    }
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    m_loading = false;
    fillSubProcessorChoices();
    loadForm(selectRow >= 0 ? keep : 0);
    updateHistory();
}

void SubProcessorView::select(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

void SubProcessorView::loadForm(qint64 id)
{
    m_currentId = id;
    const bool wasLoading = m_loading;
    m_loading = true;
    const SubProcessor sp = id ? SubProcessorRepository(m_db).find(id).value_or(SubProcessor()) : SubProcessor();
    m_name->setText(sp.legalName);
    m_service->setText(sp.service);
    m_actions->setText(sp.processingActions);
    QListWidgetItem* firstChecked = nullptr;
    for (int i = 0; i < m_countries->count(); ++i) {
        QListWidgetItem* item = m_countries->item(i);
        const bool checked = sp.countries.contains(item->data(Qt::UserRole).toString());
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        if (checked && !firstChecked)
            firstChecked = item;
    }
    if (firstChecked)
        m_countries->scrollToItem(firstChecked, QAbstractItemView::PositionAtTop);
    m_safeguard->setCurrentIndex(m_safeguard->findData(int(sp.safeguard)));
    m_status->setCurrentIndex(m_status->findData(int(sp.status)));
    m_dateAdded->setDate(sp.dateAdded.isValid() ? sp.dateAdded : NoDate);
    m_dateRemoved->setDate(sp.dateRemoved.isValid() ? sp.dateRemoved : NoDate);
    m_error->clear();
    m_loading = wasLoading;
    updateFindings();
}

SubProcessor SubProcessorView::formValue() const
{
    SubProcessor sp = m_currentId ? SubProcessorRepository(m_db).find(m_currentId).value_or(SubProcessor()) : SubProcessor();
    sp.id = m_currentId;
    sp.legalName = m_name->text();
    sp.service = m_service->text();
    sp.processingActions = m_actions->text();
    sp.countries.clear();
    for (int i = 0; i < m_countries->count(); ++i) {
        if (m_countries->item(i)->checkState() == Qt::Checked)
            sp.countries.append(m_countries->item(i)->data(Qt::UserRole).toString());
    }
    sp.safeguard = TransferSafeguard(m_safeguard->currentData().toInt());
    sp.status = SubProcessorStatus(m_status->currentData().toInt());
    sp.dateAdded = optionalDate(m_dateAdded);
    sp.dateRemoved = optionalDate(m_dateRemoved);
    return sp;
}

void SubProcessorView::startNew()
{
    m_table->clearSelection();
    loadForm(0);
    m_name->setFocus();
}

void SubProcessorView::apply()
{
    const SubProcessor after = formValue();
    // Dry run inside a transaction that is rolled back: refuse bad input before it reaches the stack.
    {
        Transaction dryRun(m_db);
        SubProcessor probe = after;
        SubProcessorRepository repository(m_db);
        if (!repository.save(probe)) {
            m_error->setText(repository.errorString());
            return;
        }
    }
    m_error->clear();
    const std::optional<SubProcessor> before = m_currentId ? SubProcessorRepository(m_db).find(m_currentId) : std::nullopt;
    auto* command = new SaveSubProcessorCommand(m_db, before, after);
    m_undoStack->push(command);
    m_currentId = command->subProcessorId();
    reload();
    select(m_currentId);
}

void SubProcessorView::updateFindings()
{
    m_findings->clear();
    for (const Finding& finding : SubProcessorChecker(m_db).check(formValue()))
        m_findings->addItem(finding.message);
}

void SubProcessorView::updateHistory()
{
    SubProcessorHistory history(m_db);
    QStringList lines;
    const QDate asOf = m_asOf->date();
    lines.append(tr("Sub-processors as of %1:").arg(asOf.toString(Qt::ISODate)));
    for (const SubProcessorVersion& version : history.listAsOf(asOf))
        lines.append(QStringLiteral("  %1 [%2]").arg(version.legalName,
                                                     snapshotText(version.snapshot.value(QStringLiteral("countries")))));
    lines.append(QString());
    lines.append(tr("Changes from %1 to %2:").arg(m_compareWith->date().toString(Qt::ISODate), asOf.toString(Qt::ISODate)));
    for (const SubProcessorChange& change : history.diff(m_compareWith->date(), asOf)) {
        switch (change.kind) {
        case SubProcessorChange::Kind::Added:
            lines.append(tr("  + added: %1").arg(change.legalName));
            break;
        case SubProcessorChange::Kind::Removed:
            lines.append(tr("  − removed: %1").arg(change.legalName));
            break;
        case SubProcessorChange::Kind::Changed:
            lines.append(tr("  ~ changed: %1").arg(change.legalName));
            for (const QString& field : change.fields)
                lines.append(QStringLiteral("      %1: %2 → %3")
                                 .arg(SubProcessorHistory::fieldLabel(field), snapshotText(change.before.value(field)),
                                      snapshotText(change.after.value(field))));
            break;
        }
    }
    m_history->setPlainText(lines.join(QLatin1Char('\n')));
}

void SubProcessorView::reloadChanges()
{
    const qint64 keep = m_changes->currentData().toLongLong();
    m_changes->blockSignals(true);
    m_changes->clear();
    SubProcessorRepository subProcessors(m_db);
    for (const PlannedChange& change : PlannedChangeRepository(m_db).changes()) {
        const QString name = subProcessors.find(change.subProcessorId).value_or(SubProcessor()).legalName;
        m_changes->addItem(tr("%1: %2, effective %3")
                               .arg(PlannedChangeRepository::kindLabel(change.kind), name,
                                    change.effectiveDate.toString(Qt::ISODate)),
                           change.id);
    }
    const int index = m_changes->findData(keep);
    m_changes->setCurrentIndex(index >= 0 ? index : 0);
    m_changes->blockSignals(false);
    updateDeadlines();
}

void SubProcessorView::updateDeadlines()
{
    const qint64 changeId = m_changes->currentData().toLongLong();
    const int keepRow = m_deadlines->currentRow();
    const QList<NoticeDeadline> deadlines = changeId ? NoticeSchedule(m_db).deadlines(changeId) : QList<NoticeDeadline>();
    m_deadlines->setRowCount(int(deadlines.size()));
    for (int row = 0; row < deadlines.size(); ++row) {
        const NoticeDeadline& d = deadlines.at(row);
        auto* customer = new QTableWidgetItem(d.partyName);
        customer->setData(Qt::UserRole, d.partyId);
        m_deadlines->setItem(row, CustomerColumn, customer);
        m_deadlines->setItem(row, LanguageColumn, new QTableWidgetItem(d.language));
        m_deadlines->setItem(row, LatestNoticeColumn, new QTableWidgetItem(dateText(d.latestNoticeDate)));
        m_deadlines->setItem(row, SentColumn, new QTableWidgetItem(dateText(d.sentDate)));
        m_deadlines->setItem(row, ObjectionDeadlineColumn, new QTableWidgetItem(dateText(d.objectionDeadline)));
        auto* status = new QTableWidgetItem(NoticeSchedule::statusLabel(d.status));
        if (d.status == NoticeStatus::Late || d.status == NoticeStatus::Objected)
            status->setForeground(palette().color(QPalette::Link));
        m_deadlines->setItem(row, NoticeStatusColumn, status);
    }
    if (keepRow >= 0 && keepRow < m_deadlines->rowCount())
        m_deadlines->selectRow(keepRow);
}

void SubProcessorView::recordNotice(bool objection)
{
    const qint64 changeId = m_changes->currentData().toLongLong();
    const int row = m_deadlines->currentRow();
    if (changeId == 0 || row < 0)
        return;
    const qint64 partyId = m_deadlines->item(row, CustomerColumn)->data(Qt::UserRole).toLongLong();
    PlannedChangeRepository repository(m_db);
    ChangeNotice before = repository.notice(changeId, partyId).value_or(ChangeNotice());
    ChangeNotice after = before;
    after.plannedChangeId = changeId;
    after.partyId = partyId;
    const QString customer = m_deadlines->item(row, CustomerColumn)->text();
    QString text;
    if (objection) {
        after.objectionReceived = true;
        after.objectionDate = m_eventDate->date();
        if (!after.sentDate.isValid())
            after.sentDate = m_eventDate->date();
        text = tr("Record objection of %1").arg(customer);
    } else {
        after.sentDate = m_eventDate->date();
        text = tr("Record notice sent to %1").arg(customer);
    }
    {
        Transaction dryRun(m_db);
        ChangeNotice probe = after;
        if (!repository.saveNotice(probe)) {
            m_error->setText(repository.errorString());
            return;
        }
    }
    m_error->clear();
    m_undoStack->push(new RecordNoticeCommand(m_db, before, after, text));
    updateDeadlines();
}

void SubProcessorView::fillSubProcessorChoices()
{
    if (!m_planSubProcessor)
        return;
    for (QComboBox* combo : {m_planSubProcessor, m_planReplaces}) {
        const qint64 keep = combo->currentData().toLongLong();
        combo->clear();
        for (const SubProcessor& sp : SubProcessorRepository(m_db).all())
            combo->addItem(sp.legalName, sp.id);
        combo->setCurrentIndex(std::max(0, combo->findData(keep)));
    }
}

void SubProcessorView::planChange()
{
    PlannedChange change;
    change.kind = PlannedChange::Kind(m_planKind->currentData().toInt());
    change.subProcessorId = m_planSubProcessor->currentData().toLongLong();
    change.replacesId = change.kind == PlannedChange::Kind::Replace ? m_planReplaces->currentData().toLongLong() : 0;
    change.effectiveDate = m_planDate->date();
    change.reason = m_planReason->text();
    {
        Transaction dryRun(m_db);
        PlannedChange probe = change;
        PlannedChangeRepository repository(m_db);
        if (!repository.saveChange(probe)) {
            m_error->setText(repository.errorString());
            return;
        }
    }
    m_error->clear();
    auto* command = new SavePlannedChangeCommand(m_db, std::nullopt, change);
    m_undoStack->push(command);
    reloadChanges();
    m_changes->setCurrentIndex(std::max(0, m_changes->findData(command->plannedChangeId())));
    m_planReason->clear();
}
