// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/** One step of the workspace schema: applied to a file at version - 1, leaves it at version. */
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

namespace Schema {

/** All steps, in order; the last one's version is the current schema version. */
const QList<Migration>& migrations();

} // namespace Schema
