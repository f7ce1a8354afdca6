// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/ClauseTreeWidget.h"

#include <QDropEvent>
#include <QMimeData>
#include <QTimer>

#include <algorithm>

ClauseTreeWidget::ClauseTreeWidget(QWidget* parent)
    : QTreeWidget(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

QTreeWidgetItem* ClauseTreeWidget::itemForClause(qint64 clauseId) const
{
    for (QTreeWidgetItemIterator it(const_cast<ClauseTreeWidget*>(this)); *it; ++it) {
        if ((*it)->data(0, ClauseIdRole).toLongLong() == clauseId)
            return *it;
    }
    return nullptr;
}

QStringList ClauseTreeWidget::mimeTypes() const
{
    return {QLatin1String(MimeType)};
}

QMimeData* ClauseTreeWidget::mimeData(const QList<QTreeWidgetItem*>& items) const
{
    if (items.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(QLatin1String(MimeType), QByteArray::number(items.constFirst()->data(0, ClauseIdRole).toLongLong()));
    return data;
}

Qt::DropActions ClauseTreeWidget::supportedDropActions() const
{
    return Qt::MoveAction;
}

void ClauseTreeWidget::dropPlace(qint64 clauseId, const QPoint& where, qint64* parentId, int* position) const
{
    QTreeWidgetItem* target = itemAt(where);
    const auto siblingsWithout = [clauseId](QTreeWidgetItem* parent, const QTreeWidget* tree) {
        QList<qint64> ids;
        const int count = parent ? parent->childCount() : tree->topLevelItemCount();
        for (int i = 0; i < count; ++i) {
            const qint64 id = (parent ? parent->child(i) : tree->topLevelItem(i))->data(0, ClauseIdRole).toLongLong();
            if (id != clauseId)
                ids.append(id);
        }
        return ids;
    };
    if (!target) {
        *parentId = 0;
        *position = int(siblingsWithout(nullptr, this).size());
        return;
    }
    // The same bands as QAbstractItemView: the top and bottom edges mean above and below.
    const QRect rect = visualItemRect(target);
    const int margin = std::clamp(int(rect.height() / 5.5), 2, 12);
    const qint64 targetId = target->data(0, ClauseIdRole).toLongLong();
    if (where.y() - rect.top() >= margin && rect.bottom() - where.y() >= margin) {
        *parentId = targetId;
        *position = int(siblingsWithout(target, this).size());
        return;
    }
    QTreeWidgetItem* parent = target->parent();
    *parentId = parent ? parent->data(0, ClauseIdRole).toLongLong() : 0;
    const QList<qint64> siblings = siblingsWithout(parent, this);
    const int index = int(siblings.indexOf(targetId));
    *position = where.y() - rect.top() < margin ? std::max(0, index) : index + 1;
}

void ClauseTreeWidget::dropEvent(QDropEvent* event)
{
    const QMimeData* data = event->mimeData();
    if (!data || !data->hasFormat(QLatin1String(MimeType))) {
        event->ignore();
        return;
    }
    // The view moves the clause and rebuilds the tree: the drag must not remove the item.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    dropClause(data->data(QLatin1String(MimeType)).toLongLong(), event->position().toPoint());
}

void ClauseTreeWidget::dropClause(qint64 clauseId, const QPoint& where)
{
    qint64 parentId = 0;
    int position = 0;
    dropPlace(clauseId, where, &parentId, &position);
    // Later: the move rebuilds the tree, which must not happen inside the drop's own handler.
    QTimer::singleShot(0, this, [this, clauseId, parentId, position] { Q_EMIT clauseDropped(clauseId, parentId, position); });
}
