// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
// The agreement as a document, exported by the real registro-cli and read back with poppler.
#include "PdfProbe.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestAgreementDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    static int cli(const QStringList& arguments, QString* output = nullptr)
    {
        return PdfProbe::registroCli(arguments, output);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.registro"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--demo"), m_demo}), 0);
    }

    void everyArticleInOrderWithoutTemplateTags_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("articles");
        QTest::addColumn<QString>("footer");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("Parties"), QStringLiteral("Recitals"),
                                           QStringLiteral("Confidentiality"), QStringLiteral("Engagement of sub-processors"),
                                           QStringLiteral("Governing law and jurisdiction"), QStringLiteral("Signatures")}
                            << QStringLiteral("Page 1 of");
        QTest::newRow("it") << QStringLiteral("it")
                            << QStringList{QStringLiteral("Parti"), QStringLiteral("Premesse"), QStringLiteral("Riservatezza")}
                            << QStringLiteral("Pagina 1 di");
    }

    void everyArticleInOrderWithoutTemplateTags()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, articles);
        QFETCH(QString, footer);
        const QString pdf = m_dir.filePath(QStringLiteral("agreement-%1.pdf").arg(language));
        QString output;
        QCOMPARE(cli({QStringLiteral("export"), m_demo, QStringLiteral("agreement"), QStringLiteral("DPA-ORTOFRESCO"),
                      QStringLiteral("--lang"), language, QStringLiteral("-o"), pdf},
                     &output),
                 0);
        const QString text = PdfProbe::text(pdf);
        qsizetype at = 0;
        for (const QString& article : std::as_const(articles)) {
            const qsizetype found = text.indexOf(article, at);
            QVERIFY2(found >= 0, qPrintable(article));
            at = found;
        }
        QVERIFY(!text.contains(QStringLiteral("{{")));
        QVERIFY(!text.contains(QStringLiteral("{%")));
        QVERIFY2(text.contains(footer), qPrintable(footer));

        // Every heading of the rendered agreement, in order, after the table of contents.
        QString markdown;
        QCOMPARE(cli({QStringLiteral("render"), m_demo, QStringLiteral("--agreement"), QStringLiteral("DPA-ORTOFRESCO"),
                      QStringLiteral("--lang"), language, QStringLiteral("--format"), QStringLiteral("md")},
                     &markdown),
                 0);
        QStringList headings;
        for (const QString& line : markdown.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("## ")) || line.startsWith(QLatin1String("### ")))
                headings.append(line.section(QLatin1Char(' '), 1).simplified());
        }
        QVERIFY(headings.size() > 25);
        at = text.indexOf(headings.constLast()); // the last line of the contents
        QVERIFY(at > 0);
        for (const QString& heading : std::as_const(headings)) {
            const qsizetype found = text.indexOf(heading, at + 1);
            QVERIFY2(found > at, qPrintable(heading));
            at = found;
        }

        // Appendix B lists every sub-processor of the register.
        QString list;
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("subprocessors"), m_demo, QStringLiteral("--json")}, &list), 0);
        const QJsonArray subProcessors = QJsonDocument::fromJson(list.toUtf8()).array();
        QVERIFY(subProcessors.size() >= 20);
        const qsizetype appendixB = text.lastIndexOf(language == QLatin1String("en") ? QStringLiteral("Appendix B") : QStringLiteral("Allegato B"));
        QVERIFY(appendixB > 0);
        // A name that wraps in its cell comes out with the words of the next cells between its own.
        for (const QJsonValue& subProcessor : subProcessors) {
            const QString name = subProcessor.toObject().value(QStringLiteral("legal_name")).toString();
            qsizetype word = appendixB;
            for (const QString& part : name.split(QLatin1Char(' '))) {
                word = text.indexOf(part, word + 1);
                QVERIFY2(word > appendixB, qPrintable(name));
            }
        }
        // An agreement that is not signed is marked as a draft on every page.
        const QList<QImage> pages = PdfProbe::pages(pdf);
        QVERIFY(pages.size() > 5);
        for (const QImage& page : pages) {
            QVERIFY(PdfProbe::nonWhitePixels(page) > 100);
            QVERIFY(PdfProbe::watermarkPixels(page) > 0);
        }
        // Agreements are PDF/A unless asked otherwise.
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("pdfaid:part"));
    }

    void signedAgreementHasNoDraftMark()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("signed.pdf"));
        QCOMPARE(cli({QStringLiteral("export"), m_demo, QStringLiteral("agreement"), QStringLiteral("DPA-DELINDE"),
                      QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("-o"), pdf}),
                 0);
        const QList<QImage> pages = PdfProbe::pages(pdf);
        QVERIFY(!pages.isEmpty());
        for (const QImage& page : pages)
            QCOMPARE(PdfProbe::watermarkPixels(page), 0);
        QVERIFY(PdfProbe::text(pdf).contains(QStringLiteral("Verwerkersovereenkomst")));
    }

    void bilingualHasBothLanguagesOnOnePage()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("bilingual.pdf"));
        QCOMPARE(cli({QStringLiteral("export"), m_demo, QStringLiteral("agreement"), QStringLiteral("DPA-ORTOFRESCO"),
                      QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--bilingual"), QStringLiteral("it"),
                      QStringLiteral("-o"), pdf}),
                 0);
        const QString page = PdfProbe::text(pdf, 3, 3);
        QVERIFY2(page.contains(QStringLiteral("Processor")) && page.contains(QStringLiteral("Responsabile")),
                 qPrintable(page.left(400)));
        // The appendices' tables take the page's width, one language after the other: their
        // columns are wide enough for every word of their headers.
        const QString text = PdfProbe::text(pdf);
        const qsizetype appendixB = text.lastIndexOf(QStringLiteral("Appendix B – Sub-processors"));
        QVERIFY(appendixB > 0);
        QVERIFY(text.indexOf(QStringLiteral("Sub-processor Service"), appendixB) > appendixB);
        QVERIFY(text.indexOf(QStringLiteral("Attività di trattamento"), text.lastIndexOf(QStringLiteral("Allegato B"))) > 0);
    }

    void refusesUnknownAgreementAndBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown agreement") << QStringList{QStringLiteral("agreement"), QStringLiteral("DPA-NONE")} << 1;
        QTest::newRow("no id") << QStringList{QStringLiteral("agreement")} << 2;
        QTest::newRow("bad bilingual") << QStringList{QStringLiteral("agreement"), QStringLiteral("1"),
                                                      QStringLiteral("--bilingual"), QStringLiteral("de")}
                                       << 2;
    }

    void refusesUnknownAgreementAndBadOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        const QString pdf = m_dir.filePath(QStringLiteral("refused.pdf"));
        QCOMPARE(cli(QStringList{QStringLiteral("export"), m_demo} + arguments + QStringList{QStringLiteral("-o"), pdf}), status);
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_GUILESS_MAIN(TestAgreementDocument)
#include "TestAgreementDocument.moc"
