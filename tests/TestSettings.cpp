// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "settings/Settings.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::setTestInstance(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    void defaults()
    {
        Settings& s = Settings::instance();
        QCOMPARE(s.reviewIntervalMonths(), 12);
        QCOMPARE(s.value(Settings::Key::PaperSize).toString(), QStringLiteral("A4"));
        QCOMPARE(s.value(Settings::Key::PdfA).toBool(), true);
        QVERIFY(s.value(Settings::Key::LastExportFolder).toString().isEmpty());
        QVERIFY(s.uiLanguage().isEmpty());
        QVERIFY(!s.reviewerName().isEmpty());
    }

    void storesAndResets()
    {
        Settings& s = Settings::instance();
        s.setValue(Settings::Key::ReviewIntervalMonths, 6);
        s.setSplitterState(QStringLiteral("register"), QByteArray("\x01\x02", 2));
        s.sync();
        Settings::setTestInstance(m_dir.filePath(QStringLiteral("settings.ini")));
        Settings& reread = Settings::instance();
        QCOMPARE(reread.reviewIntervalMonths(), 6);
        QCOMPARE(reread.splitterState(QStringLiteral("register")), QByteArray("\x01\x02", 2));
        QVERIFY(reread.splitterState(QStringLiteral("other")).isEmpty());
        reread.reset(Settings::Key::ReviewIntervalMonths);
        QCOMPARE(reread.reviewIntervalMonths(), 12);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
