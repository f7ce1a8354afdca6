// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"

#include "core/Schema.h"
#include "core/SqlDialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

#include <filesystem>

namespace {

QString connectionNameFor(const QString& path)
{
    return QStringLiteral("registro-%1-%2").arg(QFileInfo(path).fileName(),
                                                QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QString defaultUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

QString auditText(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return {};
    return value.toString();
}

QString idListText(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : std::as_const(ids))
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

} // namespace

int Database::currentSchemaVersion()
{
    return Schema::migrations().constLast().version;
}

Database::Database(const QString& path, const QString& connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
    , m_userName(defaultUserName())
{
}

Database::~Database()
{
    while (m_transactionDepth > 0)
        rollback();
    closeConnection();
}

bool Database::openConnection(bool readOnly, QString* error)
{
    m_db = QSqlDatabase::addDatabase(SqlDialect::driverName(), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY") : QString());
    if (!m_db.open()) {
        if (error)
            *error = tr("Could not open %1: %2").arg(m_path, m_db.lastError().text());
        return false;
    }
    return true;
}

void Database::closeConnection()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::applyConnectionPragmas(QString* error)
{
    for (const QString& pragma : SqlDialect::connectionPragmas()) {
        run(pragma);
        if (hasError()) {
            if (error)
                *error = tr("Could not configure %1: %2").arg(m_path, m_lastError);
            return false;
        }
    }
    return true;
}

std::unique_ptr<Database> Database::create(const QString& path, QString* error, int schemaVersion)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        if (error)
            *error = tr("%1 already exists; choose another file name.").arg(path);
        return nullptr;
    }
    if (schemaVersion < 1 || schemaVersion > currentSchemaVersion()) {
        if (error)
            *error = tr("Schema version %1 is not one this version of Registro can write.").arg(schemaVersion);
        return nullptr;
    }
    std::unique_ptr<Database> db(new Database(path, connectionNameFor(path)));
    if (!db->openConnection(false, error) || !db->applyConnectionPragmas(error))
        return nullptr;
    db->run(SqlDialect::writeApplicationId(ApplicationId));
    if (db->hasError() || !db->migrateTo(schemaVersion, error)) {
        if (error && error->isEmpty())
            *error = db->lastError();
        db.reset();
        QFile::remove(path);
        return nullptr;
    }
    return db;
}

std::unique_ptr<Database> Database::open(const QString& path, QString* error)
{
    return open(path, error, QString());
}

QString Database::fingerprint(const QString& path)
{
    auto part = [](const QString& file) -> QString {
        std::error_code code;
        const std::filesystem::path native(file.toStdString());
        const auto size = std::filesystem::file_size(native, code);
        if (code)
            return QStringLiteral("-");
        const auto time = std::filesystem::last_write_time(native, code);
        if (code)
            return QStringLiteral("-");
        return QStringLiteral("%1@%2").arg(size).arg(time.time_since_epoch().count());
    };
    const QString main = part(path);
    if (main == QLatin1String("-"))
        return {};
    return main + QLatin1Char('/') + part(path + QStringLiteral("-wal"));
}

std::unique_ptr<Database> Database::open(const QString& path, QString* error, const QString& verifiedFingerprint)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return nullptr;
    };

    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("%1 does not exist.").arg(path));
    if (!info.isFile() || !info.isReadable())
        return fail(tr("%1 is not a readable file.").arg(path));

    // Look at the header ourselves before SQLite touches the file at all.
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Could not read %1: %2").arg(path, file.errorString()));
        const QByteArray header = file.read(16);
        if (header != QByteArrayLiteral("SQLite format 3\0"))
            return fail(tr("%1 is not a Registro workspace (it is not a SQLite database).").arg(path));
    }

    // Compared before any connection exists: opening one may create the -wal and -shm files.
    const bool unchanged = !verifiedFingerprint.isEmpty() && verifiedFingerprint == fingerprint(path);
    int fileVersion = 0;
    {
        // Every check runs on a read-only connection: a refused file stays as it was.
        Database probe(path, connectionNameFor(path));
        QString openError;
        if (!probe.openConnection(true, &openError))
            return fail(openError);
        const QVariant appId = probe.scalar(SqlDialect::readApplicationId());
        if (probe.hasError())
            return fail(tr("%1 is damaged and cannot be read: %2").arg(path, probe.lastError()));
        if (appId.toLongLong() != ApplicationId)
            return fail(tr("%1 is a SQLite database but not a Registro workspace.").arg(path));
        const QVariant integrity = unchanged ? QVariant(QStringLiteral("ok")) : probe.scalar(SqlDialect::integrityCheck());
        if (probe.hasError() || integrity.toString() != QLatin1String("ok"))
            return fail(tr("%1 is damaged (the integrity check failed: %2). Restore it from a backup; "
                           "Registro has not changed it.")
                            .arg(path, probe.hasError() ? probe.lastError() : integrity.toString()));
        fileVersion = probe.scalar(SqlDialect::readSchemaVersion()).toInt();
        if (fileVersion > currentSchemaVersion())
            return fail(tr("%1 was written by a newer version of Registro (schema %2; this version reads up "
                           "to %3). Update Registro to open it.")
                            .arg(path)
                            .arg(fileVersion)
                            .arg(currentSchemaVersion()));
        if (fileVersion < 1)
            return fail(tr("%1 is not a complete Registro workspace (schema version %2).").arg(path).arg(fileVersion));
    }

    if (!info.isWritable())
        return fail(tr("%1 is read-only; Registro needs to write to the workspace.").arg(path));

    if (fileVersion < currentSchemaVersion()) {
        const QString backup = QStringLiteral("%1.v%2.bak").arg(path).arg(fileVersion);
        QFile::remove(backup);
        if (!QFile::copy(path, backup))
            return fail(tr("Could not back up %1 before upgrading it to the new format.").arg(path));
    }

    std::unique_ptr<Database> db(new Database(path, connectionNameFor(path)));
    if (!db->openConnection(false, error) || !db->applyConnectionPragmas(error))
        return nullptr;
    if (fileVersion < currentSchemaVersion() && !db->migrateTo(currentSchemaVersion(), error))
        return nullptr;
    return db;
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(SqlDialect::readSchemaVersion()) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Database::migrateTo(int targetVersion, QString* error)
{
    const int from = schemaVersion();
    Transaction transaction(*this);
    if (!transaction.isActive()) {
        if (error)
            *error = tr("Could not start the upgrade of %1: %2").arg(m_path, m_lastError);
        return false;
    }
    for (const Migration& step : Schema::migrations()) {
        if (step.version <= from || step.version > targetVersion)
            continue;
        for (const QString& statement : step.statements) {
            run(statement);
            if (hasError()) {
                if (error)
                    *error = tr("Upgrading %1 to schema %2 (%3) failed: %4")
                                 .arg(m_path)
                                 .arg(step.version)
                                 .arg(step.name, m_lastError);
                return false;
            }
        }
        run(SqlDialect::writeSchemaVersion(step.version));
        if (hasError()) {
            if (error)
                *error = m_lastError;
            return false;
        }
    }
    if (!transaction.commit()) {
        if (error)
            *error = tr("Could not save the upgrade of %1: %2").arg(m_path, m_lastError);
        return false;
    }
    return true;
}

