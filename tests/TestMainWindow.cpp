// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "FileDigest.h"

#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "itemmodels/ActivityTableModel.h"
#include "main/FileDialog.h"
#include "main/MainWindow.h"
#include "settings/Translator.h"
#include "main/MessageBox.h"
#include "register/ActivityRepository.h"
#include "register/RegisterView.h"
#include "settings/Settings.h"
#include "translation/GlossaryEditor.h"
#include "translation/GlossaryRepository.h"
#include "translation/GlossaryTableModel.h"
#include "translation/TranslationReviewView.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QMenuBar>
#include <QTreeWidget>
#include <QUndoStack>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheDemoRegister();
    void searchAsYouType();
    void findShortcutFocusesSearch();
    void filterByRole();
    void deleteUndoRedo();
    void deleteNeedsConfirmation();
    void newAndDuplicate();
    void refusesBadFile_data();
    void refusesBadFile();
    void newWorkspaceThroughDialog();
    void openRecentMenu();
    void layoutPersists();
    void switchesUiLanguage_data();
    void switchesUiLanguage();
    void glossarySection();

private:
    QString demoCopy(const QString& name);
    QStringList visibleNames();

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Settings::setTestInstance(m_dir.filePath(QStringLiteral("settings.ini")));
    m_demoPath = m_dir.filePath(QStringLiteral("template.registro"));
    QString error;
    auto db = Database::create(m_demoPath, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY2(DemoWorkspace::populate(*db, &error), qPrintable(error));
}

QString TestMainWindow::demoCopy(const QString& name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_demoPath, path))
        return {};
    return path;
}

void TestMainWindow::init()
{
    const QString path = demoCopy(QStringLiteral("demo.registro"));
    QVERIFY(!path.isEmpty());
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openWorkspace(path));
    QVERIFY(m_window->registerView());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

QStringList TestMainWindow::visibleNames()
{
    ActivityTableModel* model = m_window->registerView()->model();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, ActivityTableModel::Name).data().toString());
    return names;
}

