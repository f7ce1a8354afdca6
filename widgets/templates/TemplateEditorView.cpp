// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/TemplateEditorView.h"

#include "core/Database.h"
#include "main/MessageBox.h"
#include "templates/AgreementRepository.h"
#include "templates/ClauseNumbering.h"
#include "templates/ClauseTextCommand.h"
#include "templates/ClauseTreeCommand.h"
#include "templates/ClauseTreeWidget.h"
#include "templates/SpellCheckingHighlighter.h"
#include "templates/ResourceFreeDocument.h"
#include "templates/TemplateContextBuilder.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateRepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace {

// The editor's text as stored: toPlainText() would turn the no-break spaces of French
// typography into plain spaces.
QString editorText(const QPlainTextEdit* editor)
{
    QString text = editor->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return text;
}

} // namespace

KSyntaxHighlighting::Repository& TemplateEditorView::syntaxRepository()
{
    static KSyntaxHighlighting::Repository* repository = [] {
        auto* r = new KSyntaxHighlighting::Repository;
        r->addCustomSearchPath(QStringLiteral(":/registro/syntax"));
        return r;
    }();
    return *repository;
}

TemplateEditorView::TemplateEditorView(Database& db, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_tree(new ClauseTreeWidget(this))
    , m_treeBar(new QToolBar(this))
    , m_treeMessage(new QLabel(this))
    , m_properties(new QWidget(this))
    , m_kind(new QComboBox(this))
    , m_key(new QLineEdit(this))
    , m_optional(new QCheckBox(tr("O&ptional: each agreement can leave it out"), this))
    , m_condition(new QLineEdit(this))
    , m_propertiesError(new QLabel(this))
    , m_editorPane(new QWidget(this))
    , m_agreement(new QComboBox(this))
    , m_previewLanguage(new QComboBox(this))
    , m_preview(new QTextBrowser(this))
    , m_error(new QLabel(this))
    , m_commitTimer(new QTimer(this))
{
    m_tree->setHeaderLabels({tr("Number"), tr("Clause")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Clauses"));
    m_preview->setDocument(new ResourceFreeDocument(m_preview));
    m_preview->setOpenLinks(false);
    m_preview->setAccessibleName(tr("Preview"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();
    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(400);

    auto* previewBar = new QHBoxLayout;
    previewBar->addWidget(new QLabel(tr("Preview with:"), this));
    previewBar->addWidget(m_agreement, 1);
    previewBar->addWidget(m_previewLanguage);
    auto* previewPane = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addLayout(previewBar);
    previewLayout->addWidget(m_error);
    previewLayout->addWidget(m_preview, 1);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_editorPane);
    right->addWidget(previewPane);
    m_treeMessage->setWordWrap(true);
    m_treeMessage->setTextFormat(Qt::PlainText);
    m_treeMessage->hide();
    m_propertiesError->setWordWrap(true);
    m_propertiesError->setTextFormat(Qt::PlainText);
    m_propertiesError->hide();
    m_kind->addItem(tr("Article"), int(Clause::Kind::Article));
    m_kind->addItem(tr("Sub-clause"), int(Clause::Kind::SubClause));
    m_kind->addItem(tr("Appendix"), int(Clause::Kind::Appendix));
    m_key->setToolTip(tr("The clause's key: the same in every version of the template and in the translations."));
    m_condition->setPlaceholderText(tr("always included"));
    m_condition->setToolTip(tr("A template expression, e.g. register.has_non_eea_transfers: the clause is left out when it is false."));
    auto* properties = new QFormLayout(m_properties);
    properties->setContentsMargins(0, 0, 0, 0);
    properties->addRow(tr("&Kind:"), m_kind);
    properties->addRow(tr("K&ey:"), m_key);
    properties->addRow(QString(), m_optional);
    properties->addRow(tr("Con&dition:"), m_condition);
    properties->addRow(m_propertiesError);
    createActions();
    auto* treePane = new QWidget(this);
    auto* treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_treeBar);
    treeLayout->addWidget(m_treeMessage);
    treeLayout->addWidget(m_tree, 1);
    treeLayout->addWidget(m_properties);

    auto* main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(treePane);
    main->addWidget(right);
    main->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(main);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        commitEdits();
        m_clauseId = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
        loadClause();
    });
    connect(m_tree, &ClauseTreeWidget::clauseDropped, this, &TemplateEditorView::moveClause);
    connect(m_key, &QLineEdit::editingFinished, this, &TemplateEditorView::commitProperties);
    connect(m_condition, &QLineEdit::editingFinished, this, &TemplateEditorView::commitProperties);
    connect(m_kind, &QComboBox::activated, this, &TemplateEditorView::commitProperties);
    connect(m_optional, &QCheckBox::clicked, this, &TemplateEditorView::commitProperties);
    connect(m_commitTimer, &QTimer::timeout, this, &TemplateEditorView::commitEdits);
    connect(m_agreement, &QComboBox::currentIndexChanged, this, &TemplateEditorView::updatePreview);
    connect(m_previewLanguage, &QComboBox::currentIndexChanged, this, &TemplateEditorView::updatePreview);
    setTemplate(0);
}

TemplateEditorView::~TemplateEditorView() = default;

void TemplateEditorView::setTemplate(qint64 templateId)
{
    TemplateRepository templates(m_db);
    if (templateId == 0) {
        const auto all = templates.templates();
        templateId = all.isEmpty() ? 0 : all.constFirst().id;
    }
    m_templateId = templateId;
    const auto dpaTemplate = templates.find(templateId);
    m_languages = dpaTemplate ? dpaTemplate->languages : QStringList();

    // One editor per language, side by side.
    qDeleteAll(m_editorPane->children());
    m_editors.clear();
    m_titleEdits.clear();
    auto* editors = new QHBoxLayout(m_editorPane);
    editors->setContentsMargins(0, 0, 0, 0);
    const auto& repository = syntaxRepository();
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    for (const QString& language : std::as_const(m_languages)) {
        auto* column = new QVBoxLayout;
        column->addWidget(new QLabel(language.toUpper(), m_editorPane));
        // The clause's title in this language (a sub-clause may have none: its number then
        // opens its text).
        auto* title = new QLineEdit(m_editorPane);
        title->setObjectName(QStringLiteral("title_") + language);
        title->setPlaceholderText(tr("Title"));
        title->setAccessibleName(tr("Clause title (%1)").arg(language));
        connect(title, &QLineEdit::textEdited, this, [this] {
            if (!m_loading)
                m_commitTimer->start();
        });
        connect(title, &QLineEdit::editingFinished, this, [this] {
            if (!m_loading)
                commitEdits();
        });
        column->addWidget(title);
        m_titleEdits.insert(language, title);
        auto* editor = new QPlainTextEdit(m_editorPane);
        editor->setObjectName(QStringLiteral("editor_") + language);
        editor->setAccessibleName(tr("Clause text (%1)").arg(language));
        editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        auto* highlighter = new SpellCheckingHighlighter(editor->document(), language);
        highlighter->setTheme(repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                           : KSyntaxHighlighting::Repository::LightTheme));
        highlighter->setDefinition(repository.definitionForName(QStringLiteral("Registro Template")));
        connect(editor, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                m_commitTimer->start();
        });
        column->addWidget(editor, 1);
        editors->addLayout(column, 1);
        m_editors.insert(language, editor);
    }

    m_loading = true;
    m_previewLanguage->clear();
    m_previewLanguage->addItems(m_languages);
    m_agreement->clear();
    for (const Agreement& a : AgreementRepository(m_db).all()) {
        if (a.templateId == templateId)
            m_agreement->addItem(a.reference, a.id);
    }
    m_loading = false;

    reloadTree(0);
}

