// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "register/CatalogRepository.h"
#include "register/MeasureCatalogEditor.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

class TestMeasureCatalogEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addEditUndo();
    void deleteInUseRefused();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<MeasureCatalogEditor> m_editor;
};

void TestMeasureCatalogEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMeasureCatalogEditor::init()
{
    static int n = 0;
    QString error;
    m_db = Database::create(m_dir.filePath(QStringLiteral("w%1.registro").arg(++n)), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(DemoWorkspace::populate(*m_db, &error), qPrintable(error));
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<MeasureCatalogEditor>(*m_db, m_stack.get());
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
}

void TestMeasureCatalogEditor::cleanup()
{
    m_editor.reset();
    m_stack.reset();
    m_db.reset();
}

void TestMeasureCatalogEditor::addEditUndo()
{
    CatalogRepository catalog(*m_db);
    const int count = int(catalog.measures().size());
    auto* tree = m_editor->findChild<QTreeWidget*>(QStringLiteral("measures"));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Insert);
    QTRY_COMPARE(int(catalog.measures().size()), count + 1);
    auto* title = m_editor->findChild<QLineEdit*>(QStringLiteral("title"));
    QTRY_VERIFY(title->hasFocus());
    QTest::keyClicks(title, QStringLiteral("Clean desk policy"));
    QTest::keyClick(title, Qt::Key_Return);
    const qint64 id = m_editor->currentMeasureId();
    QTRY_COMPARE(catalog.measure(id)->title, QStringLiteral("Clean desk policy"));
    m_stack->undo();
    QCOMPARE(catalog.measure(id)->title, QStringLiteral("New measure"));
    m_stack->undo();
    QCOMPARE(int(catalog.measures().size()), count);
    m_stack->redo();
    QCOMPARE(int(catalog.measures().size()), count + 1);
}

void TestMeasureCatalogEditor::deleteInUseRefused()
{
    CatalogRepository catalog(*m_db);
    qint64 used = 0;
    for (const SecurityMeasure& m : catalog.measures()) {
        if (used == 0 && !catalog.activitiesUsingMeasure(m.id).isEmpty())
            used = m.id;
    }
    QVERIFY(used != 0);
    m_editor->selectMeasure(used);
    QVERIFY(m_editor->findChild<QListWidget*>(QStringLiteral("whereUsed"))->count() > 0);
    const int count = int(catalog.measures().size());
    m_editor->deleteAction()->trigger();
    auto* message = m_editor->findChild<QLabel*>(QStringLiteral("message"));
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(int(catalog.measures().size()), count);
    QCOMPARE(m_stack->count(), 0);
}

QTEST_MAIN(TestMeasureCatalogEditor)
#include "TestMeasureCatalogEditor.moc"
