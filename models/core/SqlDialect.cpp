// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/SqlDialect.h"

#include <QRegularExpression>

namespace SqlDialect {

QString driverName()
{
    return QStringLiteral("QSQLITE");
}

QStringList connectionPragmas()
{
    return {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    };
}

QString readSchemaVersion()
{
    return QStringLiteral("PRAGMA user_version");
}

QString writeSchemaVersion(int version)
{
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QString readApplicationId()
{
    return QStringLiteral("PRAGMA application_id");
}

QString writeApplicationId(qint32 id)
{
    return QStringLiteral("PRAGMA application_id = %1").arg(id);
}

QString integrityCheck()
{
    return QStringLiteral("PRAGMA integrity_check(1)");
}

QString beginTransaction()
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString savepoint(int depth)
{
    return QStringLiteral("SAVEPOINT registro_sp_%1").arg(depth);
}

QString releaseSavepoint(int depth)
{
    return QStringLiteral("RELEASE SAVEPOINT registro_sp_%1").arg(depth);
}

QString rollbackToSavepoint(int depth)
{
    return QStringLiteral("ROLLBACK TO SAVEPOINT registro_sp_%1").arg(depth);
}

QString createFullTextTable(const QString& name, const QStringList& columns)
{
    return QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, tokenize = 'unicode61 remove_diacritics 2', "
                          "prefix = '2 3')")
        .arg(name, columns.join(QStringLiteral(", ")));
}

QString fullTextQuery(const QString& userText)
{
    static const QRegularExpression wordPattern(QStringLiteral("[\\p{L}\\p{N}_]+"));
    QStringList terms;
    auto it = wordPattern.globalMatch(userText);
    while (it.hasNext()) {
        const QString word = it.next().captured(0);
        // Each word becomes a quoted prefix query: "word"*. Quoting keeps FTS5 keywords
        // (AND, OR, NEAR, NOT) and column filters from being interpreted.
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

bool isIdentifier(const QString& identifier)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return pattern.match(identifier).hasMatch();
}

} // namespace SqlDialect
