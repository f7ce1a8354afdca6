// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "main/MessageBox.h"

namespace {

QMessageBox::StandardButton& nextAnswer()
{
    static QMessageBox::StandardButton answer = QMessageBox::NoButton;
    return answer;
}

QString& lastShownText()
{
    static QString text;
    return text;
}

} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer() = answer;
}

QString MessageBox::lastText()
{
    return lastShownText();
}

QMessageBox::StandardButton MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                             const QString& text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    lastShownText() = text;
    if (const QMessageBox::StandardButton answer = std::exchange(nextAnswer(), QMessageBox::NoButton);
        answer != QMessageBox::NoButton)
        return answer;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}
