// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "domain/Vocabulary.h"

#include <QWidget>

#include <optional>

class ActivityEditor;
class ActivityTableModel;
class Database;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QUndoStack;

/**
 * The register: the table of processing activities with its search box and filters, and the
 * editor of the selected activity beside it. New, duplicate and delete are undo commands on
 * the workspace's stack.
 */
class RegisterView : public QWidget
{
    Q_OBJECT

public:
    RegisterView(Database& db, QUndoStack* undoStack, QWidget* parent = nullptr);
    ~RegisterView() override;

    /** Shows the controller records, the processor records, or both (nullopt). */
    void setRoleFilter(std::optional<ActivityRole> role);
    /** Selects activity @p id in the table (clearing the filters if it is hidden by them). */
    void selectActivity(qint64 id);
    qint64 currentActivityId() const;

    ActivityTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    QLabel* countLabel() const { return m_countLabel; }
    ActivityEditor* editor() const { return m_editor; }
    QComboBox* roleFilter() const { return m_role; }
    QAction* newAction() const { return m_newAction; }
    QAction* duplicateAction() const { return m_duplicateAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* findAction() const { return m_findAction; }

Q_SIGNALS:
    /** The table was painted for the first time. */
    void tableFirstPainted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    void updateCounts();
    void updateActions();
    void reloadFilterChoices();
    void createActivity();
    void duplicateActivity();
    void deleteActivity();
    void afterCommand(qint64 id, const QString& error);

    Database& m_db;
    QUndoStack* m_undoStack;
    ActivityTableModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_role;
    QComboBox* m_status;
    QComboBox* m_department;
    QComboBox* m_legalBasis;
    QCheckBox* m_special;
    QCheckBox* m_transfers;
    QCheckBox* m_overdue;
    QLabel* m_countLabel;
    QTableView* m_table;
    ActivityEditor* m_editor;
    QSplitter* m_splitter;
    QTimer* m_searchDelay;
    QAction* m_newAction;
    QAction* m_duplicateAction;
    QAction* m_deleteAction;
    QAction* m_findAction;
    bool m_painted = false;
};
