// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/TemplateEditorView.h"

#include "core/Database.h"
#include "templates/AgreementRepository.h"
#include "templates/ClauseNumbering.h"
#include "templates/ClauseTextCommand.h"
#include "templates/SpellCheckingHighlighter.h"
#include "templates/ResourceFreeDocument.h"
#include "templates/TemplateContextBuilder.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateRepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

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
    , m_tree(new QTreeWidget(this))
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
    auto* main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(m_tree);
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
    auto* editors = new QHBoxLayout(m_editorPane);
    editors->setContentsMargins(0, 0, 0, 0);
    const auto& repository = syntaxRepository();
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    for (const QString& language : std::as_const(m_languages)) {
        auto* column = new QVBoxLayout;
        column->addWidget(new QLabel(language.toUpper(), m_editorPane));
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

    m_tree->clear();
    const QList<Clause> clauses = templates.clauses(templateId);
    const QHash<qint64, QString> numbers = ClauseNumbering::number(clauses);
    const QString source = dpaTemplate ? dpaTemplate->sourceLanguage : QStringLiteral("en");
    QHash<qint64, QTreeWidgetItem*> items;
    for (const Clause& c : clauses) {
        QTreeWidgetItem* parentItem = items.value(c.parentId);
        auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
        const QString number = numbers.value(c.id);
        item->setText(0, c.kind == Clause::Kind::Appendix ? ClauseNumbering::appendixLabel(number, source) : number);
        const QString title = c.texts.value(source).title;
        item->setText(1, title.isEmpty() ? c.texts.value(source).body.section(QLatin1Char('\n'), 0, 0).left(60) : title);
        if (!c.condition.isEmpty())
            item->setToolTip(1, tr("Included when: %1").arg(c.condition));
        item->setData(0, Qt::UserRole, c.id);
        items.insert(c.id, item);
    }
    m_tree->expandAll();
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
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
    }
    m_loading = false;
    updatePreview();
}

void TemplateEditorView::commitEdits()
{
    m_commitTimer->stop();
    if (m_clauseId == 0)
        return;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString body = editorText(it.value());
        if (body == m_storedBodies.value(it.key()))
            continue;
        const QString old = m_storedBodies.value(it.key());
        m_storedBodies.insert(it.key(), body);
        auto* command = new ClauseTextCommand(m_db, m_clauseId, it.key(), m_titles.value(it.key()), old, body,
                                              [this](qint64 clauseId, const QString& language, const QString& text) {
                                                  textApplied(clauseId, language, text);
                                              });
        if (m_undoStack)
            m_undoStack->push(command);
        else {
            command->redo();
            delete command;
        }
    }
    updatePreview();
}

void TemplateEditorView::textApplied(qint64 clauseId, const QString& language, const QString& body)
{
    if (clauseId != m_clauseId)
        return;
    m_storedBodies.insert(language, body);
    QPlainTextEdit* editor = m_editors.value(language);
    if (editor && editorText(editor) != body) {
        m_loading = true;
        editor->setPlainText(body);
        m_loading = false;
        updatePreview();
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
