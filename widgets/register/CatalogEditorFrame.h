// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

class QAbstractItemView;
class QAction;
class QLabel;
class QVBoxLayout;
class QWidget;

/**
 * What the catalogue editors (data categories, security measures) share around their list:
 * Insert and Delete on the list, tool buttons for both above it, and a line for the error
 * message of the last change.
 */
namespace CatalogEditorFrame {

/** Sets up @p editor's layout with the buttons and @p message; the caller adds the list and details below. */
QVBoxLayout* build(QWidget* editor, QAbstractItemView* list, QAction* add, QAction* remove, QLabel* message);

} // namespace CatalogEditorFrame
