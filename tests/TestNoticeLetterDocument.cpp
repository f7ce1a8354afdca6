// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "PdfProbe.h"

#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "documents/NoticeLetterDocument.h"
#include "documents/PdfDocumentWriter.h"
#include "register/CatalogRepository.h"
#include "subprocessors/PlannedChangeRepository.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/** Change notice letters as documents: in the customer's language, from the register, escaped. */
class TestNoticeLetterDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    std::unique_ptr<Database> m_db;
    qint64 m_replacement = 0; // the demo's planned replacement of the support desk
    const QString m_evilName = QStringLiteral("<img src=\"file:///etc/passwd\"> **Acme** B.V.");

    qint64 partyNamed(const QString& name)
    {
        for (const Party& party : CatalogRepository(*m_db).parties()) {
            if (party.name == name)
                return party.id;
        }
        return 0;
    }

    static QString allText(const DocumentModel& model)
    {
        QStringList texts;
        for (const DocumentBlock& block : model.blocks)
            texts.append(block.text);
        return texts.join(QLatin1Char('\n'));
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
        for (const PlannedChange& change : PlannedChangeRepository(*m_db).changes()) {
            if (change.kind == PlannedChange::Kind::Replace)
                m_replacement = change.id;
        }
        QVERIFY(m_replacement > 0);
    }

    void letterInTheCustomersLanguage_data()
    {
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("deadline");
        QTest::newRow("nl") << QStringLiteral("Stichting Zorgcentrum De Linde")
                            << QStringLiteral("Kennisgeving van een wijziging in onze subverwerkers") << QStringLiteral("januari 2027");
        QTest::newRow("it") << QStringLiteral("Ortofresco S.p.A.")
                            << QStringLiteral("Comunicazione di una modifica dei nostri sub-responsabili del trattamento")
                            << QStringLiteral("gennaio 2027");
    }

    void letterInTheCustomersLanguage()
    {
        QFETCH(QString, customer);
        QFETCH(QString, subject);
        QFETCH(QString, deadline);
        const qint64 party = partyNamed(customer);
        QVERIFY(party > 0);
        NoticeLetterDocument document(*m_db);
        QVERIFY(document.recipients(m_replacement).contains(party));
        DocumentModel model;
        QVERIFY2(document.build(m_replacement, party, &model, QDate(2026, 11, 24)), qPrintable(document.errorString()));
        QCOMPARE(model.title, subject);
        const QString text = allText(model);
        QVERIFY(text.contains(customer));
        QVERIFY(text.contains(QLatin1String("Kanaal Support Software B.V.")));
        QVERIFY(text.contains(QLatin1String("Thamesdesk Ltd")));
        QVERIFY2(text.contains(deadline), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Marieke van Dalen"))); // the DPO signs
        // The country is written once, even though the demo address already names it.
        QVERIFY2(!text.contains(QLatin1String("Netherlands\nNetherlands")) && !text.contains(QLatin1String("Italy\nItalia")),
                 qPrintable(text));

        const QString path = m_dir.filePath(document.baseName(m_replacement, party) + QStringLiteral(".pdf"));
        PdfDocumentWriter writer;
        QVERIFY2(writer.write(model, path), qPrintable(writer.errorString()));
        QCOMPARE(writer.pageCount(), 1);
        const QString pdf = PdfProbe::text(path).simplified();
        QVERIFY2(pdf.contains(subject), qPrintable(pdf));
        QVERIFY(pdf.contains(customer));
    }

    void unknownChangeOrCustomerIsAnError()
    {
        NoticeLetterDocument document(*m_db);
        DocumentModel model;
        model.title = QStringLiteral("untouched");
        QVERIFY(!document.build(9999, partyNamed(QStringLiteral("Ortofresco S.p.A.")), &model));
        QVERIFY(!document.errorString().isEmpty());
        QCOMPARE(model.title, QStringLiteral("untouched"));
        QVERIFY(!document.build(m_replacement, 9999, &model));
        QVERIFY(document.recipients(9999).isEmpty());
    }

    void valuesAreText()
    {
        CatalogRepository catalog(*m_db);
        std::optional<Party> party = catalog.party(partyNamed(QStringLiteral("Ortofresco S.p.A.")));
        QVERIFY(party);
        party->name = m_evilName;
        QVERIFY2(catalog.saveParty(*party), qPrintable(catalog.errorString()));
        NoticeLetterDocument document(*m_db);
        DocumentModel model;
        QVERIFY(document.build(m_replacement, party->id, &model));
        const QString path = m_dir.filePath(QStringLiteral("evil.pdf"));
        PdfDocumentWriter writer;
        QVERIFY2(writer.write(model, path), qPrintable(writer.errorString()));
        QVERIFY2(PdfProbe::text(path).contains(m_evilName), qPrintable(PdfProbe::text(path)));
        QVERIFY(!document.baseName(m_replacement, party->id).contains(QLatin1Char('<')));
        QVERIFY(!document.baseName(m_replacement, party->id).contains(QLatin1Char('/')));
    }

    void cliWritesOneLetterPerCustomer()
    {
        m_db.reset(); // the CLI opens the file itself
        const QString folder = m_dir.filePath(QStringLiteral("letters"));
        QString output;
        QCOMPARE(cli({QStringLiteral("export"), m_workspace, QStringLiteral("notice"), QString::number(m_replacement),
                      QStringLiteral("-o"), folder},
                     &output),
                 0);
        const QStringList files = QDir(folder).entryList({QStringLiteral("notice-*.pdf")}, QDir::Files);
        QVERIFY2(files.size() >= 3, qPrintable(output));
        QCOMPARE(output.count(QLatin1String("Wrote")), files.size());

        const QString one = m_dir.filePath(QStringLiteral("one.odt"));
        QCOMPARE(cli({QStringLiteral("export"), m_workspace, QStringLiteral("notice"), QString::number(m_replacement),
                      QStringLiteral("--customer"), QStringLiteral("stichting zorgcentrum de linde"), QStringLiteral("-o"), one}),
                 0);
        QVERIFY(PdfProbe::zipMember(one, QStringLiteral("content.xml")).contains(QLatin1String("Geachte Stichting Zorgcentrum De Linde")));

        const QString none = m_dir.filePath(QStringLiteral("none.pdf"));
        QCOMPARE(cli({QStringLiteral("export"), m_workspace, QStringLiteral("notice"), QString::number(m_replacement),
                      QStringLiteral("--customer"), QStringLiteral("Nobody Ltd"), QStringLiteral("-o"), none},
                     &output),
                 1);
        QVERIFY(output.contains(QLatin1String("not a customer to notify")));
        QVERIFY(!QFile::exists(none));
        QCOMPARE(cli({QStringLiteral("export"), m_workspace, QStringLiteral("notice"), QStringLiteral("9999"), QStringLiteral("-o"), none},
                     &output),
                 1);
        QCOMPARE(cli({QStringLiteral("export"), m_workspace, QStringLiteral("notice"), QString::number(m_replacement),
                      QStringLiteral("--date"), QStringLiteral("tomorrow"), QStringLiteral("-o"), none}),
                 2);
        QVERIFY(!QFile::exists(none));
    }
};

QTEST_MAIN(TestNoticeLetterDocument)
#include "TestNoticeLetterDocument.moc"
