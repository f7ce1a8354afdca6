// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "register/CatalogRepository.h"
#include "register/SubProcessorRepository.h"
#include "templates/AgreementRepository.h"
#include "templates/ResourceFreeDocument.h"
#include "templates/TemplateImporter.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateRepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextTable>

class TestTemplateRenderer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> demoWorkspace()
    {
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("demo%1.registro").arg(++m_count)), &error);
        if (!db || !DemoWorkspace::populate(*db, &error)) {
            qWarning() << error;
            return nullptr;
        }
        return db;
    }

    // A draft agreement for the demo's first client in all four languages.
    qint64 draftAgreement(Database& db)
    {
        AgreementRepository agreements(db);
        CatalogRepository catalog(db);
        Agreement a;
        a.templateId = TemplateRepository(db).templates().constFirst().id;
        a.partyId = catalog.parties(PartyKind::Client).constFirst().id;
        a.reference = QStringLiteral("TEST-%1").arg(++m_count);
        a.languages = {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("it"), QStringLiteral("fr")};
        a.effectiveDate = QDate(2026, 1, 1);
        a.services = QStringLiteral("Scheduling");
        a.noticeUnit = QStringLiteral("working");
        if (!agreements.save(a))
            qWarning() << agreements.errorString();
        return a.id;
    }

    static QString plainText(const QString& markdown, int* resourceRequests = nullptr)
    {
        ResourceFreeDocument document;
        document.setMarkdown(markdown);
        if (resourceRequests)
            *resourceRequests = document.resourceRequests();
        return document.toPlainText();
    }

    // A three-article template: 1 always, 2 only with non-EEA transfers (2.1 under it), 3 always.
    qint64 conditionalTemplate(Database& db, const QString& secondBody = QStringLiteral("Transfers."))
    {
        const QString json = QStringLiteral(R"({"format": "registro-template", "version": 1, "name": "Small",
            "source_language": "en", "languages": ["en"], "title": {"en": "Small"},
            "clauses": [
              {"key": "one", "kind": "article", "title": {"en": "One"}, "text": {"en": "First."}},
              {"key": "two", "kind": "article", "title": {"en": "Two"}, "condition": "register.has_non_eea_transfers",
               "text": {"en": "%1"},
               "children": [{"key": "two-a", "kind": "clause", "title": {"en": "Two A"}, "text": {"en": "Sub."}}]},
              {"key": "three", "kind": "article", "title": {"en": "Three"}, "text": {"en": "Third {{ x }}."},
               "children": [{"key": "three-a", "kind": "clause", "title": {"en": "Three A"}, "text": {"en": "Line one\nline two {{ missing.value }}"}}]},
              {"key": "app", "kind": "appendix", "title": {"en": "Annex"}, "text": {"en": "Data."}}
            ]})").arg(secondBody);
        QString error;
        const qint64 id = TemplateImporter::importJson(db, json.toUtf8(), &error);
        if (id == 0)
            qWarning() << error;
        return id;
    }

    QTemporaryDir m_dir;
    int m_count = 0;