QSqlQuery Database::run(const QString& sql, const QVariantList& bindings)
{
    m_lastError.clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        return query;
    }
    for (const QVariant& value : bindings) {
        // A null QString is "no text", not SQL NULL: NULL is bound only for an invalid QVariant.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        m_lastError = query.lastError().text();
    return query;
}

QVariant Database::scalar(const QString& sql, const QVariantList& bindings)
{
    QSqlQuery query = run(sql, bindings);
    if (!hasError() && query.next())
        return query.value(0);
    return {};
}

QList<QVariantList> Database::rows(const QString& sql, const QVariantList& bindings)
{
    QList<QVariantList> result;
    QSqlQuery query = run(sql, bindings);
    if (hasError())
        return result;
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(query.value(i));
        result.append(row);
    }
    return result;
}

QList<QVariantMap> Database::records(const QString& sql, const QVariantList& bindings)
{
    QList<QVariantMap> result;
    QSqlQuery query = run(sql, bindings);
    if (hasError())
        return result;
    const QSqlRecord shape = query.record();
    while (query.next()) {
        QVariantMap row;
        for (int i = 0; i < shape.count(); ++i)
            row.insert(shape.fieldName(i), query.value(i));
        result.append(row);
    }
    return result;
}

bool Database::begin()
{
    if (m_transactionDepth == 0) {
        run(SqlDialect::beginTransaction());
        if (hasError())
            return false;
        m_pendingChanges.clear();
    } else {
        run(SqlDialect::savepoint(m_transactionDepth));
        if (hasError())
            return false;
    }
    ++m_transactionDepth;
    return true;
}

