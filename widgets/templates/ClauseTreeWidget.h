// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QTreeWidget>

/**
 * The template editor's clause tree. Dragging a clause and dropping it above, below or onto
 * another asks for a move (clauseDropped); the tree itself never rearranges its items: the view
 * moves the clause in the workspace and rebuilds the tree, so that the move is undoable.
 */
class ClauseTreeWidget : public QTreeWidget
{
    Q_OBJECT
public:
    /** The role of column 0 that holds the clause id. */
    static constexpr int ClauseIdRole = Qt::UserRole;
    static constexpr const char* MimeType = "application/x-registro-clause";

    explicit ClauseTreeWidget(QWidget* parent = nullptr);

    QTreeWidgetItem* itemForClause(qint64 clauseId) const;
    /**
     * Where clause @p clauseId goes when dropped at @p where (viewport coordinates): its new parent
     * (0: top level) and its position among the new siblings, counted without the clause itself.
     */
    void dropPlace(qint64 clauseId, const QPoint& where, qint64* parentId, int* position) const;
    /** What dropping clause @p clauseId at @p where does: asks for the move (clauseDropped). */
    void dropClause(qint64 clauseId, const QPoint& where);
    /** The drag's data: the clause id of the first item. */
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override;

Q_SIGNALS:
    void clauseDropped(qint64 clauseId, qint64 parentId, int position);

protected:
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    void dropEvent(QDropEvent* event) override;
};
