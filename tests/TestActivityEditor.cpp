// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "register/ActivityEditor.h"
#include "register/ActivityRepository.h"
#include "register/CatalogRepository.h"
#include "register/ChecklistPicker.h"
#include "settings/Settings.h"

#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QTemporaryDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QBoxLayout>
#include <QTest>
#include <QUndoStack>

class TestActivityEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editNameAndDescription();
    void undoRedo();
    void narrowEditorHasOneColumn();
    void emptyNameRefused();
    void duplicateNameRefused();
    void approve();
    void markReviewed();
    void specialCategoryFinding();
    void reviewDates();
    void transferFinding();
    void screenshot();

private:
    QStringList findingCodes() const;
    QPushButton* button(const QString& text) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ActivityEditor> m_editor;
    qint64 m_payroll = 0;
    QLineEdit* m_name = nullptr;
};

void TestActivityEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Settings::setTestInstance(m_dir.filePath(QStringLiteral("settings.ini")));
    Settings::instance().setValue(Settings::Key::ReviewerName, QStringLiteral("Dana Reviewer"));
    Settings::instance().setValue(Settings::Key::ReviewIntervalMonths, 6);
}

void TestActivityEditor::init()
{
    static int n = 0;
    QString error;
    m_db = Database::create(m_dir.filePath(QStringLiteral("w%1.registro").arg(++n)), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(DemoWorkspace::populate(*m_db, &error), qPrintable(error));
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<ActivityEditor>(*m_db, m_stack.get());
    ActivityRepository repository(*m_db);
    m_payroll = repository.idByName(QStringLiteral("Payroll and employee benefits"));
    QVERIFY(m_payroll != 0);
    m_editor->setActivity(m_payroll);
    m_editor->resize(1200, 800);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    m_name = m_editor->findChild<QLineEdit*>(QStringLiteral("name"));
    QVERIFY(m_name);
    QCOMPARE(m_name->text(), QStringLiteral("Payroll and employee benefits"));
}

void TestActivityEditor::cleanup()
{
    m_editor.reset();
    m_stack.reset();
    m_db.reset();
}

QStringList TestActivityEditor::findingCodes() const
{
    QStringList codes;
    auto* list = m_editor->findChild<QListWidget*>(QStringLiteral("findings"));
    for (int row = 0; list && row < list->count(); ++row)
        codes.append(list->item(row)->data(Qt::UserRole).toString());
    return codes;
}

QPushButton* TestActivityEditor::button(const QString& text) const
{
    for (QPushButton* b : m_editor->findChildren<QPushButton*>()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

void TestActivityEditor::editNameAndDescription()
{
    m_name->selectAll();
    QTest::keyClicks(m_name, QStringLiteral("Payroll"));
    QTest::keyClick(m_name, Qt::Key_Return);
    ActivityRepository repository(*m_db);
    QTRY_COMPARE(repository.find(m_payroll)->name, QStringLiteral("Payroll"));

    auto* description = m_editor->findChild<QPlainTextEdit*>(QStringLiteral("description"));
    QVERIFY(description);
    description->setFocus();
    QTRY_VERIFY(description->hasFocus());
    description->moveCursor(QTextCursor::End);
    QTest::keyClicks(description, QStringLiteral(" Checked monthly."));
    m_name->setFocus(); // leaving the field stores it
    QTRY_VERIFY(repository.find(m_payroll)->description.endsWith(QLatin1String(" Checked monthly.")));
    QCOMPARE(m_stack->count(), 2);

    // The History tab shows the audit log, newest first.
    auto* tabs = m_editor->findChild<QTabWidget*>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    auto* history = m_editor->findChild<QTableWidget*>(QStringLiteral("history"));
    QVERIFY(history && history->isVisible());
    QVERIFY(history->rowCount() >= 2);
    bool renamed = false;
    for (int row = 0; row < history->rowCount(); ++row)
        renamed = renamed || (history->item(row, 2)->text() == QLatin1String("name")
                              && history->item(row, 4)->text() == QLatin1String("Payroll"));
    QVERIFY(renamed);
}

void TestActivityEditor::narrowEditorHasOneColumn()
{
    // Wide: the two columns side by side, no horizontal scrolling.
    auto* scroll = m_editor->findChild<QScrollArea*>();
    QVERIFY(scroll);
    auto* columns = qobject_cast<QBoxLayout*>(scroll->widget()->layout());
    QVERIFY(columns);
    QTRY_COMPARE(columns->direction(), QBoxLayout::LeftToRight);
    // Narrow, as beside the register on a 1366-pixel screen: one column that fits.
    m_editor->resize(400, 800);
    QTRY_COMPARE(columns->direction(), QBoxLayout::TopToBottom);
    QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    m_editor->resize(1200, 800);
    QTRY_COMPARE(columns->direction(), QBoxLayout::LeftToRight);
}

void TestActivityEditor::undoRedo()
{
    ActivityRepository repository(*m_db);
    m_name->selectAll();
    QTest::keyClicks(m_name, QStringLiteral("Salaries"));
    QTest::keyClick(m_name, Qt::Key_Return);
    QTRY_COMPARE(repository.find(m_payroll)->name, QStringLiteral("Salaries"));
    // A second edit of the same field merges into one undo step.
    m_name->selectAll();
    QTest::keyClicks(m_name, QStringLiteral("Salaries and benefits"));
    QTest::keyClick(m_name, Qt::Key_Return);
    QTRY_COMPARE(repository.find(m_payroll)->name, QStringLiteral("Salaries and benefits"));
    QCOMPARE(m_stack->count(), 1);

    m_stack->undo();
    QCOMPARE(repository.find(m_payroll)->name, QStringLiteral("Payroll and employee benefits"));
    QCOMPARE(m_name->text(), QStringLiteral("Payroll and employee benefits"));
    m_stack->redo();
    QCOMPARE(repository.find(m_payroll)->name, QStringLiteral("Salaries and benefits"));
    QCOMPARE(m_name->text(), QStringLiteral("Salaries and benefits"));
}

void TestActivityEditor::emptyNameRefused()
{
    auto* message = m_editor->findChild<QLabel*>(QStringLiteral("nameMessage"));
    QVERIFY(message);
    QVERIFY(message->isHidden());
    m_name->selectAll();
    QTest::keyClick(m_name, Qt::Key_Delete);
    QTest::keyClick(m_name, Qt::Key_Return);
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->text().contains(QLatin1String("name")));
    QVERIFY(!m_name->styleSheet().isEmpty());
    QCOMPARE(m_name->text(), QString()); // the user's input stays
    QCOMPARE(m_stack->count(), 0); // the refused command is not on the stack
    ActivityRepository repository(*m_db);
    QCOMPARE(repository.find(m_payroll)->name, QStringLiteral("Payroll and employee benefits"));

    QTest::keyClicks(m_name, QStringLiteral("Payroll"));
    QTest::keyClick(m_name, Qt::Key_Return);
    QTRY_VERIFY(message->isHidden());
    QCOMPARE(repository.find(m_payroll)->name, QStringLiteral("Payroll"));
}

void TestActivityEditor::duplicateNameRefused()
{
    auto* message = m_editor->findChild<QLabel*>(QStringLiteral("nameMessage"));
    m_name->selectAll();
    QTest::keyClicks(m_name, QStringLiteral("marketing newsletter"));
    QTest::keyClick(m_name, Qt::Key_Return);
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->text().contains(QLatin1String("marketing newsletter")));
    QCOMPARE(m_name->text(), QStringLiteral("marketing newsletter"));
    QCOMPARE(m_stack->count(), 0);
    ActivityRepository repository(*m_db);
    QCOMPARE(repository.find(m_payroll)->name, QStringLiteral("Payroll and employee benefits"));
}

void TestActivityEditor::approve()
{
    QPushButton* approveButton = button(QStringLiteral("Approve"));
    QVERIFY(approveButton);
    ActivityRepository repository(*m_db);
    ProcessingActivity before = *repository.find(m_payroll);
    if (before.status == ActivityStatus::Approved) {
        before.status = ActivityStatus::InReview;
        QVERIFY(repository.save(before));
        m_editor->setActivity(m_payroll);
    }
    QVERIFY(approveButton->isEnabled());
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    QTest::mouseClick(approveButton, Qt::LeftButton);
    const ProcessingActivity after = *repository.find(m_payroll);
    QCOMPARE(after.status, ActivityStatus::Approved);
    QCOMPARE(after.approvedBy, QStringLiteral("Dana Reviewer"));
    QVERIFY(after.approvedAt >= start);
    QVERIFY(!approveButton->isEnabled());
    m_stack->undo();
    QCOMPARE(repository.find(m_payroll)->status, ActivityStatus::InReview);
}

void TestActivityEditor::markReviewed()
{
    QPushButton* reviewed = button(QStringLiteral("Mark reviewed"));
    QVERIFY(reviewed);
    QTest::mouseClick(reviewed, Qt::LeftButton);
    ActivityRepository repository(*m_db);
    const ProcessingActivity after = *repository.find(m_payroll);
    const QDate today = QDate::currentDate();
    QCOMPARE(after.lastReviewed, today);
    QCOMPARE(after.nextReview, today.addMonths(6));
    QCOMPARE(m_editor->findChild<QDateEdit*>(QStringLiteral("nextReview"))->date(), today.addMonths(6));
}

void TestActivityEditor::specialCategoryFinding()
{
    ActivityRepository repository(*m_db);
    ProcessingActivity payroll = *repository.find(m_payroll);
    payroll.legalBases.removeIf([](const QString& code) { return code.startsWith(QLatin1String("9.")); });
    payroll.dataCategoryIds.clear();
    QVERIFY(repository.save(payroll));
    m_editor->setActivity(m_payroll);
    QVERIFY(!findingCodes().contains(QStringLiteral("special-without-condition")));

    CatalogRepository catalog(*m_db);
    qint64 sickness = 0;
    for (const DataCategory& c : catalog.dataCategories()) {
        if (c.name == QLatin1String("Employee sickness absence data"))
            sickness = c.id;
    }
    QVERIFY(sickness != 0);
    auto* categories = m_editor->findChild<ChecklistPicker*>(QStringLiteral("dataCategories"));
    QVERIFY(categories);
    // Type to filter, move into the list and tick the category with the keyboard.
    QTest::keyClicks(categories->filterEdit(), QStringLiteral("sickness absence data"));
    QListWidget* list = categories->list();
    QTest::keyClick(categories->filterEdit(), Qt::Key_Down);
    QVERIFY(list->currentItem());
    QCOMPARE(list->currentItem()->data(Qt::UserRole + 1).toLongLong(), sickness);
    QTest::keyClick(list, Qt::Key_Space);
    QTRY_VERIFY(repository.find(m_payroll)->dataCategoryIds.contains(sickness));
    QTRY_VERIFY(findingCodes().contains(QStringLiteral("special-without-condition")));

    auto* bases = m_editor->findChild<ChecklistPicker*>(QStringLiteral("legalBases"));
    QVERIFY(bases);
    QVERIFY(bases->setChecked(QStringLiteral("9.2.b"), true));
    QTRY_VERIFY(!findingCodes().contains(QStringLiteral("special-without-condition")));
    QVERIFY(repository.find(m_payroll)->legalBases.contains(QStringLiteral("9.2.b")));
    m_stack->undo();
    QTRY_VERIFY(findingCodes().contains(QStringLiteral("special-without-condition")));
}

void TestActivityEditor::reviewDates()
{
    auto* last = m_editor->findChild<QDateEdit*>(QStringLiteral("lastReviewed"));
    auto* next = m_editor->findChild<QDateEdit*>(QStringLiteral("nextReview"));
    QVERIFY(last && next);
    ActivityRepository repository(*m_db);
    const ProcessingActivity before = *repository.find(m_payroll);
    QVERIFY(before.lastReviewed.isValid());

    // An impossible date cannot be typed: the edit keeps a valid date.
    next->setFocus();
    next->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(next, QStringLiteral("31"));
    next->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClicks(next, QStringLiteral("02"));
    QVERIFY(next->date().isValid());

    // A next review before the last one is refused at the field; nothing is stored.
    next->setDate(before.lastReviewed.addDays(-1));
    Q_EMIT next->editingFinished();
    const auto messages = m_editor->findChildren<QLabel*>();
    bool shown = false;
    for (QLabel* label : messages)
        shown = shown || (label->isVisible() && label->text().contains(QLatin1String("cannot come before")));
    QVERIFY(shown);
    QCOMPARE(repository.find(m_payroll)->nextReview, before.nextReview);
    QCOMPARE(m_stack->count(), 0);
}

void TestActivityEditor::transferFinding()
{
    QVERIFY(!findingCodes().contains(QStringLiteral("transfer-without-safeguard")));
    QToolButton* add = nullptr;
    for (QToolButton* b : m_editor->findChildren<QToolButton*>()) {
        if (b->text() == QLatin1String("Add transfer"))
            add = b;
    }
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    ActivityRepository repository(*m_db);
    QTRY_COMPARE(repository.find(m_payroll)->transfers.size(), 1);
    QTRY_VERIFY(findingCodes().contains(QStringLiteral("transfer-without-safeguard")));
    m_stack->undo();
    QCOMPARE(repository.find(m_payroll)->transfers.size(), 0);
    QTRY_VERIFY(!findingCodes().contains(QStringLiteral("transfer-without-safeguard")));
}

// Not a check: with REGISTRO_SCREENSHOT_DIR set, saves the editor on the demo workspace as
// activity-editor.png there (for the README; run under Xvfb for real fonts).
void TestActivityEditor::screenshot()
{
    const QString dir = qEnvironmentVariable("REGISTRO_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("REGISTRO_SCREENSHOT_DIR is not set");
    m_editor->resize(1400, 900);
    QTest::qWait(200);
    QVERIFY(m_editor->grab().save(dir + QStringLiteral("/activity-editor.png")));
}

QTEST_MAIN(TestActivityEditor)
#include "TestActivityEditor.moc"
