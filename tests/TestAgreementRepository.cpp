// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "register/CatalogRepository.h"
#include "register/SubProcessorRepository.h"
#include "templates/AgreementRepository.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateRepository.h"

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
