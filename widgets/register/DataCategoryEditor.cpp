// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "register/DataCategoryEditor.h"

#include "core/Database.h"
#include "register/CatalogEditorFrame.h"
#include "register/CatalogRepository.h"
#include "register/ChangeValue.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

enum Column { NameColumn, SpecialColumn, CriminalColumn, RetentionColumn, JustificationColumn, ColumnCount };

} // namespace

DataCategoryEditor::DataCategoryEditor(Database& db, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_name(new QLineEdit(this))
    , m_special(new QCheckBox(tr("&Special category (Art. 9)"), this))
    , m_criminal(new QCheckBox(tr("&Criminal convictions and offences (Art. 10)"), this))
    , m_retention(new QLineEdit(this))
    , m_justification(new QPlainTextEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_whereUsed(new QListWidget(this))
    , m_addAction(new QAction(tr("&Add category"), this))
    , m_deleteAction(new QAction(tr("&Delete category"), this))
{
    m_table->setObjectName(QStringLiteral("categories"));
    m_name->setObjectName(QStringLiteral("name"));
    m_retention->setObjectName(QStringLiteral("retention"));
    m_message->setObjectName(QStringLiteral("message"));
    m_whereUsed->setObjectName(QStringLiteral("whereUsed"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Special"), tr("Criminal"), tr("Retention"), tr("Justification")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NameColumn, 280);
    m_table->setColumnWidth(RetentionColumn, 300);
    m_table->setAlternatingRowColors(true);
    m_justification->setTabChangesFocus(true);
    m_description->setTabChangesFocus(true);
    m_justification->setMaximumHeight(80);
    m_description->setMaximumHeight(80);

    connect(m_addAction, &QAction::triggered, this, &DataCategoryEditor::addCategory);
    connect(m_deleteAction, &QAction::triggered, this, &DataCategoryEditor::deleteCategory);
    QVBoxLayout* layout = CatalogEditorFrame::build(this, m_table, m_addAction, m_deleteAction, m_message);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    auto* details = new QWidget(splitter);
    auto* detailLayout = new QHBoxLayout(details);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_special);
    form->addRow(QString(), m_criminal);
    form->addRow(tr("&Retention:"), m_retention);
    form->addRow(tr("&Justification:"), m_justification);
    form->addRow(tr("D&escription:"), m_description);
    detailLayout->addLayout(form, 3);
    auto* usedLayout = new QVBoxLayout;
    usedLayout->addWidget(new QLabel(tr("Where used:"), details));
    usedLayout->addWidget(m_whereUsed);
    detailLayout->addLayout(usedLayout, 2);
    splitter->addWidget(details);
    layout->addWidget(splitter, 1);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        if (!m_loading)
            showCurrent();
    });
    connect(m_name, &QLineEdit::editingFinished, this, &DataCategoryEditor::commitForm);
    connect(m_retention, &QLineEdit::editingFinished, this, &DataCategoryEditor::commitForm);
    connect(m_special, &QCheckBox::toggled, this, &DataCategoryEditor::commitForm);
    connect(m_criminal, &QCheckBox::toggled, this, &DataCategoryEditor::commitForm);
    m_justification->installEventFilter(this);
    m_description->installEventFilter(this);
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (!m_pushing)
            reload();
    });
    reload();
}

bool DataCategoryEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_justification || watched == m_description))
        commitForm();
    return QWidget::eventFilter(watched, event);
}

DataCategoryEditor::~DataCategoryEditor()
{
    // Children emit signals while they are destroyed (a focused line edit's editingFinished):
    // they must not reach this half-destroyed editor.
    for (QObject* child : findChildren<QObject*>()) {
        child->disconnect(this);
        child->removeEventFilter(this);
    }
}

void DataCategoryEditor::reload()
{
    const qint64 current = currentCategoryId();
    CatalogRepository catalog(m_db);
    m_categories = catalog.dataCategories();
    m_loading = true;
    m_table->setRowCount(int(m_categories.size()));
    for (int row = 0; row < m_categories.size(); ++row) {
        const DataCategory& c = m_categories.at(row);
        const QStringList cells{c.name, c.special ? tr("Yes") : QString(), c.criminal ? tr("Yes") : QString(),
                                c.retention, c.retentionJustification};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, c.id);
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_loading = false;
    selectCategory(current);
}

