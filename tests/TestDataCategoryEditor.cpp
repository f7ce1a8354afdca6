// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "register/CatalogRepository.h"
#include "register/DataCategoryEditor.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestDataCategoryEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addCategory();
    void editWithUndo();
    void deleteInUseRefused();
    void deleteUnusedAndUndo();

private:
    qint64 categoryId(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<DataCategoryEditor> m_editor;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_name = nullptr;
};

void TestDataCategoryEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestDataCategoryEditor::init()
{
    static int n = 0;
    QString error;
    m_db = Database::create(m_dir.filePath(QStringLiteral("w%1.registro").arg(++n)), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(DemoWorkspace::populate(*m_db, &error), qPrintable(error));
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<DataCategoryEditor>(*m_db, m_stack.get());
    m_editor->resize(1000, 700);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    m_table = m_editor->findChild<QTableWidget*>(QStringLiteral("categories"));
    m_name = m_editor->findChild<QLineEdit*>(QStringLiteral("name"));
    QVERIFY(m_table && m_name);
}

void TestDataCategoryEditor::cleanup()
{
    m_editor.reset();
    m_stack.reset();
    m_db.reset();
}

qint64 TestDataCategoryEditor::categoryId(const QString& name)
{
    CatalogRepository catalog(*m_db);
    for (const DataCategory& c : catalog.dataCategories()) {
        if (c.name == name)
            return c.id;
    }
    return 0;
}

void TestDataCategoryEditor::addCategory()
{
    const int before = m_table->rowCount();
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_Insert);
    QTRY_COMPARE(m_table->rowCount(), before + 1);
    QTRY_VERIFY(m_name->hasFocus());
    QTest::keyClicks(m_name, QStringLiteral("Parking permit data"));
    QTest::keyClick(m_name, Qt::Key_Return);
    QTRY_VERIFY(categoryId(QStringLiteral("Parking permit data")) != 0);
    auto* retention = m_editor->findChild<QLineEdit*>(QStringLiteral("retention"));
    retention->setFocus();
    QTest::keyClicks(retention, QStringLiteral("Until the permit ends"));
    QTest::keyClick(retention, Qt::Key_Return);
    CatalogRepository catalog(*m_db);
    QTRY_COMPARE(catalog.dataCategory(categoryId(QStringLiteral("Parking permit data")))->retention,
                 QStringLiteral("Until the permit ends"));
    // Name and retention merge into one step; undoing it and the add leaves the catalogue as it was.
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_table->rowCount(), before);
    QCOMPARE(categoryId(QStringLiteral("Parking permit data")), 0);
}

void TestDataCategoryEditor::editWithUndo()
{
    const qint64 id = categoryId(QStringLiteral("Dietary requirements and allergies"));
    QVERIFY(id != 0);
    m_editor->selectCategory(id);
    QCOMPARE(m_name->text(), QStringLiteral("Dietary requirements and allergies"));
    m_name->setFocus();
    m_name->selectAll();
    QTest::keyClicks(m_name, QStringLiteral("Dietary needs"));
    QTest::keyClick(m_name, Qt::Key_Return);
    CatalogRepository catalog(*m_db);
    QTRY_COMPARE(catalog.dataCategory(id)->name, QStringLiteral("Dietary needs"));
    m_stack->undo();
    QCOMPARE(catalog.dataCategory(id)->name, QStringLiteral("Dietary requirements and allergies"));
    QCOMPARE(m_name->text(), QStringLiteral("Dietary requirements and allergies"));
    m_stack->redo();
    QCOMPARE(catalog.dataCategory(id)->name, QStringLiteral("Dietary needs"));

    // A duplicate name is refused at the field and stores nothing.
    m_name->selectAll();
    QTest::keyClicks(m_name, QStringLiteral("Job applicant data"));
    QTest::keyClick(m_name, Qt::Key_Return);
    auto* message = m_editor->findChild<QLabel*>(QStringLiteral("message"));
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(catalog.dataCategory(id)->name, QStringLiteral("Dietary needs"));
    QCOMPARE(m_stack->count(), 1);
}

void TestDataCategoryEditor::deleteInUseRefused()
{
    const qint64 id = categoryId(QStringLiteral("Employee sickness absence data"));
    QVERIFY(id != 0);
    m_editor->selectCategory(id);
    auto* whereUsed = m_editor->findChild<QListWidget*>(QStringLiteral("whereUsed"));
    QVERIFY(whereUsed->count() > 0);
    QVERIFY(!whereUsed->findItems(QStringLiteral("Sickness absence and reintegration"), Qt::MatchExactly).isEmpty());
    const int rows = m_table->rowCount();
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_Delete);
    auto* message = m_editor->findChild<QLabel*>(QStringLiteral("message"));
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->text().contains(QLatin1String("Remove it there first")));
    QCOMPARE(m_table->rowCount(), rows);
    QVERIFY(categoryId(QStringLiteral("Employee sickness absence data")) != 0);
    QCOMPARE(m_stack->count(), 0);
}

void TestDataCategoryEditor::deleteUnusedAndUndo()
{
    DataCategory unused;
    unused.name = QStringLiteral("Unused category");
    CatalogRepository catalog(*m_db);
    QVERIFY(catalog.saveDataCategory(unused));
    m_editor->reload();
    m_editor->selectCategory(unused.id);
    const int rows = m_table->rowCount();
    m_editor->deleteAction()->trigger();
    QCOMPARE(m_table->rowCount(), rows - 1);
    QCOMPARE(categoryId(QStringLiteral("Unused category")), 0);
    m_stack->undo();
    QCOMPARE(m_table->rowCount(), rows);
    QVERIFY(categoryId(QStringLiteral("Unused category")) != 0);
}

QTEST_MAIN(TestDataCategoryEditor)
#include "TestDataCategoryEditor.moc"