QTreeWidget* TemplateEditorView::clauseTree() const
{
    return m_tree;
}

void TemplateEditorView::createActions()
{
    // The toolbar shows the short name; the context menu the full one; both the shortcut.
    const auto make = [this](const QString& text, const QString& shortText, const QKeySequence& key, auto slot) {
        auto* action = new QAction(text, this);
        action->setIconText(shortText);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                         key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        m_tree->addAction(action);
        m_treeBar->addAction(action);
        return action;
    };
    m_addArticle = make(tr("Add &Article"), tr("+ Article"), QKeySequence(Qt::Key_Insert), [this] { addClause(Clause::Kind::Article); });
    m_addSubClause = make(tr("Add &Sub-clause"), tr("+ Sub-clause"), QKeySequence(Qt::SHIFT | Qt::Key_Insert),
                          [this] { addClause(Clause::Kind::SubClause); });
    m_addAppendix = make(tr("Add A&ppendix"), tr("+ Appendix"), QKeySequence(Qt::ALT | Qt::Key_Insert),
                         [this] { addClause(Clause::Kind::Appendix); });
    m_treeBar->addSeparator();
    m_remove = make(tr("&Remove Clause…"), tr("Remove"), QKeySequence(QKeySequence::Delete), [this] { removeCurrent(); });
    m_treeBar->addSeparator();
    m_moveUp = make(tr("Move &Up"), tr("Up"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), [this] { moveCurrent(-1); });
    m_moveDown = make(tr("Move &Down"), tr("Down"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), [this] { moveCurrent(+1); });
    m_outdent = make(tr("Move &Out a Level"), tr("Out"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left), [this] { outdentCurrent(); });
    m_indent = make(tr("Move &In a Level"), tr("In"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right), [this] { indentCurrent(); });
    // Short names, no icons: the tree pane is narrow and the icon theme may have none.
    m_treeBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_treeBar->setAccessibleName(tr("Clause tree"));
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void TemplateEditorView::reloadTree(qint64 selectClauseId)
{
    TemplateRepository templates(m_db);
    const auto dpaTemplate = templates.find(m_templateId);
    const QList<Clause> clauses = templates.clauses(m_templateId);
    const QHash<qint64, QString> numbers = ClauseNumbering::number(clauses);
    const QString source = dpaTemplate ? dpaTemplate->sourceLanguage : QStringLiteral("en");
    QHash<qint64, QTreeWidgetItem*> items;
    {
        const QSignalBlocker blocker(m_tree);
        m_tree->clear();
        for (const Clause& c : clauses) {
            QTreeWidgetItem* parentItem = items.value(c.parentId);
            auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
            const QString number = numbers.value(c.id);
            item->setText(0, c.kind == Clause::Kind::Appendix && c.parentId == 0 ? ClauseNumbering::appendixLabel(number, source) : number);
            const QString title = c.texts.value(source).title;
            QString shown = title.isEmpty() ? c.texts.value(source).body.section(QLatin1Char('\n'), 0, 0).left(60) : title;
            if (c.optional)
                shown = tr("%1 (optional)").arg(shown);
            item->setText(1, shown);
            if (!c.condition.isEmpty())
                item->setToolTip(1, tr("Included when: %1").arg(c.condition));
            item->setData(0, Qt::UserRole, c.id);
            items.insert(c.id, item);
        }
        m_tree->expandAll();
    }
    QTreeWidgetItem* current = items.value(selectClauseId);
    if (!current && m_tree->topLevelItemCount() > 0)
        current = m_tree->topLevelItem(0);
    if (current) {
        m_tree->setCurrentItem(current);
        m_tree->scrollToItem(current);
    }
    // The current item may be the same object as before the rebuild; load it anyway.
    m_clauseId = current ? current->data(0, Qt::UserRole).toLongLong() : 0;
    loadClause();
}

void TemplateEditorView::selectClause(qint64 clauseId)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toLongLong() == clauseId) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

