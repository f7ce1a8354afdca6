// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QString>

class QWidget;

/**
 * File dialogs behind a seam: tests call setNextFileName() and the next dialog returns that
 * name at once instead of showing itself.
 */
class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                   const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                   const QString& filter);

    /** The next dialog returns @p fileName (empty: as if cancelled) without showing. */
    static void setNextFileName(const QString& fileName);

private:
    static bool takeNext(QString* fileName);
};
