// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "main/FileDialog.h"
#include "main/MessageBox.h"
#include "templates/TemplateRepository.h"
#include "translation/GlossaryEditor.h"
#include "translation/GlossaryRepository.h"
#include "translation/GlossaryTableModel.h"
#include "translation/TranslationReviewRepository.h"
#include "translation/TranslationReviewView.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestGlossaryEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<GlossaryEditor> m_editor;
    QTableView* m_table = nullptr;

    std::optional<Glossary::Term> stored(const QString& source) { return GlossaryRepository(*m_db).term(source); }

    /** Selects the cell of @p source in @p column of the table (through the filter proxy). */
    void selectCell(const QString& source, int column)
    {
        const int row = m_editor->model()->rowOf(source);
        QVERIFY(row >= 0);
        QAbstractItemModel* proxy = m_table->model();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            if (proxy->index(r, GlossaryTableModel::SourceColumn).data().toString() == m_editor->model()->term(row).source) {
                m_table->setCurrentIndex(proxy->index(r, column));
                return;
            }
        }
        QFAIL("the term is filtered out");
    }

    /** Types @p text into the current cell: F2, select all, type, Return. */
    void typeIntoCurrentCell(const QString& text)
    {
        m_table->setFocus();
        QTest::keyClick(m_table, Qt::Key_F2);
        QWidget* editor = QApplication::focusWidget();
        QVERIFY(editor && editor != m_table);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits and closes the editor through a queued call.
        QTRY_COMPARE(QApplication::focusWidget(), m_table);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("%1.registro").arg(QString::fromLatin1(QTest::currentTestFunction()))), &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(DemoWorkspace::populate(*m_db, &error), qPrintable(error));
        QVERIFY(GlossaryRepository(*m_db).isUntouched());
        m_stack = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<GlossaryEditor>(*m_db, m_stack.get());
        m_editor->resize(1200, 700);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
        m_editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
        m_table = m_editor->findChild<QTableView*>(QStringLiteral("terms"));
        QVERIFY(m_table);
    }

    void cleanup()
    {
        m_editor.reset();
        m_stack.reset();
        m_db.reset();
    }

    void opensWithStarterSet()
    {
        // Opening the glossary stored the starter set, so that it can be edited.
        QVERIFY(!GlossaryRepository(*m_db).isUntouched());
        QCOMPARE(GlossaryRepository(*m_db).storedTerms(), Glossary::builtIn().terms());
        QCOMPARE(m_table->model()->rowCount(), Glossary::builtIn().terms().size());
        const QStringList languages = m_editor->model()->languages();
        QCOMPARE(languages.mid(0, 3), (QStringList{QStringLiteral("nl"), QStringLiteral("it"), QStringLiteral("fr")}));
        for (const DpaTemplate& t : TemplateRepository(*m_db).templates()) {
            for (const QString& language : t.languages)
                QVERIFY(language == t.sourceLanguage || languages.contains(language));
        }
        QCOMPARE(m_stack->count(), 0);
    }

    void editWithKeyboardAndUndo()
    {
        GlossaryTableModel* model = m_editor->model();
        const int forbiddenNl = model->languageColumn(QStringLiteral("nl"), true);
        const Glossary::Term before = *stored(QStringLiteral("processor"));
        selectCell(QStringLiteral("processor"), forbiddenNl);
        typeIntoCurrentCell(QStringLiteral("bewerker, gegevensverwerker"));
        QCOMPARE(stored(QStringLiteral("processor"))->forbidden.value(QStringLiteral("nl")),
                 (QStringList{QStringLiteral("bewerker"), QStringLiteral("gegevensverwerker")}));
        QCOMPARE(m_stack->count(), 1);
        QVERIFY(m_stack->undoText().contains(QStringLiteral("processor")));

        m_stack->undo();
        QCOMPARE(*stored(QStringLiteral("processor")), before);
        QCOMPARE(model->term(model->rowOf(QStringLiteral("processor"))), before);
        m_stack->redo();
        QCOMPARE(model->index(model->rowOf(QStringLiteral("processor")), forbiddenNl).data().toString(),
                 QStringLiteral("bewerker, gegevensverwerker"));

        // Rename a term and give it a note.
        selectCell(QStringLiteral("recipient"), GlossaryTableModel::SourceColumn);
        typeIntoCurrentCell(QStringLiteral("recipients"));
        QVERIFY(!stored(QStringLiteral("recipient")));
        QVERIFY(stored(QStringLiteral("recipients")));
        selectCell(QStringLiteral("recipients"), model->noteColumn());
        typeIntoCurrentCell(QStringLiteral("Art. 4(9) GDPR"));
        QCOMPARE(stored(QStringLiteral("recipients"))->note, QStringLiteral("Art. 4(9) GDPR"));
        QCOMPARE(m_stack->count(), 3);
        m_stack->undo();
        m_stack->undo();
        QVERIFY(stored(QStringLiteral("recipient")));
        QVERIFY(!stored(QStringLiteral("recipients")));
    }

    void duplicateSourceTermRefused()
    {
        const QList<Glossary::Term> before = GlossaryRepository(*m_db).storedTerms();
        selectCell(QStringLiteral("processor"), GlossaryTableModel::SourceColumn);
        typeIntoCurrentCell(QStringLiteral("Controller"));
        QVERIFY2(m_editor->message().contains(QStringLiteral("already has the term \"Controller\"")), qPrintable(m_editor->message()));
        QCOMPARE(GlossaryRepository(*m_db).storedTerms(), before);
        QCOMPARE(m_stack->count(), 0);
    }

    void insertAndDeleteKeys()
    {
        GlossaryTableModel* model = m_editor->model();
        const int count = model->rowCount();
        selectCell(QStringLiteral("controller"), GlossaryTableModel::SourceColumn);
        const int controllerRow = model->rowOf(QStringLiteral("controller"));
        m_table->setFocus();
        QTest::keyClick(m_table, Qt::Key_Insert);
        QCOMPARE(model->rowCount(), count + 1);
        QCOMPARE(model->term(controllerRow + 1).source, QStringLiteral("new term"));
        // The new term's source term is being edited.
        QWidget* editor = QApplication::focusWidget();
        QVERIFY(editor && editor != m_table);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("without undue delay"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), m_table);
        QCOMPARE(GlossaryRepository(*m_db).indexOf(QStringLiteral("without undue delay")), controllerRow + 1);
        selectCell(QStringLiteral("without undue delay"), model->languageColumn(QStringLiteral("it"), false));
        typeIntoCurrentCell(QStringLiteral("senza ingiustificato ritardo"));
        QCOMPARE(stored(QStringLiteral("without undue delay"))->approved.value(QStringLiteral("it")),
                 QStringList{QStringLiteral("senza ingiustificato ritardo")});
        QCOMPARE(m_stack->count(), 3);

        // Delete removes the selected term; undo brings it back at its place.
        selectCell(QStringLiteral("without undue delay"), GlossaryTableModel::SourceColumn);
        m_table->setFocus();
        QTest::keyClick(m_table, Qt::Key_Delete);
        QVERIFY(!stored(QStringLiteral("without undue delay")));
        QCOMPARE(model->rowCount(), count);
        m_stack->undo();
        QCOMPARE(GlossaryRepository(*m_db).indexOf(QStringLiteral("without undue delay")), controllerRow + 1);
        QCOMPARE(stored(QStringLiteral("without undue delay"))->approved.value(QStringLiteral("it")),
                 QStringList{QStringLiteral("senza ingiustificato ritardo")});
        while (m_stack->canUndo())
            m_stack->undo();
        QCOMPARE(GlossaryRepository(*m_db).storedTerms(), Glossary::builtIn().terms());

        // Several selected terms go in one undo step.
        m_table->selectionModel()->clearSelection();
        m_table->selectRow(0);
        m_table->selectionModel()->select(m_table->model()->index(1, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_table->setFocus();
        QTest::keyClick(m_table, Qt::Key_Delete);
        QCOMPARE(model->rowCount(), count - 2);
        m_stack->undo();
        QCOMPARE(GlossaryRepository(*m_db).storedTerms(), Glossary::builtIn().terms());
    }

    void filterWithCtrlF()
    {
        m_table->setFocus();
        QTest::keyClick(m_table, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), m_editor->filterEdit());
        QTest::keyClicks(m_editor->filterEdit(), QStringLiteral("violazione"));
        QCOMPARE(m_table->model()->rowCount(), 1);
        QCOMPARE(m_table->model()->index(0, 0).data().toString(), QStringLiteral("personal data breach"));
        m_editor->filterEdit()->clear();
        QCOMPARE(m_table->model()->rowCount(), Glossary::builtIn().terms().size());
    }

    void importAndExport()
    {
        GlossaryRepository repository(*m_db);
        const QList<Glossary::Term> before = repository.storedTerms();

        // A malformed file is refused with a message; nothing changes.
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        badFile.write(R"({"format":"registro-glossary","version":1,"terms":[{"source":"processor"},{"source":"PROCESSOR"}]})");
        badFile.close();
        FileDialog::setNextFileName(bad);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        m_editor->importAction()->trigger();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("more than once")), qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("not changed")));
        QCOMPARE(repository.storedTerms(), before);
        QCOMPARE(m_stack->count(), 0);

        // Export, import another glossary, undo the import.
        const QString exported = m_dir.filePath(QStringLiteral("exported"));
        FileDialog::setNextFileName(exported);
        m_editor->exportAction()->trigger();
        QString error;
        QCOMPARE(Glossary::load(exported + QStringLiteral(".json"), &error).terms(), before);

        Glossary other;
        Glossary::Term term;
        term.source = QStringLiteral("joint controllers");
        term.approved = {{QStringLiteral("nl"), {QStringLiteral("gezamenlijke verwerkingsverantwoordelijken")}},
                         {QStringLiteral("it"), {QStringLiteral("contitolari del trattamento")}},
                         {QStringLiteral("fr"), {QStringLiteral("responsables conjoints du traitement")}}};
        other.addTerm(term);
        const QString good = m_dir.filePath(QStringLiteral("good.json"));
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        goodFile.write(QJsonDocument(other.toJson()).toJson());
        goodFile.close();
        FileDialog::setNextFileName(good);
        m_editor->importAction()->trigger();
        QCOMPARE(repository.storedTerms(), other.terms());
        QCOMPARE(m_table->model()->rowCount(), 1);
        m_stack->undo();
        QCOMPARE(repository.storedTerms(), before);
        QCOMPARE(m_table->model()->rowCount(), before.size());
    }

    void reviewFindingsFollowGlossary()
    {
        const qint64 templateId = TemplateRepository(*m_db).templates().first().id;
        TranslationReviewView review(*m_db, m_stack.get());
        review.showTemplate(templateId, QStringLiteral("nl"));
        QSignalSpy requested(&review, &TranslationReviewView::glossaryRequested);
        review.glossaryAction()->trigger();
        QCOMPARE(requested.size(), 1);
        auto* segments = review.findChild<QTableWidget*>(QStringLiteral("segments"));
        QVERIFY(segments);
        auto findingsIn = [&](const QString& id) {
            for (int row = 0; row < segments->rowCount(); ++row) {
                if (segments->item(row, 0)->data(Qt::UserRole).toString() == id)
                    return segments->item(row, 3)->text().toInt();
            }
            return -1;
        };
        // A clause whose Dutch text has "verwerker": forbidding that word is an error there.
        QString id;
        for (const ClauseSegment& s : TranslationReviewRepository(*m_db).segments(templateId, QStringLiteral("nl"))) {
            if (s.source.contains(QStringLiteral("processor"), Qt::CaseInsensitive)
                && s.target.contains(QStringLiteral("verwerker "), Qt::CaseInsensitive)) {
                id = s.id;
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        const int before = findingsIn(id);
        QVERIFY(before >= 0);
        GlossaryTableModel* model = m_editor->model();
        selectCell(QStringLiteral("processor"), model->languageColumn(QStringLiteral("nl"), false));
        typeIntoCurrentCell(QStringLiteral("gegevensverwerker"));
        selectCell(QStringLiteral("processor"), model->languageColumn(QStringLiteral("nl"), true));
        typeIntoCurrentCell(QStringLiteral("bewerker, verwerker"));
        QTRY_VERIFY(findingsIn(id) > before);
        m_stack->undo();
        m_stack->undo();
        QTRY_COMPARE(findingsIn(id), before);
    }
};

QTEST_MAIN(TestGlossaryEditor)
#include "TestGlossaryEditor.moc"