void TestMainWindow::showsTheDemoRegister()
{
    RegisterView* view = m_window->registerView();
    QCOMPARE(view->table()->model()->rowCount(), 30);
    QCOMPARE(view->countLabel()->text(), QStringLiteral("30 of 30 activities"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("demo.registro — Registro"));
    QCOMPARE(m_window->currentSection(), QStringLiteral("register"));
    QCOMPARE(Settings::instance().recentWorkspaces().value(0), m_dir.filePath(QStringLiteral("demo.registro")));
    QVERIFY(view->currentActivityId() != 0);
    QVERIFY(view->duplicateAction()->isEnabled());
    QVERIFY(view->deleteAction()->isEnabled());
    QTRY_VERIFY(view->table()->isVisible());
    // The register and its editor fit a 1366 x 768 laptop screen, with the longest activity
    // name of the demo selected.
    QVERIFY2(m_window->minimumSizeHint().width() <= 1366, qPrintable(QString::number(m_window->minimumSizeHint().width())));
    // Sections nobody provides yet show a placeholder rather than nothing.
    QVERIFY(m_window->showSection(QStringLiteral("agreements")));
    QVERIFY(!view->isVisible());
    QVERIFY(m_window->showSection(QStringLiteral("register")));
    QVERIFY(!m_window->showSection(QStringLiteral("no-such-section")));
}

void TestMainWindow::searchAsYouType()
{
    RegisterView* view = m_window->registerView();
    QTest::keyClicks(view->searchBox(), QStringLiteral("payroll"));
    QTRY_VERIFY(view->model()->rowCount() > 0 && view->model()->rowCount() < 30);
    QVERIFY(visibleNames().contains(QStringLiteral("Payroll and employee benefits")));
    QCOMPARE(view->countLabel()->text(), QStringLiteral("%1 of 30 activities").arg(view->model()->rowCount()));
    QTest::keyClicks(view->searchBox(), QStringLiteral(" zyxwvut"));
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QCOMPARE(view->countLabel()->text(), QStringLiteral("0 of 30 activities"));
    view->searchBox()->clear();
    QTRY_COMPARE(view->model()->rowCount(), 30);
}

void TestMainWindow::findShortcutFocusesSearch()
{
    RegisterView* view = m_window->registerView();
    view->table()->setFocus();
    QTRY_VERIFY(view->table()->hasFocus());
    QTest::keyClick(view->table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(view->searchBox()->hasFocus());
}

void TestMainWindow::filterByRole()
{
    RegisterView* view = m_window->registerView();
    QComboBox* role = view->roleFilter();
    role->setCurrentIndex(role->findData(QStringLiteral("processor")));
    QTRY_COMPARE(view->model()->rowCount(), 10);
    QCOMPARE(view->countLabel()->text(), QStringLiteral("10 of 30 activities"));
    role->setCurrentIndex(role->findData(QStringLiteral("controller")));
    QTRY_COMPARE(view->model()->rowCount(), 20);
    // The navigation pane's register entries set the same filter.
    QVERIFY(m_window->showSection(QStringLiteral("register/processor")));
    QTRY_COMPARE(view->model()->rowCount(), 10);
    QVERIFY(m_window->showSection(QStringLiteral("register")));
    QTRY_COMPARE(view->model()->rowCount(), 30);
}

void TestMainWindow::deleteUndoRedo()
{
    RegisterView* view = m_window->registerView();
    Database& db = *m_window->database();
    ActivityRepository repository(db);
    const QString name = QStringLiteral("Support on behalf of customers");
    const auto before = repository.find(repository.idByName(name));
    QVERIFY(before);
    QVERIFY(!before->transfers.isEmpty() && !before->controllerIds.isEmpty() && !before->measureIds.isEmpty());

    view->selectActivity(before->id);
    QCOMPARE(view->currentActivityId(), before->id);
    view->table()->setFocus();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(view->table(), Qt::Key_Delete);
    QTRY_COMPARE(view->model()->totalCount(), 29);
    QVERIFY(MessageBox::lastText().contains(name));
    QCOMPARE(repository.idByName(name), 0);
    QVERIFY(!visibleNames().contains(name));

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(view->model()->totalCount(), 30);
    const auto restored = repository.find(repository.idByName(name));
    QVERIFY(restored);
    QCOMPARE(restored->description, before->description);
    QCOMPARE(restored->purposes, before->purposes);
    QCOMPARE(restored->legalBases, before->legalBases);
    QCOMPARE(restored->dataSubjects, before->dataSubjects);
    QCOMPARE(restored->dataCategoryIds, before->dataCategoryIds);
    QCOMPARE(restored->controllerIds, before->controllerIds);
    QCOMPARE(restored->measureIds, before->measureIds);
    QCOMPARE(restored->subProcessorIds, before->subProcessorIds);
    QCOMPARE(restored->transfers.size(), before->transfers.size());
    QCOMPARE(restored->transfers.first().country, before->transfers.first().country);
    QCOMPARE(restored->status, before->status);
    QCOMPARE(restored->nextReview, before->nextReview);
    QCOMPARE(restored->createdAt, before->createdAt);
    QCOMPARE(view->currentActivityId(), restored->id);
    // Found again by search: the full-text index was restored as well.
    QTest::keyClicks(view->searchBox(), QStringLiteral("behalf"));
    QTRY_VERIFY(visibleNames().contains(name));
    view->searchBox()->clear();

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(view->model()->totalCount(), 29);
    QCOMPARE(repository.idByName(name), 0);
    m_window->undoStack()->undo();
    QTRY_COMPARE(view->model()->totalCount(), 30);
    QVERIFY(repository.idByName(name) != 0);
}

void TestMainWindow::deleteNeedsConfirmation()
{
    RegisterView* view = m_window->registerView();
    const qint64 id = view->currentActivityId();
    QVERIFY(id != 0);
    MessageBox::setNextAnswer(QMessageBox::No);
    view->deleteAction()->trigger();
    QTest::qWait(50);
    QCOMPARE(view->model()->totalCount(), 30);
    QVERIFY(ActivityRepository(*m_window->database()).find(id));
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestMainWindow::newAndDuplicate()
{
    RegisterView* view = m_window->registerView();
    ActivityRepository repository(*m_window->database());
    QTest::keyClick(view->table(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(view->model()->totalCount(), 31);
    const qint64 created = repository.idByName(QStringLiteral("New activity"));
    QVERIFY(created != 0);
    QCOMPARE(view->currentActivityId(), created);

    const QString original = QStringLiteral("Payroll and employee benefits");
    view->selectActivity(repository.idByName(original));
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(view->model()->totalCount(), 32);
    const auto copy = repository.find(repository.idByName(QStringLiteral("Payroll and employee benefits (copy)")));
    QVERIFY(copy);
    QCOMPARE(copy->status, ActivityStatus::Draft);
    QCOMPARE(copy->purposes, repository.find(repository.idByName(original))->purposes);

    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    QTRY_COMPARE(view->model()->totalCount(), 30);
    QCOMPARE(repository.idByName(QStringLiteral("New activity")), 0);
}

void TestMainWindow::refusesBadFile_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::newRow("corrupt workspace") << QByteArrayLiteral("corrupt");
    QTest::newRow("text file") << QByteArrayLiteral("text");
    QTest::newRow("missing file") << QByteArrayLiteral("missing");
}

void TestMainWindow::refusesBadFile()
{
    QFETCH(QByteArray, kind);
    QString path = m_dir.filePath(QStringLiteral("bad.registro"));
    QFile::remove(path);
    if (kind == "corrupt") {
        path = demoCopy(QStringLiteral("bad.registro"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 5 * 4096);
        // Pages 2 to 4 hold table roots: overwrite them, keep the header.
        QVERIFY(file.seek(4096));
        QVERIFY(file.write(QByteArray(3 * 4096, '\xab')) == 3 * 4096);
        file.close();
    } else if (kind == "text") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name;role\nPayroll;controller\n");
    }
    const QByteArray hashBefore = fileDigest(path);

    const QString openPath = m_window->database()->filePath();
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("bad.registro")));
    // The refused file stays as it was, and the open workspace stays open.
    QCOMPARE(fileDigest(path), hashBefore); // empty for the missing file
    QVERIFY(m_window->database());
    QCOMPARE(m_window->database()->filePath(), openPath);
    QCOMPARE(m_window->registerView()->model()->rowCount(), 30);
}

void TestMainWindow::newWorkspaceThroughDialog()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh"));
    QFile::remove(path + QStringLiteral(".registro"));
    FileDialog::setNextFileName(path);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("fresh.registro — Registro"));
    QVERIFY(QFile::exists(path + QStringLiteral(".registro")));
    QCOMPARE(m_window->registerView()->model()->rowCount(), 0);
    QCOMPARE(m_window->undoStack()->count(), 0);

    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->database());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Registro"));
    QVERIFY(!m_window->registerView());
}

