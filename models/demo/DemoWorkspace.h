// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

class Database;

/**
 * The demo workspace: an invented European SaaS company that is both controller and processor.
 * Its content ships as JSON in the resources (resources/demo/demo-workspace.json) and is written
 * into a workspace through the repositories, in one transaction.
 */
class DemoWorkspace
{
public:
    /** Fills @p db (a new, empty workspace) with the shipped demo content. */
    static bool populate(Database& db, QString* error);
    /** Fills @p db with the demo content in @p json; nothing is written when it fails. */
    static bool populate(Database& db, const QByteArray& json, QString* error);
    /** The shipped demo content. */
    static QByteArray shippedJson();

    /**
     * Ids given to the demo's keys, per kind ("party", "category", "measure", "subprocessor",
     * "activity"), for content that later features add (agreements, planned changes).
     */
    using KeyMap = QHash<QString, QHash<QString, qint64>>;
};
