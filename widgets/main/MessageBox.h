// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QMessageBox>
#include <QString>

/**
 * Message boxes behind a seam: tests call setNextAnswer() and the next box returns that answer
 * at once instead of showing itself; lastText() says what it would have shown.
 */
class MessageBox
{
public:
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    /** The next message box returns @p answer without showing. */
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /** The text of the last message box, shown or answered by setNextAnswer(). */
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};
