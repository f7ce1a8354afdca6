// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
// The export dialog on the demo workspace: real PDF and ODT files read back with poppler, the
// bundle with its progress and its cancel, errors, and printing that paints the PDF's pages.
#include "PdfProbe.h"

#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "documents/ExportDialog.h"
#include "documents/NoticeLetterDocument.h"
#include "main/DesktopServices.h"
#include "main/FileDialog.h"
#include "main/MainWindow.h"
#include "main/MessageBox.h"
#include "register/CatalogRepository.h"
#include "settings/Settings.h"
#include "subprocessors/PlannedChangeRepository.h"
#include "templates/AgreementsView.h"
#include "templates/AgreementRepository.h"
#include "templates/TemplateRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<QUrl> m_opened;

    qint64 agreement(const QString& reference) { return AgreementRepository(*m_db).idByReference(reference); }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QStringList filesIn(const QString& folder) const
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir.setAutoRemove(!qEnvironmentVariableIsSet("REGISTRO_KEEP_TEST_FILES"));
        QStandardPaths::setTestModeEnabled(true);
        Settings::setTestInstance(m_dir.filePath(QStringLiteral("settings.ini")));
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("demo.registro")), &error);
        QVERIFY2(m_db && DemoWorkspace::populate(*m_db, &error), qPrintable(error));
        // One agreement in three languages, for the bundle.
        auto sent = AgreementRepository(*m_db).find(agreement(QStringLiteral("DPA-ORTOFRESCO")));
        QVERIFY(sent);
        sent->languages = {QStringLiteral("it"), QStringLiteral("en"), QStringLiteral("fr")};
        QVERIFY(AgreementRepository(*m_db).save(*sent));
        DesktopServices::setUrlHandler([this](const QUrl& url) {
            m_opened.append(url);
            return true;
        });
        int code = 0;
        PdfProbe::run(QStringLiteral("pdftotext"), {QStringLiteral("-v")}, &code);
        QVERIFY2(code == 0, "poppler-utils (pdftotext) must be installed");
    }

    void exportsEachKindAsPdf_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("footer");
        QTest::newRow("agreement it") << int(DocumentRequest::Kind::Agreement) << "it" << "Riservatezza" << "Pagina 1 di";
        QTest::newRow("register nl") << int(DocumentRequest::Kind::Register) << "nl" << "Register van verwerkingsactiviteiten"
                                     << "Pagina 1 van";
        QTest::newRow("sub-processors fr") << int(DocumentRequest::Kind::SubProcessorList) << "fr" << "sous-traitants"
                                           << "Page 1 sur";
    }

    void exportsEachKindAsPdf()
    {
        QFETCH(int, kind);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QFETCH(QString, footer);
        ExportDialog dialog(*m_db);
        DocumentRequest request;
        request.kind = DocumentRequest::Kind(kind);
        request.agreementId = agreement(QStringLiteral("DPA-ORTOFRESCO"));
        request.language = language;
        dialog.setRequest(request);
        QCOMPARE(dialog.request().kind, request.kind);
        QCOMPARE(dialog.request().language, language);
        // PDF/A by default for agreements only.
        QCOMPARE(dialog.pdfACheck()->isChecked(), request.kind == DocumentRequest::Kind::Agreement);
        const QString pdf = path(QStringLiteral("kind-%1.pdf").arg(kind));
        FileDialog::setNextFileName(pdf);
        m_opened.clear();
        QVERIFY(dialog.exportDocument());
        QCOMPARE(dialog.lastExportPath(), pdf);
        QVERIFY(PdfProbe::pageCount(pdf) >= 1);
        const QString text = PdfProbe::text(pdf);
        QVERIFY2(text.contains(expected, Qt::CaseInsensitive), qPrintable(text.left(400)));
        QVERIFY(text.contains(footer));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().contains("<pdfaid:part>1</pdfaid:part>"), request.kind == DocumentRequest::Kind::Agreement);
        QVERIFY(m_opened.isEmpty());
        QCOMPARE(Settings::instance().value(Settings::Key::LastExportFolder).toString(), m_dir.path());
    }

    void noticeLetterInTheCustomersLanguage()
    {
        qint64 replacement = 0;
        for (const PlannedChange& change : PlannedChangeRepository(*m_db).changes()) {
            if (change.kind == PlannedChange::Kind::Replace)
                replacement = change.id;
        }
        qint64 deLinde = 0;
        for (const Party& party : CatalogRepository(*m_db).parties()) {
            if (party.name == QLatin1String("Stichting Zorgcentrum De Linde"))
                deLinde = party.id;
        }
        QVERIFY(replacement > 0 && deLinde > 0);
        ExportDialog dialog(*m_db);
        DocumentRequest request;
        request.kind = DocumentRequest::Kind::NoticeLetter;
        request.plannedChangeId = replacement;
        request.partyId = deLinde;
        request.letterDate = QDate(2026, 11, 24);
        dialog.setRequest(request);
        auto* customers = dialog.findChild<QComboBox*>(QStringLiteral("customer"));
        QVERIFY(customers);
        QCOMPARE(customers->count(), NoticeLetterDocument(*m_db).recipients(replacement).size());
        QCOMPARE(dialog.request().kind, DocumentRequest::Kind::NoticeLetter);
        QCOMPARE(dialog.request().partyId, deLinde);
        QCOMPARE(dialog.request().language, QStringLiteral("nl")); // the customer's language
        QVERIFY(!dialog.pdfACheck()->isChecked());
        const QString pdf = path(QStringLiteral("notice.pdf"));
        FileDialog::setNextFileName(pdf);
        QVERIFY(dialog.exportDocument());
        const QString text = PdfProbe::text(pdf);
        QVERIFY2(text.contains(QLatin1String("Geachte Stichting Zorgcentrum De Linde")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("24 november 2026")));
        QVERIFY(text.contains(QLatin1String("Pagina 1 van 1")));
    }

    void subProcessorListWithoutHistory()
    {
        ExportDialog dialog(*m_db);
        DocumentRequest request;
        request.kind = DocumentRequest::Kind::SubProcessorList;
        request.history = false;
        dialog.setRequest(request);
        QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("history"))->isChecked());
        const QString pdf = path(QStringLiteral("list-without-history.pdf"));
        FileDialog::setNextFileName(pdf);
        QVERIFY(dialog.exportDocument());
        QVERIFY(!PdfProbe::text(pdf).contains(QLatin1String("Changes to the list")));
        dialog.findChild<QCheckBox*>(QStringLiteral("history"))->setChecked(true);
        FileDialog::setNextFileName(pdf);
        QVERIFY(dialog.exportDocument());
        QVERIFY(PdfProbe::text(pdf).contains(QLatin1String("Changes to the list")));
    }

    void bilingualAgreement()
    {
        ExportDialog dialog(*m_db);
        DocumentRequest request;
        request.kind = DocumentRequest::Kind::Agreement;
        request.agreementId = agreement(QStringLiteral("DPA-ORTOFRESCO"));
        request.language = QStringLiteral("it");
        request.secondLanguage = QStringLiteral("it");
        dialog.setRequest(request);
        QCOMPARE(dialog.request().secondLanguage, QStringLiteral("it"));
        // The same language twice is refused before any file is asked for.
        const QString pdf = path(QStringLiteral("bilingual.pdf"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!dialog.exportDocument());
        QVERIFY(MessageBox::lastText().contains(QLatin1String("two different languages")));
        QVERIFY(!QFile::exists(pdf));

        request.secondLanguage = QStringLiteral("en");
        dialog.setRequest(request);
        FileDialog::setNextFileName(pdf);
        QVERIFY(dialog.exportDocument());
        const QString text = PdfProbe::text(pdf);
        QVERIFY(text.contains(QStringLiteral("Riservatezza")));
        QVERIFY(text.contains(QStringLiteral("Confidentiality")));
    }

    void noAgreementsNothingToExport()
    {
        QTemporaryDir dir;
        QString error;
        auto empty = Database::create(dir.filePath(QStringLiteral("empty.registro")), &error);
        QVERIFY2(empty, qPrintable(error));
        ExportDialog dialog(*empty);
        DocumentRequest request;
        request.kind = DocumentRequest::Kind::Agreement;
        dialog.setRequest(request);
        QVERIFY(!dialog.exportButton()->isEnabled());
        request.kind = DocumentRequest::Kind::SubProcessorList;
        dialog.setRequest(request);
        QVERIFY(dialog.exportButton()->isEnabled());
    }

    void odtWithoutSuffixAndOpened()
    {
        ExportDialog dialog(*m_db);
        DocumentRequest request;
        request.kind = DocumentRequest::Kind::Register;
        request.role = ActivityRole::Processor;
        dialog.setRequest(request);
        dialog.formatChoice()->setCurrentIndex(dialog.formatChoice()->findData(int(DocumentRequest::Format::Odt)));
        QVERIFY(!dialog.pdfACheck()->isEnabled());
        dialog.openWhenDoneCheck()->setChecked(true);
        m_opened.clear();
        FileDialog::setNextFileName(path(QStringLiteral("register")));
        QVERIFY(dialog.exportDocument());
        const QString odt = path(QStringLiteral("register.odt"));
        QCOMPARE(dialog.lastExportPath(), odt);
        int code = -1;
        const QString content = PdfProbe::zipMember(odt, QStringLiteral("content.xml"), &code);
        QCOMPARE(code, 0);
        QVERIFY(content.contains(QLatin1String("Processor")));
        QCOMPARE(m_opened, QList<QUrl>{QUrl::fromLocalFile(odt)});
    }

    void cancelledFileDialogWritesNothing()
    {
        ExportDialog dialog(*m_db);
        const QStringList before = filesIn(m_dir.path());
        FileDialog::setNextFileName(QString());
        QVERIFY(!dialog.exportDocument());
        QCOMPARE(filesIn(m_dir.path()), before);
    }

    void bundleShowsProgress()
    {
        ExportDialog dialog(*m_db);
        DocumentRequest request;
        request.kind = DocumentRequest::Kind::Agreement;
        request.agreementId = agreement(QStringLiteral("DPA-ORTOFRESCO"));
        request.language = DocumentRequest::allLanguages();
        dialog.setRequest(request);
        QVERIFY(dialog.request().isBundle());
        QStringList steps;
        bool progressShown = false;
        connect(&dialog, &ExportDialog::progressed, this, [&](const QString& step, int, int) {
            steps.append(step);
            progressShown = progressShown || (dialog.progressDialog() && dialog.progressDialog()->isVisible());
        });
        const QString pdf = path(QStringLiteral("bundle.pdf"));
        FileDialog::setNextFileName(pdf);
        QVERIFY(dialog.exportDocument());
        QVERIFY(progressShown);
        QVERIFY(!dialog.progressDialog());
        // A step per language, then a step per page.
        QVERIFY2(steps.filter(QStringLiteral("Building")).size() == 3, qPrintable(steps.join(QLatin1Char('\n'))));
        const int pages = PdfProbe::pageCount(pdf);
        QCOMPARE(steps.filter(QStringLiteral("Writing page")).size(), pages);
        const QString text = PdfProbe::text(pdf);
        QVERIFY(text.contains(QStringLiteral("Riservatezza")));
        QVERIFY(text.contains(QStringLiteral("Confidentiality")));
        QVERIFY(text.contains(QStringLiteral("Confidentialité")));
    }

    void cancelledBundleLeavesNoFile_data()
    {
        QTest::addColumn<QString>("cancelAt");
        QTest::newRow("while building") << "Building";
        QTest::newRow("while writing") << "Writing page";
    }

    void cancelledBundleLeavesNoFile()
    {
        QFETCH(QString, cancelAt);
        QTemporaryDir out;
        ExportDialog dialog(*m_db);
        DocumentRequest request;
        request.kind = DocumentRequest::Kind::Agreement;
        request.agreementId = agreement(QStringLiteral("DPA-ORTOFRESCO"));
        request.language = DocumentRequest::allLanguages();
        dialog.setRequest(request);
        connect(&dialog, &ExportDialog::progressed, this, [&](const QString& step, int done, int) {
            if (step.startsWith(cancelAt) && done >= 1 && dialog.progressDialog())
                dialog.progressDialog()->cancel();
        });
        FileDialog::setNextFileName(out.filePath(QStringLiteral("cancelled.pdf")));
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        const QString before = MessageBox::lastText();
        QVERIFY(!dialog.exportDocument());
        QCOMPARE(filesIn(out.path()), QStringList());
        QCOMPARE(MessageBox::lastText(), before); // a cancel is not an error
        QVERIFY(dialog.lastExportPath().isEmpty());
    }

    void unwritablePathShowsError()
    {
        ExportDialog dialog(*m_db);
        const QString pdf = path(QStringLiteral("no/such/folder/out.pdf"));
        FileDialog::setNextFileName(pdf);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!dialog.exportDocument());
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("out.pdf")), qPrintable(MessageBox::lastText()));
        QVERIFY(!QFile::exists(pdf));
    }

    void templateErrorShowsErrorAndKeepsOldFile()
    {
        // A broken clause in the Italian text: the agreement cannot be rendered.
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("broken.registro")), &error);
        QVERIFY2(db && DemoWorkspace::populate(*db, &error), qPrintable(error));
        const qint64 id = AgreementRepository(*db).idByReference(QStringLiteral("DPA-ORTOFRESCO"));
        TemplateRepository templates(*db);
        const QList<Clause> clauses = templates.clauses(AgreementRepository(*db).find(id)->templateId);
        QVERIFY(!clauses.isEmpty());
        QVERIFY(templates.saveClauseText(clauses.first().id, QStringLiteral("it"), QStringLiteral("Parti"),
                                         QStringLiteral("One\n{% if x %}two\nthree")));
        const QString pdf = path(QStringLiteral("existing.pdf"));
        {
            QFile existing(pdf);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("old");
        }
        ExportDialog dialog(*db);
        DocumentRequest request;
        request.kind = DocumentRequest::Kind::Agreement;
        request.agreementId = id;
        request.language = QStringLiteral("it");
        dialog.setRequest(request);
        FileDialog::setNextFileName(pdf);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!dialog.exportDocument());
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("line 2")), qPrintable(MessageBox::lastText()));
        QFile existing(pdf);
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("old"));
    }

    void printPaintsThePdfPages_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("agreement A4") << int(DocumentRequest::Kind::Agreement) << int(QPageSize::A4);
        QTest::newRow("register Letter") << int(DocumentRequest::Kind::Register) << int(QPageSize::Letter);
    }

    void printPaintsThePdfPages()
    {
        QFETCH(int, kind);
        QFETCH(int, pageSize);
        ExportDialog dialog(*m_db);
        DocumentRequest request;
        request.kind = DocumentRequest::Kind(kind);
        request.agreementId = agreement(QStringLiteral("DPA-ORTOFRESCO"));
        request.language = QStringLiteral("it");
        dialog.setRequest(request);
        dialog.pageSizeChoice()->setCurrentIndex(dialog.pageSizeChoice()->findData(pageSize));
        const QString exported = path(QStringLiteral("exported-%1.pdf").arg(kind));
        FileDialog::setNextFileName(exported);
        QVERIFY(dialog.exportDocument());

        // The print path: a printer that prints to a PDF file, at the printer's resolution.
        const QString printed = path(QStringLiteral("printed-%1.pdf").arg(kind));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        QPrintPreviewDialog* preview = dialog.createPreviewDialog();
        QCOMPARE(preview->printer()->pageLayout().pageSize().id(), QPageSize::PageSizeId(pageSize));
        delete preview;
        printer.setPageSize(QPageSize(QPageSize::PageSizeId(pageSize)));
        printer.setFullPage(true);
        QVERIFY(dialog.printTo(&printer));

        const int pages = PdfProbe::pageCount(exported);
        QVERIFY(pages >= 2);
        QCOMPARE(PdfProbe::pageCount(printed), pages);
        QCOMPARE(PdfProbe::info(printed).value(QStringLiteral("Page size")), PdfProbe::info(exported).value(QStringLiteral("Page size")));
        for (int page = 1; page <= pages; ++page)
            QCOMPARE(PdfProbe::text(printed, page, page), PdfProbe::text(exported, page, page));
        // The draft mark is painted on paper too.
        const QList<QImage> paper = PdfProbe::pages(printed);
        QCOMPARE(paper.size(), pages);
        QVERIFY(PdfProbe::watermarkPixels(paper.first()) > 300);
    }

    // Pictures of the dialog and of the print preview: always taken and checked for content,
    // saved to $REGISTRO_SCREENSHOT_DIR when set (packaging/screenshots/take-screenshots.sh).
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("REGISTRO_SCREENSHOT_DIR");
        ExportDialog dialog(*m_db);
        DocumentRequest request;
        request.kind = DocumentRequest::Kind::Agreement;
        request.agreementId = agreement(QStringLiteral("DPA-ORTOFRESCO"));
        request.language = QStringLiteral("it");
        dialog.setRequest(request);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QImage picture = dialog.grab().toImage();
        QVERIFY(PdfProbe::nonWhitePixels(picture) > 1000);
        if (!folder.isEmpty())
            QVERIFY(picture.save(QDir(folder).filePath(QStringLiteral("export-dialog.png"))));

        std::unique_ptr<QPrintPreviewDialog> preview(dialog.createPreviewDialog());
        preview->resize(1100, 850);
        preview->show();
        QVERIFY(QTest::qWaitForWindowExposed(preview.get()));
        QTest::qWait(300);
        const QImage previewPicture = preview->grab().toImage();
        QVERIFY(PdfProbe::watermarkPixels(previewPicture) > 100);
        if (!folder.isEmpty())
            QVERIFY(previewPicture.save(QDir(folder).filePath(QStringLiteral("print-preview.png"))));
    }

    void mainWindowActionsStartFromTheCurrentSection()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_db->filePath()));
        QCOMPARE(window.exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QCOMPARE(window.printAction()->shortcut(), QKeySequence(QKeySequence::Print));
        QCOMPARE(window.printPreviewAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        QVERIFY(window.exportAction()->isEnabled());

        QVERIFY(window.showSection(QStringLiteral("register/processor")));
        QCOMPARE(window.currentDocument().kind, DocumentRequest::Kind::Register);
        QCOMPARE(window.currentDocument().role, std::optional(ActivityRole::Processor));
        QVERIFY(window.showSection(QStringLiteral("subprocessors")));
        QCOMPARE(window.currentDocument().kind, DocumentRequest::Kind::SubProcessorList);
        QVERIFY(window.showSection(QStringLiteral("agreements")));
        QCOMPARE(window.currentDocument().kind, DocumentRequest::Kind::Agreement);
        QVERIFY(window.currentDocument().agreementId > 0);
        QVERIFY(window.findChild<AgreementsView*>()->actions().contains(window.exportAction()));

        // Ctrl+E opens the dialog on the current agreement.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        qint64 shownAgreement = -1;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto* dialog = qobject_cast<ExportDialog*>(QApplication::activeModalWidget())) {
                shownAgreement = dialog->request().agreementId;
                dialog->reject();
            }
        });
        poll.start(20);
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
        poll.stop();
        QCOMPARE(shownAgreement, window.currentDocument().agreementId);

        window.closeWorkspace();
        QVERIFY(!window.exportAction()->isEnabled());
    }
};

QTEST_MAIN(TestExportDialog)
#include "TestExportDialog.moc"