bool Database::commit()
{
    if (m_transactionDepth <= 0)
        return false;
    if (m_transactionDepth == 1) {
        // Keep the error of a failed COMMIT for the caller; the transaction is then rolled back.
        run(QStringLiteral("COMMIT"));
        if (hasError()) {
            const QString commitError = m_lastError;
            run(QStringLiteral("ROLLBACK"));
            m_transactionDepth = 0;
            m_pendingChanges.clear();
            m_lastError = commitError;
            return false;
        }
        m_transactionDepth = 0;
        const auto changes = std::exchange(m_pendingChanges, {});
        for (const auto& [table, rowId] : changes)
            Q_EMIT tableChanged(table, rowId);
        return true;
    }
    --m_transactionDepth;
    run(SqlDialect::releaseSavepoint(m_transactionDepth));
    return !hasError();
}

bool Database::rollback()
{
    if (m_transactionDepth <= 0)
        return false;
    const QString previousError = m_lastError;
    if (m_transactionDepth == 1) {
        run(QStringLiteral("ROLLBACK"));
        m_pendingChanges.clear();
    } else {
        run(SqlDialect::rollbackToSavepoint(m_transactionDepth - 1));
        run(SqlDialect::releaseSavepoint(m_transactionDepth - 1));
    }
    --m_transactionDepth;
    const bool ok = !hasError();
    // The caller wants to see why the transaction failed, not that the rollback succeeded.
    if (ok)
        m_lastError = previousError;
    return ok;
}

void Database::notifyChanged(const QString& table, qint64 rowId)
{
    if (m_transactionDepth > 0) {
        const QPair<QString, qint64> change(table, rowId);
        if (!m_pendingChanges.contains(change))
            m_pendingChanges.append(change);
    } else {
        Q_EMIT tableChanged(table, rowId);
    }
}

bool Database::audit(const QString& table, qint64 rowId, const QString& field, const QString& oldValue,
                     const QString& newValue)
{
    run(QStringLiteral("INSERT INTO audit_log (at, user, table_name, row_id, field, old_value, new_value) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_userName, table, rowId, field,
         oldValue.isNull() ? QVariant() : QVariant(oldValue), newValue.isNull() ? QVariant() : QVariant(newValue)});
    return !hasError();
}

QVariantMap Database::rowSnapshot(const QString& table, qint64 id)
{
    const auto found = records(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id});
    return found.isEmpty() ? QVariantMap() : found.constFirst();
}

std::optional<qint64> Database::insert(const QString& table, const QVariantMap& values)
{
    Q_ASSERT(SqlDialect::isIdentifier(table));
    Transaction transaction(*this);
    if (!transaction.isActive())
        return std::nullopt;
    QStringList columns;
    QStringList placeholders;
    QVariantList bindings;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        Q_ASSERT(SqlDialect::isIdentifier(it.key()));
        columns.append(it.key());
        placeholders.append(QStringLiteral("?"));
        bindings.append(it.value());
    }
    const QString sql = columns.isEmpty()
        ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(table)
        : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
              .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
    QSqlQuery query = run(sql, bindings);
    if (hasError())
        return std::nullopt;
    const qint64 id = query.lastInsertId().toLongLong();
    query.finish(); // a statement still in progress would block RELEASE SAVEPOINT
    if (!audit(table, id, QStringLiteral("*"), QString(), QStringLiteral("created")))
        return std::nullopt;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString text = auditText(it.value());
        if (!text.isEmpty() && !audit(table, id, it.key(), QString(), text))
            return std::nullopt;
    }
    notifyChanged(table, id);
    if (!transaction.commit())
        return std::nullopt;
    return id;
}

