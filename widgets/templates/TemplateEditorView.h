// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QHash>
#include <QWidget>

class Database;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTextBrowser;
class QTimer;
class QTreeWidget;
class QUndoStack;
namespace KSyntaxHighlighting {
class Repository;
}

/**
 * The template editor: the clause tree with computed numbers, the selected clause's text in
 * every language side by side (highlighted with Registro's template syntax), and a live
 * preview rendered with a chosen agreement's values. A template error is shown with its line.
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
    QTextBrowser* preview() const { return m_preview; }
    QLabel* errorLabel() const { return m_error; }
    QTreeWidget* clauseTree() const { return m_tree; }

    /** The shared repository with the template syntax definition loaded. */
    static KSyntaxHighlighting::Repository& syntaxRepository();

private:
    void loadClause();
    void commitEdits();
    void updatePreview();
    void textApplied(qint64 clauseId, const QString& language, const QString& body);

    Database& m_db;
    QUndoStack* m_undoStack;
    qint64 m_templateId = 0;
    qint64 m_clauseId = 0;
    QStringList m_languages;
    QTreeWidget* m_tree;
    QWidget* m_editorPane;
    QHash<QString, QPlainTextEdit*> m_editors;
    QHash<QString, QString> m_storedBodies;
    QHash<QString, QString> m_titles;
    QComboBox* m_agreement;
    QComboBox* m_previewLanguage;
    QTextBrowser* m_preview;
    QLabel* m_error;
    QTimer* m_commitTimer;
    bool m_loading = false;
};
