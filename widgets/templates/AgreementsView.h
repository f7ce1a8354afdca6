// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "templates/TemplateTypes.h"

#include <QWidget>

class Database;
class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTextBrowser;
class QListWidgetItem;
class QUndoCommand;
class QUndoStack;

/**
 * The agreements: a list, the selected agreement's values in a form, the template's optional
 * clauses to include or leave out, and a preview of the whole document in any of its languages.
 * Saving, choosing options and marking as sent are undoable; signing freezes the text. An
 * agreement that does not render in every one of its languages cannot be sent or signed: the
 * view names the first template error (clause, language, line).
 */
class AgreementsView : public QWidget
{
    Q_OBJECT
public:
    AgreementsView(Database& db, QUndoStack* undoStack, QWidget* parent = nullptr);

    void reload();
    void selectAgreement(qint64 id);
    qint64 currentAgreement() const { return m_current.id; }

    QAction* newAction() const { return m_new; }
    QAction* saveAction() const { return m_save; }
    QAction* signAction() const { return m_sign; }
    QAction* issueAction() const { return m_issue; }
    QListWidget* optionsList() const { return m_options; }
    QLabel* issueProblem() const { return m_issueProblem; }
    QTextBrowser* preview() const { return m_preview; }
    QComboBox* previewLanguage() const { return m_previewLanguage; }
    QLineEdit* referenceEdit() const { return m_reference; }
    QLineEdit* servicesEdit() const { return m_services; }
    QLabel* statusLabel() const { return m_status; }

    /** Stores @p agreement (from the undo stack); selects it. */
    bool store(Agreement& agreement);

private:
    void showAgreement(const Agreement& agreement);
    Agreement fromForm() const;
    void saveForm();
    void signCurrent();
    void issueCurrent();
    void optionToggled(QListWidgetItem* item);
    void loadOptions(const Agreement& agreement);
    void updateIssueState();
    void push(QUndoCommand* command);
    void updatePreview();

    Database& m_db;
    QUndoStack* m_undoStack;
    Agreement m_current;
    QListWidget* m_list;
    QComboBox* m_customer;
    QLineEdit* m_reference;
    QLineEdit* m_languages;
    QDateEdit* m_effectiveDate;
    QLineEdit* m_services;
    QLineEdit* m_term;
    QLineEdit* m_governingLaw;
    QLineEdit* m_court;
    QSpinBox* m_noticeDays;
    QComboBox* m_noticeUnit;
    QSpinBox* m_objectionDays;
    QComboBox* m_objectionUnit;
    QSpinBox* m_breachHours;
    QSpinBox* m_auditDays;
    QLineEdit* m_liabilityCap;
    QLineEdit* m_processorSignatory;
    QLineEdit* m_customerSignatory;
    QWidget* m_form;
    QLabel* m_status;
    QLabel* m_issueProblem;
    QListWidget* m_options;
    bool m_loadingOptions = false;
    QComboBox* m_previewLanguage;
    QTextBrowser* m_preview;
    QAction* m_new;
    QAction* m_save;
    QAction* m_sign;
    QAction* m_issue;
};
