// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "cli/CommandLine.h"
#include "core/Database.h"
#include "templates/TemplateRepository.h"
#include "translation/GlossaryRepository.h"
#include "translation/TranslationReviewRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int status;
    QString out;
    QString err;
};

Result run(const QStringList& arguments)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int status = CommandLine::run(arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {status, out, err};
}

const QString nl = QStringLiteral("nl");

} // namespace

class TestTranslationReviewRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    qint64 m_templateId = 0;

    QByteArray checksum()
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const auto rows = m_db->rows(QStringLiteral("SELECT id, clause_id, language, title, body, state, reviewed_by, reviewed_at, "
                                                    "source_title_at_review, source_body_at_review FROM clause_text ORDER BY id"));
        for (const QVariantList& row : rows) {
            for (const QVariant& value : row)
                hash.addData((value.isNull() ? QStringLiteral("<null>") : value.toString()).toUtf8() + '\x1f');
            hash.addData("\n");
        }
        return hash.result().toHex();
    }

    int auditCount()
    {
        return m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'clause_text'")).toInt();
    }

    /** The first body segment (not a title) whose clause has a source text. */
    ClauseSegment firstBody()
    {
        for (const ClauseSegment& s : TranslationReviewRepository(*m_db).segments(m_templateId, nl)) {
            if (!TranslationReviewRepository::isTitle(s.id))
                return s;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("ws-%1.registro").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_path);
        const Result created = run({QStringLiteral("init"), QStringLiteral("--demo"), m_path});
        QVERIFY2(created.status == CommandLine::Ok, qPrintable(created.err));
        QString error;
        m_db = Database::open(m_path, &error);
        QVERIFY2(m_db, qPrintable(error));
        const auto templates = TemplateRepository(*m_db).templates();
        QVERIFY(!templates.isEmpty());
        m_templateId = templates.first().id;
    }

    void cleanup()
    {
        m_db.reset();
    }

    void migratesFromPreviousVersion()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.registro"));
        QString error;
        {
            auto old = Database::create(path, &error, 3); // templates, before translation review
            QVERIFY2(old, qPrintable(error));
            QCOMPARE(old->schemaVersion(), 3);
        }
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
        db->run(QStringLiteral("SELECT source_title_at_review, source_body_at_review FROM clause_text"));
        QVERIFY2(!db->hasError(), qPrintable(db->lastError()));
    }

    void segmentsAreNumbered()
    {
        const auto segments = TranslationReviewRepository(*m_db).segments(m_templateId, nl);
        QVERIFY(segments.size() > 10);
        QCOMPARE(segments.first().number, QStringLiteral("1"));
        QVERIFY(TranslationReviewRepository::isTitle(segments.first().id));
        bool sub = false;
        for (const ClauseSegment& s : segments) {
            QCOMPARE(s.sourceLanguage, QStringLiteral("en"));
            QCOMPARE(s.targetLanguage, nl);
            QVERIFY(!s.source.isEmpty());
            sub = sub || s.number.contains(QLatin1Char('.'));
        }
        QVERIFY(sub);
        QVERIFY(TranslationReviewRepository(*m_db).segments(m_templateId + 1000, nl).isEmpty());
    }

    void stateChanges()
    {
        TranslationReviewRepository repository(*m_db);
        const ClauseSegment segment = firstBody();
        QVERIFY(!segment.id.isEmpty());
        QCOMPARE(segment.state, ClauseSegment::State::Translated);

        // Approving before reviewing is refused and changes nothing.
        const QByteArray before = checksum();
        QVERIFY(!repository.approve(m_templateId, nl, segment.id, QStringLiteral("anna")));
        QVERIFY(repository.errorString().contains(QStringLiteral("review")));
        QCOMPARE(checksum(), before);

        int audits = auditCount();
        QVERIFY2(repository.review(m_templateId, nl, segment.id, QStringLiteral("anna")), qPrintable(repository.errorString()));
        QCOMPARE(repository.segment(m_templateId, nl, segment.id)->state, ClauseSegment::State::Reviewed);
        QVERIFY(auditCount() > audits);
        const auto reviewer = m_db->records(QStringLiteral("SELECT t.reviewed_by, t.reviewed_at FROM clause_text t JOIN clause c ON c.id = t.clause_id "
                                                           "WHERE c.key = ? AND t.language = 'nl'"),
                                            {segment.id});
        QCOMPARE(reviewer.first().value(QStringLiteral("reviewed_by")).toString(), QStringLiteral("anna"));
        QVERIFY(!reviewer.first().value(QStringLiteral("reviewed_at")).toString().isEmpty());
        // The title shares the clause's state.
        const auto title = repository.segment(m_templateId, nl, segment.id + QStringLiteral(".title"));
        if (title)
            QCOMPARE(title->state, ClauseSegment::State::Reviewed);

        audits = auditCount();
        QVERIFY2(repository.approve(m_templateId, nl, segment.id, QStringLiteral("bob")), qPrintable(repository.errorString()));
        QCOMPARE(repository.segment(m_templateId, nl, segment.id)->state, ClauseSegment::State::Final);
        QVERIFY(auditCount() > audits);

        QVERIFY(repository.setTarget(m_templateId, nl, segment.id, segment.target + QStringLiteral(" Aangepast.")));
        auto changed = repository.segment(m_templateId, nl, segment.id);
        QCOMPARE(changed->state, ClauseSegment::State::Translated);
        QCOMPARE(changed->target, segment.target + QStringLiteral(" Aangepast."));

        QVERIFY(repository.setTarget(m_templateId, nl, segment.id, QString()));
        QCOMPARE(repository.segment(m_templateId, nl, segment.id)->state, ClauseSegment::State::Initial);
        QVERIFY(!repository.review(m_templateId, nl, segment.id, QStringLiteral("anna")));

        // Unknown clause, the source language and unknown template are refused.
        const QByteArray now = checksum();
        QVERIFY(!repository.setTarget(m_templateId, nl, QStringLiteral("no-such-clause"), QStringLiteral("x")));
        QVERIFY(!repository.setTarget(m_templateId, QStringLiteral("en"), segment.id, QStringLiteral("x")));
        QVERIFY(!repository.setTarget(m_templateId + 1000, nl, segment.id, QStringLiteral("x")));
        QCOMPARE(checksum(), now);
    }

    void undoSnapshot()
    {
        TranslationReviewRepository repository(*m_db);
        const ClauseSegment segment = firstBody();
        const QByteArray before = checksum();
        const auto snapshot = repository.snapshot(m_templateId, nl, segment.id);
        QVERIFY(snapshot.exists);
        QVERIFY(repository.review(m_templateId, nl, segment.id, QStringLiteral("anna")));
        QVERIFY(repository.setTarget(m_templateId, nl, segment.id, QStringLiteral("Iets anders.")));
        QVERIFY(repository.restore(snapshot));
        QCOMPARE(repository.segment(m_templateId, nl, segment.id)->target, segment.target);
        QCOMPARE(repository.segment(m_templateId, nl, segment.id)->state, segment.state);
        QCOMPARE(checksum(), before);
    }

    void stalenessAfterSourceEdit()
    {
        TranslationReviewRepository repository(*m_db);
        const ClauseSegment segment = firstBody();
        QVERIFY(repository.review(m_templateId, nl, segment.id, QStringLiteral("anna")));
        QVERIFY(repository.review(m_templateId, QStringLiteral("it"), segment.id, QStringLiteral("anna")));
        QCOMPARE(repository.sourceAtReview(m_templateId, nl, segment.id), segment.source);

        // The source changes: every reviewed translation of the clause needs review.
        TemplateRepository templates(*m_db);
        const qint64 clauseId = m_db->scalar(QStringLiteral("SELECT id FROM clause WHERE template_id = ? AND key = ?"),
                                             {m_templateId, segment.id})
                                    .toLongLong();
        const auto clause = templates.clause(clauseId);
        QVERIFY(clause);
        const ClauseText en = clause->texts.value(QStringLiteral("en"));
        const QString newSource = en.body + QStringLiteral(" The processor shall notify within 72 hours.");
        QVERIFY(templates.saveClauseText(clauseId, QStringLiteral("en"), en.title, newSource));

        const auto stale = repository.segment(m_templateId, nl, segment.id);
        QCOMPARE(stale->state, ClauseSegment::State::NeedsReview);
        QCOMPARE(repository.segment(m_templateId, QStringLiteral("it"), segment.id)->state, ClauseSegment::State::NeedsReview);
        // Approving a stale translation is refused.
        QVERIFY(!repository.approve(m_templateId, nl, segment.id, QStringLiteral("bob")));

        // The diff shows exactly what was added.
        const QList<WordDiff::Span> diff = repository.sourceDiff(m_templateId, *stale);
        QString inserted;
        for (const WordDiff::Span& span : diff) {
            QVERIFY(span.kind != WordDiff::Span::Kind::Deleted);
            if (span.kind == WordDiff::Span::Kind::Inserted)
                inserted += span.text;
        }
        QCOMPARE(inserted.trimmed(), QStringLiteral("The processor shall notify within 72 hours."));
        QVERIFY(WordDiff::toHtml(diff).contains(QStringLiteral("<ins>")));

        // Reviewing again takes the new source as the reference.
        QVERIFY(repository.review(m_templateId, nl, segment.id, QStringLiteral("anna")));
        QCOMPARE(repository.segment(m_templateId, nl, segment.id)->state, ClauseSegment::State::Reviewed);
        QCOMPARE(repository.sourceAtReview(m_templateId, nl, segment.id), newSource);

        // Restoring the old source makes the Italian one current again.
        QVERIFY(templates.saveClauseText(clauseId, QStringLiteral("en"), en.title, en.body));
        QCOMPARE(repository.segment(m_templateId, QStringLiteral("it"), segment.id)->state, ClauseSegment::State::Reviewed);
        QCOMPARE(repository.segment(m_templateId, nl, segment.id)->state, ClauseSegment::State::NeedsReview);
    }

    void xliffRoundTrip()
    {
        TranslationReviewRepository repository(*m_db);
        QVERIFY(repository.review(m_templateId, nl, firstBody().id, QStringLiteral("anna")));
        const QByteArray before = checksum();
        const auto exported = repository.exportXliff(m_templateId, nl);
        QVERIFY2(exported, qPrintable(repository.errorString()));
        const QByteArray xml = exported->toXml();
        XliffFile file;
        QString error;
        QVERIFY2(file.read(xml, repository.expectation(m_templateId, nl), &error), qPrintable(error));
        QCOMPARE(file.segments, exported->segments);
        int changed = -1;
        QVERIFY2(repository.importXliff(m_templateId, file, &changed), qPrintable(repository.errorString()));
        QCOMPARE(changed, 0);
        QCOMPARE(checksum(), before);
        QCOMPARE(repository.segments(m_templateId, nl), exported->segments);

        // A changed translation and a state come back in.
        file.segments[1].target = QStringLiteral("Een nieuwe vertaling van 10 dagen.");
        file.segments[1].state = ClauseSegment::State::Reviewed;
        QVERIFY(repository.importXliff(m_templateId, file, &changed));
        QCOMPARE(changed, 1);
        const auto imported = repository.segment(m_templateId, nl, file.segments[1].id);
        QCOMPARE(imported->target, QStringLiteral("Een nieuwe vertaling van 10 dagen."));
        QCOMPARE(imported->state, ClauseSegment::State::Reviewed);
    }

    void xliffRefusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("another language") << QStringLiteral("language");
        QTest::newRow("another template") << QStringLiteral("template");
        QTest::newRow("unknown id") << QStringLiteral("id");
        QTest::newRow("malformed XML") << QStringLiteral("malformed");
        QTest::newRow("not XLIFF") << QStringLiteral("format");
    }

    void xliffRefusals()
    {
        QFETCH(QString, kind);
        TranslationReviewRepository repository(*m_db);
        auto exported = repository.exportXliff(m_templateId, kind == QLatin1String("language") ? QStringLiteral("it") : nl);
        QVERIFY(exported);
        for (ClauseSegment& s : exported->segments)
            s.target += QStringLiteral(" (gewijzigd)");
        if (kind == QLatin1String("template"))
            exported->templateId = QStringLiteral("Another agreement");
        if (kind == QLatin1String("id"))
            exported->segments.last().id = QStringLiteral("no-such-clause");
        QByteArray xml = exported->toXml();
        if (kind == QLatin1String("malformed"))
            xml.chop(20);
        if (kind == QLatin1String("format"))
            xml = "<?xml version=\"1.0\"?><html><body>Not a translation</body></html>";
        const QString path = m_dir.filePath(QStringLiteral("refused-%1.xlf").arg(kind));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(xml);
        out.close();

        const QByteArray before = checksum();
        XliffFile file;
        QString error;
        QVERIFY(!file.read(xml, repository.expectation(m_templateId, nl), &error));
        QVERIFY(!error.isEmpty());

        // The CLI refuses the same file with a message and changes nothing.
        m_db.reset();
        const Result result = run({QStringLiteral("xliff"), QStringLiteral("import"), m_path, path,
                                   QStringLiteral("--template"), QString::number(m_templateId), QStringLiteral("--lang"), nl});
        QVERIFY2(result.status != CommandLine::Ok, qPrintable(result.out));
        QVERIFY2(result.err.contains(QStringLiteral("Nothing was changed")) || result.err.contains(QStringLiteral("no template"))
                     || result.err.contains(QStringLiteral("target language")),
                 qPrintable(result.err));
        m_db = Database::open(m_path, &error);
        QVERIFY(m_db);
        QCOMPARE(checksum(), before);
    }

    void cliRoundTrip()
    {
        const QByteArray before = checksum();
        m_db.reset();
        const QString xlf = m_dir.filePath(QStringLiteral("nl.xlf"));
        Result result = run({QStringLiteral("xliff"), QStringLiteral("export"), m_path, QStringLiteral("--template"),
                             QString::number(m_templateId), QStringLiteral("--lang"), nl, QStringLiteral("-o"), xlf});
        QVERIFY2(result.status == CommandLine::Ok, qPrintable(result.err));
        QFile file(xlf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray xml = file.readAll();
        file.close();
        QVERIFY(xml.contains("urn:oasis:names:tc:xliff:document:2.0"));
        result = run({QStringLiteral("xliff"), QStringLiteral("import"), m_path, xlf});
        QVERIFY2(result.status == CommandLine::Ok, qPrintable(result.err));
        QVERIFY2(result.out.startsWith(QStringLiteral("0 of")), qPrintable(result.out));
        QString error;
        m_db = Database::open(m_path, &error);
        QCOMPARE(checksum(), before);

        // Missing arguments: usage.
        QCOMPARE(run({QStringLiteral("xliff"), QStringLiteral("export"), m_path}).status, int(CommandLine::Usage));
        QCOMPARE(run({QStringLiteral("xliff"), QStringLiteral("frobnicate")}).status, int(CommandLine::Usage));
    }

    void qaExitCodes()
    {
        m_db.reset();
        Result result = run({QStringLiteral("qa"), m_path, QStringLiteral("--template"), QString::number(m_templateId),
                             QStringLiteral("--lang"), nl});
        QVERIFY2(result.status == CommandLine::Ok, qPrintable(result.out + result.err));
        QVERIFY(result.out.contains(QStringLiteral("0 errors")));

        // A lost template tag in a Dutch clause is an error.
        QString error;
        m_db = Database::open(m_path, &error);
        TranslationReviewRepository repository(*m_db);
        ClauseSegment tagged;
        for (const ClauseSegment& s : repository.segments(m_templateId, nl)) {
            if (s.target.contains(QStringLiteral("{{"))) {
                tagged = s;
                break;
            }
        }
        QVERIFY(!tagged.id.isEmpty());
        const qsizetype open = tagged.target.indexOf(QStringLiteral("{{"));
        const qsizetype close = tagged.target.indexOf(QStringLiteral("}}"), open);
        QVERIFY(repository.setTarget(m_templateId, nl, tagged.id, tagged.target.left(open) + tagged.target.mid(close + 2)));
        m_db.reset();

        result = run({QStringLiteral("qa"), m_path, QStringLiteral("--template"), QString::number(m_templateId),
                      QStringLiteral("--lang"), nl, QStringLiteral("--json")});
        QCOMPARE(result.status, int(CommandLine::Findings));
        const QJsonArray findings = QJsonDocument::fromJson(result.out.toUtf8()).array();
        bool found = false;
        for (const QJsonValue& f : findings)
            found = found || (f[QStringLiteral("id")].toString() == tagged.id && f[QStringLiteral("check")].toString() == QStringLiteral("tags"));
        QVERIFY2(found, qPrintable(result.out));
        // Italian is untouched and clean.
        QCOMPARE(run({QStringLiteral("qa"), m_path, QStringLiteral("--template"), QString::number(m_templateId), QStringLiteral("--lang"),
                      QStringLiteral("it")})
                     .status,
                 int(CommandLine::Ok));
        // Bad arguments.
        QCOMPARE(run({QStringLiteral("qa"), m_path}).status, int(CommandLine::Usage));
        QCOMPARE(run({QStringLiteral("qa"), m_path, QStringLiteral("--template"), QStringLiteral("999")}).status, int(CommandLine::Failure));
        QCOMPARE(run({QStringLiteral("qa"), m_path, QStringLiteral("--template"), QString::number(m_templateId), QStringLiteral("--lang"),
                      QStringLiteral("de")})
                     .status,
                 int(CommandLine::Usage));
        m_db = Database::open(m_path, &error);
    }

    void qaUsesWorkspaceGlossary()
    {
        // registro-cli init stored the starter glossary in the workspace.
        GlossaryRepository glossary(*m_db);
        QCOMPARE(glossary.storedTerms(), Glossary::builtIn().terms());
        m_db.reset();
        const QStringList qa{QStringLiteral("qa"), m_path, QStringLiteral("--template"), QString::number(m_templateId),
                             QStringLiteral("--lang"), nl, QStringLiteral("--json")};
        Result result = run(qa);
        QVERIFY2(result.status == CommandLine::Ok, qPrintable(result.out + result.err));

        // The DPO decides that "verwerker" is the wrong Dutch word for "processor": every Dutch
        // clause that uses it is now a glossary error.
        QString error;
        m_db = Database::open(m_path, &error);
        GlossaryRepository edited(*m_db);
        Glossary::Term processor = *edited.term(QStringLiteral("processor"));
        const Glossary::Term original = processor;
        processor.approved[nl] = {QStringLiteral("gegevensverwerker")};
        processor.forbidden[nl] = {QStringLiteral("verwerker")};
        QVERIFY2(edited.updateTerm(QStringLiteral("processor"), processor), qPrintable(edited.errorString()));
        m_db.reset();
        result = run(qa);
        QCOMPARE(result.status, int(CommandLine::Findings));
        int glossaryErrors = 0;
        for (const QJsonValue& f : QJsonDocument::fromJson(result.out.toUtf8()).array()) {
            if (f[QStringLiteral("check")].toString() == QStringLiteral("glossary") && f[QStringLiteral("severity")].toString() == QStringLiteral("error"))
                ++glossaryErrors;
        }
        QVERIFY2(glossaryErrors > 0, qPrintable(result.out));
        // Italian does not care about the Dutch terms.
        QCOMPARE(run({QStringLiteral("qa"), m_path, QStringLiteral("--template"), QString::number(m_templateId), QStringLiteral("--lang"),
                      QStringLiteral("it")})
                     .status,
                 int(CommandLine::Ok));

        // XLIFF export notes carry the same glossary findings.
        const QString xlf = m_dir.filePath(QStringLiteral("glossary-nl.xlf"));
        result = run({QStringLiteral("xliff"), QStringLiteral("export"), m_path, QStringLiteral("--template"), QString::number(m_templateId),
                      QStringLiteral("--lang"), nl, QStringLiteral("-o"), xlf});
        QVERIFY2(result.status == CommandLine::Ok, qPrintable(result.err));
        QFile file(xlf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("error glossary:")));

        // Back to the starter term: clean again.
        m_db = Database::open(m_path, &error);
        QVERIFY(GlossaryRepository(*m_db).updateTerm(QStringLiteral("processor"), original));
        m_db.reset();
        QCOMPARE(run(qa).status, int(CommandLine::Ok));
        m_db = Database::open(m_path, &error);
    }
};

QTEST_GUILESS_MAIN(TestTranslationReviewRepository)
#include "TestTranslationReviewRepository.moc"
