// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "register/SubProcessorRepository.h"
#include "settings/Settings.h"
#include "subprocessors/PlannedChangeRepository.h"
#include "subprocessors/SubProcessorView.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

class TestSubProcessorView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editIsUndoable();
    void badInputIsRefused();
    void findingsFollowTheForm();
    void recordNoticeIsUndoable();
    void historyShowsTheList();
    void planChangeIsUndoable();
    void screenshot();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QUndoStack m_stack;
    std::unique_ptr<SubProcessorView> m_view;
};

void TestSubProcessorView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    Settings::setTestInstance(m_dir.filePath(QStringLiteral("settings.ini")));
    QString error;
    m_db = Database::create(m_dir.filePath(QStringLiteral("demo.registro")), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(DemoWorkspace::populate(*m_db, &error), qPrintable(error));
    m_view = std::make_unique<SubProcessorView>(*m_db, &m_stack);
    m_view->resize(1300, 850);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestSubProcessorView::editIsUndoable()
{
    const qint64 id = SubProcessorRepository(*m_db).idByName(QStringLiteral("Nordhavn Hosting ApS"));
    m_view->select(id);
    auto* service = m_view->findChild<QLineEdit*>(QStringLiteral("service"));
    QCOMPARE(service->text(), SubProcessorRepository(*m_db).find(id)->service);
    const QString before = service->text();
    service->clear();
    QTest::keyClicks(service, QStringLiteral("Hosting in Copenhagen"));
    QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("apply")), Qt::LeftButton);
    QCOMPARE(SubProcessorRepository(*m_db).find(id)->service, QStringLiteral("Hosting in Copenhagen"));
    QCOMPARE(m_stack.count(), 1);
    m_stack.undo();
    QCOMPARE(SubProcessorRepository(*m_db).find(id)->service, before);
    m_stack.redo();
    QCOMPARE(SubProcessorRepository(*m_db).find(id)->service, QStringLiteral("Hosting in Copenhagen"));
    m_stack.undo();
}

void TestSubProcessorView::badInputIsRefused()
{
    const int commands = m_stack.count();
    const qint64 id = SubProcessorRepository(*m_db).idByName(QStringLiteral("Vistula Backup Sp. z o.o."));
    m_view->select(id);
    auto* name = m_view->findChild<QLineEdit*>(QStringLiteral("legalName"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Nordhavn Hosting ApS")); // taken
    QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("apply")), Qt::LeftButton);
    QVERIFY(!m_view->findChild<QLabel*>(QStringLiteral("error"))->text().isEmpty());
    QCOMPARE(m_stack.count(), commands);
    QCOMPARE(SubProcessorRepository(*m_db).find(id)->legalName, QStringLiteral("Vistula Backup Sp. z o.o."));
}

void TestSubProcessorView::findingsFollowTheForm()
{
    const qint64 id = SubProcessorRepository(*m_db).idByName(QStringLiteral("Maplegrid Telecom Inc."));
    m_view->select(id);
    auto* findings = m_view->findChild<QListWidget*>(QStringLiteral("findings"));
    QVERIFY(findings->count() > 0); // DPF for a Canadian entity
    auto* safeguard = m_view->findChild<QComboBox*>(QStringLiteral("safeguard"));
    safeguard->setCurrentIndex(safeguard->findData(int(TransferSafeguard::Adequacy)));
    QTRY_COMPARE(findings->count(), 0);
}

void TestSubProcessorView::recordNoticeIsUndoable()
{
    auto* deadlines = m_view->findChild<QTableWidget*>(QStringLiteral("deadlines"));
    QVERIFY(deadlines->rowCount() > 0);
    int row = -1;
    for (int r = 0; r < deadlines->rowCount(); ++r) {
        if (deadlines->item(r, 0)->text() == QLatin1String("Brabo Retail NV"))
            row = r;
    }
    QVERIFY(row >= 0);
    deadlines->selectRow(row);
    const qint64 partyId = deadlines->item(row, 0)->data(Qt::UserRole).toLongLong();
    const qint64 changeId = m_view->findChild<QComboBox*>(QStringLiteral("plannedChanges"))->currentData().toLongLong();
    PlannedChangeRepository repository(*m_db);
    QVERIFY(!repository.notice(changeId, partyId));
    QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("recordSent")), Qt::LeftButton);
    QVERIFY(repository.notice(changeId, partyId));
    QVERIFY(repository.notice(changeId, partyId)->sentDate.isValid());
    QCOMPARE(deadlines->item(row, 3)->text(), repository.notice(changeId, partyId)->sentDate.toString(Qt::ISODate));
    QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("recordObjection")), Qt::LeftButton);
    QVERIFY(repository.notice(changeId, partyId)->objectionReceived);
    m_stack.undo();
    QVERIFY(!repository.notice(changeId, partyId)->objectionReceived);
    m_stack.undo();
    QVERIFY(!repository.notice(changeId, partyId));
}

void TestSubProcessorView::historyShowsTheList()
{
    auto* history = m_view->findChild<QPlainTextEdit*>(QStringLiteral("history"));
    QVERIFY(history->toPlainText().contains(QStringLiteral("Nordhavn Hosting ApS")));
}

void TestSubProcessorView::planChangeIsUndoable()
{
    PlannedChangeRepository repository(*m_db);
    const qsizetype before = repository.changes().size();
    const int commands = m_stack.count();
    auto* kind = m_view->findChild<QComboBox*>(QStringLiteral("planKind"));
    auto* subProcessor = m_view->findChild<QComboBox*>(QStringLiteral("planSubProcessor"));
    auto* replaces = m_view->findChild<QComboBox*>(QStringLiteral("planReplaces"));
    kind->setCurrentIndex(kind->findData(int(PlannedChange::Kind::Replace)));
    QVERIFY(replaces->isEnabled());
    subProcessor->setCurrentIndex(subProcessor->findText(QStringLiteral("Vistula Backup Sp. z o.o.")));
    replaces->setCurrentIndex(replaces->findText(QStringLiteral("Vistula Backup Sp. z o.o.")));
    auto* plan = m_view->findChild<QPushButton*>(QStringLiteral("planChange"));
    QTest::mouseClick(plan, Qt::LeftButton); // replaces itself: refused
    QCOMPARE(repository.changes().size(), before);
    QCOMPARE(m_stack.count(), commands);
    replaces->setCurrentIndex(replaces->findText(QStringLiteral("Nordhavn Hosting ApS")));
    QTest::keyClicks(m_view->findChild<QLineEdit*>(QStringLiteral("planReason")), QStringLiteral("Cheaper backups"));
    QTest::mouseClick(plan, Qt::LeftButton);
    QCOMPARE(repository.changes().size(), before + 1);
    auto* changes = m_view->findChild<QComboBox*>(QStringLiteral("plannedChanges"));
    QCOMPARE(changes->count(), int(before + 1));
    QVERIFY(changes->currentText().contains(QStringLiteral("Vistula")));
    QVERIFY(m_view->findChild<QTableWidget*>(QStringLiteral("deadlines"))->rowCount() > 0);
    m_stack.undo();
    QCOMPARE(repository.changes().size(), before);
    QCOMPARE(changes->count(), int(before));
}

void TestSubProcessorView::screenshot()
{
    const QString path = qEnvironmentVariable("REGISTRO_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("Set REGISTRO_SCREENSHOT to a PNG path to look at the view.");
    QVERIFY(m_view->grab().save(path));
}

QTEST_MAIN(TestSubProcessorView)
#include "TestSubProcessorView.moc"