void TemplateEditorView::loadClause()
{
    const auto clause = TemplateRepository(m_db).clause(m_clauseId);
    m_loading = true;
    m_storedBodies.clear();
    m_titles.clear();
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const ClauseText text = clause ? clause->texts.value(it.key()) : ClauseText{};
        it.value()->setPlainText(text.body);
        it.value()->setEnabled(clause.has_value());
        m_storedBodies.insert(it.key(), text.body);
        m_titles.insert(it.key(), text.title);
        if (QLineEdit* title = m_titleEdits.value(it.key())) {
            title->setText(text.title);
            title->setEnabled(clause.has_value());
        }
    }
    m_loading = false;
    loadProperties();
    updatePreview();
}

void TemplateEditorView::loadProperties()
{
    const auto clause = TemplateRepository(m_db).clause(m_clauseId);
    m_properties->setEnabled(clause.has_value());
    m_propertiesError->hide();
    const QSignalBlocker kindBlocker(m_kind);
    const QSignalBlocker optionalBlocker(m_optional);
    m_kind->setCurrentIndex(clause ? m_kind->findData(int(clause->kind)) : 0);
    // Below another clause a clause is a sub-clause; at the top level an article or an appendix.
    m_kind->setEnabled(clause && clause->parentId == 0);
    m_key->setText(clause ? clause->key : QString());
    m_optional->setChecked(clause && clause->optional);
    m_condition->setText(clause ? clause->condition : QString());
}

