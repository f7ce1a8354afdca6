// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "translation/GlossaryRepository.h"
#include "translation/TranslationQa.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

Glossary::Term makeTerm(const QString& source, const QHash<QString, QStringList>& approved,
                        const QHash<QString, QStringList>& forbidden = {}, const QString& note = {})
{
    Glossary::Term term;
    term.source = source;
    term.approved = approved;
    term.forbidden = forbidden;
    term.note = note;
    return term;
}

const QString nl = QStringLiteral("nl");
const QString it = QStringLiteral("it");
const QString fr = QStringLiteral("fr");

Glossary::Term undueDelay()
{
    return makeTerm(QStringLiteral("without undue delay"),
                    {{nl, {QStringLiteral("onverwijld"), QStringLiteral("zonder onredelijke vertraging")}},
                     {it, {QStringLiteral("senza ingiustificato ritardo")}},
                     {fr, {QStringLiteral("dans les meilleurs délais")}}},
                    {{fr, {QStringLiteral("sans délai")}}}, QStringLiteral("Art. 33(2) GDPR"));
}

ClauseSegment segment(const QString& language, const QString& source, const QString& target)
{
    ClauseSegment s;
    s.id = QStringLiteral("breach-notice");
    s.sourceLanguage = QStringLiteral("en");
    s.targetLanguage = language;
    s.source = source;
    s.target = target;
    return s;
}

QStringList glossaryFindings(const TranslationQa& qa, const ClauseSegment& s)
{
    QStringList result;
    for (const QaFinding& f : qa.run(TranslationQa::Check::Glossary, s))
        result.append(QaFinding::severityCode(f.severity) + QLatin1Char(':') + s.target.mid(f.offset, f.length));
    return result;
}

} // namespace

class TestGlossaryRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    /** Everything stored about the glossary, including its audit trail. */
    QByteArray checksum()
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString& sql : {QStringLiteral("SELECT * FROM glossary_term ORDER BY id"),
                                   QStringLiteral("SELECT * FROM glossary_target ORDER BY id"),
                                   QStringLiteral("SELECT * FROM audit_log ORDER BY id")}) {
            for (const QVariantList& row : m_db->rows(sql)) {
                for (const QVariant& value : row)
                    hash.addData((value.isNull() ? QStringLiteral("<null>") : value.toString()).toUtf8() + '\x1f');
                hash.addData("\n");
            }
        }
        return hash.result().toHex();
    }

    QStringList sources(const QList<Glossary::Term>& terms)
    {
        QStringList result;
        for (const Glossary::Term& term : terms)
            result.append(term.source);
        return result;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("workspace-%1.registro").arg(++n));
        QString error;
        m_db = Database::create(path, &error);
        QVERIFY2(m_db, qPrintable(error));
        m_db->setUserName(QStringLiteral("dpo"));
    }

    void cleanup()
    {
        m_db.reset();
    }

    void untouchedWorkspaceUsesStarterSet()
    {
        GlossaryRepository repository(*m_db);
        QVERIFY(repository.isUntouched());
        QVERIFY(repository.storedTerms().isEmpty());
        QCOMPARE(repository.load().terms(), Glossary::builtIn().terms());

        QVERIFY2(repository.seedStarterSet(), qPrintable(repository.errorString()));
        QVERIFY(!repository.isUntouched());
        QCOMPARE(repository.storedTerms(), Glossary::builtIn().terms());
        // Seeding again changes nothing.
        const QByteArray before = checksum();
        QVERIFY(repository.seedStarterSet());
        QCOMPARE(checksum(), before);
    }

    void emptiedGlossaryStaysEmpty()
    {
        GlossaryRepository repository(*m_db);
        QVERIFY(repository.seedStarterSet());
        for (const Glossary::Term& term : repository.storedTerms())
            QVERIFY2(repository.removeTerm(term.source), qPrintable(repository.errorString()));
        QVERIFY(repository.storedTerms().isEmpty());
        QVERIFY(!repository.isUntouched());
        QVERIFY(repository.load().isEmpty());
        QVERIFY(repository.seedStarterSet());
        QVERIFY(repository.load().isEmpty());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM glossary_target")).toInt(), 0);
    }

    void roundTrip()
    {
        GlossaryRepository repository(*m_db);
        Glossary glossary;
        glossary.addTerm(makeTerm(QStringLiteral("controller"),
                                  {{nl, {QStringLiteral("verwerkingsverantwoordelijke")}},
                                   {it, {QStringLiteral("titolare del trattamento"), QStringLiteral("titolare")}},
                                   {fr, {QStringLiteral("responsable du traitement")}}},
                                  {{fr, {QStringLiteral("contrôleur")}}, {it, {QStringLiteral("controllore")}}},
                                  QStringLiteral("Art. 4(7) GDPR")));
        glossary.addTerm(undueDelay());
        glossary.addTerm(makeTerm(QStringLiteral("data subject"), {{QStringLiteral("de"), {QStringLiteral("betroffene Person")}}}));
        QVERIFY2(repository.replace(glossary), qPrintable(repository.errorString()));
        QCOMPARE(repository.storedTerms(), glossary.terms());
        QCOMPARE(repository.load().terms(), glossary.terms());
        QCOMPARE(repository.indexOf(QStringLiteral("DATA SUBJECT")), 2);
        QCOMPARE(repository.term(QStringLiteral("Controller"))->note, QStringLiteral("Art. 4(7) GDPR"));

        // Through a file into another workspace.
        const QString file = m_dir.filePath(QStringLiteral("glossary.json"));
        QVERIFY2(repository.exportFile(file), qPrintable(repository.errorString()));
        QString error;
        auto other = Database::create(m_dir.filePath(QStringLiteral("other.registro")), &error);
        QVERIFY2(other, qPrintable(error));
        GlossaryRepository otherRepository(*other);
        QVERIFY2(otherRepository.importFile(file), qPrintable(otherRepository.errorString()));
        QCOMPARE(otherRepository.storedTerms(), glossary.terms());
        QCOMPARE(Glossary::load(file, &error).terms(), glossary.terms());
        QVERIFY(error.isEmpty());
    }

    void addUpdateRemove()
    {
        GlossaryRepository repository(*m_db);
        QVERIFY(repository.seedStarterSet());
        const QStringList starter = sources(Glossary::builtIn().terms());
        QSignalSpy changed(m_db.get(), &Database::tableChanged);

        // Inserted as the second term; texts are trimmed and repeated ones dropped.
        Glossary::Term term = undueDelay();
        term.approved[nl].append(QStringLiteral("  Onverwijld "));
        QVERIFY2(repository.addTerm(term, 1), qPrintable(repository.errorString()));
        QVERIFY(!changed.isEmpty());
        QStringList expected = starter;
        expected.insert(1, term.source);
        QCOMPARE(sources(repository.storedTerms()), expected);
        QCOMPARE(repository.term(term.source)->approved.value(nl),
                 (QStringList{QStringLiteral("onverwijld"), QStringLiteral("zonder onredelijke vertraging")}));

        // Renamed, with other translations.
        Glossary::Term edited = *repository.term(term.source);
        edited.source = QStringLiteral("without delay");
        edited.approved[nl] = {QStringLiteral("onverwijld")};
        edited.forbidden.insert(nl, {QStringLiteral("zo snel mogelijk")});
        QVERIFY2(repository.updateTerm(term.source, edited), qPrintable(repository.errorString()));
        QVERIFY(!repository.term(term.source));
        QCOMPARE(*repository.term(QStringLiteral("without delay")), edited);
        QCOMPARE(repository.indexOf(QStringLiteral("without delay")), 1);

        QVERIFY(repository.removeTerm(QStringLiteral("Without Delay")));
        QCOMPARE(sources(repository.storedTerms()), starter);
        QVERIFY(!repository.removeTerm(QStringLiteral("without delay")));
        QVERIFY(repository.errorString().contains(QStringLiteral("no term")));
        // Every write is in the audit log.
        QVERIFY(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'glossary_target' "
                                            "AND new_value = 'deleted'")).toInt() > 0);
    }

    void duplicatesRefused()
    {
        GlossaryRepository repository(*m_db);
        QVERIFY(repository.seedStarterSet());
        const QByteArray before = checksum();

        QVERIFY(!repository.addTerm(makeTerm(QStringLiteral("  Controller "), {{nl, {QStringLiteral("verantwoordelijke")}}})));
        QVERIFY2(repository.errorString().contains(QStringLiteral("already has the term \"Controller\"")),
                 qPrintable(repository.errorString()));
        Glossary::Term processor = *repository.term(QStringLiteral("processor"));
        processor.source = QStringLiteral("CONTROLLER");
        QVERIFY(!repository.updateTerm(QStringLiteral("processor"), processor));
        QVERIFY(repository.errorString().contains(QStringLiteral("already has")));

        Glossary twice;
        twice.addTerm(undueDelay());
        twice.addTerm(undueDelay());
        QVERIFY(!repository.replace(twice));
        QVERIFY(repository.errorString().contains(QStringLiteral("more than once")));

        Glossary::Term both = undueDelay();
        both.forbidden.insert(nl, {QStringLiteral("Onverwijld")});
        QVERIFY(!repository.addTerm(both));
        QVERIFY(repository.errorString().contains(QStringLiteral("both approved and forbidden")));

        QVERIFY(!repository.addTerm(makeTerm(QStringLiteral("   "), {})));
        QVERIFY(repository.errorString().contains(QStringLiteral("needs a source term")));
        QCOMPARE(checksum(), before);
    }

    void malformedImportLeavesGlossaryUnchanged_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray head = R"({"format":"registro-glossary","version":1,)";
        QTest::newRow("not JSON") << QByteArray(R"({"format":"registro-glossary", "terms": [)") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("not a Registro glossary");
        QTest::newRow("other format") << QByteArray(R"({"format":"registro-template","version":1})") << QStringLiteral("not a Registro glossary");
        QTest::newRow("future version") << QByteArray(R"({"format":"registro-glossary","version":2,"terms":[]})") << QStringLiteral("version 2");
        QTest::newRow("no terms") << QByteArray(head + R"("terms":[]})") << QStringLiteral("no terms");
        QTest::newRow("terms not a list") << QByteArray(head + R"("terms":{"source":"controller"}})") << QStringLiteral("not a list");
        QTest::newRow("term not an object") << QByteArray(head + R"("terms":["controller"]})") << QStringLiteral("Term 1");
        QTest::newRow("no source") << QByteArray(head + R"("terms":[{"approved":{"nl":["verwerker"]}}]})") << QStringLiteral("no source term");
        QTest::newRow("texts not strings") << QByteArray(head + R"("terms":[{"source":"processor","approved":{"nl":[7]}}]})")
                                           << QStringLiteral("not lists of texts");
        QTest::newRow("language name") << QByteArray(head + R"("terms":[{"source":"processor","approved":{"dutch":["verwerker"]}}]})")
                                       << QStringLiteral("two-letter language code");
        QTest::newRow("approved and forbidden")
            << QByteArray(head + R"("terms":[{"source":"processor","approved":{"fr":["sous-traitant"]},"forbidden":{"fr":["Sous-traitant"]}}]})")
            << QStringLiteral("both approved and forbidden");
        QTest::newRow("duplicate source")
            << QByteArray(head + R"("terms":[{"source":"processor","approved":{"nl":["verwerker"]}},{"source":"Processor","approved":{"it":["responsabile del trattamento"]}}]})")
            << QStringLiteral("more than once");
        QTest::newRow("German source terms")
            << QByteArray(R"({"format":"registro-glossary","version":1,"source_language":"de","terms":[{"source":"Auftragsverarbeiter","approved":{"nl":["verwerker"]}}]})")
            << QStringLiteral("English (en) source terms");
    }

    void malformedImportLeavesGlossaryUnchanged()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        GlossaryRepository repository(*m_db);
        QVERIFY(repository.seedStarterSet());
        QVERIFY(repository.addTerm(undueDelay()));
        const QByteArray before = checksum();
        const QList<Glossary::Term> terms = repository.storedTerms();

        QVERIFY(!repository.importJson(json));
        QVERIFY2(repository.errorString().contains(message), qPrintable(repository.errorString()));
        QCOMPARE(checksum(), before);

        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        file.close();
        QVERIFY(!repository.importFile(path));
        QVERIFY2(repository.errorString().contains(QStringLiteral("was not changed")), qPrintable(repository.errorString()));
        QCOMPARE(checksum(), before);
        QCOMPARE(repository.storedTerms(), terms);
    }

    void importReplacesGlossary()
    {
        GlossaryRepository repository(*m_db);
        QVERIFY(repository.seedStarterSet());
        Glossary glossary;
        glossary.addTerm(undueDelay());
        QVERIFY2(repository.importJson(QJsonDocument(glossary.toJson()).toJson()), qPrintable(repository.errorString()));
        QCOMPARE(repository.storedTerms(), glossary.terms());
        QVERIFY(!repository.importFile(m_dir.filePath(QStringLiteral("missing.json"))));
        QVERIFY(repository.errorString().contains(QStringLiteral("Cannot read")));
        QCOMPARE(repository.storedTerms(), glossary.terms());
    }

    void qaUsesStoredGlossary()
    {
        GlossaryRepository repository(*m_db);
        QVERIFY(repository.seedStarterSet());
        const QString source = QStringLiteral("The processor shall notify the controller without undue delay.");
        const ClauseSegment dutch = segment(nl, source, QStringLiteral("De verwerker stelt de verwerkingsverantwoordelijke zo snel mogelijk in kennis."));
        const ClauseSegment italian = segment(it, source, QStringLiteral("Il responsabile del trattamento informa il titolare del trattamento senza ingiustificato ritardo."));
        const ClauseSegment french = segment(fr, source, QStringLiteral("Le sous-traitant notifie le responsable du traitement sans délai."));

        TranslationQa qa;
        qa.setGlossary(repository.load());
        QCOMPARE(glossaryFindings(qa, dutch), QStringList());
        QCOMPARE(glossaryFindings(qa, italian), QStringList());
        QCOMPARE(glossaryFindings(qa, french), QStringList());

        // The DPO adds the term: the Dutch translation lacks it, the French one uses the forbidden
        // form (and lacks the approved one).
        QVERIFY(repository.addTerm(undueDelay()));
        qa.setGlossary(repository.load());
        QCOMPARE(glossaryFindings(qa, dutch).size(), 1);
        QVERIFY(glossaryFindings(qa, dutch).constFirst().startsWith(QStringLiteral("warning")));
        QCOMPARE(glossaryFindings(qa, italian), QStringList());
        QCOMPARE(glossaryFindings(qa, french).size(), 2);
        QVERIFY(glossaryFindings(qa, french).contains(QStringLiteral("error:sans délai")));

        // "zo snel mogelijk" becomes an approved Dutch form.
        Glossary::Term term = undueDelay();
        term.approved[nl].append(QStringLiteral("zo snel mogelijk"));
        QVERIFY(repository.updateTerm(term.source, term));
        qa.setGlossary(repository.load());
        QCOMPARE(glossaryFindings(qa, dutch), QStringList());

        // Removing "controller" removes the check on it.
        const ClauseSegment wrongController = segment(it, QStringLiteral("The controller"), QStringLiteral("Il controllore"));
        QVERIFY(glossaryFindings(qa, wrongController).contains(QStringLiteral("error:controllore")));
        QVERIFY(repository.removeTerm(QStringLiteral("controller")));
        qa.setGlossary(repository.load());
        QCOMPARE(glossaryFindings(qa, wrongController), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestGlossaryRepository)
#include "TestGlossaryRepository.moc"
