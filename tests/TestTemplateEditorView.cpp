// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "main/MessageBox.h"
#include "templates/ClauseNumbering.h"
#include "templates/ClauseTreeWidget.h"
#include "templates/TemplateEditorView.h"
#include "templates/TemplateRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QToolBar>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

// The clause tree as stored: ids, places, kinds, keys and texts.
static QString treeText(Database& db)
{
    TemplateRepository templates(db);
    QStringList lines;
    for (const Clause& c : templates.clauses(templates.templates().constFirst().id)) {
        QStringList texts;
        for (auto it = c.texts.cbegin(); it != c.texts.cend(); ++it)
            texts.append(it.key() + QLatin1Char('=') + it->title + QLatin1Char('|') + it->body);
        texts.sort();
        lines.append(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                         .arg(c.id)
                         .arg(c.parentId)
                         .arg(c.position)
                         .arg(c.key, Clause::kindCode(c.kind))
                         .arg(c.optional)
                         .arg(c.condition, texts.join(QLatin1Char(';'))));
    }
    return lines.join(QLatin1Char('\n'));
}

static Clause clauseByKey(Database& db, const QString& key)
{
    TemplateRepository templates(db);
    for (const Clause& c : templates.clauses(templates.templates().constFirst().id)) {
        if (c.key == key)
            return c;
    }
    return {};
}

// The demo workspace open in a shown template editor, with its undo stack.
struct EditorOnDemo
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QUndoStack undo;
    std::unique_ptr<TemplateEditorView> view;
    QString error;

    bool open()
    {
        db = Database::create(dir.filePath(QStringLiteral("demo.registro")), &error);
        if (!db || !DemoWorkspace::populate(*db, &error))
            return false;
        view = std::make_unique<TemplateEditorView>(*db, &undo);
        view->resize(1400, 900);
        view->show();
        return QTest::qWaitForWindowExposed(view.get());
    }
    std::tuple<QTemporaryDir&, std::unique_ptr<Database>&, QUndoStack&, TemplateEditorView&> parts()
    {
        return {dir, db, undo, *view};
    }
};

