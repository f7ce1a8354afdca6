// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "register/MeasureCatalogEditor.h"

#include "core/Database.h"
#include "register/CatalogEditorFrame.h"
#include "register/CatalogRepository.h"
#include "register/ChangeValue.h"

#include <QAction>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

MeasureCatalogEditor::MeasureCatalogEditor(Database& db, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_tree(new QTreeWidget(this))
    , m_section(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_sortOrder(new QSpinBox(this))
    , m_message(new QLabel(this))
    , m_whereUsed(new QListWidget(this))
    , m_addAction(new QAction(tr("&Add measure"), this))
    , m_deleteAction(new QAction(tr("&Delete measure"), this))
{
    m_tree->setObjectName(QStringLiteral("measures"));
    m_title->setObjectName(QStringLiteral("title"));
    m_section->setObjectName(QStringLiteral("section"));
    m_message->setObjectName(QStringLiteral("message"));
    m_whereUsed->setObjectName(QStringLiteral("whereUsed"));
    m_tree->setHeaderLabels({tr("Measure"), tr("Description")});
    m_tree->setColumnWidth(0, 320);
    m_tree->setAlternatingRowColors(true);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(100);
    m_sortOrder->setRange(0, 9999);

    connect(m_addAction, &QAction::triggered, this, &MeasureCatalogEditor::addMeasure);
    connect(m_deleteAction, &QAction::triggered, this, &MeasureCatalogEditor::deleteMeasure);
    QVBoxLayout* layout = CatalogEditorFrame::build(this, m_tree, m_addAction, m_deleteAction, m_message);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    auto* details = new QWidget(splitter);
    auto* detailLayout = new QHBoxLayout(details);
    auto* form = new QFormLayout;
    form->addRow(tr("&Section:"), m_section);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("D&escription:"), m_description);
    form->addRow(tr("S&ort order:"), m_sortOrder);
    detailLayout->addLayout(form, 3);
    auto* usedLayout = new QVBoxLayout;
    usedLayout->addWidget(new QLabel(tr("Where used:"), details));
    usedLayout->addWidget(m_whereUsed);
    detailLayout->addLayout(usedLayout, 2);
    splitter->addWidget(details);
    layout->addWidget(splitter, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_loading)
            showCurrent();
    });
    connect(m_section, &QLineEdit::editingFinished, this, &MeasureCatalogEditor::commitForm);
    connect(m_title, &QLineEdit::editingFinished, this, &MeasureCatalogEditor::commitForm);
    connect(m_sortOrder, &QSpinBox::editingFinished, this, &MeasureCatalogEditor::commitForm);
    m_description->installEventFilter(this);
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (!m_pushing)
            reload();
    });
    reload();
}

MeasureCatalogEditor::~MeasureCatalogEditor()
{
    // Children emit signals while they are destroyed: they must not reach this editor.
    for (QObject* child : findChildren<QObject*>()) {
        child->disconnect(this);
        child->removeEventFilter(this);
    }
}

bool MeasureCatalogEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut && watched == m_description)
        commitForm();
    return QWidget::eventFilter(watched, event);
}

void MeasureCatalogEditor::reload()
{
    const qint64 selected = currentMeasureId();
    CatalogRepository catalog(m_db);
    m_measures = catalog.measures();
    m_loading = true;
    m_tree->clear();
    QTreeWidgetItem* section = nullptr;
    for (const SecurityMeasure& measure : std::as_const(m_measures)) {
        const QString sectionName = measure.section.isEmpty() ? tr("Other measures") : measure.section;
        if (!section || section->text(0) != sectionName) {
            section = new QTreeWidgetItem(m_tree, {sectionName});
            QFont font = section->font(0);
            font.setBold(true);
            section->setFont(0, font);
            section->setFirstColumnSpanned(true);
            section->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(section, {measure.title, measure.description.simplified()});
        item->setData(0, Qt::UserRole, measure.id);
        item->setToolTip(1, measure.description);
    }
    m_loading = false;
    selectMeasure(selected);
}

qint64 MeasureCatalogEditor::currentMeasureId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

std::optional<SecurityMeasure> MeasureCatalogEditor::current() const
{
    const qint64 id = currentMeasureId();
    for (const SecurityMeasure& measure : m_measures) {
        if (id != 0 && measure.id == id)
            return measure;
    }
    return std::nullopt;
}

void MeasureCatalogEditor::selectMeasure(qint64 id)
{
    m_loading = true;
    QTreeWidgetItem* found = nullptr;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (id != 0 && (*it)->data(0, Qt::UserRole).toLongLong() == id)
            found = *it;
    }
    if (!found && m_tree->topLevelItemCount() > 0 && m_tree->topLevelItem(0)->childCount() > 0)
        found = m_tree->topLevelItem(0)->child(0);
    m_tree->setCurrentItem(found);
    m_loading = false;
    showCurrent();
}

