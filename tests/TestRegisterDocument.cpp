// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "PdfProbe.h"

#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "documents/OdtDocumentWriter.h"
#include "documents/PdfDocumentWriter.h"
#include "documents/RegisterDocument.h"
#include "register/ActivityRepository.h"
#include "register/SubProcessorRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestRegisterDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    std::unique_ptr<Database> m_db;
    const QString m_evilName = QStringLiteral("<img src=\"file:///etc/passwd\">");

    /** Activity names of @p role in the order the register lists them. */
    QStringList names(ActivityRole role)
    {
        QStringList list;
        const auto rows = m_db->rows(QStringLiteral("SELECT name FROM processing_activity WHERE role = ? ORDER BY name COLLATE NOCASE"),
                                     {Vocabulary::code(role)});
        for (const auto& row : rows)
            list.append(row.constFirst().toString());
        return list;
    }

    static int cli(const QStringList& arguments, QString* output = nullptr)
    {
        return PdfProbe::registroCli(arguments, output);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("demo.registro"));
        QString error;
        m_db = Database::create(m_workspace, &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(DemoWorkspace::populate(*m_db, &error), qPrintable(error));
        ProcessingActivity evil;
        evil.name = m_evilName;
        evil.role = ActivityRole::Controller;
        evil.purposes = {QStringLiteral("<script>alert(1)</script>")};
        ActivityRepository repository(*m_db);
        QVERIFY2(repository.save(evil), qPrintable(repository.errorString()));
    }

    void registerPdf_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("footer");
        QTest::addColumn<QString>("purposesLabel");
        QTest::newRow("nl controller") << "nl" << int(ActivityRole::Controller) << "Pagina 1 van %1" << "Doeleinden van de verwerking";
        QTest::newRow("en processor") << "en" << int(ActivityRole::Processor) << "Page 1 of %1" << "Purposes of the processing";
        QTest::newRow("it controller") << "it" << int(ActivityRole::Controller) << "Pagina 1 di %1" << "Finalità del trattamento";
        QTest::newRow("fr processor") << "fr" << int(ActivityRole::Processor) << "Page 1 sur %1" << "Finalités du traitement";
    }

    void registerPdf()
    {
        QFETCH(QString, language);
        QFETCH(int, role);
        QFETCH(QString, footer);
        QFETCH(QString, purposesLabel);
        const auto activityRole = ActivityRole(role);
        RegisterDocument document(*m_db);
        const DocumentModel model = document.build(activityRole, language, QDate(2026, 11, 23));
        QVERIFY(!document.allApproved());
        PdfDocumentWriter::Options options;
        options.pdfA = true;
        options.draftWatermark = true;
        PdfDocumentWriter writer(options);
        const QString path = m_dir.filePath(QStringLiteral("register-%1.pdf").arg(language));
        QVERIFY2(writer.write(model, path), qPrintable(writer.errorString()));

        const int pages = PdfProbe::pageCount(path);
        QCOMPARE(pages, writer.pageCount());
        const QString text = PdfProbe::text(path);
        QVERIFY(text.contains(footer.arg(pages)));
        QVERIFY(text.contains(purposesLabel));
        // Every activity, in order, in the detailed part (after the summary table).
        const QStringList expected = names(activityRole);
        QVERIFY(expected.size() >= 10);
        const QString detailed = PdfProbe::text(path, 4, pages);
        qsizetype from = 0;
        for (const QString& name : expected) {
            const qsizetype at = detailed.indexOf(name.simplified(), from);
            QVERIFY2(at >= 0, qPrintable(name));
            from = at + 1;
        }
        if (activityRole == ActivityRole::Controller)
            QVERIFY(text.contains(m_evilName));
        QVERIFY(text.contains(QLatin1String("Tulipa Cloud B.V.")));

        const auto info = PdfProbe::info(path);
        QVERIFY(info.value(QStringLiteral("Title")).contains(QLatin1String("Tulipa Cloud B.V.")));
        QCOMPARE(info.value(QStringLiteral("Author")), QStringLiteral("Tulipa Cloud B.V."));
        QVERIFY(info.value(QStringLiteral("Subject")).contains(QLatin1String("30")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("<pdfaid:part>1</pdfaid:part>"));
        for (const QString& line : PdfProbe::fonts(path))
            QVERIFY2(line.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() - 5) == QLatin1String("yes"), qPrintable(line));
    }

    void countryNamesFollowTheDocumentLanguage()
    {
        RegisterDocument document(*m_db);
        PdfDocumentWriter writer;
        const QString path = m_dir.filePath(QStringLiteral("countries-nl.pdf"));
        QVERIFY(writer.write(document.build(ActivityRole::Controller, QStringLiteral("nl")), path));
        const QString text = PdfProbe::text(path);
        // The demo's recruitment activity transfers to Ukraine (UA).
        QVERIFY(text.contains(QStringLiteral("Oekraïne")));
        QVERIFY(!text.contains(QLatin1String("Ukraine")));
    }

    void odtHasTheActivities()
    {
        RegisterDocument document(*m_db);
        OdtDocumentWriter writer;
        const QString path = m_dir.filePath(QStringLiteral("register.odt"));
        QVERIFY2(writer.write(document.build(ActivityRole::Controller, QStringLiteral("en")), path), qPrintable(writer.errorString()));
        int code = 0;
        const QString content = PdfProbe::zipMember(path, QStringLiteral("content.xml"), &code);
        QCOMPARE(code, 0);
        for (const QString& name : names(ActivityRole::Controller))
            QVERIFY2(content.contains(name.toHtmlEscaped()) || content.contains(name), qPrintable(name));
        QVERIFY(!content.contains(m_evilName));
        QVERIFY(content.contains(QLatin1String("&lt;img src=")));
        QVERIFY(!writer.write(document.build(ActivityRole::Controller, QStringLiteral("en")), m_dir.filePath(QStringLiteral("no/dir/x.odt"))));
        QVERIFY(!writer.errorString().isEmpty());
    }

    void cliExportsAndRendersPages()
    {
        m_db.reset(); // the CLI opens the workspace itself
        const QString draft = m_dir.filePath(QStringLiteral("cli-draft.pdf"));
        const QString final = m_dir.filePath(QStringLiteral("cli-final.pdf"));
        QString output;
        QCOMPARE(cli({QStringLiteral("export"), m_workspace, QStringLiteral("register"), QStringLiteral("--role"),
                      QStringLiteral("processor"), QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("-o"), draft}, &output), 0);
        QCOMPARE(cli({QStringLiteral("export"), m_workspace, QStringLiteral("register"), QStringLiteral("--role"),
                      QStringLiteral("processor"), QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("--no-watermark"),
                      QStringLiteral("-o"), final}), 0);
        const QList<QImage> draftPages = PdfProbe::pages(draft);
        const QList<QImage> finalPages = PdfProbe::pages(final);
        QCOMPARE(draftPages.size(), PdfProbe::pageCount(draft));
        QVERIFY(draftPages.size() >= 5);
        QCOMPARE(finalPages.size(), draftPages.size());
        for (int i = 0; i < draftPages.size(); ++i) {
            QVERIFY2(PdfProbe::nonWhitePixels(finalPages[i]) > 500, qPrintable(QStringLiteral("page %1 is blank").arg(i + 1)));
            QVERIFY(PdfProbe::watermarkPixels(draftPages[i]) > 300);
            QCOMPARE(PdfProbe::watermarkPixels(finalPages[i]), 0);
        }
        QVERIFY(!PdfProbe::text(draft, 1, 1).contains(QLatin1String("CONCEPT")));

        const QString odt = m_dir.filePath(QStringLiteral("cli.odt"));
        QCOMPARE(cli({QStringLiteral("export"), m_workspace, QStringLiteral("register"), QStringLiteral("--format"),
                      QStringLiteral("odt"), QStringLiteral("-o"), odt}), 0);
        QVERIFY(PdfProbe::zipMember(odt, QStringLiteral("content.xml")).contains(QLatin1String("Recruitment and selection")));

        const QString list = m_dir.filePath(QStringLiteral("subprocessors.pdf"));
        QCOMPARE(cli({QStringLiteral("export"), m_workspace, QStringLiteral("subprocessors"), QStringLiteral("--as-of"),
                      QStringLiteral("2026-11-23"), QStringLiteral("-o"), list}, &output), 0);
        const QString whole = PdfProbe::text(list);
        // The list itself ends where the announced changes and the history begin.
        const QString text = whole.left(whole.indexOf(QLatin1String("Announced changes")));
        QVERIFY(text.size() < whole.size());
        QVERIFY(whole.contains(QLatin1String("Changes to the list")));
        QVERIFY(whole.contains(QLatin1String("Kanaal Support Software B.V.")));
        QString error;
        auto db = Database::open(m_workspace, &error);
        QVERIFY(db);
        int listed = 0;
        for (const SubProcessor& sp : SubProcessorRepository(*db).all()) {
            const bool engaged = sp.status == SubProcessorStatus::Active || sp.status == SubProcessorStatus::BeingRemoved;
            if (engaged && (!sp.dateAdded.isValid() || sp.dateAdded <= QDate(2026, 11, 23))) {
                QVERIFY2(text.contains(sp.legalName.simplified()), qPrintable(sp.legalName));
                ++listed;
            } else if (sp.status == SubProcessorStatus::Planned) {
                QVERIFY2(!text.contains(sp.legalName.simplified()), qPrintable(sp.legalName));
            }
        }
        QVERIFY(listed >= 5);
    }

    void cliRejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::newRow("no output") << QStringList{QStringLiteral("register")} << 2;
        QTest::newRow("bad role") << QStringList{QStringLiteral("register"), QStringLiteral("--role"), QStringLiteral("owner"), QStringLiteral("-o"), QStringLiteral("x.pdf")} << 2;
        QTest::newRow("bad language") << QStringList{QStringLiteral("register"), QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("-o"), QStringLiteral("x.pdf")} << 2;
        QTest::newRow("bad format") << QStringList{QStringLiteral("register"), QStringLiteral("--format"), QStringLiteral("doc"), QStringLiteral("-o"), QStringLiteral("x.pdf")} << 2;
        QTest::newRow("bad date") << QStringList{QStringLiteral("subprocessors"), QStringLiteral("--as-of"), QStringLiteral("23/11/2026"), QStringLiteral("-o"), QStringLiteral("x.pdf")} << 2;
        QTest::newRow("unknown kind") << QStringList{QStringLiteral("notices"), QStringLiteral("-o"), QStringLiteral("x.pdf")} << 2;
    }

    void cliRejectsBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        const QString out = m_dir.filePath(QStringLiteral("x.pdf"));
        arguments.replaceInStrings(QStringLiteral("x.pdf"), out);
        QString output;
        QCOMPARE(cli(QStringList{QStringLiteral("export"), m_workspace} + arguments, &output), status);
        QVERIFY(!output.isEmpty());
        QVERIFY(!QFile::exists(out));
    }

    void cliRejectsMissingWorkspace()
    {
        const QString out = m_dir.filePath(QStringLiteral("missing.pdf"));
        QCOMPARE(cli({QStringLiteral("export"), m_dir.filePath(QStringLiteral("nope.registro")), QStringLiteral("register"),
                      QStringLiteral("-o"), out}), 1);
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestRegisterDocument)
#include "TestRegisterDocument.moc"
