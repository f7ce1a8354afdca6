// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "translation/ClauseSegment.h"
#include "translation/QaFinding.h"
#include "translation/TranslationQa.h"

#include <QHash>
#include <QWidget>

class Database;
class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QTextBrowser;
class QUndoStack;

/**
 * Translation review of one template in one target language: every clause with its number,
 * state and QA findings; source and translation side by side; the findings of the selected
 * clause; for a clause whose source changed since review, a word diff of the source. Filters
 * by state and by finding; keyboard: next unreviewed (Ctrl+J), review (Ctrl+Return), approve
 * (Ctrl+Shift+Return), next finding (F8), edit the glossary (Ctrl+G). Every change is an undo
 * command on the given stack. The glossary check uses the workspace glossary; the findings are
 * checked again whenever the glossary changes.
 */
class TranslationReviewView : public QWidget
{
    Q_OBJECT

public:
    TranslationReviewView(Database& db, QUndoStack* undoStack, QWidget* parent = nullptr);

    /** Shows @p templateId in @p language (the first template and target language by default). */
    void showTemplate(qint64 templateId, const QString& language);
    qint64 templateId() const { return m_templateId; }
    QString language() const { return m_language; }
    /** The id of the selected segment, empty when none. */
    QString currentSegmentId() const;
    bool selectSegment(const QString& segmentId);
    /** The number of rows the filters leave visible. */
    int visibleRowCount() const;

    QAction* nextUnreviewedAction() const { return m_nextUnreviewedAction; }
    QAction* reviewAction() const { return m_reviewAction; }
    QAction* approveAction() const { return m_approveAction; }
    QAction* nextFindingAction() const { return m_nextFindingAction; }
    QAction* glossaryAction() const { return m_glossaryAction; }

Q_SIGNALS:
    /** The user asked to edit the glossary (Ctrl+G). */
    void glossaryRequested();

public Q_SLOTS:
    void reload();
    void nextUnreviewed();
    void reviewCurrent();
    void approveCurrent();
    void nextFinding();
    /** Stores the edited translation of the selected clause (also done when leaving it). */
    void applyEdit();

private:
    enum Column { NumberColumn, ClauseColumn, StateColumn, FindingsColumn, ColumnCount };

    void fillTemplates();
    void fillLanguages();
    void fillTable();
    void applyFilters();
    void showCurrent();
    void segmentChanged(const QString& segmentId);
    bool moveTo(const std::function<bool(int row)>& matches);
    const ClauseSegment* segmentAt(int row) const;
    void glossaryChanged();
    void pushChange(const QString& text, const std::function<bool(class TranslationReviewRepository&)>& change);

    Database& m_db;
    QUndoStack* m_undoStack;
    TranslationQa m_qa;
    qint64 m_templateId = 0;
    QString m_language;
    QList<ClauseSegment> m_segments;
    QHash<QString, QList<QaFinding>> m_findings;
    QString m_shownSegment;
    QString m_lastError;
    bool m_updating = false;
    bool m_glossaryRefreshPending = false;

    QComboBox* m_templateBox;
    QComboBox* m_languageBox;
    QComboBox* m_stateFilter;
    QComboBox* m_findingFilter;
    QTableWidget* m_table;
    QPlainTextEdit* m_source;
    QPlainTextEdit* m_target;
    QLabel* m_diffLabel;
    QTextBrowser* m_diff;
    QListWidget* m_findingList;
    QLabel* m_status;
    QAction* m_nextUnreviewedAction;
    QAction* m_reviewAction;
    QAction* m_approveAction;
    QAction* m_nextFindingAction;
    QAction* m_glossaryAction;
};
