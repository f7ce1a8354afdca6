// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "domain/Records.h"

#include <QWidget>

#include <optional>

class Database;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QUndoStack;

/**
 * The data categories with their retention rules (Appendix A): a table, a form for the current
 * category and where it is used. Adding, editing and deleting go through undo commands.
 */
class DataCategoryEditor : public QWidget
{
    Q_OBJECT

public:
    DataCategoryEditor(Database& db, QUndoStack* undoStack, QWidget* parent = nullptr);
    ~DataCategoryEditor() override;

    /** Reloads the table from the workspace, keeping the current category. */
    void reload();
    /** Selects category @p id. */
    void selectCategory(qint64 id);
    qint64 currentCategoryId() const;

    QAction* addAction() const { return m_addAction; }
    QAction* deleteAction() const { return m_deleteAction; }

Q_SIGNALS:
    /** A category was stored or deleted. */
    void categoriesChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void stored(bool ok, qint64 id, const QString& message);
    void showCurrent();
    void commitForm();
    void addCategory();
    void deleteCategory();
    void push(const QString& text, std::optional<DataCategory> before, std::optional<DataCategory> after,
              int mergeId);
    void showError(const QString& message);

    Database& m_db;
    QUndoStack* m_undoStack;
    QList<DataCategory> m_categories;
    bool m_loading = false;
    bool m_pushing = false;
    bool m_lastOk = false;
    qint64 m_lastStored = 0;

    QTableWidget* m_table;
    QLineEdit* m_name;
    QCheckBox* m_special;
    QCheckBox* m_criminal;
    QLineEdit* m_retention;
    QPlainTextEdit* m_justification;
    QPlainTextEdit* m_description;
    QLabel* m_message;
    QListWidget* m_whereUsed;
    QAction* m_addAction;
    QAction* m_deleteAction;
};