class TestTemplateEditorView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsTheClauseTreeByKeyboard()
    {
        EditorOnDemo editor;
        QVERIFY2(editor.open(), qPrintable(editor.error));
        auto [dir, db, undo, view] = editor.parts();
        const QString original = treeText(*db);
        QTreeWidget* tree = view.clauseTree();

        // The toolbar and the context menu offer every operation with its shortcut.
        const QList<QAction*> actions{view.addArticleAction(), view.addSubClauseAction(), view.addAppendixAction(),
                                      view.removeAction(), view.moveUpAction(), view.moveDownAction(),
                                      view.indentAction(), view.outdentAction()};
        QSet<QKeySequence> keys;
        for (QAction* action : actions) {
            QVERIFY(view.clauseToolBar()->actions().contains(action));
            QVERIFY(tree->actions().contains(action));
            QVERIFY(!action->shortcut().isEmpty());
            QVERIFY(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)));
            keys.insert(action->shortcut());
        }
        QCOMPARE(keys.size(), actions.size());
        QCOMPARE(tree->contextMenuPolicy(), Qt::ActionsContextMenu);

        // Ctrl+Shift+Up: "Definitions" (3) becomes 2, its sub-clauses 2.1, 2.2.
        const Clause definitions = clauseByKey(*db, QStringLiteral("definitions"));
        view.selectClause(definitions.id);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(clauseByKey(*db, QStringLiteral("definitions")).position, 1);
        QCOMPARE(undo.count(), 1);
        QCOMPARE(view.currentClause(), definitions.id);
        QCOMPARE(tree->currentItem()->text(0), QStringLiteral("2"));
        QCOMPARE(tree->currentItem()->child(1)->text(0), QStringLiteral("2.2"));
        // Ctrl+Shift+Right: under "Parties" as 1.1; Ctrl+Shift+Left: back out as 2.
        QTest::keyClick(tree, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(clauseByKey(*db, QStringLiteral("definitions")).parentId, clauseByKey(*db, QStringLiteral("parties")).id);
        QCOMPARE(clauseByKey(*db, QStringLiteral("definitions")).kind, Clause::Kind::SubClause);
        QCOMPARE(tree->currentItem()->text(0), QStringLiteral("1.1"));
        QCOMPARE(tree->currentItem()->child(0)->text(0), QStringLiteral("1.1.1"));
        QTest::keyClick(tree, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(clauseByKey(*db, QStringLiteral("definitions")).parentId, qint64(0));
        QCOMPARE(clauseByKey(*db, QStringLiteral("definitions")).kind, Clause::Kind::Article);
        QCOMPARE(tree->currentItem()->text(0), QStringLiteral("2"));
        QTest::keyClick(tree, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(undo.count(), 4);
        QCOMPARE(treeText(*db), original);

        // Refused: the first article cannot move up, nor in; the message says why; nothing changes.
        view.selectClause(clauseByKey(*db, QStringLiteral("parties")).id);
        QTest::keyClick(tree, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(view.treeMessage()->isVisible());
        QVERIFY(view.treeMessage()->text().contains(QStringLiteral("first")));
        QTest::keyClick(tree, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(view.treeMessage()->text().contains(QStringLiteral("no clause before it")));
        // Appendix A cannot go under the last article, nor move up among the articles.
        view.selectClause(clauseByKey(*db, QStringLiteral("appendix-a")).id);
        QTest::keyClick(tree, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(view.treeMessage()->text().contains(QStringLiteral("appendix stays at the top level")), qPrintable(view.treeMessage()->text()));
        QTest::keyClick(tree, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(view.treeMessage()->text().contains(QStringLiteral("articles come before the appendices")), qPrintable(view.treeMessage()->text()));
        QCOMPARE(undo.count(), 4);
        QCOMPARE(treeText(*db), original);

        // Insert: a new article after the selected one, with a unique key and a title per language.
        view.selectClause(clauseByKey(*db, QStringLiteral("parties")).id);
        QTest::keyClick(tree, Qt::Key_Insert);
        const Clause added = clauseByKey(*db, QStringLiteral("article"));
        QVERIFY(added.id > 0);
        QCOMPARE(added.position, 1);
        QCOMPARE(added.texts.value(QStringLiteral("nl")).title, QStringLiteral("Nieuw artikel"));
        QCOMPARE(added.texts.value(QStringLiteral("fr")).title, QStringLiteral("Nouvel article"));
        QCOMPARE(view.currentClause(), added.id);
        QCOMPARE(tree->currentItem()->text(0), QStringLiteral("2"));
        QVERIFY(view.editor(QStringLiteral("en"))->isEnabled());
        // Shift+Insert: a sub-clause of it (2.1); Alt+Insert: an appendix at the end.
        QTest::keyClick(tree, Qt::Key_Insert, Qt::ShiftModifier);
        const Clause sub = clauseByKey(*db, QStringLiteral("article-clause"));
        QCOMPARE(sub.parentId, added.id);
        QCOMPARE(tree->currentItem()->text(0), QStringLiteral("2.1"));
        QTest::keyClick(tree, Qt::Key_Insert, Qt::AltModifier);
        QCOMPARE(clauseByKey(*db, QStringLiteral("appendix")).kind, Clause::Kind::Appendix);
        QCOMPARE(tree->currentItem()->text(0), QStringLiteral("Appendix D"));
        undo.undo();
        undo.undo();
        undo.undo();
        QCOMPARE(treeText(*db), original);
        undo.redo();
        QCOMPARE(clauseByKey(*db, QStringLiteral("article")).id, added.id); // the same clause again
        undo.undo();

        // Delete asks first, naming the clause and its sub-clauses; "No" keeps it.
        const Clause security = clauseByKey(*db, QStringLiteral("security"));
        view.selectClause(security.id);
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(tree, Qt::Key_Delete);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("3 sub-clauses")), qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(tree->currentItem()->text(1)));
        QCOMPARE(treeText(*db), original);
        // Edited text is part of what undo brings back.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(tree, Qt::Key_Delete);
        QVERIFY(!TemplateRepository(*db).clause(security.id));
        QVERIFY(view.currentClause() != security.id);
        QVERIFY(tree->findItems(QStringLiteral("Appendix B"), Qt::MatchExactly | Qt::MatchRecursive, 0).size() == 1);
        undo.undo();
        QCOMPARE(treeText(*db), original);
        QCOMPARE(view.currentClause(), security.id);

        // Properties: an invalid condition is shown and not stored; a valid one is, undoably.
        const int steps = undo.count();
        view.conditionEdit()->setText(QStringLiteral("register.has_special_categories and"));
        Q_EMIT view.conditionEdit()->editingFinished();
        QVERIFY(view.propertiesError()->isVisible());
        QCOMPARE(undo.count(), steps);
        view.conditionEdit()->setText(QStringLiteral("register.no_such_flag"));
        Q_EMIT view.conditionEdit()->editingFinished();
        QVERIFY2(view.propertiesError()->text().contains(QStringLiteral("no_such_flag")), qPrintable(view.propertiesError()->text()));
        QCOMPARE(treeText(*db), original);
        view.conditionEdit()->setText(QStringLiteral("register.has_special_categories"));
        Q_EMIT view.conditionEdit()->editingFinished();
        QVERIFY(!view.propertiesError()->isVisible());
        QCOMPARE(clauseByKey(*db, QStringLiteral("security")).condition, QStringLiteral("register.has_special_categories"));
        view.optionalEdit()->click();
        QVERIFY(clauseByKey(*db, QStringLiteral("security")).optional);
        QVERIFY(tree->currentItem()->text(1).contains(QStringLiteral("optional")));
        view.keyEdit()->setText(QStringLiteral("parties"));
        Q_EMIT view.keyEdit()->editingFinished();
        QVERIFY2(view.propertiesError()->text().contains(QStringLiteral("already")), qPrintable(view.propertiesError()->text()));
        QVERIFY(!view.kindEdit()->currentText().isEmpty());
        undo.undo();
        undo.undo();
        QCOMPARE(treeText(*db), original);
    }

    void dragAndDropMovesAClause()
    {
        EditorOnDemo editor;
        QVERIFY2(editor.open(), qPrintable(editor.error));
        auto [dir, db, undo, view] = editor.parts();
        const QString original = treeText(*db);
        QTreeWidget* tree = view.clauseTree();
        const Clause recitals = clauseByKey(*db, QStringLiteral("recitals"));
        const Clause parties = clauseByKey(*db, QStringLiteral("parties"));

        auto* clauseTree = qobject_cast<ClauseTreeWidget*>(tree);
        QVERIFY(clauseTree);
        // The tree's own items carry the clause id for a drag.
        std::unique_ptr<QMimeData> dragged(clauseTree->mimeData({tree->topLevelItem(1)}));
        QCOMPARE(dragged->data(QStringLiteral("application/x-registro-clause")).toLongLong(), recitals.id);
        const auto drop = [clauseTree](qint64 clauseId, QTreeWidgetItem* target, int where) {
            const QRect rect = clauseTree->visualItemRect(target);
            const QPoint point(rect.center().x(), where < 0 ? rect.top() + 1 : where > 0 ? rect.bottom() - 1 : rect.center().y());
            clauseTree->dropClause(clauseId, point);
        };
        // Dropped onto "Parties": its last sub-clause.
        drop(recitals.id, tree->topLevelItem(0), 0);
        QTRY_COMPARE(clauseByKey(*db, QStringLiteral("recitals")).parentId, parties.id);
        QCOMPARE(undo.count(), 1);
        // Dropped above "Parties": the first article.
        drop(recitals.id, tree->topLevelItem(0), -1);
        QTRY_COMPARE(clauseByKey(*db, QStringLiteral("recitals")).parentId, qint64(0));
        QCOMPARE(clauseByKey(*db, QStringLiteral("recitals")).position, 0);
        QCOMPARE(clauseByKey(*db, QStringLiteral("recitals")).kind, Clause::Kind::Article);
        // Dropped into its own sub-clause, or an appendix into an article: refused, unchanged.
        undo.undo();
        undo.undo();
        QCOMPARE(treeText(*db), original);
        const Clause definitions = clauseByKey(*db, QStringLiteral("definitions"));
        QTreeWidgetItem* definitionsItem = tree->topLevelItem(2);
        QCOMPARE(definitionsItem->data(0, Qt::UserRole).toLongLong(), definitions.id);
        drop(definitions.id, definitionsItem->child(0), 0);
        QTRY_VERIFY(view.treeMessage()->isVisible());
        QVERIFY(view.treeMessage()->text().contains(QStringLiteral("own sub-clauses")));
        drop(clauseByKey(*db, QStringLiteral("appendix-b")).id, tree->topLevelItem(0), 0);
        QTRY_VERIFY(view.treeMessage()->text().contains(QStringLiteral("appendix stays")));
        QCOMPARE(undo.index(), 0);
        QCOMPARE(treeText(*db), original);
    }


    // A clause's title in each language: typed, stored, named in the tree, undone; the body
    // stays as it was.
    void editsTitlesUndoably()
    {
        EditorOnDemo editor;
        QVERIFY2(editor.open(), qPrintable(editor.error));
        auto [dir, db, undo, view] = editor.parts();
        const qint64 clauseId = view.currentClause();
        const Clause before = *TemplateRepository(*db).clause(clauseId);
        QLineEdit* en = view.titleEdit(QStringLiteral("en"));
        QLineEdit* nl = view.titleEdit(QStringLiteral("nl"));
        QVERIFY(en && nl);
        QCOMPARE(en->text(), before.texts.value(QStringLiteral("en")).title);

        en->selectAll();
        QTest::keyClicks(en, QStringLiteral("Contracting parties"));
        QTest::keyClick(en, Qt::Key_Return);
        QTRY_COMPARE(TemplateRepository(*db).clause(clauseId)->texts.value(QStringLiteral("en")).title, QStringLiteral("Contracting parties"));
        QCOMPARE(TemplateRepository(*db).clause(clauseId)->texts.value(QStringLiteral("en")).body, before.texts.value(QStringLiteral("en")).body);
        QCOMPARE(view.clauseTree()->currentItem()->text(1), QStringLiteral("Contracting parties"));
        // Typing is one undo step, whatever the number of keys.
        QCOMPARE(undo.count(), 1);
        QVERIFY(undo.text(0).contains(QStringLiteral("title")));

        nl->selectAll();
        QTest::keyClicks(nl, QStringLiteral("Contractpartijen"));
        QTest::keyClick(nl, Qt::Key_Tab);
        QTRY_COMPARE(TemplateRepository(*db).clause(clauseId)->texts.value(QStringLiteral("nl")).title, QStringLiteral("Contractpartijen"));
        // The tree names the clause in the template's source language only.
        QCOMPARE(view.clauseTree()->currentItem()->text(1), QStringLiteral("Contracting parties"));
        QCOMPARE(undo.count(), 2);

        undo.undo();
        QCOMPARE(TemplateRepository(*db).clause(clauseId)->texts.value(QStringLiteral("nl")).title, before.texts.value(QStringLiteral("nl")).title);
        QCOMPARE(nl->text(), before.texts.value(QStringLiteral("nl")).title);
        undo.undo();
        QCOMPARE(TemplateRepository(*db).clause(clauseId)->texts.value(QStringLiteral("en")).title, before.texts.value(QStringLiteral("en")).title);
        QCOMPARE(en->text(), before.texts.value(QStringLiteral("en")).title);
        QCOMPARE(view.clauseTree()->currentItem()->text(1), before.texts.value(QStringLiteral("en")).title);
        undo.redo();
        QCOMPARE(TemplateRepository(*db).clause(clauseId)->texts.value(QStringLiteral("en")).title, QStringLiteral("Contracting parties"));
    }

    void editsPreviewsAndUndoes()
    {
        EditorOnDemo editor;
        QVERIFY2(editor.open(), qPrintable(editor.error));
        auto [dir, db, undo, view] = editor.parts();

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
