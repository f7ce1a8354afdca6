// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "settings/RecentFiles.h"
#include "settings/Settings.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestRecentFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void add_data();
    void add();
    void keepsAtMostTen();
    void removeMissing();
    void roundTripThroughSettings();

private:
    QTemporaryDir m_dir;
};

void TestRecentFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Settings::setTestInstance(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestRecentFiles::add_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QString>("added");
    QTest::addColumn<QStringList>("after");

    const QString a = QStringLiteral("/w/a.registro");
    const QString b = QStringLiteral("/w/b.registro");
    const QString c = QStringLiteral("/w/c.registro");
    QTest::newRow("into empty") << QStringList() << a << QStringList{a};
    QTest::newRow("new goes first") << QStringList{a, b} << c << QStringList{c, a, b};
    QTest::newRow("known moves to front") << QStringList{a, b, c} << c << QStringList{c, a, b};
    QTest::newRow("already first") << QStringList{a, b} << a << QStringList{a, b};
    QTest::newRow("same file, other spelling") << QStringList{a, b} << QStringLiteral("/w/./x/../b.registro")
                                               << QStringList{b, a};
    QTest::newRow("empty path ignored") << QStringList{a} << QString() << QStringList{a};
    QTest::newRow("duplicates in storage") << QStringList{a, b, a} << c << QStringList{c, a, b};
}

void TestRecentFiles::add()
{
    QFETCH(QStringList, before);
    QFETCH(QString, added);
    QFETCH(QStringList, after);
    RecentFiles recent(before);
    recent.add(added);
    QCOMPARE(recent.paths(), after);
}

void TestRecentFiles::keepsAtMostTen()
{
    RecentFiles recent;
    for (int i = 0; i < 15; ++i)
        recent.add(QStringLiteral("/w/%1.registro").arg(i));
    QCOMPARE(recent.paths().size(), RecentFiles::MaxCount);
    QCOMPARE(recent.paths().first(), QStringLiteral("/w/14.registro"));
    QCOMPARE(recent.paths().last(), QStringLiteral("/w/5.registro"));
}

void TestRecentFiles::removeMissing()
{
    const QString present = m_dir.filePath(QStringLiteral("present.registro"));
    QFile file(present);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString missing = m_dir.filePath(QStringLiteral("missing.registro"));
    RecentFiles recent({missing, present});
    QCOMPARE(recent.paths().size(), 2); // not dropped until asked
    QCOMPARE(recent.removeMissing(), 1);
    QCOMPARE(recent.paths(), QStringList{present});
}

void TestRecentFiles::roundTripThroughSettings()
{
    RecentFiles recent;
    recent.add(QStringLiteral("/w/one.registro"));
    recent.add(QStringLiteral("/w/two.registro"));
    recent.save();
    QCOMPARE(Settings::instance().recentWorkspaces(),
             (QStringList{QStringLiteral("/w/two.registro"), QStringLiteral("/w/one.registro")}));
    QCOMPARE(RecentFiles::fromSettings().paths(), recent.paths());
    RecentFiles().save();
    QVERIFY(RecentFiles::fromSettings().paths().isEmpty());
}

QTEST_GUILESS_MAIN(TestRecentFiles)
#include "TestRecentFiles.moc"
