// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "register/ChecklistPicker.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int KeyRole = Qt::UserRole + 1;
constexpr int SectionRole = Qt::UserRole + 2;

} // namespace

ChecklistPicker::ChecklistPicker(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_newButton(new QToolButton(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_newButton);
    layout->addLayout(top);
    layout->addWidget(m_list);
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter"));
    m_newButton->hide();
    m_list->setUniformItemSizes(false);
    m_list->setMaximumHeight(140);
    m_list->setMinimumHeight(80);
    setFocusProxy(m_filter);
    m_filter->installEventFilter(this);

    connect(m_filter, &QLineEdit::textChanged, this, &ChecklistPicker::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, &ChecklistPicker::acceptFilter);
    connect(m_newButton, &QToolButton::clicked, this, [this] {
        const QString text = m_filter->text().simplified();
        if (text.isEmpty()) {
            m_filter->setFocus();
            return;
        }
        Q_EMIT newItemRequested(text);
        m_filter->clear();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem*) {
        if (!m_updating)
            Q_EMIT checkedChanged();
    });
}

bool ChecklistPicker::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the filter line moves into the list, where Space ticks the current term.
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        m_list->setFocus();
        if (!m_list->currentItem() || m_list->currentItem()->isHidden()) {
            for (int row = 0; row < m_list->count(); ++row) {
                if (!m_list->item(row)->isHidden() && !m_list->item(row)->data(SectionRole).toBool()) {
                    m_list->setCurrentRow(row);
                    break;
                }
            }
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ChecklistPicker::setCreatesItems(bool creates)
{
    m_createsItems = creates;
    if (creates)
        m_filter->setPlaceholderText(tr("Filter, or type a new term and press Enter"));
}

void ChecklistPicker::setPlaceholderText(const QString& text)
{
    m_filter->setPlaceholderText(text);
}

void ChecklistPicker::setNewItemButtonText(const QString& text)
{
    m_newButton->setText(text);
    m_newButton->setToolTip(tr("Creates an item named by the text typed on the left"));
    m_newButton->setVisible(!text.isEmpty());
}

void ChecklistPicker::clear()
{
    m_updating = true;
    m_list->clear();
    m_updating = false;
}

void ChecklistPicker::addSection(const QString& title)
{
    m_updating = true;
    auto* item = new QListWidgetItem(title, m_list);
    item->setFlags(Qt::ItemIsEnabled);
    item->setData(SectionRole, true);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    m_updating = false;
}

QListWidgetItem* ChecklistPicker::addItem(const QString& text, const QVariant& key, const QString& toolTip)
{
    m_updating = true;
    auto* item = new QListWidgetItem(text, m_list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    item->setData(KeyRole, key);
    if (!toolTip.isEmpty())
        item->setToolTip(toolTip);
    m_updating = false;
    return item;
}

void ChecklistPicker::addCheckedItem(const QString& text, const QVariant& key)
{
    QListWidgetItem* item = findKey(key);
    if (!item)
        item = addItem(text, key);
    m_updating = true;
    item->setCheckState(Qt::Checked);
    m_updating = false;
}

QListWidgetItem* ChecklistPicker::findKey(const QVariant& key) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (!item->data(SectionRole).toBool() && item->data(KeyRole) == key)
            return item;
    }
    return nullptr;
}

void ChecklistPicker::setCheckedKeys(const QVariantList& keys)
{
    m_updating = true;
    bool sections = false;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        sections = sections || item->data(SectionRole).toBool();
        if (!item->data(SectionRole).toBool())
            item->setCheckState(keys.contains(item->data(KeyRole)) ? Qt::Checked : Qt::Unchecked);
    }
    // Without sections, the chosen terms come first so that they show without scrolling.
    if (!sections) {
        int next = 0;
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->checkState() == Qt::Checked)
                m_list->insertItem(next++, m_list->takeItem(row));
        }
    }
    m_list->scrollToTop();
    m_updating = false;
}

QVariantList ChecklistPicker::checkedKeys() const
{
    QVariantList keys;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (!item->data(SectionRole).toBool() && item->checkState() == Qt::Checked)
            keys.append(item->data(KeyRole));
    }
    return keys;
}

QStringList ChecklistPicker::checkedStrings() const
{
    QStringList strings;
    for (const QVariant& key : checkedKeys())
        strings.append(key.toString());
    return strings;
}

QList<qint64> ChecklistPicker::checkedIds() const
{
    QList<qint64> ids;
    for (const QVariant& key : checkedKeys())
        ids.append(key.toLongLong());
    return ids;
}

bool ChecklistPicker::setChecked(const QVariant& key, bool checked)
{
    QListWidgetItem* item = findKey(key);
    if (!item)
        return false;
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return true;
}

void ChecklistPicker::applyFilter(const QString& text)
{
    const QString wanted = text.simplified();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        item->setHidden(!wanted.isEmpty() && !item->data(SectionRole).toBool()
                        && !item->text().contains(wanted, Qt::CaseInsensitive));
    }
}

void ChecklistPicker::acceptFilter()
{
    const QString text = m_filter->text().simplified();
    if (text.isEmpty())
        return;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (!item->data(SectionRole).toBool() && item->text().compare(text, Qt::CaseInsensitive) == 0) {
            item->setCheckState(Qt::Checked);
            m_filter->clear();
            return;
        }
    }
    if (m_createsItems) {
        Q_EMIT newItemRequested(text);
        m_filter->clear();
    }
}
