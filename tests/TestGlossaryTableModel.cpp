// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/GlossaryTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString nl = QStringLiteral("nl");
const QString it = QStringLiteral("it");
const QString fr = QStringLiteral("fr");

QList<Glossary::Term> sampleTerms()
{
    Glossary::Term controller;
    controller.source = QStringLiteral("controller");
    controller.approved = {{nl, {QStringLiteral("verwerkingsverantwoordelijke")}},
                           {it, {QStringLiteral("titolare del trattamento"), QStringLiteral("titolare")}},
                           {fr, {QStringLiteral("responsable du traitement")}}};
    controller.forbidden = {{fr, {QStringLiteral("contrôleur")}}};
    controller.note = QStringLiteral("Art. 4(7) GDPR");
    Glossary::Term processor;
    processor.source = QStringLiteral("processor");
    processor.approved = {{nl, {QStringLiteral("verwerker")}}, {QStringLiteral("de"), {QStringLiteral("Auftragsverarbeiter")}}};
    processor.forbidden = {{nl, {QStringLiteral("bewerker")}}};
    return {controller, processor};
}

} // namespace

class TestGlossaryTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsAndData()
    {
        GlossaryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTerms(sampleTerms(), {nl, it, fr});
        // The languages asked for, then the other languages of the terms.
        QCOMPARE(model.languages(), (QStringList{nl, it, fr, QStringLiteral("de")}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 1 + 2 * 4 + 1);
        QCOMPARE(model.noteColumn(), 9);
        QCOMPARE(model.languageColumn(it, false), 3);
        QCOMPARE(model.languageColumn(fr, true), 6);
        QCOMPARE(model.languageOf(6), fr);
        QVERIFY(model.isForbiddenColumn(6));
        QVERIFY(!model.isForbiddenColumn(5));
        QVERIFY(model.languageOf(GlossaryTableModel::SourceColumn).isEmpty());
        QVERIFY(model.languageOf(model.noteColumn()).isEmpty());
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Term (EN)"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("IT approved"));
        QCOMPARE(model.headerData(6, Qt::Horizontal).toString(), QStringLiteral("FR forbidden"));
        QCOMPARE(model.headerData(6, Qt::Horizontal, GlossaryTableModel::LanguageRole).toString(), fr);
        QCOMPARE(model.headerData(9, Qt::Horizontal).toString(), QStringLiteral("Note"));

        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("controller"));
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("titolare del trattamento, titolare"));
        QCOMPARE(model.index(0, 3).data(GlossaryTableModel::TextsRole).toStringList(),
                 (QStringList{QStringLiteral("titolare del trattamento"), QStringLiteral("titolare")}));
        QCOMPARE(model.index(0, 6).data().toString(), QStringLiteral("contrôleur"));
        QCOMPARE(model.index(1, 6).data().toString(), QString());
        QCOMPARE(model.index(1, 7).data().toString(), QStringLiteral("Auftragsverarbeiter"));
        QCOMPARE(model.index(0, 9).data().toString(), QStringLiteral("Art. 4(7) GDPR"));
        QVERIFY(model.flags(model.index(0, 3)).testFlag(Qt::ItemIsEditable));
        QCOMPARE(model.rowOf(QStringLiteral("PROCESSOR")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("recipient")), -1);
    }

    void splitTexts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("one") << QStringLiteral("verwerker") << QStringList{QStringLiteral("verwerker")};
        QTest::newRow("commas") << QStringLiteral("titolare del trattamento,  titolare ,")
                                << QStringList{QStringLiteral("titolare del trattamento"), QStringLiteral("titolare")};
        QTest::newRow("semicolon") << QStringLiteral("responsable du traitement; responsable")
                                   << QStringList{QStringLiteral("responsable du traitement"), QStringLiteral("responsable")};
        QTest::newRow("empty") << QStringLiteral(" , ") << QStringList();
    }

    void splitTexts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, texts);
        QCOMPARE(GlossaryTableModel::splitTexts(text), texts);
        QCOMPARE(GlossaryTableModel::splitTexts(GlossaryTableModel::joinTexts(texts)), texts);
    }

    void editsWithoutHandler()
    {
        GlossaryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTerms(sampleTerms(), {nl, it, fr});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy refused(&model, &GlossaryTableModel::editRefused);

        QVERIFY(model.setData(model.index(1, model.languageColumn(fr, false)), QStringLiteral("sous-traitant, sous-traitants")));
        QCOMPARE(model.term(1).approved.value(fr), (QStringList{QStringLiteral("sous-traitant"), QStringLiteral("sous-traitants")}));
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.setData(model.index(1, model.languageColumn(nl, true)), QString()));
        QVERIFY(!model.term(1).forbidden.contains(nl));
        QVERIFY(model.setData(model.index(1, model.noteColumn()), QStringLiteral("Art. 4(8) GDPR")));
        QCOMPARE(model.term(1).note, QStringLiteral("Art. 4(8) GDPR"));

        // Refused: a second "controller", an empty source term, a text both approved and forbidden.
        QVERIFY(!model.setData(model.index(1, GlossaryTableModel::SourceColumn), QStringLiteral("Controller")));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.constLast().constFirst().toString().contains(QStringLiteral("already has the term \"Controller\"")));
        QVERIFY(!model.setData(model.index(1, GlossaryTableModel::SourceColumn), QStringLiteral("  ")));
        QVERIFY(!model.setData(model.index(0, model.languageColumn(fr, true)), QStringLiteral("responsable du traitement")));
        QCOMPARE(refused.size(), 3);
        QCOMPARE(model.term(1).source, QStringLiteral("processor"));
        QCOMPARE(model.term(0).forbidden.value(fr), QStringList{QStringLiteral("contrôleur")});
    }

    void editsThroughHandler()
    {
        GlossaryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTerms(sampleTerms(), {nl, it, fr});
        QList<Glossary::Term> stored = sampleTerms();
        int calls = 0;
        model.setEditHandler([&](int row, const Glossary::Term& changed) {
            ++calls;
            stored[row] = changed;
            model.setTerms(stored);
            return true;
        });
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.setData(model.index(0, model.languageColumn(nl, true)), QStringLiteral("verantwoordelijke")));
        QCOMPARE(calls, 1);
        QCOMPARE(stored.at(0).forbidden.value(nl), QStringList{QStringLiteral("verantwoordelijke")});
        QCOMPARE(model.index(0, model.languageColumn(nl, true)).data().toString(), QStringLiteral("verantwoordelijke"));
        // The same text again is no change.
        QVERIFY(model.setData(model.index(0, model.languageColumn(nl, true)), QStringLiteral(" verantwoordelijke ")));
        QCOMPARE(calls, 1);
        // A handler that refuses leaves the model as it was.
        model.setEditHandler([](int, const Glossary::Term&) { return false; });
        QVERIFY(!model.setData(model.index(0, GlossaryTableModel::SourceColumn), QStringLiteral("data controller")));
        QCOMPARE(model.term(0).source, QStringLiteral("controller"));
        QCOMPARE(reset.size(), 0); // in-place edits keep the rows
    }

    void setTermsResetsOnlyWhenRowsChange()
    {
        GlossaryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTerms(sampleTerms(), {nl, it, fr});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<Glossary::Term> terms = sampleTerms();
        terms[1].note = QStringLiteral("Art. 28 GDPR");
        model.setTerms(terms);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 1);
        terms.removeFirst();
        model.setTerms(terms);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        // A new language gets its columns.
        terms[0].approved.insert(QStringLiteral("es"), {QStringLiteral("encargado del tratamiento")});
        model.setTerms(terms);
        QCOMPARE(reset.size(), 2);
        QVERIFY(model.languages().contains(QStringLiteral("es")));
    }
};

QTEST_GUILESS_MAIN(TestGlossaryTableModel)
#include "TestGlossaryTableModel.moc"
