// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QTest>

// The shared-mime-info package in packaging/linux, read by Qt's own MIME database the way a
// desktop reads it: a workspace is recognised by its name and, renamed, by its content.
class TestWorkspaceMimeType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("data/mime/packages"))));
        QVERIFY(QFile::copy(QStringLiteral(REGISTRO_SOURCE_DIR "/packaging/linux/io.github.registro.Registro.xml"),
                            m_dir.filePath(QStringLiteral("data/mime/packages/io.github.registro.Registro.xml"))));
        // Before the first QMimeDatabase: our directory first, then the system's.
        qputenv("XDG_DATA_DIRS", (m_dir.filePath(QStringLiteral("data")) + QStringLiteral(":/usr/share")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("home")).toLocal8Bit());

        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("company.registro")), &error);
        QVERIFY2(db, qPrintable(error));
        db.reset();
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("company.registro")), m_dir.filePath(QStringLiteral("renamed.bin"))));

        // An SQLite file that is not a workspace (no application id).
        QFile plain(m_dir.filePath(QStringLiteral("other.bin")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        QByteArray header("SQLite format 3");
        header.append('\0');
        header.append(QByteArray(100 - header.size(), '\0'));
        plain.write(header);
        plain.close();
    }

    void detects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("workspace");
        QTest::newRow("by name") << QStringLiteral("company.registro") << true;
        QTest::newRow("by content") << QStringLiteral("renamed.bin") << true;
        QTest::newRow("other SQLite file") << QStringLiteral("other.bin") << false;
    }

    void detects()
    {
        QFETCH(QString, file);
        QFETCH(bool, workspace);
        QMimeDatabase mimes;
        const QMimeType type = mimes.mimeTypeForFile(m_dir.filePath(file));
        QCOMPARE(type.name() == QLatin1String("application/x-registro-workspace"), workspace);
    }

    void describesType()
    {
        QMimeDatabase mimes;
        const QMimeType type = mimes.mimeTypeForName(QStringLiteral("application/x-registro-workspace"));
        QVERIFY(type.isValid());
        QCOMPARE(type.globPatterns(), QStringList{QStringLiteral("*.registro")});
        QCOMPARE(type.preferredSuffix(), QStringLiteral("registro"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestWorkspaceMimeType)
#include "TestWorkspaceMimeType.moc"
