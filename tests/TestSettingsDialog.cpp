// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "settings/AboutDialog.h"
#include "settings/GuideBrowser.h"
#include "settings/Settings.h"
#include "settings/SettingsDialog.h"
#include "settings/Translator.h"
#include "settings/UserGuideDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        // A fresh settings file per test function.
        static int n = 0;
        Settings::setTestInstance(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++n)));
        Translator::install(QStringLiteral("en"));
    }

    void showsDefaults()
    {
        SettingsDialog dialog;
        QCOMPARE(child<QComboBox>(dialog, "uiLanguage")->currentData().toString(), QString());
        QCOMPARE(child<QComboBox>(dialog, "uiLanguage")->currentText(), QStringLiteral("System default"));
        QCOMPARE(child<QSpinBox>(dialog, "reviewInterval")->value(), 12);
        QCOMPARE(child<QComboBox>(dialog, "holidayRegion")->currentData().toString(), QStringLiteral("nl_nl"));
        QVERIFY(child<QComboBox>(dialog, "holidayRegion")->count() > 50);
        QCOMPARE(child<QComboBox>(dialog, "paperSize")->currentData().toString(), QStringLiteral("A4"));
        QVERIFY(child<QCheckBox>(dialog, "pdfA")->isChecked());
        QCOMPARE(child<QLineEdit>(dialog, "reviewerName")->text(), Settings::instance().reviewerName());
    }

    void storesValues()
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* name = child<QLineEdit>(dialog, "reviewerName");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("  Anna de Vries "));
        auto* interval = child<QSpinBox>(dialog, "reviewInterval");
        interval->selectAll();
        QTest::keyClicks(interval, QStringLiteral("6"));
        auto* region = child<QComboBox>(dialog, "holidayRegion");
        const int italy = region->findData(QStringLiteral("it_it"));
        QVERIFY(italy >= 0);
        region->setCurrentIndex(italy);
        child<QComboBox>(dialog, "paperSize")->setCurrentIndex(1);
        QTest::keyClick(child<QCheckBox>(dialog, "pdfA"), Qt::Key_Space);
        QTest::keyClick(child<QCheckBox>(dialog, "watermark"), Qt::Key_Space);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const Settings& settings = Settings::instance();
        QCOMPARE(settings.reviewerName(), QStringLiteral("Anna de Vries"));
        QCOMPARE(settings.reviewIntervalMonths(), 6);
        QCOMPARE(settings.holidayRegion(), QStringLiteral("it_it"));
        QCOMPARE(settings.value(Settings::Key::PaperSize).toString(), QStringLiteral("Letter"));
        QCOMPARE(settings.value(Settings::Key::PdfA).toBool(), false);
        QCOMPARE(settings.value(Settings::Key::DraftWatermark).toBool(), false);
        QCOMPARE(settings.uiLanguage(), QString());

        // A new dialog shows what was stored.
        SettingsDialog again;
        QCOMPARE(child<QSpinBox>(again, "reviewInterval")->value(), 6);
        QCOMPARE(child<QComboBox>(again, "paperSize")->currentData().toString(), QStringLiteral("Letter"));
    }

    void unknownHolidayRegionIsKept()
    {
        Settings::instance().setValue(Settings::Key::HolidayRegion, QStringLiteral("xx_nowhere"));
        SettingsDialog dialog;
        QCOMPARE(child<QComboBox>(dialog, "holidayRegion")->currentIndex(), -1);
        child<QSpinBox>(dialog, "reviewInterval")->setValue(24);
        dialog.accept();
        QCOMPARE(Settings::instance().holidayRegion(), QStringLiteral("xx_nowhere"));
        QCOMPARE(Settings::instance().reviewIntervalMonths(), 24);
    }

    void cancelStoresNothing()
    {
        SettingsDialog dialog;
        child<QSpinBox>(dialog, "reviewInterval")->setValue(30);
        child<QComboBox>(dialog, "uiLanguage")->setCurrentIndex(
            child<QComboBox>(dialog, "uiLanguage")->findData(QStringLiteral("fr")));
        dialog.reject();
        QCOMPARE(Settings::instance().reviewIntervalMonths(), 12);
        QCOMPARE(Settings::instance().uiLanguage(), QString());
        QCOMPARE(Translator::currentLanguage(), QStringLiteral("en"));
    }

    void restoreDefaults()
    {
        Settings::instance().setValue(Settings::Key::ReviewIntervalMonths, 3);
        Settings::instance().setValue(Settings::Key::PaperSize, QStringLiteral("Letter"));
        SettingsDialog dialog;
        QCOMPARE(child<QSpinBox>(dialog, "reviewInterval")->value(), 3);
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QCOMPARE(child<QSpinBox>(dialog, "reviewInterval")->value(), 12);
        dialog.accept();
        QCOMPARE(Settings::instance().reviewIntervalMonths(), 12);
        QCOMPARE(Settings::instance().value(Settings::Key::PaperSize).toString(), QStringLiteral("A4"));
    }

    void switchLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("title");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Registro instellen");
        QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("Configura Registro");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Configurer Registro");
    }

    void switchLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QString, title);
        SettingsDialog dialog;
        QSignalSpy changed(&dialog, &SettingsDialog::uiLanguageChanged);
        auto* language = child<QComboBox>(dialog, "uiLanguage");
        language->setCurrentIndex(language->findData(code));
        dialog.accept();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), code);
        QCOMPARE(Settings::instance().uiLanguage(), code);
        QCOMPARE(Translator::currentLanguage(), code);
        // A dialog built now speaks the language, and so do Qt's own strings.
        SettingsDialog translated;
        QCOMPARE(translated.windowTitle(), title);
        QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));

        // Back to the system default (English in the test environment).
        auto* again = child<QComboBox>(translated, "uiLanguage");
        again->setCurrentIndex(again->findData(QString()));
        translated.accept();
        QCOMPARE(Translator::currentLanguage(), QStringLiteral("en"));
        QCOMPARE(SettingsDialog().windowTitle(), QStringLiteral("Configure Registro"));
    }

    void aboutListsDependencies()
    {
        AboutDialog dialog;
        auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("dependencies"));
        QVERIFY(list);
        QStringList names;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            names << list->topLevelItem(i)->text(0);
            QVERIFY2(!list->topLevelItem(i)->text(1).isEmpty(), qPrintable(names.constLast()));
        }
        for (const char* expected : {"Qt", "SQLite", "libexttextcat", "KDE Frameworks: KHolidays"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("title"))->text().contains(QStringLiteral(REGISTRO_VERSION_STRING)));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("licence"))->text().contains(QStringLiteral("GPL-3.0-or-later")));
    }

    void guideShowsShippedText()
    {
        UserGuideDialog dialog;
        const QString text = dialog.browser()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Keeping the register")));
        QVERIFY(text.contains(QStringLiteral("Issuing an agreement")));
        QVERIFY(text.contains(QStringLiteral("Reviewing translations")));
    }

    void guideRefusesOutsideResources_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("guide") << QUrl(QStringLiteral("qrc:/registro/help/guide.en.md")) << true;
        QTest::newRow("https") << QUrl(QStringLiteral("https://registro.example/track.png")) << false;
        QTest::newRow("file") << QUrl::fromLocalFile(QStringLiteral("/etc/passwd")) << false;
        QTest::newRow("relative") << QUrl(QStringLiteral("image.png")) << false;
        QTest::newRow("other resource") << QUrl(QStringLiteral("qrc:/registro/reference/countries.json")) << false;
        QTest::newRow("escape") << QUrl(QStringLiteral("qrc:/registro/help/../reference/countries.json")) << false;
    }

    void guideRefusesOutsideResources()
    {
        QFETCH(QUrl, url);
        QFETCH(bool, allowed);
        QCOMPARE(GuideBrowser::isAllowed(url), allowed);
        GuideBrowser browser;
        QCOMPARE(browser.loadResource(QTextDocument::ImageResource, url).isValid(), allowed);
    }

    void appIconRenders()
    {
        // The hicolor icon is valid SVG that renders to something (not a blank image).
        QSvgRenderer renderer(QStringLiteral(REGISTRO_SOURCE_DIR "/packaging/linux/io.github.registro.Registro.svg"));
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.defaultSize(), QSize(128, 128));
        QImage icon(64, 64, QImage::Format_ARGB32_Premultiplied);
        icon.fill(Qt::transparent);
        QPainter painter(&icon);
        renderer.render(&painter);
        painter.end();
        QVERIFY(icon.pixelColor(32, 32).alpha() > 0);
        QCOMPARE(icon.pixelColor(2, 2).alpha(), 0);
        if (qEnvironmentVariableIsSet("REGISTRO_SAVE_ICON"))
            icon.save(qEnvironmentVariable("REGISTRO_SAVE_ICON"));
    }

private:
    template<typename T>
    static T* child(QWidget& parent, const char* name)
    {
        T* widget = parent.findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    static QPushButton* okButton(QWidget& dialog)
    {
        return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
