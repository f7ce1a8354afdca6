// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "templates/ClauseTextCommand.h"
#include "templates/TemplateTypes.h"

#include <QHash>
#include <QWidget>

class ClauseTreeWidget;
class Database;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;
class QTimer;
class QToolBar;
class QTreeWidget;
class QUndoCommand;
class QUndoStack;
namespace KSyntaxHighlighting {
class Repository;
}

/**
 * The template editor: the clause tree with computed numbers, the selected clause's text in
 * every language side by side (highlighted with Registro's template syntax), and a live
 * preview rendered with a chosen agreement's values. A template error is shown with its line.
 *
 * The clause tree is edited with a small toolbar above it, its context menu, drag and drop, and
 * keys while it has the focus: Insert adds an article, Shift+Insert a sub-clause of the selected
 * clause, Alt+Insert an appendix, Delete removes the clause (after a confirmation naming it and
 * its sub-clauses), Ctrl+Shift+Up / Down move it among its siblings, Ctrl+Shift+Right makes it a
 * sub-clause of the clause before it and Ctrl+Shift+Left moves it one level out. Below the tree
 * the clause's kind, key, optional flag and condition are edited. Every change is one step on
 * the window's undo stack; a refused change says why below the toolbar.
 */
class TemplateEditorView : public QWidget
{
    Q_OBJECT
public:
    TemplateEditorView(Database& db, QUndoStack* undoStack, QWidget* parent = nullptr);
    ~TemplateEditorView() override;

    /** Shows template @p templateId (the first template when 0). */
    void setTemplate(qint64 templateId = 0);
    void selectClause(qint64 clauseId);
    qint64 currentClause() const { return m_clauseId; }
    QPlainTextEdit* editor(const QString& language) const { return m_editors.value(language); }
    QLineEdit* titleEdit(const QString& language) const { return m_titleEdits.value(language); }
    QTextBrowser* preview() const { return m_preview; }
    QLabel* errorLabel() const { return m_error; }
    QTreeWidget* clauseTree() const;
    QLabel* treeMessage() const { return m_treeMessage; }
    QToolBar* clauseToolBar() const { return m_treeBar; }
    QAction* addArticleAction() const { return m_addArticle; }
    QAction* addSubClauseAction() const { return m_addSubClause; }
    QAction* addAppendixAction() const { return m_addAppendix; }
    QAction* removeAction() const { return m_remove; }
    QAction* moveUpAction() const { return m_moveUp; }
    QAction* moveDownAction() const { return m_moveDown; }
    QAction* indentAction() const { return m_indent; }
    QAction* outdentAction() const { return m_outdent; }
    QComboBox* kindEdit() const { return m_kind; }
    QLineEdit* keyEdit() const { return m_key; }
    QCheckBox* optionalEdit() const { return m_optional; }
    QLineEdit* conditionEdit() const { return m_condition; }
    QLabel* propertiesError() const { return m_propertiesError; }

    /** Moves clause @p clauseId (one undo step); a refused move is explained in treeMessage(). */
    bool moveClause(qint64 clauseId, qint64 newParentId, int newPosition);

    /** The shared repository with the template syntax definition loaded. */
    static KSyntaxHighlighting::Repository& syntaxRepository();

private:
    void createActions();
    void reloadTree(qint64 selectClauseId);
    void treeChanged(qint64 clauseId, const QString& error);
    void showTreeMessage(const QString& message);
    void addClause(Clause::Kind kind);
    void removeCurrent();
    void moveCurrent(int delta);
    void indentCurrent();
    void outdentCurrent();
    void commitProperties();
    void loadProperties();
    QVariantHash previewContext(const QString& language) const;
    void push(QUndoCommand* command);
    void loadClause();
    void commitEdits();
    void updatePreview();
    void textApplied(qint64 clauseId, const QString& language, ClauseTextCommand::Field field, const QString& text);
    void showTitleInTree(qint64 clauseId, const QString& language, const QString& title);

    Database& m_db;
    QUndoStack* m_undoStack;
    qint64 m_templateId = 0;
    qint64 m_clauseId = 0;
    QStringList m_languages;
    ClauseTreeWidget* m_tree;
    QToolBar* m_treeBar;
    QLabel* m_treeMessage;
    QAction* m_addArticle = nullptr;
    QAction* m_addSubClause = nullptr;
    QAction* m_addAppendix = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_moveUp = nullptr;
    QAction* m_moveDown = nullptr;
    QAction* m_indent = nullptr;
    QAction* m_outdent = nullptr;
    QWidget* m_properties;
    QComboBox* m_kind;
    QLineEdit* m_key;
    QCheckBox* m_optional;
    QLineEdit* m_condition;
    QLabel* m_propertiesError;
    QWidget* m_editorPane;
    QHash<QString, QPlainTextEdit*> m_editors;
    QHash<QString, QLineEdit*> m_titleEdits;
    QHash<QString, QString> m_storedBodies;
    QHash<QString, QString> m_titles;
    QComboBox* m_agreement;
    QComboBox* m_previewLanguage;
    QTextBrowser* m_preview;
    QLabel* m_error;
    QTimer* m_commitTimer;
    bool m_loading = false;
};
