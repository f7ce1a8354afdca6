// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "register/CatalogRepository.h"
#include "templates/AgreementRepository.h"
#include "templates/AgreementsView.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

class TestAgreementsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
