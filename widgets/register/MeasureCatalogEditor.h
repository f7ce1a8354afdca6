// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "domain/Records.h"

#include <QWidget>

#include <optional>

class Database;
class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTreeWidget;
class QUndoStack;

/**
 * The catalogue of technical and organisational measures (Appendix C), grouped by section, with
 * a form for the current measure and where it is used. Adding, editing and deleting go through
 * undo commands.
 */
class MeasureCatalogEditor : public QWidget
{
    Q_OBJECT

public:
    MeasureCatalogEditor(Database& db, QUndoStack* undoStack, QWidget* parent = nullptr);
    ~MeasureCatalogEditor() override;

    /** Reloads the catalogue from the workspace, keeping the current measure. */
    void reload();
    void selectMeasure(qint64 id);
    qint64 currentMeasureId() const;

    QAction* addAction() const { return m_addAction; }
    QAction* deleteAction() const { return m_deleteAction; }

Q_SIGNALS:
    /** A measure was stored or deleted. */
    void measuresChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showCurrent();
    void commitForm();
    void addMeasure();
    void deleteMeasure();
    void push(const QString& text, std::optional<SecurityMeasure> before, std::optional<SecurityMeasure> after,
              int mergeId);
    void stored(bool ok, qint64 id, const QString& message);
    std::optional<SecurityMeasure> current() const;

    Database& m_db;
    QUndoStack* m_undoStack;
    QList<SecurityMeasure> m_measures;
    bool m_loading = false;
    bool m_pushing = false;
    bool m_lastOk = false;
    qint64 m_lastStored = 0;

    QTreeWidget* m_tree;
    QLineEdit* m_section;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QSpinBox* m_sortOrder;
    QLabel* m_message;
    QListWidget* m_whereUsed;
    QAction* m_addAction;
    QAction* m_deleteAction;
};
