// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "cli/CommandLine.h"
#include "core/Database.h"
#include "templates/TemplateRepository.h"
#include "translation/TranslationReviewRepository.h"
#include "translation/TranslationReviewView.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

class TestTranslationReviewView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_templateId = 0;
    const QString nl = QStringLiteral("nl");

    ClauseSegment stored(const QString& id)
    {
        return *TranslationReviewRepository(*m_db).segment(m_templateId, nl, id);
    }

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("%1.registro").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(CommandLine::run({QStringLiteral("init"), QStringLiteral("--demo"), path}, outStream, errStream), 0);
        QString error;
        m_db = Database::open(path, &error);
        QVERIFY2(m_db, qPrintable(error));
        m_db->setUserName(QStringLiteral("anna"));
        m_templateId = TemplateRepository(*m_db).templates().first().id;
    }

    void cleanup()
    {
        m_db.reset();
    }

    void reviewEditUndo()
    {
        QUndoStack stack;
        TranslationReviewView view(*m_db, &stack);
        view.resize(1300, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showTemplate(m_templateId, nl);
        auto* table = view.findChild<QTableWidget*>(QStringLiteral("segments"));
        auto* target = view.findChild<QPlainTextEdit*>(QStringLiteral("target"));
        auto* source = view.findChild<QPlainTextEdit*>(QStringLiteral("source"));
        QVERIFY(table && target && source);
        QVERIFY(table->rowCount() > 10);
        const QString first = view.currentSegmentId();
        QVERIFY(!first.isEmpty());
        QCOMPARE(source->toPlainText(), stored(first).source);
        QCOMPARE(target->toPlainText(), stored(first).target);

        // Ctrl+Return reviews and moves on to the next unreviewed segment.
        target->setFocus();
        QTest::keyClick(target, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(stored(first).state, ClauseSegment::State::Reviewed);
        QVERIFY(view.currentSegmentId() != first);
        QCOMPARE(stack.count(), 1);

        // Typing in the translation and leaving the segment stores it as one undoable edit.
        const QString second = view.currentSegmentId();
        const QString before = stored(second).target;
        target->setFocus();
        target->moveCursor(QTextCursor::End);
        QTest::keyClicks(target, QStringLiteral(" Extra zin."));
        QTest::keyClick(target, Qt::Key_J, Qt::ControlModifier);
        QCOMPARE(stored(second).target, before + QStringLiteral(" Extra zin."));
        QCOMPARE(stored(second).state, ClauseSegment::State::Translated);
        QCOMPARE(stack.count(), 2);
        stack.undo();
        QCOMPARE(stored(second).target, before);
        stack.undo();
        QCOMPARE(stored(first).state, ClauseSegment::State::Translated);
        stack.redo();
        QCOMPARE(stored(first).state, ClauseSegment::State::Reviewed);

        // Approving a reviewed segment.
        QVERIFY(view.selectSegment(first));
        view.approveAction()->trigger();
        QCOMPARE(stored(first).state, ClauseSegment::State::Final);
        // Approving an unreviewed one is refused: nothing changes, nothing on the stack.
        QVERIFY(view.selectSegment(second));
        const int commands = stack.count();
        view.approveAction()->trigger();
        QCOMPARE(stored(second).state, ClauseSegment::State::Translated);
        QCOMPARE(stack.count(), commands);
    }

    void filtersFindingsAndDiff()
    {
        TranslationReviewRepository repository(*m_db);
        // A finding: a lost tag in a Dutch clause; a stale one: reviewed, then the source changed.
        ClauseSegment tagged;
        ClauseSegment stale;
        for (const ClauseSegment& s : repository.segments(m_templateId, nl)) {
            if (tagged.id.isEmpty() && s.target.contains(QStringLiteral("{{")) && !TranslationReviewRepository::isTitle(s.id))
                tagged = s;
            else if (stale.id.isEmpty() && !TranslationReviewRepository::isTitle(s.id) && !s.target.contains(QStringLiteral("{{")))
                stale = s;
        }
        QVERIFY(!tagged.id.isEmpty() && !stale.id.isEmpty());
        const qsizetype open = tagged.target.indexOf(QStringLiteral("{{"));
        const qsizetype close = tagged.target.indexOf(QStringLiteral("}}"), open);
        QVERIFY(repository.setTarget(m_templateId, nl, tagged.id, tagged.target.left(open) + tagged.target.mid(close + 2)));
        QVERIFY(repository.review(m_templateId, nl, stale.id, QStringLiteral("anna")));
        TemplateRepository templates(*m_db);
        const qint64 clauseId = m_db->scalar(QStringLiteral("SELECT id FROM clause WHERE template_id = ? AND key = ?"), {m_templateId, stale.id}).toLongLong();
        const ClauseText en = templates.clause(clauseId)->texts.value(QStringLiteral("en"));
        QVERIFY(templates.saveClauseText(clauseId, QStringLiteral("en"), en.title, en.body + QStringLiteral(" Within ten (10) working days.")));

        QUndoStack stack;
        TranslationReviewView view(*m_db, &stack);
        view.resize(1300, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showTemplate(m_templateId, nl);
        const int all = view.visibleRowCount();

        // F8 goes to the segment with the finding and lists it.
        QTest::keyClick(&view, Qt::Key_F8);
        QCOMPARE(view.currentSegmentId(), tagged.id);
        auto* findings = view.findChild<QListWidget*>(QStringLiteral("findings"));
        QVERIFY(findings->count() > 0);
        QVERIFY(findings->item(0)->data(Qt::UserRole).toString() == QStringLiteral("tags"));

        // Filter by finding.
        const QList<QComboBox*> combos = view.findChildren<QComboBox*>();
        QComboBox* findingFilter = nullptr;
        QComboBox* stateFilter = nullptr;
        for (QComboBox* combo : combos) {
            if (combo->findData(QStringLiteral("tags")) >= 0)
                findingFilter = combo;
            if (combo->findData(QStringLiteral("needs-review")) >= 0)
                stateFilter = combo;
        }
        QVERIFY(findingFilter && stateFilter);
        findingFilter->setCurrentIndex(findingFilter->findData(QStringLiteral("tags")));
        QCOMPARE(view.visibleRowCount(), 1);
        findingFilter->setCurrentIndex(0);
        QCOMPARE(view.visibleRowCount(), all);

        // Filter by state: the stale one, with its source diff.
        stateFilter->setCurrentIndex(stateFilter->findData(QStringLiteral("needs-review")));
        QCOMPARE(view.visibleRowCount(), 1);
        QTest::keyClick(&view, Qt::Key_J, Qt::ControlModifier);
        QCOMPARE(view.currentSegmentId(), stale.id);
        auto* diff = view.findChild<QTextBrowser*>(QStringLiteral("diff"));
        QVERIFY(diff->isVisible());
        QVERIFY(diff->toHtml().contains(QStringLiteral("working")));
        stateFilter->setCurrentIndex(0);
        QVERIFY(view.selectSegment(stale.id));

        const QString screenshots = qEnvironmentVariable("REGISTRO_SCREENSHOT_DIR");
        if (!screenshots.isEmpty())
            QVERIFY(view.grab().save(QDir(screenshots).filePath(QStringLiteral("translation-review.png"))));

        // Reviewing it again makes it current.
        view.reviewAction()->trigger();
        QCOMPARE(stored(stale.id).state, ClauseSegment::State::Reviewed);
    }
};

QTEST_MAIN(TestTranslationReviewView)
#include "TestTranslationReviewView.moc"