QVariantHash TemplateEditorView::previewContext(const QString& language) const
{
    const auto agreement = AgreementRepository(m_db).find(m_agreement->currentData().toLongLong());
    Agreement sample;
    sample.languages = {language};
    return TemplateContextBuilder(m_db).build(agreement ? *agreement : sample, language);
}

void TemplateEditorView::commitProperties()
{
    if (m_loading)
        return;
    const auto stored = TemplateRepository(m_db).clause(m_clauseId);
    if (!stored)
        return;
    Clause after = *stored;
    after.key = m_key->text().trimmed();
    after.kind = Clause::Kind(m_kind->currentData().toInt());
    after.optional = m_optional->isChecked();
    after.condition = m_condition->text().trimmed();
    if (after.key == stored->key && after.kind == stored->kind && after.optional == stored->optional
        && after.condition == stored->condition) {
        m_propertiesError->hide();
        return;
    }
    QString problem;
    if (!TemplateRepository::isValidKey(after.key)) {
        problem = tr("\"%1\" is not a valid key: use letters, digits, \"-\" and \"_\".").arg(after.key);
    } else if (!after.condition.isEmpty()) {
        QString conditionError;
        TemplateRenderer::evaluateCondition(after.condition, previewContext(m_languages.value(0, QStringLiteral("en"))), &conditionError);
        if (!conditionError.isEmpty())
            problem = tr("The condition is not valid: %1").arg(conditionError);
    }
    if (!problem.isEmpty()) {
        m_propertiesError->setText(problem);
        m_propertiesError->show();
        return;
    }
    m_propertiesError->hide();
    push(ClauseTreeCommand::properties(m_db, *stored, after, [this](qint64 clauseId, const QString& error) {
        treeChanged(clauseId, error);
        if (!error.isEmpty()) {
            m_propertiesError->setText(error);
            m_propertiesError->show();
        }
    }));
}

void TemplateEditorView::push(QUndoCommand* command)
{
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
}

void TemplateEditorView::treeChanged(qint64 clauseId, const QString& error)
{
    showTreeMessage(error);
    reloadTree(clauseId);
}

void TemplateEditorView::showTreeMessage(const QString& message)
{
    m_treeMessage->setText(message);
    m_treeMessage->setVisible(!message.isEmpty());
}

void TemplateEditorView::addClause(Clause::Kind kind)
{
    commitEdits();
    TemplateRepository templates(m_db);
    const auto dpaTemplate = templates.find(m_templateId);
    if (!dpaTemplate)
        return;
    const QList<Clause> clauses = templates.clauses(m_templateId);
    const auto current = std::find_if(clauses.cbegin(), clauses.cend(), [this](const Clause& c) { return c.id == m_clauseId; });
    Clause c;
    c.templateId = m_templateId;
    c.kind = kind;
    QString base = QStringLiteral("article");
    if (kind == Clause::Kind::SubClause) {
        if (current == clauses.cend()) {
            showTreeMessage(tr("Select the clause the new sub-clause goes under."));
            return;
        }
        c.parentId = current->id;
        c.position = int(std::count_if(clauses.cbegin(), clauses.cend(), [&](const Clause& o) { return o.parentId == current->id; }));
        base = current->key + QStringLiteral("-clause");
    } else if (kind == Clause::Kind::Appendix) {
        c.position = int(std::count_if(clauses.cbegin(), clauses.cend(), [](const Clause& o) { return o.parentId == 0; }));
        base = QStringLiteral("appendix");
    } else {
        // After the selected article (or the article holding the selected clause), else after the last article.
        QHash<qint64, qint64> parents;
        for (const Clause& o : clauses)
            parents.insert(o.id, o.parentId);
        qint64 top = m_clauseId;
        while (parents.value(top) != 0)
            top = parents.value(top);
        int index = 0;
        int articles = 0;
        int after = -1;
        for (const Clause& o : clauses) {
            if (o.parentId != 0)
                continue;
            if (o.kind != Clause::Kind::Appendix)
                ++articles;
            if (o.id == top && o.kind != Clause::Kind::Appendix)
                after = index + 1;
            ++index;
        }
        c.position = after >= 0 ? after : articles;
    }
    c.key = templates.uniqueKey(m_templateId, base);
    for (const QString& language : dpaTemplate->languages) {
        ClauseText text;
        text.title = TemplateRepository::newClauseTitle(kind, language);
        text.state = language == dpaTemplate->sourceLanguage ? QStringLiteral("translated") : QStringLiteral("initial");
        c.texts.insert(language, text);
    }
    push(ClauseTreeCommand::add(m_db, c, [this](qint64 clauseId, const QString& error) { treeChanged(clauseId, error); }));
}

