// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "domain/Records.h"

#include <QHash>
#include <QWidget>

class ChecklistPicker;
class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QUndoStack;

/**
 * The editor of one processing activity: every Art. 30(1) or 30(2) field, its findings and its
 * history. Every edit is stored at once through an undo command on the workspace's stack.
 */
class ActivityEditor : public QWidget
{
    Q_OBJECT

public:
    ActivityEditor(Database& db, QUndoStack* undoStack, QWidget* parent = nullptr);
    ~ActivityEditor() override;

    /** Shows activity @p id (0: nothing). */
    void setActivity(qint64 id);
    qint64 activityId() const { return m_activityId; }

    /** The activity with the values shown in the editor, stored or not. */
    ProcessingActivity editedActivity() const;

Q_SIGNALS:
    /** The activity was stored (created, edited, or restored by undo). */
    void activityChanged(qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Field {
        Role,
        Name,
        Description,
        Department,
        Owner,
        Purposes,
        DataSubjects,
        RecipientCategories,
        LegalBases,
        LegalBasisNotes,
        DataCategories,
        RecipientParties,
        Controllers,
        JointControllers,
        SubProcessors,
        Transfers,
        Erasure,
        Measures,
        SecurityDescription,
        Dpia,
        Notes,
        ReviewDates,
    };

    void buildUi();
    QWidget* buildRecordPage();
    QWidget* buildHistoryPage();
    void loadCatalogues();
    void loadValues();
    void applyField(ProcessingActivity& activity, Field field) const;
    void commitField(Field field);
    /** Pushes the change from the stored activity to @p after; false when it was refused. */
    bool pushChange(const QString& text, const ProcessingActivity& after, int mergeId, bool reloadWidgets = false);
    void stored(bool ok, const ProcessingActivity& activity, const QString& field, const QString& message);
    void showFieldError(const QString& field, const QString& message);
    void clearFieldErrors();
    void updateFindings();
    void updateHistory();
    void updateWorkflow();
    void updateRoleFields();
    void addTransferRow(const Transfer& transfer);
    QList<Transfer> transfersShown() const;
    void createCategory(const QString& name);

    void submitForReview();
    void approve();
    void retire();
    void markReviewed();

    Database& m_db;
    QUndoStack* m_undoStack;
    qint64 m_activityId = 0;
    ProcessingActivity m_stored;
    bool m_loading = false;
    bool m_pushing = false;

    QTabWidget* m_tabs = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_approvalLabel = nullptr;
    QLabel* m_banner = nullptr;
    QPushButton* m_submitButton = nullptr;
    QPushButton* m_approveButton = nullptr;
    QPushButton* m_retireButton = nullptr;
    QPushButton* m_reviewedButton = nullptr;

    QComboBox* m_role = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameMessage = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_department = nullptr;
    QLineEdit* m_owner = nullptr;
    ChecklistPicker* m_purposes = nullptr;
    ChecklistPicker* m_dataSubjects = nullptr;
    ChecklistPicker* m_recipientCategories = nullptr;
    ChecklistPicker* m_legalBases = nullptr;
    QPlainTextEdit* m_legalBasisNotes = nullptr;
    ChecklistPicker* m_dataCategories = nullptr;
    ChecklistPicker* m_recipientParties = nullptr;
    ChecklistPicker* m_controllers = nullptr;
    QLabel* m_controllersLabel = nullptr;
    ChecklistPicker* m_jointControllers = nullptr;
    QLabel* m_jointControllersLabel = nullptr;
    ChecklistPicker* m_subProcessors = nullptr;
    QTableWidget* m_transfers = nullptr;
    QLabel* m_transfersMessage = nullptr;
    QPlainTextEdit* m_erasure = nullptr;
    ChecklistPicker* m_measures = nullptr;
    QPlainTextEdit* m_securityDescription = nullptr;
    QCheckBox* m_dpiaRequired = nullptr;
    QCheckBox* m_dpiaDone = nullptr;
    QLineEdit* m_dpiaReference = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QDateEdit* m_lastReviewed = nullptr;
    QDateEdit* m_nextReview = nullptr;
    QLabel* m_reviewMessage = nullptr;

    QListWidget* m_findings = nullptr;
    QTableWidget* m_history = nullptr;

    QHash<QObject*, Field> m_textFields;
    QHash<qint64, DataCategory> m_categories;
};
