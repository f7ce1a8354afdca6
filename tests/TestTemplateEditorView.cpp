// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "templates/TemplateEditorView.h"
#include "templates/TemplateRepository.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

class TestTemplateEditorView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsPreviewsAndUndoes()
    {
        QTemporaryDir dir;
        QString error;
        auto db = Database::create(dir.filePath(QStringLiteral("demo.registro")), &error);
        QVERIFY2(db && DemoWorkspace::populate(*db, &error), qPrintable(error));
        QUndoStack undo;
        TemplateEditorView view(*db, &undo);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // The tree shows computed numbers, the appendices by letter.
        QVERIFY(!view.clauseTree()->findItems(QStringLiteral("Appendix B"), Qt::MatchExactly | Qt::MatchRecursive, 0).isEmpty());
        QVERIFY(!view.clauseTree()->findItems(QStringLiteral("3.1"), Qt::MatchExactly | Qt::MatchRecursive, 0).isEmpty());
        // The first clause ("Parties") in four editors, the preview with the agreement's values.
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("it"), QStringLiteral("fr")})
            QVERIFY(view.editor(language) && !view.editor(language)->toPlainText().isEmpty());
        QTRY_VERIFY(view.preview()->toPlainText().contains(QStringLiteral("Tulipa Cloud")));
        QVERIFY(!view.preview()->toPlainText().contains(QStringLiteral("{{")));

        // Typing an unclosed tag shows the error with its line; the preview keeps the last good text.
        QPlainTextEdit* en = view.editor(QStringLiteral("en"));
        en->moveCursor(QTextCursor::End);
        QTest::keyClick(en, Qt::Key_Return);
        QTest::keyClicks(en, QStringLiteral("Extra {% if agreement.reference %}"));
        QTRY_VERIFY(view.errorLabel()->isVisible());
        const int lines = en->document()->blockCount();
        QVERIFY2(view.errorLabel()->text().contains(QStringLiteral("Line %1").arg(lines)), qPrintable(view.errorLabel()->text()));
        QTest::keyClicks(en, QStringLiteral("ok{% endif %}"));
        QTRY_VERIFY(!view.errorLabel()->isVisible());
        QTRY_COMPARE(undo.count(), 1);
        const qint64 clauseId = view.currentClause();
        QTRY_VERIFY(TemplateRepository(*db).clause(clauseId)->texts.value(QStringLiteral("en")).body.endsWith(QStringLiteral("ok{% endif %}")));

        // Loading a clause never changes its text (French no-break spaces survive the editor).
        view.selectClause(TemplateRepository(*db).clauses(TemplateRepository(*db).templates().constFirst().id).at(1).id);
        QCOMPARE(undo.count(), 1);
        view.selectClause(clauseId);
        undo.undo();
        QVERIFY(!TemplateRepository(*db).clause(clauseId)->texts.value(QStringLiteral("en")).body.contains(QStringLiteral("Extra")));
        QVERIFY(!en->toPlainText().contains(QStringLiteral("Extra")));
        view.grab().save(dir.filePath(QStringLiteral("editor.png")));
        if (qEnvironmentVariableIsSet("REGISTRO_SCREENSHOT"))
            view.grab().save(qEnvironmentVariable("REGISTRO_SCREENSHOT"));
    }
};

QTEST_MAIN(TestTemplateEditorView)
#include "TestTemplateEditorView.moc"