void TestMainWindow::openRecentMenu()
{
    const QString other = demoCopy(QStringLiteral("other.registro"));
    QVERIFY(m_window->openWorkspace(other));
    QMenu* recent = nullptr;
    for (QMenu* menu : m_window->findChildren<QMenu*>()) {
        if (menu->title() == QStringLiteral("Open &Recent"))
            recent = menu;
    }
    QVERIFY(recent);
    Q_EMIT recent->aboutToShow();
    const QList<QAction*> entries = recent->actions();
    QVERIFY(entries.size() >= 2);
    QCOMPARE(entries.at(0)->text(), QStringLiteral("other.registro"));
    QCOMPARE(entries.at(1)->text(), QStringLiteral("demo.registro"));
    entries.at(1)->trigger();
    QCOMPARE(m_window->windowTitle(), QStringLiteral("demo.registro — Registro"));
    // The menu is rebuilt each time it opens: the workspace just opened is now first.
    Q_EMIT recent->aboutToShow();
    QCOMPARE(recent->actions().at(0)->text(), QStringLiteral("demo.registro"));
}

void TestMainWindow::layoutPersists()
{
    Settings::instance().reset(Settings::Key::MainWindowGeometry);
    m_window->resize(1001, 703);
    QSplitter* splitter = m_window->registerView()->findChild<QSplitter*>();
    QVERIFY(splitter);
    splitter->setSizes({500, 300});
    Q_EMIT splitter->splitterMoved(500, 1);
    // The window may be held to its minimum or to the screen; what persists is the size it had.
    const QSize closedSize = m_window->size();
    QCOMPARE(closedSize.height(), 703);
    m_window->close();
    QVERIFY(!Settings::instance().value(Settings::Key::MainWindowGeometry).toByteArray().isEmpty());
    QVERIFY(!Settings::instance().splitterState(QStringLiteral("register")).isEmpty());

    MainWindow second;
    // Wider than the test screen, the window is held to the screen's width when restored.
    QCOMPARE(second.size().height(), closedSize.height());
}


