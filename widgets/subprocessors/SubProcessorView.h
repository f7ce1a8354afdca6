// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "domain/Records.h"

#include <QWidget>

class Database;
class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;

/**
 * The sub-processor list: a table, an editor form with the server countries and their
 * transfer regime, the findings, the list's history (as of a date, differences) and the
 * planned changes with per-customer notice deadlines. Every edit goes on the undo stack.
 */
class SubProcessorView : public QWidget
{
    Q_OBJECT

public:
    SubProcessorView(Database& db, QUndoStack* undoStack, QWidget* parent = nullptr);

    QAction* newAction() const { return m_newAction; }
    QAction* applyAction() const { return m_applyAction; }
    /** Selects the sub-processor @p id in the table and loads it into the form. */
    void select(qint64 id);

private:
    void reload();
    void loadForm(qint64 id);
    SubProcessor formValue() const;
    void apply();
    void startNew();
    void updateFindings();
    void updateHistory();
    void reloadChanges();
    void updateDeadlines();
    void recordNotice(bool objection);
    void planChange();
    void fillSubProcessorChoices();
    qint64 selectedId() const;

    Database& m_db;
    QUndoStack* m_undoStack;
    QAction* m_newAction = nullptr;
    QAction* m_applyAction = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_service = nullptr;
    QLineEdit* m_actions = nullptr;
    QListWidget* m_countries = nullptr;
    QComboBox* m_safeguard = nullptr;
    QComboBox* m_status = nullptr;
    QDateEdit* m_dateAdded = nullptr;
    QDateEdit* m_dateRemoved = nullptr;
    QLabel* m_error = nullptr;
    QListWidget* m_findings = nullptr;
    QDateEdit* m_asOf = nullptr;
    QDateEdit* m_compareWith = nullptr;
    QPlainTextEdit* m_history = nullptr;
    QComboBox* m_changes = nullptr;
    QTableWidget* m_deadlines = nullptr;
    QDateEdit* m_eventDate = nullptr;
    QPushButton* m_sentButton = nullptr;
    QPushButton* m_objectionButton = nullptr;
    QComboBox* m_planKind = nullptr;
    QComboBox* m_planSubProcessor = nullptr;
    QComboBox* m_planReplaces = nullptr;
    QDateEdit* m_planDate = nullptr;
    QLineEdit* m_planReason = nullptr;
    qint64 m_currentId = 0;
    bool m_loading = false;
};
