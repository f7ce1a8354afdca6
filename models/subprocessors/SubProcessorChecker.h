// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "checks/RegisterChecker.h"
#include "domain/Records.h"

#include <QHash>
#include <QList>

class Database;

/**
 * Consistency checks of the sub-processor list: transfers without a safeguard, "not required"
 * where one is needed, DPF outside the US, sub-processors no activity uses.
 */
class SubProcessorChecker
{
public:
    explicit SubProcessorChecker(Database& db);

    /** Findings for one sub-processor, as stored or as being edited. */
    QList<Finding> check(const SubProcessor& subProcessor);
    /** Findings for every stored sub-processor, by id (sub-processors without findings left out). */
    QHash<qint64, QList<Finding>> checkAll();

private:
    Database& m_db;
};
