// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/LanguageDetector.h"
#include "translation/TemplateJsonSegments.h"
#include "translation/TranslationQa.h"

#include <QTemporaryDir>
#include <QTest>

using Check = TranslationQa::Check;

namespace {

ClauseSegment segment(const QString& sourceLanguage, const QString& targetLanguage, const QString& source, const QString& target)
{
    ClauseSegment s;
    s.id = QStringLiteral("clause");
    s.number = QStringLiteral("1");
    s.sourceLanguage = sourceLanguage;
    s.targetLanguage = targetLanguage;
    s.source = source;
    s.target = target;
    s.state = ClauseSegment::State::Translated;
    return s;
}

QString worst(const QList<QaFinding>& findings)
{
    if (findings.isEmpty())
        return QStringLiteral("none");
    QaFinding::Severity severity = QaFinding::Severity::Info;
    for (const QaFinding& finding : findings)
        severity = std::max(severity, finding.severity);
    return QaFinding::severityCode(severity);
}

QString samplePath()
{
    return QStringLiteral(REGISTRO_RESOURCES_DIR "/templates/sample-dpa.json");
}

} // namespace

class TestTranslationQa : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_qa.isLanguageCheckAvailable(), qPrintable(m_qa.languageCheckError()));
        QString error;
        QVERIFY2(m_sample.load(samplePath(), &error), qPrintable(error));
    }

    void checks_data()
    {
        QTest::addColumn<int>("check");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expected"); // worst severity, "none" when nothing must be flagged

        auto row = [](const char* name, Check check, const char* from, const char* to, const char* source,
                      const char* target, const char* expected) {
            QTest::newRow(name) << int(check) << QString::fromLatin1(from) << QString::fromLatin1(to)
                                << QString::fromUtf8(source) << QString::fromUtf8(target) << QString::fromLatin1(expected);
        };

        // Missing translation.
        row("missing: empty nl", Check::Missing, "en", "nl", "The Processor shall keep records.", "", "error");
        row("missing: blank it", Check::Missing, "en", "it", "The Processor shall keep records.", "  \n ", "error");
        row("missing: copied to fr", Check::Missing, "en", "fr", "The Processor shall keep records.",
            "The Processor shall keep records.", "warning");
        row("missing: short identical title is fine", Check::Missing, "en", "fr", "Parties", "Parties", "none");
        row("missing: translated en from nl", Check::Missing, "nl", "en", "De Verwerker houdt een register bij.",
            "The Processor shall keep records.", "none");

        // Template tags.
        row("tags: same tags nl", Check::Tags, "en", "nl", "{{ processor.name }} shall inform {{ controller.name }}.",
            "{{processor.name}} informeert {{ controller.name }}.", "none");
        row("tags: lost variable it", Check::Tags, "en", "it", "{{ processor.name }} shall inform {{ controller.name }}.",
            "{{ processor.name }} informa il titolare del trattamento.", "error");
        row("tags: added variable fr", Check::Tags, "en", "fr", "The Processor shall inform the Controller.",
            "Le sous-traitant informe {{ controller.name }}.", "error");
        row("tags: misspelt variable nl", Check::Tags, "en", "nl", "{{ controller.name }}", "{{ controler.name }}", "error");
        row("tags: unclosed if fr", Check::Tags, "en", "fr",
            "{% if agreement.audits %}Audits are allowed.{% endif %} Otherwise not.",
            "{% if agreement.audits %}Les audits sont autorisés. Sinon, non.", "error");
        row("tags: if and endif swapped it", Check::Tags, "en", "it", "{% if x %}A{% endif %}", "{% endif %}A{% if x %}", "error");
        row("tags: loop kept en", Check::Tags, "nl", "en", "{% for s in data_subjects %}- {{ s }}\n{% endfor %}",
            "{% for s in data_subjects %}- {{ s }}\n{% endfor %}", "none");

        // Numbers.
        row("numbers: ten (10) working days nl", Check::Numbers, "en", "nl", "within ten (10) working days",
            "binnen tien (10) werkdagen", "none");
        row("numbers: dieci (10) giorni lavorativi", Check::Numbers, "en", "it", "within ten (10) working days",
            "entro dieci (10) giorni lavorativi", "none");
        row("numbers: dix (10) jours ouvrables", Check::Numbers, "en", "fr", "within ten (10) working days",
            "dans un délai de dix (10) jours ouvrables", "none");
        row("numbers: 72 hours nl", Check::Numbers, "en", "nl", "no later than 72 hours after", "uiterlijk 72 uur na", "none");
        row("numbers: 72 heures fr", Check::Numbers, "en", "fr", "no later than 72 hours after", "au plus tard 72 heures après", "none");
        row("numbers: seventy-two written out it", Check::Numbers, "en", "it", "seventy-two (72) hours",
            "settantadue (72) ore", "none");
        row("numbers: quatre-vingt-dix jours", Check::Numbers, "en", "fr", "ninety (90) days", "quatre-vingt-dix (90) jours", "none");
        row("numbers: en from fr", Check::Numbers, "fr", "en", "trente (30) jours", "thirty (30) days", "none");
        row("numbers: 72 hours became 72 days it", Check::Numbers, "en", "it", "within 72 hours", "entro 72 giorni", "error");
        row("numbers: working days became days nl", Check::Numbers, "en", "nl", "ten (10) working days", "tien (10) dagen", "error");
        row("numbers: eleven for ten nl", Check::Numbers, "en", "nl", "ten (10) working days", "elf (10) werkdagen", "error");
        row("numbers: ten became 10 fr", Check::Numbers, "en", "fr", "within ten working days", "dans les 10 jours ouvrables", "warning");
        row("numbers: word form lost it", Check::Numbers, "en", "it", "ten (10) working days", "10 giorni lavorativi", "error");
        row("numbers: wrong article nl", Check::Numbers, "en", "nl", "Article 28 of the GDPR", "artikel 29 van de AVG", "error");
        row("numbers: regulation fr", Check::Numbers, "en", "fr", "Regulation (EU) 2016/679", "règlement (UE) 2016/679", "none");
        row("numbers: in acht nemen", Check::Numbers, "en", "nl", "The Processor shall keep Personal Data confidential.",
            "De Verwerker neemt geheimhouding in acht.", "none");
        row("numbers: les deux Parties", Check::Numbers, "en", "fr", "agreed in writing by both Parties",
            "convenue par écrit par les deux Parties", "none");
        row("numbers: articles are not one", Check::Numbers, "en", "it", "one or more Sub-processors",
            "uno o più sub-responsabili del trattamento", "none");

        // Wrong language.
        row("language: Dutch clause is Dutch", Check::Language, "en", "nl",
            "The Processor shall notify the Controller without undue delay.",
            "De Verwerker stelt de Verwerkingsverantwoordelijke zonder onredelijke vertraging in kennis van iedere inbreuk.", "none");
        row("language: English left in Dutch", Check::Language, "en", "nl",
            "The Processor shall notify the Controller without undue delay.",
            "De Verwerker stelt de Verwerkingsverantwoordelijke zonder onredelijke vertraging in kennis. "
            "The Processor shall keep a written record of every notification and of its outcome.", "warning");
        row("language: source sentence copied into Italian", Check::Language, "en", "it",
            "The Processor shall notify the Controller without undue delay. It shall document every breach.",
            "Il responsabile informa il titolare del trattamento senza ingiustificato ritardo. It shall document every breach.", "none");
        row("language: long source sentence copied into Italian", Check::Language, "en", "it",
            "The Processor shall notify the Controller without undue delay. The Processor shall document every personal data breach.",
            "Il responsabile informa il titolare del trattamento senza ingiustificato ritardo. "
            "The Processor shall document every personal data breach.", "error");
        row("language: French left in English", Check::Language, "fr", "en",
            "Le sous-traitant informe le responsable du traitement dans les meilleurs délais.",
            "The Processor shall notify the Controller without undue delay. "
            "Le sous-traitant tient un registre de toutes les violations de données à caractère personnel.", "warning");
        row("language: Italian left in French", Check::Language, "en", "fr",
            "The Processor shall assist the Controller.",
            "Il responsabile del trattamento assiste il titolare del trattamento con misure tecniche e organizzative adeguate.", "warning");
        row("language: names and quoted English title in Dutch", Check::Language, "en", "nl",
            "The Processor shall send the report “Data Processing Agreement Security Annex” to Tulipa Cloud B.V. in time.",
            "De Verwerker stuurt het rapport “Data Processing Agreement Security Annex” tijdig aan Tulipa Cloud B.V. toe.", "none");
        row("language: unquoted English title in a Dutch sentence", Check::Language, "en", "nl",
            "This Data Processing Agreement applies to all services of the Processor.",
            "Deze Data Processing Agreement is van toepassing op alle diensten van de Verwerker.", "none");
        row("language: short fragment", Check::Language, "en", "fr", "Service Level Agreement", "Service Level Agreement", "none");
        row("language: list of names", Check::Language, "en", "it", "Sub-processors: Amazon Web Services EMEA SARL, Google Cloud EMEA Limited",
            "Sub-responsabili: Amazon Web Services EMEA SARL, Google Cloud EMEA Limited, Tulipa Cloud B.V.", "none");

        // Markup debris.
        row("markup: clean Dutch", Check::Markup, "en", "nl", "The “DPA” (this agreement) applies.",
            "De “Verwerkersovereenkomst” (deze overeenkomst) is van toepassing.", "none");
        row("markup: stray HTML it", Check::Markup, "en", "it", "The Processor shall assist.", "Il responsabile <b>assiste</b>.", "error");
        row("markup: stray entity fr", Check::Markup, "en", "fr", "Data & security", "Données &amp; sécurité", "error");
        row("markup: less-than is not HTML", Check::Markup, "en", "nl", "fewer than 5 (< 5) requests", "minder dan 5 (< 5) verzoeken", "none");
        row("markup: unclosed bracket nl", Check::Markup, "en", "nl", "within ten (10) working days", "binnen tien (10 werkdagen", "warning");
        row("markup: French enumerators", Check::Markup, "en", "fr", "(a) storage; (b) erasure",
            "a) la conservation ; b) l’effacement", "none");
        row("markup: guillemets in French", Check::Markup, "en", "fr", "the “Services”", "les « Services »", "none");
        row("markup: guillemets in Italian with apostrophe", Check::Markup, "en", "it", "the “Agreement”", "l’«Accordo»", "none");
        row("markup: Dutch low quotes", Check::Markup, "en", "nl", "the “Services”", "de „Diensten”", "none");
        row("markup: Dutch low-high quotes", Check::Markup, "en", "nl", "the “Services”", "de „Diensten“", "none");
        row("markup: guillemets in Dutch", Check::Markup, "en", "nl", "the “Services”", "de «Diensten»", "warning");
        row("markup: unclosed quote en", Check::Markup, "nl", "en", "de “Diensten”", "the “Services", "warning");
        row("markup: apostrophes are not quotes", Check::Markup, "en", "en", "the Processor’s staff", "the Processor’s staff", "none");
        row("markup: doubled word nl", Check::Markup, "en", "nl", "the Processor", "de de Verwerker", "warning");
        row("markup: doubled word en", Check::Markup, "nl", "en", "de Verwerker", "the the Processor", "warning");
        row("markup: doubled word it", Check::Markup, "en", "it", "the Controller", "il il titolare", "warning");
        row("markup: nous nous", Check::Markup, "en", "fr", "we undertake", "nous nous engageons", "none");
        row("markup: vous vous", Check::Markup, "en", "fr", "you undertake", "vous vous engagez", "none");
        row("markup: dat dat", Check::Markup, "en", "nl", "that this is correct", "dat dat juist is", "none");
        row("markup: doubled space fr", Check::Markup, "en", "fr", "the Processor", "le  sous-traitant", "warning");
        row("markup: French space before colon", Check::Markup, "en", "fr", "as follows:", "comme suit :", "none");
        row("markup: unpaired bold it", Check::Markup, "en", "it", "**Personal Data**: any data", "**Dati Personali: qualsiasi dato", "warning");

        // Glossary.
        row("glossary: approved nl", Check::Glossary, "en", "nl", "the controller", "de verwerkingsverantwoordelijke", "none");
        row("glossary: plurals nl", Check::Glossary, "en", "nl", "the controllers and processors",
            "de verwerkingsverantwoordelijken en verwerkers", "none");
        row("glossary: compound nl", Check::Glossary, "en", "nl", "processing activities", "verwerkingsactiviteiten", "none");
        row("glossary: forbidden bewerker nl", Check::Glossary, "en", "nl", "the processor", "de bewerker", "error");
        row("glossary: adjective is not the forbidden term", Check::Glossary, "en", "nl",
            "The Controller is responsible for compliance.", "De Verwerkingsverantwoordelijke is verantwoordelijk voor de naleving.", "none");
        row("glossary: contrôleur fr", Check::Glossary, "en", "fr", "the controller", "le contrôleur", "error");
        row("glossary: controllore it", Check::Glossary, "en", "it", "the controller", "il controllore", "error");
        row("glossary: approved plural it", Check::Glossary, "en", "it", "the controllers", "i titolari del trattamento", "none");
        row("glossary: sous-traitants fr", Check::Glossary, "en", "fr", "processors", "les sous-traitants", "none");
        row("glossary: missing approved term fr", Check::Glossary, "en", "fr", "the supervisory authority", "l’autorité compétente", "warning");
        row("glossary: data processing agreement nl", Check::Glossary, "en", "nl", "This Data Processing Agreement",
            "Deze verwerkersovereenkomst", "none");
        row("glossary: personal data breach it", Check::Glossary, "en", "it", "a personal data breach",
            "una violazione dei dati personali", "none");
        row("glossary: persoonlijke gegevens nl", Check::Glossary, "en", "nl", "personal data", "persoonlijke gegevens", "error");

        // Structure.
        row("structure: same list nl", Check::Structure, "en", "nl", "Whereas:\n\n- one;\n- two.", "Overwegende:\n\n- een;\n- twee.", "none");
        row("structure: item lost it", Check::Structure, "en", "it", "Whereas:\n\n- one;\n- two.", "Premesso:\n\n- uno; due.", "error");
        row("structure: paragraphs merged fr", Check::Structure, "en", "fr", "First.\n\nSecond.", "Premier. Second.", "error");
        row("structure: enumerators fr", Check::Structure, "en", "fr", "Data:\n\n- (a) names;\n- (b) addresses.",
            "Données :\n\n- a) noms ;\n- b) adresses.", "none");
        row("structure: single line break keeps the paragraph en", Check::Structure, "nl", "en", "Eerste regel.\nTweede regel.",
            "First line.\nSecond line.", "none");
    }

    void checks()
    {
        QFETCH(int, check);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(QString, expected);
        const QList<QaFinding> findings = m_qa.run(Check(check), segment(from, to, source, target));
        QString messages;
        for (const QaFinding& finding : findings) {
            QCOMPARE(finding.check, TranslationQa::checkName(Check(check)));
            QVERIFY(!finding.message.isEmpty());
            QVERIFY(finding.offset < 0 || finding.offset + finding.length <= target.size());
            messages += finding.message + QLatin1Char('\n');
        }
        QVERIFY2(worst(findings) == expected, qPrintable(worst(findings) + QStringLiteral(": ") + messages));
    }

    void findingsPointAtTheProblem()
    {
        const QString target = QStringLiteral("Le sous-traitant informe {{ controller.name }} et et le DPO.");
        const QList<QaFinding> tags = m_qa.run(Check::Tags, segment(QStringLiteral("en"), QStringLiteral("fr"),
                                                                    QStringLiteral("The Processor informs the DPO."), target));
        QCOMPARE(tags.size(), 1);
        QCOMPARE(target.mid(tags.first().offset, tags.first().length), QStringLiteral("{{ controller.name }}"));
        const QList<QaFinding> markup = m_qa.run(Check::Markup, segment(QStringLiteral("en"), QStringLiteral("fr"),
                                                                        QStringLiteral("The Processor informs the DPO."), target));
        QCOMPARE(markup.size(), 1);
        QCOMPARE(target.mid(markup.first().offset, markup.first().length), QStringLiteral("et et"));
    }

    void emptyTranslationOnlyReportedOnce()
    {
        const QList<QaFinding> findings = m_qa.check(segment(QStringLiteral("en"), QStringLiteral("nl"),
                                                             QStringLiteral("{{ processor.name }} within 72 hours."), QString()));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().check, QStringLiteral("missing"));
    }

    void sampleTemplateHasNoErrors_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << QStringLiteral("nl");
        QTest::newRow("it") << QStringLiteral("it");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void sampleTemplateHasNoErrors()
    {
        QFETCH(QString, language);
        const QList<ClauseSegment> segments = m_sample.segments(language);
        QVERIFY(segments.size() > 60);
        QString errors;
        for (const auto& result : m_qa.checkAll(segments)) {
            for (const QaFinding& finding : result.findings) {
                const QString line = QStringLiteral("%1 %2 %3: %4").arg(result.segment.number, result.segment.id, finding.check, finding.message);
                if (finding.severity == QaFinding::Severity::Error)
                    errors += line + QLatin1Char('\n');
                else
                    qInfo("%s", qPrintable(line));
            }
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }

    void sampleTemplateDefectsAreFound()
    {
        // Real clauses of the sample, damaged the way translations get damaged.
        const QList<ClauseSegment> dutch = m_sample.segments(QStringLiteral("nl"));
        const QList<ClauseSegment> french = m_sample.segments(QStringLiteral("fr"));
        auto find = [](const QList<ClauseSegment>& list, const QString& id) {
            return *std::find_if(list.cbegin(), list.cend(), [&](const ClauseSegment& s) { return s.id == id; });
        };

        ClauseSegment parties = find(dutch, QStringLiteral("parties"));
        QVERIFY(m_qa.check(parties).isEmpty());
        parties.target.replace(QStringLiteral("{{ processor.name }}"), QStringLiteral("Tulipa Cloud B.V."));
        QVERIFY(!m_qa.run(Check::Tags, parties).isEmpty());

        // A French sentence left inside the Dutch clause.
        ClauseSegment confidentiality = find(dutch, QStringLiteral("confidentiality-persons"));
        QVERIFY(m_qa.run(Check::Language, confidentiality).isEmpty());
        const QString frenchText = find(french, QStringLiteral("confidentiality-persons")).target;
        confidentiality.target += QLatin1Char(' ') + frenchText.section(QStringLiteral(". "), 0, 0) + QLatin1Char('.');
        const QList<QaFinding> language = m_qa.run(Check::Language, confidentiality);
        QCOMPARE(language.size(), 1);
        QVERIFY(language.first().message.contains(QStringLiteral("French")));

        // A list item dropped from the definitions.
        ClauseSegment terms = find(dutch, QStringLiteral("definitions-terms"));
        QVERIFY(m_qa.run(Check::Structure, terms).isEmpty());
        terms.target.replace(QStringLiteral("\n- **EER**: de Europese Economische Ruimte;"), QString());
        QVERIFY(!m_qa.run(Check::Structure, terms).isEmpty());
    }

    void sampleInAnotherLanguageIsFlagged_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("claimed");
        QTest::newRow("French text in the Italian clauses") << QStringLiteral("fr") << QStringLiteral("it");
        QTest::newRow("Italian text in the French clauses") << QStringLiteral("it") << QStringLiteral("fr");
        QTest::newRow("Dutch text in the Italian clauses") << QStringLiteral("nl") << QStringLiteral("it");
        QTest::newRow("English text in the Dutch clauses") << QStringLiteral("en") << QStringLiteral("nl");
    }
    void sampleInAnotherLanguageIsFlagged()
    {
        // The whole sample with every clause in the wrong language: nearly every clause with a
        // sentence long enough to judge must be flagged.
        QFETCH(QString, written);
        QFETCH(QString, claimed);
        const QList<ClauseSegment> originals = m_sample.segments(written);
        int judged = 0;
        int flagged = 0;
        for (ClauseSegment segment : originals) {
            if (written == segment.sourceLanguage) {
                segment.target = segment.source;
                // Not the copied-sentence rule: pretend the source is another text.
                segment.source = QStringLiteral("-");
            }
            segment.targetLanguage = claimed;
            if (segment.target.split(QLatin1Char(' ')).size() < 12)
                continue;
            ++judged;
            flagged += m_qa.run(Check::Language, segment).isEmpty() ? 0 : 1;
        }
        QVERIFY(judged > 40);
        QVERIFY2(flagged >= judged * 9 / 10, qPrintable(QStringLiteral("%1 of %2").arg(flagged).arg(judged)));
    }

    void checkNames()
    {
        QStringList names;
        for (Check check : TranslationQa::allChecks()) {
            names.append(TranslationQa::checkName(check));
            QVERIFY(!TranslationQa::checkLabel(check).isEmpty());
        }
        QCOMPARE(names, (QStringList{QStringLiteral("missing"), QStringLiteral("tags"), QStringLiteral("numbers"),
                                     QStringLiteral("language"), QStringLiteral("markup"), QStringLiteral("glossary"),
                                     QStringLiteral("structure")}));
    }

    void missingModelsDisableTheLanguageCheck()
    {
        QTemporaryDir empty;
        LanguageDetector detector(empty.path());
        QVERIFY(!detector.isValid());
        QVERIFY(detector.errorString().contains(empty.path()));
        QVERIFY(detector.classify(QStringLiteral("De Verwerker verwerkt persoonsgegevens.")).isEmpty());
    }

private:
    TranslationQa m_qa;
    TemplateJsonSegments m_sample;
};

QTEST_GUILESS_MAIN(TestTranslationQa)
#include "TestTranslationQa.moc"