void MeasureCatalogEditor::showCurrent()
{
    const auto measure = current();
    const SecurityMeasure m = measure.value_or(SecurityMeasure());
    m_loading = true;
    m_section->setText(m.section);
    m_title->setText(m.title);
    m_description->setPlainText(m.description);
    m_sortOrder->setValue(m.sortOrder);
    m_loading = false;
    for (QWidget* w : std::initializer_list<QWidget*>{m_section, m_title, m_description, m_sortOrder})
        w->setEnabled(measure.has_value());
    m_deleteAction->setEnabled(measure.has_value());
    m_whereUsed->clear();
    if (measure) {
        CatalogRepository catalog(m_db);
        const QStringList users = catalog.activitiesUsingMeasure(m.id);
        m_whereUsed->addItems(users);
        if (users.isEmpty())
            m_whereUsed->addItem(tr("Not used by any processing activity"));
    }
}

void MeasureCatalogEditor::commitForm()
{
    const auto before = current();
    if (m_loading || !before)
        return;
    SecurityMeasure after = *before;
    after.section = m_section->text().simplified();
    after.title = m_title->text();
    after.description = m_description->toPlainText();
    after.sortOrder = m_sortOrder->value();
    if (after.section == before->section && after.title == before->title && after.description == before->description
        && after.sortOrder == before->sortOrder)
        return;
    push(tr("Edit measure"), before, after, static_cast<int>(RegisterUndoId::MeasureText));
}

void MeasureCatalogEditor::addMeasure()
{
    const auto selected = current();
    SecurityMeasure measure;
    measure.section = selected ? selected->section : QString();
    measure.title = tr("New measure");
    for (int n = 2; std::any_of(m_measures.cbegin(), m_measures.cend(),
                                [&measure](const SecurityMeasure& m) {
                                    return m.section == measure.section && m.title == measure.title;
                                });
         ++n)
        measure.title = tr("New measure %1").arg(n);
    push(tr("Add measure"), std::nullopt, measure, -1);
    m_title->setFocus();
    m_title->selectAll();
}

void MeasureCatalogEditor::deleteMeasure()
{
    if (const auto measure = current())
        push(tr("Delete measure"), measure, std::nullopt, -1);
}

void MeasureCatalogEditor::push(const QString& text, std::optional<SecurityMeasure> before,
                                std::optional<SecurityMeasure> after, int mergeId)
{
    QPointer<MeasureCatalogEditor> editor(this);
    Database* db = &m_db;
    auto save = [db, editor](SecurityMeasure& measure) {
        CatalogRepository catalog(*db);
        const bool done = catalog.saveMeasure(measure);
        if (editor)
            editor->stored(done, measure.id, catalog.errorString());
        return done;
    };
    auto remove = [db, editor](const SecurityMeasure& measure) {
        CatalogRepository catalog(*db);
        const bool done = catalog.removeMeasure(measure.id);
        if (editor)
            editor->stored(done, 0, catalog.errorString());
        return done;
    };
    m_message->hide();
    m_lastOk = false;
    m_lastStored = 0;
    m_pushing = true;
    m_undoStack->push(new ChangeValue<SecurityMeasure>(text, std::move(before), std::move(after), save, remove,
                                                       static_cast<RegisterUndoId>(mergeId)));
    m_pushing = false;
    const bool ok = m_lastOk;
    const qint64 stored = m_lastStored;
    reload();
    if (ok && stored != 0)
        selectMeasure(stored);
    if (ok)
        Q_EMIT measuresChanged();
}

void MeasureCatalogEditor::stored(bool ok, qint64 id, const QString& message)
{
    m_lastOk = ok;
    m_lastStored = id;
    if (!ok) {
        m_message->setText(message);
        m_message->show();
    }
}
