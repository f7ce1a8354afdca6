// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/TemplateJsonSegments.h"
#include "translation/XliffFile.h"

#include <QTest>

namespace {

XliffFile sampleDutch()
{
    TemplateJsonSegments sample;
    QString error;
    if (!sample.load(QStringLiteral(REGISTRO_RESOURCES_DIR "/templates/sample-dpa.json"), &error))
        qFatal("%s", qPrintable(error));
    XliffFile file;
    file.templateId = QStringLiteral("sample-dpa");
    file.templateVersion = sample.version();
    file.sourceLanguage = sample.sourceLanguage();
    file.targetLanguage = QStringLiteral("nl");
    file.segments = sample.segments(QStringLiteral("nl"));
    return file;
}

XliffFile::Expectation expectationFor(const XliffFile& file)
{
    XliffFile::Expectation expectation;
    expectation.templateId = file.templateId;
    expectation.templateVersion = file.templateVersion;
    expectation.targetLanguage = file.targetLanguage;
    for (const ClauseSegment& segment : file.segments)
        expectation.knownIds.insert(segment.id);
    return expectation;
}

} // namespace

class TestXliffFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsLossless()
    {
        XliffFile file = sampleDutch();
        QVERIFY(file.segments.size() > 60);
        // Every state, notes, and text that XML must escape.
        const QList<ClauseSegment::State> states = ClauseSegment::allStates();
        for (qsizetype i = 0; i < file.segments.size(); ++i)
            file.segments[i].state = states.at(i % states.size());
        file.segments[0].target = QStringLiteral("A < B & C > D, \"quoted\" and ‘single’ 'quotes'\r\n\n- {{ controller.name }}\n"
                                                 "{% if x %}  two  spaces  {% endif %}\ttab ]]> <b>not markup</b> &amp;");
        file.segments[0].note = QStringLiteral("Check with legal <counsel> & \"team\"");
        file.segments[1].target.clear();
        file.segments[1].state = ClauseSegment::State::Initial;
        file.findings.insert(file.segments[2].id, {{QStringLiteral("numbers"), QaFinding::Severity::Error, QStringLiteral("The number 10 is missing."), 0, 2}});

        const QByteArray xml = file.toXml();
        QVERIFY(xml.contains("urn:oasis:names:tc:xliff:document:2.0"));
        QVERIFY(xml.contains("version=\"2.0\""));
        QVERIFY(xml.contains("original=\"sample-dpa/1.0\""));
        QVERIFY(xml.contains("state=\"final\""));
        QVERIFY(xml.contains("subState=\"registro:needs-review\""));
        QVERIFY(xml.contains("The number 10 is missing."));
        QVERIFY(xml.contains("<unit id=\"parties\">"));

        XliffFile read;
        QString error;
        QVERIFY2(read.read(xml, expectationFor(file), &error), qPrintable(error));
        QCOMPARE(read.templateId, file.templateId);
        QCOMPARE(read.templateVersion, file.templateVersion);
        QCOMPARE(read.sourceLanguage, QStringLiteral("en"));
        QCOMPARE(read.targetLanguage, QStringLiteral("nl"));
        QCOMPARE(read.segments.size(), file.segments.size());
        for (qsizetype i = 0; i < file.segments.size(); ++i)
            QCOMPARE(read.segments.at(i), file.segments.at(i));
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("messagePart");
        const XliffFile file = sampleDutch();
        const QByteArray good = file.toXml();
        auto changed = [&](const char* from, const char* to) {
            QByteArray copy = good;
            copy.replace(from, to);
            return copy;
        };
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("malformed") << good.left(good.size() / 2) << QStringLiteral("not well-formed XML");
        QTest::newRow("not xml") << QByteArray("{\"format\": \"registro-template\"}") << QStringLiteral("not well-formed XML");
        QTest::newRow("other root") << QByteArray("<?xml version=\"1.0\"?><html><body/></html>") << QStringLiteral("not an XLIFF file");
        QTest::newRow("xliff 1.2") << QByteArray("<?xml version=\"1.0\"?><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                                                 "<file original=\"x\" source-language=\"en\" target-language=\"nl\" datatype=\"plaintext\"><body/></file></xliff>")
                                   << QStringLiteral("XLIFF 1.2");
        QTest::newRow("other language") << changed("trgLang=\"nl\"", "trgLang=\"fr\"") << QStringLiteral("into \"fr\", not into \"nl\"");
        QTest::newRow("other template") << changed("original=\"sample-dpa/", "original=\"other-dpa/") << QStringLiteral("template \"other-dpa\"");
        QTest::newRow("other version") << changed("original=\"sample-dpa/1.0\"", "original=\"sample-dpa/0.9\"") << QStringLiteral("version 0.9");
        QTest::newRow("unknown id") << changed("<unit id=\"parties\">", "<unit id=\"made-up-clause\">") << QStringLiteral("made-up-clause");
        QTest::newRow("duplicate id") << changed("<unit id=\"recitals\">", "<unit id=\"parties\">") << QStringLiteral("occurs twice");
        QTest::newRow("unknown state") << changed("state=\"translated\"", "state=\"approved\"") << QStringLiteral("unknown state \"approved\"");
        QTest::newRow("no file") << QByteArray("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"nl\"/>")
                                 << QStringLiteral("no <file>");
    }
    void refuses()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, messagePart);
        const XliffFile original = sampleDutch();
        XliffFile file = original;
        QString error;
        QVERIFY(!file.read(xml, expectationFor(original), &error));
        QVERIFY2(error.contains(messagePart), qPrintable(error));
        QCOMPARE(file.segments, original.segments); // unchanged
        QCOMPARE(file.targetLanguage, original.targetLanguage);
    }

    void stateMapping()
    {
        QCOMPARE(XliffFile::xliffState(ClauseSegment::State::Initial), QStringLiteral("initial"));
        QCOMPARE(XliffFile::xliffState(ClauseSegment::State::Translated), QStringLiteral("translated"));
        QCOMPARE(XliffFile::xliffState(ClauseSegment::State::NeedsReview), QStringLiteral("translated"));
        QCOMPARE(XliffFile::xliffState(ClauseSegment::State::Reviewed), QStringLiteral("reviewed"));
        QCOMPARE(XliffFile::xliffState(ClauseSegment::State::Final), QStringLiteral("final"));
    }

    void readsForeignXliffWithDefaults()
    {
        // A file written by another tool: no state (XLIFF default "initial"), no notes, extra elements.
        const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="nl">
 <file id="x" original="sample-dpa/1.0">
  <skeleton href="none"/>
  <unit id="parties">
   <segment><source>Parties</source><target>Partijen</target></segment>
  </unit>
 </file>
</xliff>)";
        XliffFile file;
        QString error;
        QVERIFY2(file.read(xml, expectationFor(sampleDutch()), &error), qPrintable(error));
        QCOMPARE(file.segments.size(), 1);
        QCOMPARE(file.segments.first().state, ClauseSegment::State::Initial);
        QCOMPARE(file.segments.first().target, QStringLiteral("Partijen"));
    }
};

QTEST_GUILESS_MAIN(TestXliffFile)
#include "TestXliffFile.moc"
