// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QVariant>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QToolButton;

/**
 * A multi-select picker over a vocabulary: a filter line above a list of checkable terms,
 * optionally grouped in sections. Typing a term that is not in the list and pressing Enter asks
 * for it to be created (newItemRequested()).
 */
class ChecklistPicker : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistPicker(QWidget* parent = nullptr);

    void setPlaceholderText(const QString& text);
    /** Shows a button with @p text that asks for a new item named by the filter text. */
    void setNewItemButtonText(const QString& text);
    /** Whether Enter on an unknown term asks for a new item. */
    void setCreatesItems(bool creates);

    void clear();
    void addSection(const QString& title);
    /** Adds a checkable item with @p key; returns it for further decoration. */
    QListWidgetItem* addItem(const QString& text, const QVariant& key, const QString& toolTip = {});
    /** Adds (or finds) the item @p key and checks it, without emitting checkedChanged(). */
    void addCheckedItem(const QString& text, const QVariant& key);

    void setCheckedKeys(const QVariantList& keys);
    QVariantList checkedKeys() const;
    QStringList checkedStrings() const;
    QList<qint64> checkedIds() const;
    /** Checks or unchecks @p key as the user would (emits checkedChanged()). */
    bool setChecked(const QVariant& key, bool checked);

    QLineEdit* filterEdit() const { return m_filter; }
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    /** The user checked or unchecked an item. */
    void checkedChanged();
    void newItemRequested(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter(const QString& text);
    void acceptFilter();
    QListWidgetItem* findKey(const QVariant& key) const;

    QLineEdit* m_filter;
    QListWidget* m_list;
    QToolButton* m_newButton;
    bool m_createsItems = false;
    bool m_updating = false;
};
