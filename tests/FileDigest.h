// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

// The tests' check that a refused file was left exactly as it was.

#include <QCryptographicHash>
#include <QFile>

/** The SHA-256 of the file at @p path; empty when it cannot be read. */
inline QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