private Q_SLOTS:
    void sampleRendersCompletely_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("appendixB");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Appendix B");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Bijlage B");
        QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("Allegato B");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Annexe B");
    }

    void sampleRendersCompletely()
    {
        QFETCH(QString, language);
        QFETCH(QString, appendixB);
        auto db = demoWorkspace();
        QVERIFY(db);
        TemplateRenderer renderer(*db);
        const auto result = renderer.renderAgreement(draftAgreement(*db), language);
        for (const auto& e : result.errors)
            qWarning() << e.toString();
        QVERIFY(result.ok());
        QVERIFY(!result.markdown.contains(QStringLiteral("{{")));
        QVERIFY(!result.markdown.contains(QStringLiteral("{%")));
        QVERIFY(!result.markdown.contains(QStringLiteral("{#")));
        QVERIFY(result.markdown.contains(QStringLiteral("## ") + appendixB));
        int requests = -1;
        const QString text = plainText(result.markdown, &requests);
        QCOMPARE(requests, 0);
        QVERIFY(text.contains(CatalogRepository(*db).organisation().name));
        // Appendix B lists every sub-processor that is not removed.
        const qsizetype appendix = text.indexOf(appendixB);
        QVERIFY(appendix > 0);
        for (const SubProcessor& sp : SubProcessorRepository(*db).all()) {
            if (sp.status != SubProcessorStatus::Removed)
                QVERIFY2(text.indexOf(sp.legalName, appendix) > appendix, qPrintable(sp.legalName));
        }
    }

    void appendicesFromRegister()
    {
        auto db = demoWorkspace();
        QVERIFY(db);
        CatalogRepository catalog(*db);
        const QString text = plainText(TemplateRenderer(*db).renderAgreement(draftAgreement(*db), QStringLiteral("en")).markdown);
        const qsizetype a = text.indexOf(QStringLiteral("Appendix A"));
        const qsizetype b = text.indexOf(QStringLiteral("Appendix B"));
        const qsizetype c = text.indexOf(QStringLiteral("Appendix C"));
        QVERIFY(a > 0 && b > a && c > b);
        // Appendix C: every measure of the catalogue, under its section.
        for (const SecurityMeasure& m : catalog.measures()) {
            QVERIFY2(text.indexOf(m.title, c) > c, qPrintable(m.title));
            QVERIFY2(text.indexOf(m.section, c) > c, qPrintable(m.section));
        }
        // Appendix A: the categories with their retention, and a new category appears once used.
        const QString appendixA = text.mid(a, b - a);
        QVERIFY(!appendixA.trimmed().isEmpty());
        for (const DataCategory& cat : catalog.dataCategories()) {
            if (appendixA.contains(cat.name) && !cat.retention.isEmpty())
                QVERIFY2(appendixA.contains(cat.retention), qPrintable(cat.name));
        }
        // A new sub-processor shows up in Appendix B at once.
        SubProcessor sp;
        sp.legalName = QStringLiteral("Nordic Backup AB");
        sp.service = QStringLiteral("Offsite backups");
        sp.countries = {QStringLiteral("SE")};
        QVERIFY(SubProcessorRepository(*db).save(sp));
        const QString again = plainText(TemplateRenderer(*db).renderAgreement(draftAgreement(*db), QStringLiteral("nl")).markdown);
        QVERIFY(again.indexOf(QStringLiteral("Nordic Backup AB")) > again.indexOf(QStringLiteral("Bijlage B")));
        QVERIFY(again.contains(QStringLiteral("Zweden")));
    }

    void conditionalClauses_data()
    {
        QTest::addColumn<bool>("transfers");
        QTest::newRow("with transfers") << true;
        QTest::newRow("without transfers") << false;
    }

    void conditionalClauses()
    {
        QFETCH(bool, transfers);
        auto db = demoWorkspace();
        QVERIFY(db);
        const qint64 id = conditionalTemplate(*db);
        QVERIFY(id > 0);
        const QVariantHash context{{QStringLiteral("register"), QVariantHash{{QStringLiteral("has_non_eea_transfers"), transfers}}},
                                   {QStringLiteral("x"), QStringLiteral("X")},
                                   {QStringLiteral("missing"), QVariantHash{{QStringLiteral("value"), 1}}}};
        const auto result = TemplateRenderer(*db).renderTemplate(id, context, QStringLiteral("en"));
        QVERIFY(result.ok());
        QCOMPARE(result.markdown.contains(QStringLiteral("## 2. Two")), transfers);
        QCOMPARE(result.markdown.contains(QStringLiteral("### 2.1 Two A")), transfers);
        QCOMPARE(result.markdown.contains(QStringLiteral("Transfers.")), transfers);
        QVERIFY(result.markdown.contains(transfers ? QStringLiteral("## 3. Three") : QStringLiteral("## 2. Three")));
        QVERIFY(result.markdown.contains(transfers ? QStringLiteral("### 3.1 Three A") : QStringLiteral("### 2.1 Three A")));
        QVERIFY(result.markdown.contains(QStringLiteral("## Appendix A – Annex")));
    }

    void sampleTransfersClauseFollowsRegister()
    {
        auto db = demoWorkspace();
        QVERIFY(db);
        SubProcessorRepository subProcessors(*db);
        const qint64 agreement = draftAgreement(*db);
        const QString before = TemplateRenderer(*db).renderAgreement(agreement, QStringLiteral("en")).markdown;
        QVERIFY(before.contains(QStringLiteral("International transfers")));
        // Move every sub-processor into the EEA: the transfers article disappears.
        for (SubProcessor sp : subProcessors.all()) {
            sp.countries = {QStringLiteral("DE")};
            sp.safeguard = TransferSafeguard::NotRequired;
            sp.sccModule = 0;
            QVERIFY2(subProcessors.save(sp), qPrintable(subProcessors.errorString()));
        }
        const QString after = TemplateRenderer(*db).renderAgreement(agreement, QStringLiteral("en")).markdown;
        QVERIFY(!after.contains(QStringLiteral("International transfers")));
    }

    void escapesRegisterValues()
    {
        auto db = demoWorkspace();
        QVERIFY(db);
        SubProcessorRepository subProcessors(*db);
        QList<SubProcessor> all = subProcessors.all();
        QVERIFY(all.size() >= 3);
        const QStringList nasty{QStringLiteral("<img src=\"file:///etc/passwd\">"), QStringLiteral("**Acme**"),
                                QStringLiteral("Pipe | Co [x](http://evil.example)")};
        for (int i = 0; i < 3; ++i) {
            all[i].legalName = nasty.at(i);
            all[i].status = SubProcessorStatus::Active;
            QVERIFY2(subProcessors.save(all[i]), qPrintable(subProcessors.errorString()));
        }
        const auto result = TemplateRenderer(*db).renderAgreement(draftAgreement(*db), QStringLiteral("en"));
        QVERIFY(result.ok());
        ResourceFreeDocument document;
        document.setMarkdown(result.markdown);
        const QString text = document.toPlainText();
        for (const QString& name : nasty)
            QVERIFY2(text.contains(name), qPrintable(name));
        QCOMPARE(document.resourceRequests(), 0);
        const QString html = TemplateRenderer::toHtml(result.markdown);
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("evil.example\"")));
        // The pipe stays inside its table cell.
        bool found = false;
        for (QTextFrame* frame : document.rootFrame()->childFrames()) {
            auto* table = qobject_cast<QTextTable*>(frame);
            if (!table)
                continue;
            for (int row = 0; row < table->rows(); ++row) {
                for (int column = 0; column < table->columns(); ++column) {
                    QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
                    cursor.setPosition(table->cellAt(row, column).lastPosition(), QTextCursor::KeepAnchor);
                    if (cursor.selectedText() == nasty.at(2))
                        found = true;
                }
            }
        }
        QVERIFY(found);
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed if") << QStringLiteral("One\n{% if x %}two\nthree") << 2 << QStringLiteral("never closed");
        QTest::newRow("unclosed variable") << QStringLiteral("One\ntwo\n{{ x") << 3 << QStringLiteral("not closed");
        QTest::newRow("unknown variable") << QStringLiteral("One {{ x }}\n{{ agreement.nope }}") << 2 << QStringLiteral("agreement.nope");
        QTest::newRow("unknown in if") << QStringLiteral("{% if y == 2 %}a{% endif %}") << 1 << QStringLiteral("\"y\"");
        QTest::newRow("unknown in loop") << QStringLiteral("{% for s in list %}\n{{ s.bad }}\n{% endfor %}") << 2
                                         << QStringLiteral("s.bad");
        QTest::newRow("stray endfor") << QStringLiteral("a\nb\n{% endfor %}") << 3 << QStringLiteral("endfor");
        QTest::newRow("unknown filter") << QStringLiteral("{{ x|nosuchfilter }}") << 0 << QStringLiteral("nosuchfilter");
    }

    void syntaxErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        const QVariantHash context{{QStringLiteral("x"), 1},
                                   {QStringLiteral("agreement"), QVariantHash{{QStringLiteral("reference"), QStringLiteral("R")}}},
                                   {QStringLiteral("list"), QVariantList{QVariantHash{{QStringLiteral("good"), 1}}}}};
        const auto result = TemplateRenderer::renderText(text, context, QStringLiteral("en"));
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.constFirst().line, line);
        QVERIFY2(result.errors.constFirst().message.contains(message), qPrintable(result.errors.constFirst().message));
    }

    void errorNamesClauseAndLine()
    {
        auto db = demoWorkspace();
        QVERIFY(db);
        const qint64 id = conditionalTemplate(*db, QStringLiteral("{% if register.has_non_eea_transfers %}open"));
        QVERIFY(id > 0);
        const QVariantHash context{{QStringLiteral("register"), QVariantHash{{QStringLiteral("has_non_eea_transfers"), true}}},
                                   {QStringLiteral("x"), QStringLiteral("X")}};
        const auto result = TemplateRenderer(*db).renderTemplate(id, context, QStringLiteral("en"));
        QCOMPARE(result.errors.size(), 2);
        QCOMPARE(result.errors.at(0).clauseNumber, QStringLiteral("2"));
        QCOMPARE(result.errors.at(0).line, 1);
        QCOMPARE(result.errors.at(1).clauseNumber, QStringLiteral("3.1"));
        QCOMPARE(result.errors.at(1).line, 2);
        QVERIFY(result.errors.at(1).toString().contains(QStringLiteral("clause 3.1")));
        QVERIFY(result.errors.at(1).toString().contains(QStringLiteral("line 2")));
    }

    // Conditions are evaluated together; one that fails is named by its clause, and the others
    // still decide their clauses.
    void conditionErrorNamesItsClause()
    {
        auto db = demoWorkspace();
        QVERIFY(db);
        const qint64 id = conditionalTemplate(*db);
        QVERIFY(id > 0);
        TemplateRepository templates(*db);
        QList<Clause> clauses = templates.clauses(id);
        for (Clause& c : clauses) {
            if (c.key == QLatin1String("three")) {
                c.condition = QStringLiteral("register.no_such_flag");
                QVERIFY2(templates.saveClause(c), qPrintable(templates.errorString()));
            }
        }
        const QVariantHash context{{QStringLiteral("register"), QVariantHash{{QStringLiteral("has_non_eea_transfers"), false}}},
                                   {QStringLiteral("x"), QStringLiteral("X")},
                                   {QStringLiteral("missing"), QVariantHash{{QStringLiteral("value"), 1}}}};
        const auto result = TemplateRenderer(*db).renderTemplate(id, context, QStringLiteral("en"));
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.constFirst().clauseKey, QStringLiteral("three"));
        QVERIFY2(result.errors.constFirst().message.contains(QStringLiteral("register.no_such_flag")),
                 qPrintable(result.errors.constFirst().message));
        QVERIFY(!result.markdown.contains(QStringLiteral("Transfers.")));
        QVERIFY(result.markdown.contains(QStringLiteral("## 1. One")));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        const QVariant march = QDate(2025, 3, 1);
        QTest::newRow("date en") << QStringLiteral("{{ v|longdate }}") << march << QStringLiteral("en") << QStringLiteral("1 March 2025");
        QTest::newRow("date nl") << QStringLiteral("{{ v|longdate }}") << march << QStringLiteral("nl") << QStringLiteral("1 maart 2025");
        QTest::newRow("date it") << QStringLiteral("{{ v|longdate }}") << march << QStringLiteral("it") << QStringLiteral("1 marzo 2025");
        QTest::newRow("date fr") << QStringLiteral("{{ v|longdate }}") << march << QStringLiteral("fr") << QStringLiteral("1er mars 2025");
        struct Row
        {
            int number;
            const char* en;
            const char* nl;
            const char* it;
            const char* fr;
        };
        const Row rows[] = {
            {0, "zero", "nul", "zero", "zéro"},
            {15, "fifteen", "vijftien", "quindici", "quinze"},
            {21, "twenty-one", "eenentwintig", "ventuno", "vingt et un"},
            {22, "twenty-two", "tweeëntwintig", "ventidue", "vingt-deux"},
            {23, "twenty-three", "drieëntwintig", "ventitré", "vingt-trois"},
            {30, "thirty", "dertig", "trenta", "trente"},
            {48, "forty-eight", "achtenveertig", "quarantotto", "quarante-huit"},
            {71, "seventy-one", "eenenzeventig", "settantuno", "soixante et onze"},
            {80, "eighty", "tachtig", "ottanta", "quatre-vingts"},
            {99, "ninety-nine", "negenennegentig", "novantanove", "quatre-vingt-dix-neuf"},
            {100, "one hundred", "honderd", "cento", "cent"},
            {200, "two hundred", "tweehonderd", "duecento", "deux cents"},
            {365, "three hundred and sixty-five", "driehonderdvijfenzestig", "trecentosessantacinque", "trois cent soixante-cinq"},
            {1000, "one thousand", "duizend", "mille", "mille"},
        };
        for (const Row& row : rows) {
            const char* names[] = {row.en, row.nl, row.it, row.fr};
            const char* languages[] = {"en", "nl", "it", "fr"};
            for (int i = 0; i < 4; ++i)
                QTest::addRow("%d %s", row.number, languages[i]) << QStringLiteral("{{ v|spellnumber }}") << QVariant(row.number)
                                                                 << QString::fromLatin1(languages[i]) << QString::fromUtf8(names[i]);
        }
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QVariant, value);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const auto result = TemplateRenderer::renderText(text, {{QStringLiteral("v"), value}}, language);
        QVERIFY(result.ok());
        // The output is escaped Markdown: compare what a reader sees.
        QCOMPARE(plainText(result.markdown), expected);
    }
};

QTEST_GUILESS_MAIN(TestTemplateRenderer)
#include "TestTemplateRenderer.moc"
