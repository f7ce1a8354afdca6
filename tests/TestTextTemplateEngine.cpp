// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/TextTemplateEngine.h"

#include <QProcess>
#include <QTest>

// The template engine plugin: loaded ahead of time or on first use, and kept out of the programs'
// own start-up.
class TestTextTemplateEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preloadedEngineRendersAndEscapes()
    {
        TextTemplateEngine::preload();
        TextTemplateEngine::preload(); // a second call waits for nothing and loads nothing twice
        QString error;
        TextTemplateEngine* engine = TextTemplateEngine::instance(&error);
        QVERIFY2(engine, qPrintable(error));
        QCOMPARE(TextTemplateEngine::instance(), engine);
        QVERIFY(!engine->version().isEmpty());
        const auto output = engine->render(QStringLiteral("Name: {{ name }}{% if big %} (big){% endif %}"),
                                           {{QStringLiteral("name"), QStringLiteral("**Acme** <b>")}, {QStringLiteral("big"), true}});
        QVERIFY2(output.error.isEmpty(), qPrintable(output.error));
        QCOMPARE(output.text, QStringLiteral("Name: \\*\\*Acme\\*\\* \\<b\\> (big)"));
    }

    void errorsComeBackWithoutText()
    {
        TextTemplateEngine* engine = TextTemplateEngine::instance();
        QVERIFY(engine);
        const auto output = engine->render(QStringLiteral("One\n{% nosuchtag %}"), {});
        QVERIFY(output.text.isEmpty());
        QVERIFY2(output.error.contains(QLatin1String("nosuchtag")), qPrintable(output.error));
    }

    // No file is read: the loader tags are not there.
    void includeIsRefused()
    {
        const auto output = TextTemplateEngine::instance()->render(QStringLiteral("{% include \"/etc/passwd\" %}"), {});
        QVERIFY(!output.error.isEmpty());
        QVERIFY(!output.text.contains(QLatin1String("root:")));
    }

    // registro-cli starts without KTextTemplate and what it brings (Qt Qml, Qt Network).
    void commandLineDoesNotLinkTheEngine()
    {
        QProcess readelf;
        readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), QStringLiteral(REGISTRO_BIN_DIR "/registro-cli")});
        QVERIFY(readelf.waitForFinished(30000));
        const QString needed = QString::fromUtf8(readelf.readAllStandardOutput());
        QVERIFY2(needed.contains(QLatin1String("libQt6Core")), qPrintable(needed));
        QVERIFY(!needed.contains(QLatin1String("TextTemplate")));
        QVERIFY(!needed.contains(QLatin1String("Qt6Qml")));
        QVERIFY(!needed.contains(QLatin1String("Qt6Network")));
    }
};

QTEST_GUILESS_MAIN(TestTextTemplateEngine)
#include "TestTextTemplateEngine.moc"
