// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "main/FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace {

std::optional<QString>& nextFileName()
{
    static std::optional<QString> next;
    return next;
}

} // namespace

void FileDialog::setNextFileName(const QString& fileName)
{
    nextFileName() = fileName;
}

bool FileDialog::takeNext(QString* fileName)
{
    auto& next = nextFileName();
    if (!next)
        return false;
    *fileName = *next;
    next.reset();
    return true;
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                    const QString& filter)
{
    QString fileName;
    if (takeNext(&fileName))
        return fileName;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                    const QString& filter)
{
    QString fileName;
    if (takeNext(&fileName))
        return fileName;
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}
