// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/GlossaryEditor.h"

#include "core/Database.h"
#include "main/FileDialog.h"
#include "main/MessageBox.h"
#include "templates/TemplateRepository.h"
#include "translation/GlossaryRepository.h"
#include "translation/GlossaryTableModel.h"
#include "translation/GlossaryTermCommand.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

GlossaryEditor::GlossaryEditor(Database& db, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_model(new GlossaryTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_status(new QLabel(this))
    , m_addAction(new QAction(QIcon::fromTheme(QIcon::ThemeIcon::ListAdd), tr("&Add Term"), this))
    , m_removeAction(new QAction(QIcon::fromTheme(QIcon::ThemeIcon::ListRemove), tr("&Remove Term"), this))
    , m_importAction(new QAction(QIcon::fromTheme(QIcon::ThemeIcon::DocumentOpen), tr("&Import…"), this))
    , m_exportAction(new QAction(QIcon::fromTheme(QIcon::ThemeIcon::DocumentSaveAs), tr("&Export…"), this))
    , m_findAction(new QAction(tr("&Filter Terms"), this))
{
    // The first time a workspace's glossary is opened it receives the starter set, so that the
    // shipped GDPR terms are there to be edited.
    GlossaryRepository repository(m_db);
    if (!repository.seedStarterSet())
        qWarning("Cannot store the starter glossary: %s", qUtf8Printable(repository.errorString()));

    m_addAction->setShortcut(Qt::Key_Insert);
    m_addAction->setToolTip(tr("Add a term after the selected one (Insert)"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setToolTip(tr("Remove the selected terms (Delete)"));
    m_importAction->setToolTip(tr("Replace the glossary by a registro-glossary JSON file"));
    m_exportAction->setToolTip(tr("Save the glossary as a registro-glossary JSON file"));
    m_findAction->setShortcut(QKeySequence::Find);
    // Insert and Delete only in the table itself, so that they still edit text in a cell editor
    // and in the filter box.
    for (QAction* action : {m_addAction, m_removeAction}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(action);
    }
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(m_findAction);
    connect(m_addAction, &QAction::triggered, this, &GlossaryEditor::addTerm);
    connect(m_removeAction, &QAction::triggered, this, &GlossaryEditor::removeSelectedTerms);
    connect(m_importAction, &QAction::triggered, this, &GlossaryEditor::importGlossary);
    connect(m_exportAction, &QAction::triggered, this, &GlossaryEditor::exportGlossary);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    m_filter->setPlaceholderText(tr("Filter terms (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setAccessibleName(tr("Filter terms"));
    m_filter->setMaximumWidth(320);

    auto* toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_addAction);
    toolBar->addAction(m_removeAction);
    toolBar->addSeparator();
    toolBar->addAction(m_importAction);
    toolBar->addAction(m_exportAction);
    toolBar->addSeparator();
    toolBar->addWidget(m_filter);

    auto* intro = new QLabel(tr("The glossary check of the translation review uses these terms: where the English term "
                                "occurs, one of the approved translations is expected, and a forbidden translation is "
                                "an error. Separate several translations with commas."),
                             this);
    intro->setWordWrap(true);

    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &GlossaryEditor::updateActions);

    m_table->setObjectName(QStringLiteral("terms"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    // Two lines per term; what does not fit (a long Dutch compound, a long note) is in the tooltip.
    m_table->verticalHeader()->setDefaultSectionSize(2 * fontMetrics().lineSpacing() + 8);
    m_table->setTabKeyNavigation(true);
    m_table->setAccessibleName(tr("Glossary terms"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    m_model->setEditHandler([this](int row, const Glossary::Term& changed) {
        return push(m_model->term(row), changed, row);
    });
    connect(m_model, &GlossaryTableModel::editRefused, this, [this](const QString& message) { showMessage(message, true); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GlossaryEditor::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GlossaryEditor::updateActions);

    // A template with a new language gets its columns; a glossary changed elsewhere is shown.
    connect(&m_db, &Database::tableChanged, this, [this](const QString& table) {
        if (m_reloadPending || (table != QLatin1String("template") && !table.startsWith(QLatin1String("glossary_"))))
            return;
        m_reloadPending = true;
        QTimer::singleShot(0, this, [this] {
            m_reloadPending = false;
            reload();
        });
    });
    reload();
    fitColumns();
    connect(m_model, &QAbstractItemModel::modelReset, this, &GlossaryEditor::fitColumns);
}

void GlossaryEditor::fitColumns()
{
    // Wide enough for one long term, narrow enough to leave the note room on a laptop screen.
    constexpr int minimumWidth = 100;
    constexpr int maximumWidth = 160;
    for (int column = 0; column < m_model->noteColumn(); ++column) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::clamp(m_table->columnWidth(column), minimumWidth, maximumWidth));
    }
}

QStringList GlossaryEditor::columnLanguages()
{
    QStringList languages{QStringLiteral("nl"), QStringLiteral("it"), QStringLiteral("fr")};
    QStringList others;
    for (const DpaTemplate& t : TemplateRepository(m_db).templates()) {
        for (const QString& language : t.languages) {
            if (language != t.sourceLanguage && language != QLatin1String("en") && !languages.contains(language)
                && !others.contains(language))
                others.append(language);
        }
    }
    std::sort(others.begin(), others.end());
    return languages + others;
}

void GlossaryEditor::reload()
{
    m_model->setTerms(GlossaryRepository(m_db).load().terms(), columnLanguages());
    updateActions();
}

QString GlossaryEditor::message() const
{
    return m_message->text();
}

void GlossaryEditor::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c0392b;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void GlossaryEditor::updateActions()
{
    const int count = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_removeAction->setEnabled(m_table->selectionModel()->hasSelection());
    m_status->setText(tr("%1 of %2 terms").arg(shown).arg(count));
}

void GlossaryEditor::applied(bool ok, const QString& error)
{
    if (!ok)
        m_lastError = error;
    reload();
}

GlossaryTermCommand::Applied GlossaryEditor::whenApplied()
{
    QPointer<GlossaryEditor> self(this);
    return [self](bool ok, const QString& error) {
        if (self)
            self->applied(ok, error);
    };
}

bool GlossaryEditor::execute(QUndoCommand* command)
{
    m_lastError.clear();
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
    return m_lastError.isEmpty();
}

bool GlossaryEditor::push(const std::optional<Glossary::Term>& before, const std::optional<Glossary::Term>& after, int index)
{
    if (!execute(new GlossaryTermCommand(m_db, before, after, index, whenApplied()))) {
        showMessage(m_lastError, true);
        return false;
    }
    showMessage(QString(), false);
    return true;
}

void GlossaryEditor::addTerm()
{
    // A new term needs a source term that is not in the glossary yet; the user renames it at once.
    const QString base = tr("new term");
    QString source = base;
    for (int n = 2; m_model->rowOf(source) >= 0; ++n)
        source = QStringLiteral("%1 %2").arg(base).arg(n);
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const int row = current.isValid() ? current.row() + 1 : m_model->rowCount();
    Glossary::Term term;
    term.source = source;
    m_filter->clear();
    if (!push(std::nullopt, term, row))
        return;
    const int added = m_model->rowOf(source);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(added, GlossaryTableModel::SourceColumn));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus();
    m_table->edit(index);
}

void GlossaryEditor::removeSelectedTerms()
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedIndexes()) {
        const int row = m_proxy->mapToSource(index).row();
        if (!rows.contains(row))
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    // From the bottom up, so that each command's index is still the term's place when it is undone.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    const int firstRow = rows.constLast();
    if (m_undoStack && rows.size() > 1)
        m_undoStack->beginMacro(tr("Remove %n glossary term(s)", nullptr, int(rows.size())));
    for (const int row : std::as_const(rows))
        push(m_model->term(row), std::nullopt, row);
    if (m_undoStack && rows.size() > 1)
        m_undoStack->endMacro();
    const int next = qMin(firstRow, m_model->rowCount() - 1);
    if (next >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(next, GlossaryTableModel::SourceColumn)));
}

QString GlossaryEditor::dialogDirectory() const
{
    return QFileInfo(m_db.filePath()).absolutePath();
}

void GlossaryEditor::importGlossary()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Import Glossary"), dialogDirectory(),
                                                     tr("Registro glossaries (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QString error;
    Glossary imported;
    if (!file.open(QIODevice::ReadOnly))
        error = file.errorString();
    else
        GlossaryRepository::parse(file.readAll(), &imported, &error);
    if (!error.isEmpty()) {
        const QString text = tr("%1 cannot be imported: %2 The glossary was not changed.")
                                 .arg(QFileInfo(path).fileName(), error);
        showMessage(text, true);
        MessageBox::critical(this, tr("Cannot Import Glossary"), text);
        return;
    }
    if (!execute(new GlossaryTermCommand(m_db, GlossaryRepository(m_db).load(), imported, whenApplied()))) {
        showMessage(m_lastError, true);
        MessageBox::critical(this, tr("Cannot Import Glossary"), m_lastError);
        return;
    }
    showMessage(tr("Imported %n term(s) from %1.", nullptr, int(imported.terms().size())).arg(QFileInfo(path).fileName()),
                false);
}

void GlossaryEditor::exportGlossary()
{
    QString path = FileDialog::getSaveFileName(this, tr("Export Glossary"), dialogDirectory(),
                                               tr("Registro glossaries (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    GlossaryRepository repository(m_db);
    if (!repository.exportFile(path)) {
        showMessage(repository.errorString(), true);
        MessageBox::critical(this, tr("Cannot Export Glossary"), repository.errorString());
        return;
    }
    showMessage(tr("Exported %n term(s) to %1.", nullptr, m_model->rowCount()).arg(QFileInfo(path).fileName()), false);
}
