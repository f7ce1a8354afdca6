// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "PdfProbe.h"

#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "documents/PdfDocumentWriter.h"
#include "documents/SubProcessorListDocument.h"
#include "register/SubProcessorRepository.h"

#include <QTemporaryDir>
#include <QTest>

/** The sub-processor list as a document: the list as it stood on a date, its history and what is announced. */
class TestSubProcessorListDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    /** The first table of @p model (the list itself), its first column. */
    static QStringList listed(const DocumentModel& model)
    {
        for (const DocumentBlock& block : model.blocks) {
            if (block.kind != DocumentBlock::Kind::Table)
                continue;
            QStringList names;
            for (const QStringList& row : block.rows)
                names.append(row.value(0));
            return names;
        }
        return {};
    }

    static QStringList row(const DocumentModel& model, const QString& name)
    {
        for (const DocumentBlock& block : model.blocks) {
            if (block.kind != DocumentBlock::Kind::Table)
                continue;
            for (const QStringList& r : block.rows) {
                if (r.value(0) == name)
                    return r;
            }
            return {};
        }
        return {};
    }

    static bool hasHeading(const DocumentModel& model, const QString& text)
    {
        for (const DocumentBlock& block : model.blocks) {
            if (block.kind == DocumentBlock::Kind::Heading && block.text == text)
                return true;
        }
        return false;
    }

    static QString find(const QList<SubProcessorListDocument::Change>& changes, const QString& name, const QDate& date)
    {
        for (const auto& change : changes) {
            if (change.subProcessor == name && change.date == date)
                return change.description;
        }
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("demo.registro")), &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(DemoWorkspace::populate(*m_db, &error), qPrintable(error));
    }

    void listAsItStoodOnTheDay()
    {
        SubProcessorListDocument document(*m_db);
        // Today: Redwood under the Data Privacy Framework, Carmel in two countries, Alpenmail renamed.
        DocumentModel now = document.build(QStringLiteral("en"), QDate(2026, 11, 23));
        QVERIFY(row(now, QStringLiteral("Redwood Monitoring Inc.")).value(4).contains(QLatin1String("Data Privacy Framework")));
        QCOMPARE(row(now, QStringLiteral("Carmel Edge Security Ltd.")).value(3), QStringLiteral("Israel, Netherlands"));
        QVERIFY(listed(now).contains(QStringLiteral("Alpenmail AG")));
        QVERIFY(!listed(now).contains(QStringLiteral("Alpenpost Mailservice AG")));
        // Planned sub-processors are not on the list yet.
        QVERIFY(!listed(now).contains(QStringLiteral("Wattle Insights Pty Ltd")));
        QVERIFY(!listed(now).contains(QStringLiteral("Kanaal Support Software B.V.")));

        // In mid-2023 the values were different, and later sub-processors were not there.
        DocumentModel then = document.build(QStringLiteral("en"), QDate(2023, 6, 1));
        QCOMPARE(row(then, QStringLiteral("Redwood Monitoring Inc.")).value(4),
                 QStringLiteral("Standard contractual clauses 2021/914, module 3"));
        QCOMPARE(row(then, QStringLiteral("Carmel Edge Security Ltd.")).value(3), QStringLiteral("Israel"));
        QVERIFY(!listed(then).contains(QStringLiteral("Sava Code d.o.o.")));
        QVERIFY(listed(then).contains(QStringLiteral("Maplegrid Telecom Inc.")));

        DocumentModel early = document.build(QStringLiteral("en"), QDate(2022, 1, 1));
        QVERIFY(listed(early).contains(QStringLiteral("Alpenpost Mailservice AG")));
        QVERIFY(!listed(early).contains(QStringLiteral("Alpenmail AG")));

        // Before the first sub-processor: an empty list and no history.
        DocumentModel none = document.build(QStringLiteral("en"), QDate(2020, 1, 1));
        QVERIFY(listed(none).isEmpty());
        QVERIFY(document.history(QStringLiteral("en"), QDate(2020, 1, 1)).isEmpty());
    }

    void historyDescribesEachChange()
    {
        SubProcessorListDocument document(*m_db);
        const auto history = document.history(QStringLiteral("en"), QDate(2026, 11, 23));
        QCOMPARE(find(history, QStringLiteral("Redwood Monitoring Inc."), QDate(2023, 9, 4)),
                 QStringLiteral("Safeguard: Standard contractual clauses 2021/914, module 3 → EU-US Data Privacy Framework"));
        QCOMPARE(find(history, QStringLiteral("Meridian Voice SE"), QDate(2024, 4, 2)),
                 QStringLiteral("Locations: Ireland, United States → Ireland, India, United States"));
        QCOMPARE(find(history, QStringLiteral("Alpenmail AG"), QDate(2022, 5, 2)),
                 QStringLiteral("Name: Alpenpost Mailservice AG → Alpenmail AG"));
        QCOMPARE(find(history, QStringLiteral("Nordhavn Hosting ApS"), QDate(2021, 4, 12)), QStringLiteral("Added to the list"));
        // Newest first.
        for (qsizetype i = 1; i < history.size(); ++i)
            QVERIFY(history[i - 1].date >= history[i].date);
        // Planned sub-processors enter the history only when they are engaged.
        for (const auto& change : history)
            QVERIFY(change.subProcessor != QLatin1String("Wattle Insights Pty Ltd"));

        const auto dutch = document.history(QStringLiteral("nl"), QDate(2026, 11, 23));
        QCOMPARE(find(dutch, QStringLiteral("Carmel Edge Security Ltd."), QDate(2024, 9, 2)),
                 QStringLiteral("Locaties: Israël → Israël, Nederland"));
    }

    void announcedChangesFollowTheDate()
    {
        SubProcessorListDocument document(*m_db);
        const auto coming = document.announced(QStringLiteral("fr"), QDate(2026, 11, 23));
        QCOMPARE(coming.size(), 3);
        QCOMPARE(coming[0].subProcessor, QStringLiteral("Hayate Search K.K."));
        QVERIFY2(coming[0].description.startsWith(QStringLiteral("Sera retiré. ")), qPrintable(coming[0].description));
        QCOMPARE(coming[2].subProcessor, QStringLiteral("Kanaal Support Software B.V."));
        QVERIFY(coming[2].description.startsWith(QLatin1String("Remplace Thamesdesk Ltd. ")));
        QVERIFY(document.announced(QStringLiteral("fr"), QDate(2027, 2, 1)).isEmpty());

        DocumentModel model = document.build(QStringLiteral("it"), QDate(2026, 11, 23));
        QVERIFY(hasHeading(model, QStringLiteral("Modifiche annunciate")));
        QVERIFY(hasHeading(model, QStringLiteral("Modifiche all'elenco")));
        document.setIncludeHistory(false);
        model = document.build(QStringLiteral("it"), QDate(2026, 11, 23));
        QVERIFY(!hasHeading(model, QStringLiteral("Modifiche annunciate")));
        QVERIFY(!hasHeading(model, QStringLiteral("Modifiche all'elenco")));
    }

    void removalAppearsInHistory()
    {
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("removal.registro")), &error);
        QVERIFY2(db, qPrintable(error));
        SubProcessorRepository repository(*db);
        SubProcessor sp;
        sp.legalName = QStringLiteral("<b>Brisa</b> **Mailer** Lda.");
        sp.service = QStringLiteral("Letter printing");
        sp.countries = {QStringLiteral("PT")};
        sp.status = SubProcessorStatus::Active;
        sp.dateAdded = QDate(2021, 3, 1);
        QVERIFY2(repository.save(sp), qPrintable(repository.errorString()));
        repository.setChangeDate(QDate(2023, 6, 30));
        QVERIFY2(repository.remove(sp.id), qPrintable(repository.errorString()));

        SubProcessorListDocument document(*db);
        QVERIFY(listed(document.build(QStringLiteral("en"), QDate(2023, 6, 29))).contains(sp.legalName));
        QVERIFY(listed(document.build(QStringLiteral("en"), QDate(2023, 6, 30))).isEmpty());
        const auto history = document.history(QStringLiteral("en"), QDate(2024, 1, 1));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].description, QStringLiteral("Removed from the list"));
        QCOMPARE(history[0].date, QDate(2023, 6, 30));

        // The name is text in the PDF, not markup.
        const QString path = m_dir.filePath(QStringLiteral("list.pdf"));
        PdfDocumentWriter writer;
        QVERIFY2(writer.write(document.build(QStringLiteral("en"), QDate(2024, 1, 1)), path), qPrintable(writer.errorString()));
        const QString text = PdfProbe::text(path);
        QVERIFY2(text.contains(QLatin1String("<b>Brisa</b> **Mailer** Lda.")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Changes to the list")));
    }
};

QTEST_MAIN(TestSubProcessorListDocument)
#include "TestSubProcessorListDocument.moc"
