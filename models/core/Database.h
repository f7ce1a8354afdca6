// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

/**
 * A workspace: one SQLite file holding one organisation's register.
 *
 * Database owns the connection and is the only place that issues SQL. Repositories build
 * their statements and run them through it; every write is audited and runs inside a
 * transaction (nested writes become savepoints).
 */
class Database : public QObject
{
    Q_OBJECT

public:
    /** The schema version this build writes; files with a higher version are refused. */
    static int currentSchemaVersion();
    /** PRAGMA application_id of every Registro workspace ("RGST"). */
    static constexpr qint32 ApplicationId = 0x52475354;

    /**
     * Creates a new, empty workspace at @p path (which must not exist or be empty) at schema
     * version @p schemaVersion (the current one unless a test asks for an older one).
     */
    static std::unique_ptr<Database> create(const QString& path, QString* error,
                                            int schemaVersion = currentSchemaVersion());

    /**
     * Opens an existing workspace. Before anything is written the file is checked: it must be
     * a SQLite file, carry Registro's application id, pass PRAGMA integrity_check and have a
     * schema version this build knows. A refused file is left byte-for-byte unchanged. An
     * older workspace is copied to "<path>.v<N>.bak" and then migrated in one transaction.
     */
    static std::unique_ptr<Database> open(const QString& path, QString* error);
    /**
     * Same, but skips the full PRAGMA integrity_check (seconds on a large register) when the
     * file's fingerprint still equals @p verifiedFingerprint: the fingerprint() Registro recorded
     * when it last closed the file after a successful check. Every other check still runs.
     */
    static std::unique_ptr<Database> open(const QString& path, QString* error, const QString& verifiedFingerprint);
    /** Size and modification time (nanoseconds) of the file and its WAL; empty when it is missing. */
    static QString fingerprint(const QString& path);

    ~Database() override;

    QString filePath() const { return m_path; }
    int schemaVersion() const;

    /** The name recorded in the audit log for changes made through this connection. */
    void setUserName(const QString& name) { m_userName = name; }
    QString userName() const { return m_userName; }

    /** Runs one statement with positional bindings. On failure lastError() says why. */
    QSqlQuery run(const QString& sql, const QVariantList& bindings = {});
    /** Runs a statement and returns its first column of its first row, or an invalid QVariant. */
    QVariant scalar(const QString& sql, const QVariantList& bindings = {});
    /** Runs a statement and returns all rows, each a list of column values. */
    QList<QVariantList> rows(const QString& sql, const QVariantList& bindings = {});
    /** Runs a statement and returns its rows as maps from column name to value. */
    QList<QVariantMap> records(const QString& sql, const QVariantList& bindings = {});

    QString lastError() const { return m_lastError; }
    bool hasError() const { return !m_lastError.isEmpty(); }
    void clearError() { m_lastError.clear(); }

    /** Audited writes. Table and column names come from code, never from the user. */
    std::optional<qint64> insert(const QString& table, const QVariantMap& values);
    bool update(const QString& table, qint64 id, const QVariantMap& changes);
    bool remove(const QString& table, qint64 id);
    /**
     * Replaces the set of links (ownerColumn = ownerId, targetColumn = each target) in
     * @p linkTable and records one audit entry on (@p auditTable, ownerId, @p auditField)
     * with the old and new sets.
     */
    bool replaceLinks(const QString& linkTable, const QString& ownerColumn, qint64 ownerId,
                      const QString& targetColumn, const QList<qint64>& targets,
                      const QString& auditTable, const QString& auditField);
    /** Records an audit entry for a change that is not a plain column write. */
    bool audit(const QString& table, qint64 rowId, const QString& field, const QString& oldValue,
               const QString& newValue);

    /** Transactions nest: the outermost is BEGIN IMMEDIATE, inner ones are savepoints. */
    bool begin();
    bool commit();
    bool rollback();
    int transactionDepth() const { return m_transactionDepth; }

    /** Whether SQLite was built with FTS5. */
    bool hasFts5();

Q_SIGNALS:
    /** Emitted after a committed change to @p table (rowId -1: several rows). */
    void tableChanged(const QString& table, qint64 rowId);

private:
    explicit Database(const QString& path, const QString& connectionName);
    bool openConnection(bool readOnly, QString* error);
    void closeConnection();
    bool applyConnectionPragmas(QString* error);
    bool migrateTo(int targetVersion, QString* error);
    void notifyChanged(const QString& table, qint64 rowId);
    QVariantMap rowSnapshot(const QString& table, qint64 id);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_lastError;
    QString m_userName;
    int m_transactionDepth = 0;
    QList<QPair<QString, qint64>> m_pendingChanges;
};

/** RAII transaction: rolls back unless commit() was called. */
class Transaction
{
public:
    explicit Transaction(Database& db)
        : m_db(db)
        , m_active(db.begin())
    {
    }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }

private:
    Database& m_db;
    bool m_active;
};