bool Database::update(const QString& table, qint64 id, const QVariantMap& changes)
{
    Q_ASSERT(SqlDialect::isIdentifier(table));
    Transaction transaction(*this);
    if (!transaction.isActive())
        return false;
    const QVariantMap before = rowSnapshot(table, id);
    if (hasError())
        return false;
    if (before.isEmpty()) {
        m_lastError = tr("The record no longer exists (%1 %2).").arg(table).arg(id);
        return false;
    }
    QStringList assignments;
    QVariantList bindings;
    QList<QPair<QString, QPair<QString, QString>>> changed;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        Q_ASSERT(SqlDialect::isIdentifier(it.key()));
        const QString oldText = auditText(before.value(it.key()));
        const QString newText = auditText(it.value());
        const bool nullChanged = before.value(it.key()).isNull() != it.value().isNull();
        if (oldText == newText && !nullChanged)
            continue;
        assignments.append(QStringLiteral("%1 = ?").arg(it.key()));
        bindings.append(it.value());
        changed.append({it.key(), {oldText, newText}});
    }
    if (assignments.isEmpty())
        return transaction.commit();
    bindings.append(id);
    run(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QStringLiteral(", "))),
        bindings);
    if (hasError())
        return false;
    for (const auto& [field, values] : std::as_const(changed)) {
        if (!audit(table, id, field, values.first, values.second))
            return false;
    }
    notifyChanged(table, id);
    return transaction.commit();
}

bool Database::remove(const QString& table, qint64 id)
{
    Q_ASSERT(SqlDialect::isIdentifier(table));
    Transaction transaction(*this);
    if (!transaction.isActive())
        return false;
    const QVariantMap before = rowSnapshot(table, id);
    if (hasError())
        return false;
    if (before.isEmpty()) {
        m_lastError = tr("The record no longer exists (%1 %2).").arg(table).arg(id);
        return false;
    }
    run(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
    if (hasError())
        return false;
    const QString snapshot = QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(before)).toJson(QJsonDocument::Compact));
    if (!audit(table, id, QStringLiteral("*"), snapshot, QStringLiteral("deleted")))
        return false;
    notifyChanged(table, id);
    return transaction.commit();
}

bool Database::replaceLinks(const QString& linkTable, const QString& ownerColumn, qint64 ownerId,
                            const QString& targetColumn, const QList<qint64>& targets, const QString& auditTable,
                            const QString& auditField)
{
    Q_ASSERT(SqlDialect::isIdentifier(linkTable) && SqlDialect::isIdentifier(ownerColumn)
             && SqlDialect::isIdentifier(targetColumn));
    Transaction transaction(*this);
    if (!transaction.isActive())
        return false;
    QList<qint64> before;
    const auto existing = rows(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(targetColumn, linkTable, ownerColumn),
                               {ownerId});
    if (hasError())
        return false;
    for (const auto& row : existing)
        before.append(row.constFirst().toLongLong());
    QList<qint64> after = targets;
    std::sort(after.begin(), after.end());
    after.erase(std::unique(after.begin(), after.end()), after.end());
    if (idListText(before) == idListText(after))
        return transaction.commit();
    run(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(linkTable, ownerColumn), {ownerId});
    if (hasError())
        return false;
    const QString insertSql = QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?)").arg(linkTable, ownerColumn, targetColumn);
    for (const qint64 target : std::as_const(after)) {
        run(insertSql, {ownerId, target});
        if (hasError())
            return false;
    }
    if (!audit(auditTable, ownerId, auditField, idListText(before), idListText(after)))
        return false;
    notifyChanged(auditTable, ownerId);
    return transaction.commit();
}

bool Database::hasFts5()
{
    const QVariant value = scalar(QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')"));
    return value.toInt() == 1;
}
