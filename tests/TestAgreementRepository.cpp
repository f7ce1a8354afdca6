// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "register/CatalogRepository.h"
#include "register/SubProcessorRepository.h"
#include "templates/AgreementRepository.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateRepository.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestAgreementRepository : public QObject
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

    // Edits the template and the register the way a user would after signing.
    static void changeTemplateAndRegister(Database& db)
    {
        TemplateRepository templates(db);
        const qint64 templateId = templates.templates().constFirst().id;
        for (const Clause& c : templates.clauses(templateId)) {
            for (auto it = c.texts.cbegin(); it != c.texts.cend(); ++it)
                QVERIFY(templates.saveClauseText(c.id, it.key(), it->title, it->body + QStringLiteral("\n\nAMENDED")));
        }
        SubProcessorRepository subProcessors(db);
        SubProcessor sp = subProcessors.all().constFirst();
        sp.legalName = QStringLiteral("Renamed Hosting GmbH");
        QVERIFY(subProcessors.save(sp));
        CatalogRepository catalog(db);
        Organisation org = catalog.organisation();
        org.name = QStringLiteral("Renamed Processor B.V.");
        QVERIFY(catalog.saveOrganisation(org));
    }

    QTemporaryDir m_dir;
    int m_count = 0;

private Q_SLOTS:
    void demoAgreements()
    {
        auto db = demoWorkspace();
        QVERIFY(db);
        AgreementRepository agreements(*db);
        const QList<Agreement> all = agreements.all();
        QCOMPARE(all.size(), 2);
        const auto signedOne = agreements.find(agreements.idByReference(QStringLiteral("DPA-DELINDE")));
        QVERIFY(signedOne);
        QCOMPARE(signedOne->status, Agreement::Status::Signed);
        QCOMPARE(signedOne->languages, QStringList{QStringLiteral("nl")});
        QVERIFY(signedOne->signedAt.isValid());
        QVERIFY(agreements.signedText(signedOne->id, QStringLiteral("nl")).contains(QStringLiteral("Stichting Zorgcentrum De Linde")));
        const auto sent = agreements.find(agreements.idByReference(QStringLiteral("DPA-ORTOFRESCO")));
        QVERIFY(sent);
        QCOMPARE(sent->status, Agreement::Status::Sent);
        QCOMPARE(sent->languages, QStringList{QStringLiteral("it")});
        QVERIFY(agreements.signedText(sent->id, QStringLiteral("it")).isEmpty());
    }

    void signedAgreementKeepsItsText()
    {
        auto db = demoWorkspace();
        QVERIFY(db);
        AgreementRepository agreements(*db);
        TemplateRenderer renderer(*db);
        const qint64 signedId = agreements.idByReference(QStringLiteral("DPA-DELINDE"));
        const qint64 sentId = agreements.idByReference(QStringLiteral("DPA-ORTOFRESCO"));
        const auto signedBefore = renderer.renderAgreement(signedId, QStringLiteral("nl"));
        const auto sentBefore = renderer.renderAgreement(sentId, QStringLiteral("it"));
        QVERIFY(signedBefore.ok());
        QVERIFY(sentBefore.ok());

        changeTemplateAndRegister(*db);

        const auto signedAfter = renderer.renderAgreement(signedId, QStringLiteral("nl"));
        QVERIFY(signedAfter.ok());
        QCOMPARE(signedAfter.markdown, signedBefore.markdown);
        QVERIFY(!signedAfter.markdown.contains(QStringLiteral("AMENDED")));
        // The agreement that is not signed follows the template and the register.
        const auto sentAfter = renderer.renderAgreement(sentId, QStringLiteral("it"));
        QVERIFY(sentAfter.ok());
        QVERIFY(sentAfter.markdown.contains(QStringLiteral("AMENDED")));
        QVERIFY(sentAfter.markdown.contains(QStringLiteral("Renamed Processor B.V.")));
    }

    void signedAgreementIsFrozen()
    {
        auto db = demoWorkspace();
        QVERIFY(db);
        AgreementRepository agreements(*db);
        auto a = agreements.find(agreements.idByReference(QStringLiteral("DPA-DELINDE")));
        QVERIFY(a);
        a->services = QStringLiteral("Something else");
        a->status = Agreement::Status::Draft;
        QVERIFY(!agreements.save(*a));
        QVERIFY(agreements.errorString().contains(QStringLiteral("signed")));
        QVERIFY(!agreements.sign(a->id, {{QStringLiteral("nl"), QStringLiteral("x")}}));
        QCOMPARE(agreements.find(a->id)->services, agreements.find(a->id)->services);
        QVERIFY(agreements.find(a->id)->services != QStringLiteral("Something else"));
    }

    void signingStoresEveryLanguage()
    {
        auto db = demoWorkspace();
        QVERIFY(db);
        AgreementRepository agreements(*db);
        auto a = agreements.find(agreements.idByReference(QStringLiteral("DPA-ORTOFRESCO")));
        QVERIFY(a);
        a->languages = {QStringLiteral("it"), QStringLiteral("en")};
        QVERIFY2(agreements.save(*a), qPrintable(agreements.errorString()));
        // A missing language is refused and nothing is stored.
        QVERIFY(!agreements.sign(a->id, {{QStringLiteral("it"), QStringLiteral("testo")}}));
        QCOMPARE(agreements.find(a->id)->status, Agreement::Status::Sent);
        QVERIFY(agreements.signedText(a->id, QStringLiteral("it")).isEmpty());
        QString error;
        QVERIFY2(TemplateRenderer(*db).signAgreement(a->id, &error), qPrintable(error));
        QCOMPARE(agreements.find(a->id)->status, Agreement::Status::Signed);
        QVERIFY(agreements.signedText(a->id, QStringLiteral("it")).contains(QStringLiteral("Allegato B")));
        QVERIFY(agreements.signedText(a->id, QStringLiteral("en")).contains(QStringLiteral("Appendix B")));
    }

    void optionsLeaveOptionalClausesOut()
    {
        auto db = demoWorkspace();
        QVERIFY(db);
        AgreementRepository agreements(*db);
        TemplateRepository templates(*db);
        TemplateRenderer renderer(*db);
        const qint64 templateId = templates.templates().constFirst().id;
        Clause precedence;
        for (const Clause& c : templates.clauses(templateId)) {
            if (c.key == QLatin1String("precedence"))
                precedence = c;
        }
        QVERIFY(precedence.id > 0);
        const QString title = precedence.texts.value(QStringLiteral("it")).title;
        const qint64 id = agreements.idByReference(QStringLiteral("DPA-ORTOFRESCO"));
        const QString before = renderer.renderAgreement(id, QStringLiteral("it")).markdown;
        QVERIFY(before.contains(title));

        // Not optional: the option is stored but does not matter.
        auto a = agreements.find(id);
        a->options.insert(precedence.key, false);
        QVERIFY2(agreements.save(*a), qPrintable(agreements.errorString()));
        QCOMPARE(agreements.find(id)->options.value(precedence.key, true), false);
        QCOMPARE(renderer.renderAgreement(id, QStringLiteral("it")).markdown, before);

        // Optional, no choice: included (the default).
        precedence.optional = true;
        QVERIFY(templates.saveClauseProperties(precedence));
        a->options.clear();
        QVERIFY(agreements.save(*a));
        QVERIFY(agreements.find(id)->options.isEmpty());
        QCOMPARE(renderer.renderAgreement(id, QStringLiteral("it")).markdown, before);

        // Left out: gone from the text, and the articles after it close up.
        a->options.insert(precedence.key, false);
        QVERIFY(agreements.save(*a));
        const QString without = renderer.renderAgreement(id, QStringLiteral("it")).markdown;
        QVERIFY(!without.contains(title));
        const auto lastArticle = [](const QString& markdown) {
            int last = 0;
            static const QRegularExpression heading(QStringLiteral("^## (\\d+)\\. "), QRegularExpression::MultilineOption);
            for (auto it = heading.globalMatch(markdown); it.hasNext();)
                last = std::max(last, it.next().captured(1).toInt());
            return last;
        };
        QVERIFY(lastArticle(before) > 20);
        QCOMPARE(lastArticle(without), lastArticle(before) - 1);

        // Signed while left out: the signed text keeps that, whatever the options are later.
        QString error;
        QVERIFY2(renderer.signAgreement(id, &error), qPrintable(error));
        QCOMPARE(agreements.signedText(id, QStringLiteral("it")), without);
        auto signedOne = agreements.find(id);
        signedOne->options.clear();
        QVERIFY(!agreements.save(*signedOne));
        QCOMPARE(agreements.find(id)->options.value(precedence.key), false);
        precedence.optional = false;
        QVERIFY(templates.saveClauseProperties(precedence));
        QCOMPARE(renderer.renderAgreement(id, QStringLiteral("it")).markdown, without);
    }

    void issueErrorsNameTheClauseLanguageAndLine()
    {
        auto db = demoWorkspace();
        QVERIFY(db);
        AgreementRepository agreements(*db);
        TemplateRepository templates(*db);
        TemplateRenderer renderer(*db);
        auto a = agreements.find(agreements.idByReference(QStringLiteral("DPA-ORTOFRESCO")));
        a->languages = {QStringLiteral("it"), QStringLiteral("fr")};
        QVERIFY(agreements.save(*a));
        QVERIFY(renderer.issueErrors(*a).isEmpty());
        const qint64 templateId = templates.templates().constFirst().id;
        Clause recitals;
        for (const Clause& c : templates.clauses(templateId)) {
            if (c.key == QLatin1String("recitals"))
                recitals = c;
        }
        const ClauseText fr = recitals.texts.value(QStringLiteral("fr"));
        QVERIFY(templates.saveClauseText(recitals.id, QStringLiteral("fr"), fr.title, QStringLiteral("Ligne un\n{{ agreement.nope }}")));
        const auto errors = renderer.issueErrors(*a);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().clauseNumber, QStringLiteral("2"));
        QCOMPARE(errors.constFirst().language, QStringLiteral("fr"));
        QCOMPARE(errors.constFirst().line, 2);
        QVERIFY(errors.constFirst().toString().contains(QStringLiteral("agreement.nope")));
        QString error;
        QVERIFY(!renderer.signAgreement(a->id, &error));
        QCOMPARE(agreements.find(a->id)->status, Agreement::Status::Sent);
    }

    void refusesIncompleteAgreement()
    {
        auto db = demoWorkspace();
        QVERIFY(db);
        AgreementRepository agreements(*db);
        Agreement a;
        a.reference = QStringLiteral("X");
        QVERIFY(!agreements.save(a));
        QCOMPARE(a.id, qint64(0));
        QCOMPARE(agreements.all().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAgreementRepository)
#include "TestAgreementRepository.moc"
