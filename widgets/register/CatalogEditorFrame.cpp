// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "register/CatalogEditorFrame.h"

#include <QAbstractItemView>
#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace CatalogEditorFrame {

QVBoxLayout* build(QWidget* editor, QAbstractItemView* list, QAction* add, QAction* remove, QLabel* message)
{
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    message->hide();

    add->setShortcut(Qt::Key_Insert);
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    list->addAction(add);
    list->addAction(remove);

    auto* layout = new QVBoxLayout(editor);
    auto* buttons = new QHBoxLayout;
    for (QAction* action : {add, remove}) {
        auto* button = new QToolButton(editor);
        button->setDefaultAction(action);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(message);
    return layout;
}

} // namespace CatalogEditorFrame
