// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "settings/Settings.h"
#include "settings/Translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestTranslator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Settings::setTestInstance(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    void embeddedTranslations_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("nl") << QStringLiteral("nl");
        QTest::newRow("it") << QStringLiteral("it");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void embeddedTranslations()
    {
        QFETCH(QString, code);
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/registro_%1.qm").arg(code)), qPrintable(code));
    }

    void install_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("translated");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("nl") << QStringLiteral("Opdrachten:");
        QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("it") << QStringLiteral("Comandi:");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("fr") << QStringLiteral("Commandes :");
        QTest::newRow("region") << QStringLiteral("nl-BE") << QStringLiteral("nl") << QStringLiteral("Opdrachten:");
        QTest::newRow("english") << QStringLiteral("en") << QStringLiteral("en") << QStringLiteral("Commands:");
        QTest::newRow("unknown falls back to English") << QStringLiteral("de") << QStringLiteral("en")
                                                        << QStringLiteral("Commands:");
    }

    void install()
    {
        QFETCH(QString, requested);
        QFETCH(QString, expected);
        QFETCH(QString, translated);
        QCOMPARE(Translator::install(requested), expected);
        QCOMPARE(Translator::currentLanguage(), expected);
        QCOMPARE(QCoreApplication::translate("CommandLine", "Commands:"), translated);
    }

    void qtTranslationFollows()
    {
        // qtbase_nl.qm from qt6-translations-l10n: QDialogButtonBox's "Cancel".
        Translator::install(QStringLiteral("nl"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuleren"));
        Translator::install(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void fromSettings()
    {
        Settings::instance().setValue(Settings::Key::UiLanguage, QStringLiteral("it"));
        Translator::installFromSettings();
        QCOMPARE(Translator::currentLanguage(), QStringLiteral("it"));
        Settings::instance().reset(Settings::Key::UiLanguage);
        // The tests run with LANGUAGE=en and LC_ALL=C.UTF-8: the system default is English.
        Translator::installFromSettings();
        QCOMPARE(Translator::currentLanguage(), QStringLiteral("en"));
    }

    void nativeNames()
    {
        QCOMPARE(Translator::nativeName(QStringLiteral("nl")), QStringLiteral("Nederlands"));
        QCOMPARE(Translator::nativeName(QStringLiteral("it")), QStringLiteral("Italiano"));
        QCOMPARE(Translator::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTranslator)
#include "TestTranslator.moc"
