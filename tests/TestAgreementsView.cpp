// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "register/CatalogRepository.h"
#include "templates/AgreementRepository.h"
#include "templates/AgreementsView.h"
#include "templates/TemplateRepository.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

class TestAgreementsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void optionalClausesAndIssuing()
    {
        QTemporaryDir dir;
        QString error;
        auto db = Database::create(dir.filePath(QStringLiteral("demo.registro")), &error);
        QVERIFY2(db && DemoWorkspace::populate(*db, &error), qPrintable(error));
        AgreementRepository agreements(*db);
        TemplateRepository templates(*db);
        const qint64 templateId = templates.templates().constFirst().id;
        Clause precedence;
        Clause recitals;
        for (const Clause& c : templates.clauses(templateId)) {
            if (c.key == QLatin1String("precedence"))
                precedence = c;
            if (c.key == QLatin1String("recitals"))
                recitals = c;
        }
        precedence.optional = true;
        QVERIFY(templates.saveClauseProperties(precedence));
        const QString title = precedence.texts.value(QStringLiteral("it")).title;
        // A draft in Italian and French whose French recitals do not render.
        const qint64 id = agreements.idByReference(QStringLiteral("DPA-ORTOFRESCO"));
        auto a = agreements.find(id);
        a->status = Agreement::Status::Draft;
        a->languages = {QStringLiteral("it"), QStringLiteral("fr")};
        QVERIFY(agreements.save(*a));
        const ClauseText fr = recitals.texts.value(QStringLiteral("fr"));
        QVERIFY(templates.saveClauseText(recitals.id, QStringLiteral("fr"), fr.title, QStringLiteral("Un\n{{ agreement.nope }}")));

        QUndoStack undo;
        AgreementsView view(*db, &undo);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectAgreement(id);

        // Sending and signing are refused, naming the clause, the language and the line.
        QVERIFY(!view.issueAction()->isEnabled());
        QVERIFY(!view.signAction()->isEnabled());
        QVERIFY(view.issueProblem()->isVisible());
        QVERIFY2(view.issueProblem()->text().contains(QStringLiteral("clause 2 (recitals, fr), line 2")), qPrintable(view.issueProblem()->text()));
        view.signAction()->setEnabled(true); // even when forced
        view.signAction()->trigger();
        QCOMPARE(agreements.find(id)->status, Agreement::Status::Draft);
        QVERIFY(view.statusLabel()->text().contains(QStringLiteral("line 2")));

        // The optional clause is listed with its number and title, included by default.
        QCOMPARE(view.optionsList()->count(), 2); // with "special-categories"
        QListWidgetItem* item = nullptr;
        for (int row = 0; row < view.optionsList()->count(); ++row) {
            if (view.optionsList()->item(row)->data(Qt::UserRole).toString() == precedence.key)
                item = view.optionsList()->item(row);
        }
        QVERIFY(item);
        const int row = view.optionsList()->row(item);
        QVERIFY2(item->text().endsWith(title) && item->text().at(0).isDigit(), qPrintable(item->text()));
        QCOMPARE(item->checkState(), Qt::Checked);
        QVERIFY(view.preview()->toPlainText().contains(title));
        item->setCheckState(Qt::Unchecked);
        QTRY_COMPARE(agreements.find(id)->options.value(QStringLiteral("precedence"), true), false);
        QCOMPARE(undo.count(), 1);
        QVERIFY(!view.preview()->toPlainText().contains(title));
        QCOMPARE(view.optionsList()->item(row)->checkState(), Qt::Unchecked);
        undo.undo();
        QCOMPARE(agreements.find(id)->options.value(QStringLiteral("precedence"), true), true);
        QCOMPARE(view.optionsList()->item(row)->checkState(), Qt::Checked);
        QVERIFY(view.preview()->toPlainText().contains(title));

        // Once the template renders the agreement can be sent (undoable).
        QVERIFY(templates.saveClauseText(recitals.id, QStringLiteral("fr"), fr.title, fr.body));
        view.selectAgreement(id);
        QVERIFY(!view.issueProblem()->isVisible());
        QVERIFY(view.issueAction()->isEnabled());
        view.issueAction()->trigger();
        QCOMPARE(agreements.find(id)->status, Agreement::Status::Sent);
        QVERIFY(!view.issueAction()->isEnabled());
        QVERIFY(view.signAction()->isEnabled());
        undo.undo();
        QCOMPARE(agreements.find(id)->status, Agreement::Status::Draft);
    }


    void createPreviewSignUndo()
    {
        QTemporaryDir dir;
        QString error;
        auto db = Database::create(dir.filePath(QStringLiteral("demo.registro")), &error);
        QVERIFY2(db && DemoWorkspace::populate(*db, &error), qPrintable(error));
        QUndoStack undo;
        AgreementsView view(*db, &undo);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        AgreementRepository agreements(*db);

        // A signed demo agreement shows its signed text and cannot be edited.
        view.selectAgreement(agreements.idByReference(QStringLiteral("DPA-DELINDE")));
        QVERIFY(view.preview()->toPlainText().contains(QStringLiteral("Bijlage B")));
        QVERIFY(!view.saveAction()->isEnabled());
        QVERIFY(!view.signAction()->isEnabled());

        // A new agreement, typed in, in two languages.
        view.newAction()->trigger();
        QTest::keyClicks(view.referenceEdit(), QStringLiteral("DPA-NEW"));
        auto* languages = view.findChildren<QLineEdit*>().at(1);
        languages->clear();
        QTest::keyClicks(languages, QStringLiteral("fr, en"));
        QTest::keyClicks(view.servicesEdit(), QStringLiteral("Rostering"));
        view.saveAction()->trigger();
        const qint64 id = agreements.idByReference(QStringLiteral("DPA-NEW"));
        QVERIFY2(id > 0, qPrintable(view.statusLabel()->text()));
        QCOMPARE(agreements.find(id)->languages, (QStringList{QStringLiteral("fr"), QStringLiteral("en")}));
        QCOMPARE(view.currentAgreement(), id);
        // The preview keeps the language shown before (en) when the agreement has it.
        QCOMPARE(view.previewLanguage()->currentText(), QStringLiteral("en"));
        view.previewLanguage()->setCurrentIndex(0);
        QVERIFY(view.preview()->toPlainText().contains(QStringLiteral("Annexe B")));
        view.previewLanguage()->setCurrentIndex(1);
        QVERIFY(view.preview()->toPlainText().contains(QStringLiteral("Appendix B")));
        QCOMPARE(undo.count(), 1);

        // Undo removes it again; redo brings it back.
        undo.undo();
        QCOMPARE(agreements.idByReference(QStringLiteral("DPA-NEW")), qint64(0));
        undo.redo();
        const qint64 again = agreements.idByReference(QStringLiteral("DPA-NEW"));
        QVERIFY(again > 0);

        // Signing freezes it.
        view.selectAgreement(again);
        QVERIFY(view.signAction()->isEnabled());
        view.signAction()->trigger();
        QCOMPARE(agreements.find(again)->status, Agreement::Status::Signed);
        QVERIFY(!view.saveAction()->isEnabled());
        QVERIFY(!agreements.signedText(again, QStringLiteral("fr")).isEmpty());
        view.grab().save(dir.filePath(QStringLiteral("agreements.png")));
        if (qEnvironmentVariableIsSet("REGISTRO_SCREENSHOT"))
            view.grab().save(qEnvironmentVariable("REGISTRO_SCREENSHOT"));
    }
};

QTEST_MAIN(TestAgreementsView)
#include "TestAgreementsView.moc"