void TestMainWindow::switchesUiLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("helpMenu");
    QTest::newRow("Dutch") << QStringLiteral("nl") << QStringLiteral("&Bestand") << QStringLiteral("&Help");
    QTest::newRow("Italian") << QStringLiteral("it") << QStringLiteral("&File") << QStringLiteral("&Aiuto");
    QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("&Fichier") << QStringLiteral("&Aide");
}

void TestMainWindow::switchesUiLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QFETCH(QString, helpMenu);
    auto menuTitles = [this] {
        QStringList titles;
        for (QAction* action : m_window->menuBar()->actions())
            titles.append(action->text());
        return titles;
    };
    QCOMPARE(menuTitles().constFirst(), QStringLiteral("&File"));
    QCOMPARE(Translator::install(language), language);
    QTRY_COMPARE(menuTitles().constFirst(), fileMenu);
    QTRY_VERIFY2(menuTitles().contains(helpMenu), qPrintable(menuTitles().join(QLatin1Char(' '))));
    // The navigation pane follows too.
    QTreeWidget* navigation = m_window->findChild<QTreeWidget*>();
    QStringList sections;
    for (int i = 0; i < navigation->topLevelItemCount(); ++i)
        sections.append(navigation->topLevelItem(i)->text(0));
    QVERIFY2(!sections.contains(QStringLiteral("Sub-processors")), qPrintable(sections.join(QLatin1Char(','))));
    QCOMPARE(Translator::install(QStringLiteral("en")), QStringLiteral("en"));
    QTRY_COMPARE(menuTitles().constFirst(), QStringLiteral("&File"));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"

void TestMainWindow::glossarySection()
{
    // Opening the workspace gave its untouched glossary the starter set (when the sections'
    // views are built, right after the register has painted).
    GlossaryRepository repository(*m_window->database());
    QTRY_COMPARE(repository.storedTerms(), Glossary::builtIn().terms());

    // Ctrl+G in the translation review opens the glossary section.
    QVERIFY(m_window->showSection(QStringLiteral("translation-review")));
    auto* review = m_window->findChild<TranslationReviewView*>();
    QVERIFY(review);
    QTRY_VERIFY(review->isVisible());
    review->setFocus();
    QTest::keyClick(review, Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), QStringLiteral("glossary"));
    auto* editor = m_window->findChild<GlossaryEditor*>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());

    // An edit there is undone by the window's Ctrl+Z.
    GlossaryTableModel* model = editor->model();
    const int row = model->rowOf(QStringLiteral("consent"));
    QVERIFY(model->setData(model->index(row, model->noteColumn()), QStringLiteral("Art. 7 GDPR")));
    QCOMPARE(repository.term(QStringLiteral("consent"))->note, QStringLiteral("Art. 7 GDPR"));
    QCOMPARE(m_window->undoStack()->count(), 1);
    editor->table()->setFocus();
    QTest::keyClick(editor->table(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(repository.term(QStringLiteral("consent"))->note, Glossary::builtIn().terms().at(row).note);
}
