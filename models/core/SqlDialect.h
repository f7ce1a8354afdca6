// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QString>
#include <QStringList>

/**
 * Everything that is specific to SQLite's dialect, in one place, so that a PostgreSQL
 * backend can replace it later.
 */
namespace SqlDialect {

/** The Qt SQL driver name. */
QString driverName();
/** Statements run on every new connection (foreign keys, WAL, timeouts). */
QStringList connectionPragmas();
/** Reads and writes the schema version and the file's application id. */
QString readSchemaVersion();
QString writeSchemaVersion(int version);
QString readApplicationId();
QString writeApplicationId(qint32 id);
/** A statement whose single result row is "ok" when the file is sound. */
QString integrityCheck();
/** Statements that begin, commit and roll back transactions and savepoints. */
QString beginTransaction();
QString savepoint(int depth);
QString releaseSavepoint(int depth);
QString rollbackToSavepoint(int depth);
/** A full-text index on @p columns, keyed by the owning table's integer id. */
QString createFullTextTable(const QString& name, const QStringList& columns);
/**
 * Turns what a user typed into a full-text query: each word matched as a prefix, all words
 * required, quotes and operators neutralised. Empty when there is nothing to search for.
 */
QString fullTextQuery(const QString& userText);
/** Whether @p identifier is safe to splice into SQL as a table or column name. */
bool isIdentifier(const QString& identifier);

} // namespace SqlDialect