void TemplateEditorView::removeCurrent()
{
    commitEdits();
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return;
    const qint64 clauseId = item->data(0, Qt::UserRole).toLongLong();
    const std::function<int(const QTreeWidgetItem*)> countBelow = [&countBelow](const QTreeWidgetItem* i) {
        int n = i->childCount();
        for (int c = 0; c < i->childCount(); ++c)
            n += countBelow(i->child(c));
        return n;
    };
    const int descendants = countBelow(item);
    const QString name = QStringLiteral("%1 \u201c%2\u201d").arg(item->text(0), item->text(1));
    const QString question = descendants == 0 ? tr("Remove clause %1 and its text in every language?").arg(name)
        : descendants == 1 ? tr("Remove clause %1 with its sub-clause and their texts in every language?").arg(name)
                           : tr("Remove clause %1 with its %2 sub-clauses and their texts in every language?").arg(name).arg(descendants);
    if (MessageBox::question(this, tr("Remove Clause"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    // Afterwards the clause that takes its place is selected: the next sibling, the one before, or the parent.
    QTreeWidgetItem* parent = item->parent();
    const int index = parent ? parent->indexOfChild(item) : m_tree->indexOfTopLevelItem(item);
    const int count = parent ? parent->childCount() : m_tree->topLevelItemCount();
    QTreeWidgetItem* next = index + 1 < count ? (parent ? parent->child(index + 1) : m_tree->topLevelItem(index + 1))
                          : index > 0        ? (parent ? parent->child(index - 1) : m_tree->topLevelItem(index - 1))
                                             : parent;
    const qint64 selectAfter = next ? next->data(0, Qt::UserRole).toLongLong() : 0;
    push(ClauseTreeCommand::remove(m_db, clauseId, selectAfter,
                                   [this](qint64 id, const QString& error) { treeChanged(id, error); }));
}

bool TemplateEditorView::moveClause(qint64 clauseId, qint64 newParentId, int newPosition)
{
    commitEdits();
    TemplateRepository templates(m_db);
    const QString refusal = templates.checkMove(clauseId, newParentId, newPosition);
    if (!refusal.isEmpty()) {
        showTreeMessage(refusal);
        return false;
    }
    const auto before = templates.clause(clauseId);
    if (before && before->parentId == newParentId && before->position == newPosition)
        return true; // dropped where it was
    push(ClauseTreeCommand::move(m_db, clauseId, newParentId, newPosition,
                                 [this](qint64 id, const QString& error) { treeChanged(id, error); }));
    return true;
}

void TemplateEditorView::moveCurrent(int delta)
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return;
    QTreeWidgetItem* parent = item->parent();
    const int index = parent ? parent->indexOfChild(item) : m_tree->indexOfTopLevelItem(item);
    const int count = parent ? parent->childCount() : m_tree->topLevelItemCount();
    const int target = index + delta;
    if (target < 0 || target >= count) {
        showTreeMessage(delta < 0 ? tr("Clause %1 is already the first at its level.").arg(item->text(0))
                                  : tr("Clause %1 is already the last at its level.").arg(item->text(0)));
        return;
    }
    moveClause(item->data(0, Qt::UserRole).toLongLong(), parent ? parent->data(0, Qt::UserRole).toLongLong() : 0, target);
}

void TemplateEditorView::indentCurrent()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return;
    QTreeWidgetItem* parent = item->parent();
    const int index = parent ? parent->indexOfChild(item) : m_tree->indexOfTopLevelItem(item);
    if (index == 0) {
        showTreeMessage(tr("Clause %1 has no clause before it at its level to go under.").arg(item->text(0)));
        return;
    }
    QTreeWidgetItem* previous = parent ? parent->child(index - 1) : m_tree->topLevelItem(index - 1);
    moveClause(item->data(0, Qt::UserRole).toLongLong(), previous->data(0, Qt::UserRole).toLongLong(), previous->childCount());
}

void TemplateEditorView::outdentCurrent()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return;
    QTreeWidgetItem* parent = item->parent();
    if (!parent) {
        showTreeMessage(tr("Clause %1 is already at the top level.").arg(item->text(0)));
        return;
    }
    QTreeWidgetItem* grandParent = parent->parent();
    const int parentIndex = grandParent ? grandParent->indexOfChild(parent) : m_tree->indexOfTopLevelItem(parent);
    moveClause(item->data(0, Qt::UserRole).toLongLong(), grandParent ? grandParent->data(0, Qt::UserRole).toLongLong() : 0,
               parentIndex + 1);
}