qint64 DataCategoryEditor::currentCategoryId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_categories.size() ? m_categories.at(row).id : 0;
}

void DataCategoryEditor::selectCategory(qint64 id)
{
    int found = m_categories.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_categories.size(); ++row) {
        if (m_categories.at(row).id == id)
            found = row;
    }
    m_loading = true;
    m_table->setCurrentCell(found, NameColumn);
    m_loading = false;
    showCurrent();
}

void DataCategoryEditor::showCurrent()
{
    const int row = m_table->currentRow();
    const bool has = row >= 0 && row < m_categories.size();
    const DataCategory c = has ? m_categories.at(row) : DataCategory();
    m_loading = true;
    m_name->setText(c.name);
    m_special->setChecked(c.special);
    m_criminal->setChecked(c.criminal);
    m_retention->setText(c.retention);
    m_justification->setPlainText(c.retentionJustification);
    m_description->setPlainText(c.description);
    m_loading = false;
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_special, m_criminal, m_retention, m_justification,
                                                       m_description})
        w->setEnabled(has);
    m_deleteAction->setEnabled(has);
    m_whereUsed->clear();
    if (has) {
        CatalogRepository catalog(m_db);
        const QStringList users = catalog.activitiesUsingCategory(c.id);
        m_whereUsed->addItems(users);
        if (users.isEmpty())
            m_whereUsed->addItem(tr("Not used by any processing activity"));
    }
}

void DataCategoryEditor::commitForm()
{
    const int row = m_table->currentRow();
    if (m_loading || row < 0 || row >= m_categories.size())
        return;
    const DataCategory before = m_categories.at(row);
    DataCategory after = before;
    after.name = m_name->text();
    after.special = m_special->isChecked();
    after.criminal = m_criminal->isChecked();
    after.retention = m_retention->text().simplified();
    after.retentionJustification = m_justification->toPlainText();
    after.description = m_description->toPlainText();
    if (after.name == before.name && after.special == before.special && after.criminal == before.criminal
        && after.retention == before.retention && after.retentionJustification == before.retentionJustification
        && after.description == before.description)
        return;
    const bool flag = after.special != before.special || after.criminal != before.criminal;
    push(tr("Edit data category"), before, after, flag ? -1 : static_cast<int>(RegisterUndoId::CategoryText));
}

void DataCategoryEditor::addCategory()
{
    QString name = tr("New data category");
    for (int n = 2; std::any_of(m_categories.cbegin(), m_categories.cend(),
                                [&name](const DataCategory& c) { return c.name.compare(name, Qt::CaseInsensitive) == 0; });
         ++n)
        name = tr("New data category %1").arg(n);
    DataCategory category;
    category.name = name;
    push(tr("Add data category"), std::nullopt, category, -1);
    m_name->setFocus();
    m_name->selectAll();
}

void DataCategoryEditor::deleteCategory()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_categories.size())
        return;
    push(tr("Delete data category"), m_categories.at(row), std::nullopt, -1);
}

void DataCategoryEditor::push(const QString& text, std::optional<DataCategory> before,
                              std::optional<DataCategory> after, int mergeId)
{
    QPointer<DataCategoryEditor> editor(this);
    Database* db = &m_db;
    auto save = [db, editor](DataCategory& category) {
        CatalogRepository catalog(*db);
        const bool done = catalog.saveDataCategory(category);
        if (editor)
            editor->stored(done, category.id, catalog.errorString());
        return done;
    };
    auto remove = [db, editor](const DataCategory& category) {
        CatalogRepository catalog(*db);
        const bool done = catalog.removeDataCategory(category.id);
        if (editor)
            editor->stored(done, 0, catalog.errorString());
        return done;
    };
    m_message->hide();
    m_lastOk = false;
    m_lastStored = 0;
    m_pushing = true;
    m_undoStack->push(new ChangeValue<DataCategory>(text, std::move(before), std::move(after), save, remove,
                                                    static_cast<RegisterUndoId>(mergeId)));
    m_pushing = false;
    reload();
    if (m_lastOk && m_lastStored != 0)
        selectCategory(m_lastStored);
    if (m_lastOk)
        Q_EMIT categoriesChanged();
}

void DataCategoryEditor::stored(bool ok, qint64 id, const QString& message)
{
    m_lastOk = ok;
    m_lastStored = id;
    if (!ok)
        showError(message);
}

void DataCategoryEditor::showError(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}
