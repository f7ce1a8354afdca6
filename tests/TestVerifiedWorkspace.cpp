// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "FileDigest.h"

#include "core/Database.h"
#include "settings/Settings.h"
#include "settings/VerifiedWorkspace.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

class TestVerifiedWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;


    QString newWorkspace(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        auto db = Database::create(path, &error);
        if (!db)
            return {};
        for (int i = 0; i < 200; ++i)
            db->run(QStringLiteral("INSERT INTO vocabulary (kind, name) VALUES ('purpose', ?)"),
                    {QStringLiteral("Purpose number %1 with some text to fill the pages").arg(i)});
        db->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        return path;
    }

    // Garbage over the last page (a page of the table's rows); with @p keepTime, the file's time
    // and size stay what they were: damage that only a full check sees.
    static bool damage(const QString& path, bool keepTime)
    {
        const std::filesystem::path native(path.toStdString());
        const auto time = std::filesystem::last_write_time(native);
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite))
            return false;
        file.seek(file.size() - 4096);
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        if (keepTime)
            std::filesystem::last_write_time(native, time);
        return true;
    }

    static QString recorded(const QString& path)
    {
        return Settings::instance().value(Settings::Key::VerifiedWorkspaces).toMap().value(path).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::setTestInstance(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    void closingRemembersTheFile()
    {
        const QString path = newWorkspace(QStringLiteral("remembered.registro"));
        QVERIFY(!path.isEmpty());
        QVERIFY(recorded(path).isEmpty());
        {
            QString error;
            VerifiedWorkspace workspace = VerifiedWorkspace::open(path, &error);
            QVERIFY2(workspace, qPrintable(error));
            QVERIFY(recorded(path).isEmpty()); // not before it is closed
        }
        QCOMPARE(recorded(path), Database::fingerprint(path));
    }

    // The record spares the full check while the file is as Registro left it; check always runs it.
    void unchangedFileSkipsTheFullCheckUnlessAskedFor()
    {
        const QString path = newWorkspace(QStringLiteral("unchanged.registro"));
        QString error;
        QVERIFY(VerifiedWorkspace::open(path, &error));
        QVERIFY(!recorded(path).isEmpty());
        QVERIFY(damage(path, true));
        QCOMPARE(Database::fingerprint(path), recorded(path));
        // Without the full check the damage goes unseen until a query reads it: the documented trade-off.
        {
            std::unique_ptr<Database> unchecked = VerifiedWorkspace::open(path, &error).release();
            QVERIFY2(unchecked, qPrintable(error));
        }
        const QByteArray before = fileDigest(path);
        QVERIFY(!VerifiedWorkspace::open(path, &error, VerifiedWorkspace::Check::Always));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QCOMPARE(fileDigest(path), before);
    }

    void changedFileIsCheckedAgain()
    {
        const QString path = newWorkspace(QStringLiteral("changed.registro"));
        QString error;
        QVERIFY(VerifiedWorkspace::open(path, &error));
        const QString remembered = recorded(path);
        QVERIFY(damage(path, false));
        QVERIFY(Database::fingerprint(path) != remembered);
        const QByteArray before = fileDigest(path);
        QVERIFY(!VerifiedWorkspace::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(recorded(path), remembered); // a refused file is not remembered
    }

    void releasedDatabaseIsRememberedByItsNewOwner()
    {
        const QString path = newWorkspace(QStringLiteral("released.registro"));
        QString error;
        std::unique_ptr<Database> db = VerifiedWorkspace::open(path, &error).release();
        QVERIFY2(db, qPrintable(error));
        QVERIFY(recorded(path).isEmpty());
        db.reset();
        VerifiedWorkspace::remember(path);
        QCOMPARE(recorded(path), Database::fingerprint(path));
    }
};

QTEST_GUILESS_MAIN(TestVerifiedWorkspace)
#include "TestVerifiedWorkspace.moc"