void TemplateEditorView::commitEdits()
{
    m_commitTimer->stop();
    if (m_clauseId == 0)
        return;
    const auto applied = [this](qint64 clauseId, const QString& language, ClauseTextCommand::Field field, const QString& text) {
        textApplied(clauseId, language, field, text);
    };
    const auto change = [&](const QString& language, ClauseTextCommand::Field field, const QString& old, const QString& text) {
        auto* command = new ClauseTextCommand(m_db, m_clauseId, language, field, old, text, applied);
        if (m_undoStack) {
            m_undoStack->push(command);
        } else {
            command->redo();
            delete command;
        }
    };
    for (auto it = m_titleEdits.cbegin(); it != m_titleEdits.cend(); ++it) {
        const QString title = it.value()->text().trimmed();
        if (title != m_titles.value(it.key()))
            change(it.key(), ClauseTextCommand::Field::Title, m_titles.value(it.key()), title);
    }
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString body = editorText(it.value());
        if (body == m_storedBodies.value(it.key()))
            continue;
        const QString old = m_storedBodies.value(it.key());
        m_storedBodies.insert(it.key(), body);
        change(it.key(), ClauseTextCommand::Field::Body, old, body);
    }
    updatePreview();
}

void TemplateEditorView::textApplied(qint64 clauseId, const QString& language, ClauseTextCommand::Field field,
                                     const QString& text)
{
    if (field == ClauseTextCommand::Field::Title) {
        showTitleInTree(clauseId, language, text);
        if (clauseId != m_clauseId)
            return;
        m_titles.insert(language, text);
        QLineEdit* title = m_titleEdits.value(language);
        if (title && title->text().trimmed() != text) {
            m_loading = true;
            title->setText(text);
            m_loading = false;
        }
        return;
    }
    if (clauseId != m_clauseId)
        return;
    const QString& body = text;
    m_storedBodies.insert(language, body);
    QPlainTextEdit* editor = m_editors.value(language);
    if (editor && editorText(editor) != body) {
        m_loading = true;
        editor->setPlainText(body);
        m_loading = false;
        updatePreview();
    }
}

// The tree names each clause by its title in the template's source language.
void TemplateEditorView::showTitleInTree(qint64 clauseId, const QString& language, const QString& title)
{
    const auto dpaTemplate = TemplateRepository(m_db).find(m_templateId);
    if (!dpaTemplate || language != dpaTemplate->sourceLanguage)
        return;
    const auto clause = TemplateRepository(m_db).clause(clauseId);
    for (QTreeWidgetItemIterator it(m_tree); *it && clause; ++it) {
        if ((*it)->data(0, Qt::UserRole).toLongLong() != clauseId)
            continue;
        QString shown = title.isEmpty() ? clause->texts.value(language).body.section(QLatin1Char('\n'), 0, 0).left(60) : title;
        if (clause->optional)
            shown = tr("%1 (optional)").arg(shown);
        (*it)->setText(1, shown);
        return;
    }
}

void TemplateEditorView::updatePreview()
{
    if (m_loading)
        return;
    const QString language = m_previewLanguage->currentText();
    QPlainTextEdit* editor = m_editors.value(language);
    if (!editor) {
        m_preview->clear();
        return;
    }
    QVariantHash context;
    if (const auto agreement = AgreementRepository(m_db).find(m_agreement->currentData().toLongLong()))
        context = TemplateContextBuilder(m_db).build(*agreement, language);
    const TemplateRenderer::Result result = TemplateRenderer::renderText(editorText(editor), context, language);
    if (result.ok()) {
        m_error->hide();
        m_preview->document()->setMarkdown(result.markdown);
    } else {
        m_error->setText(tr("Line %1: %2").arg(result.errors.constFirst().line).arg(result.errors.constFirst().message));
        m_error->show();
    }
}
