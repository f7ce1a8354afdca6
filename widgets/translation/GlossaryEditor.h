// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "translation/GlossaryTermCommand.h"

#include "translation/Glossary.h"

#include <QWidget>

#include <optional>

class Database;
class GlossaryTableModel;
class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QUndoCommand;
class QUndoStack;

/**
 * The workspace glossary the translation QA checks against: a table of terms with the approved
 * and forbidden translations per language (nl, it, fr and every language of the templates) and
 * a note. Keyboard: add a term (Insert), remove the selected terms (Delete), filter (Ctrl+F);
 * every change is a command on the given undo stack. Import and export registro-glossary JSON.
 */
class GlossaryEditor : public QWidget
{
    Q_OBJECT

public:
    GlossaryEditor(Database& db, QUndoStack* undoStack, QWidget* parent = nullptr);

    GlossaryTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    QAction* addTermAction() const { return m_addAction; }
    QAction* removeTermAction() const { return m_removeAction; }
    QAction* importAction() const { return m_importAction; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* findAction() const { return m_findAction; }
    /** The last message shown above the table (a refused edit, an import...). */
    QString message() const;

public Q_SLOTS:
    /** Reads the glossary and the template languages again. */
    void reload();
    /** Adds a term after the current one and starts editing its source term. */
    void addTerm();
    void removeSelectedTerms();
    void importGlossary();
    void exportGlossary();

private:
    QStringList columnLanguages();
    bool push(const std::optional<Glossary::Term>& before, const std::optional<Glossary::Term>& after, int index);
    void applied(bool ok, const QString& error);
    /** The command's callback: records a failure and reloads, while this editor exists. */
    GlossaryTermCommand::Applied whenApplied();
    /** Pushes @p command on the undo stack (or runs it without one); false when it failed. */
    bool execute(QUndoCommand* command);
    void showMessage(const QString& text, bool problem);
    void updateActions();
    void fitColumns();
    QString dialogDirectory() const;

    Database& m_db;
    QUndoStack* m_undoStack;
    GlossaryTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filter;
    QLabel* m_message;
    QLabel* m_status;
    QAction* m_addAction;
    QAction* m_removeAction;
    QAction* m_importAction;
    QAction* m_exportAction;
    QAction* m_findAction;
    QString m_lastError;
    bool m_reloadPending = false;
};
