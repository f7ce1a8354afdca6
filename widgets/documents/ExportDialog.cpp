// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/ExportDialog.h"

#include "core/Database.h"
#include "documents/AgreementDocument.h"
#include "documents/DocumentPrinter.h"
#include "documents/DocumentStrings.h"
#include "documents/NoticeLetterDocument.h"
#include "main/DesktopServices.h"
#include "main/FileDialog.h"
#include "main/MessageBox.h"
#include "register/CatalogRepository.h"
#include "register/SubProcessorRepository.h"
#include "settings/Settings.h"
#include "settings/Translator.h"
#include "subprocessors/PlannedChangeRepository.h"
#include "templates/AgreementRepository.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace {

enum AgreementLanguages { OneLanguage, Bilingual, AllLanguages };

} // namespace

ExportDialog::ExportDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_document(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_format(new QComboBox(this))
    , m_pageSize(new QComboBox(this))
    , m_pdfA(new QCheckBox(tr("PDF/&A-1b, for archiving"), this))
    , m_openWhenDone(new QCheckBox(tr("&Open the file when done"), this))
    , m_exportButton(new QPushButton(tr("&Export…"), this))
    , m_previewButton(new QPushButton(tr("Print Pre&view…"), this))
    , m_printButton(new QPushButton(tr("&Print…"), this))
{
    setWindowTitle(tr("Export Document"));
    m_document->setObjectName(QStringLiteral("document"));

    // The kinds of documents. Another kind is one more entry here and one function below.
    addKind(agreementKind());
    addKind(registerKind());
    addKind(subProcessorListKind());
    addKind(noticeLetterKind());

    m_format->addItem(tr("PDF"), int(DocumentRequest::Format::Pdf));
    m_format->addItem(tr("OpenDocument text (ODT)"), int(DocumentRequest::Format::Odt));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    const bool letter = Settings::instance().value(Settings::Key::PaperSize).toString() == QLatin1String("Letter");
    m_pageSize->setCurrentIndex(letter ? 1 : 0);
    m_pdfA->setToolTip(tr("PDF/A-1b embeds everything the document needs, for long-term archiving."));

    auto* top = new QFormLayout;
    top->addRow(tr("&Document:"), m_document);
    auto* output = new QGroupBox(tr("Output"), this);
    auto* outputLayout = new QFormLayout(output);
    outputLayout->addRow(tr("&Format:"), m_format);
    outputLayout->addRow(tr("Page si&ze:"), m_pageSize);
    outputLayout->addRow(m_pdfA);
    outputLayout->addRow(m_openWhenDone);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_printButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::exportDocument);
    connect(m_previewButton, &QPushButton::clicked, this, &ExportDialog::printPreview);
    connect(m_printButton, &QPushButton::clicked, this, &ExportDialog::print);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages);
    layout->addWidget(output);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_document, &QComboBox::currentIndexChanged, this, &ExportDialog::kindChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateOutputOptions);
    kindChanged();
    setDefaultAction(Action::Export);
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::addKind(const DocumentKind& kind)
{
    m_kinds.append(kind);
    m_document->addItem(kind.title, int(kind.kind));
    m_pages->addWidget(kind.page);
}

QComboBox* ExportDialog::languageChoice(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (const QString& code : DocumentStrings::languages())
        combo->addItem(Translator::languageName(code), code);
    return combo;
}

ExportDialog::DocumentKind ExportDialog::agreementKind()
{
    auto* page = new QGroupBox(tr("Agreement and languages"), this);
    m_agreement = new QComboBox(page);
    m_agreement->setObjectName(QStringLiteral("agreement"));
    m_agreement->setPlaceholderText(tr("No agreements yet"));
    CatalogRepository catalog(m_db);
    for (const Agreement& a : AgreementRepository(m_db).all()) {
        const QString customer = catalog.party(a.partyId).value_or(Party{}).name;
        m_agreement->addItem(customer.isEmpty() ? a.reference : tr("%1 – %2").arg(a.reference, customer), a.id);
    }
    m_language = languageChoice(page);
    m_leftLanguage = languageChoice(page);
    m_rightLanguage = languageChoice(page);
    m_rightLanguage->setCurrentIndex(1);
    m_agreementLanguages = new QButtonGroup(page);
    auto* one = new QRadioButton(tr("One &language:"), page);
    auto* bilingual = new QRadioButton(tr("&Bilingual, side by side:"), page);
    m_allLanguages = new QRadioButton(page);
    m_agreementLanguages->addButton(one, OneLanguage);
    m_agreementLanguages->addButton(bilingual, Bilingual);
    m_agreementLanguages->addButton(m_allLanguages, AllLanguages);
    one->setChecked(true);

    auto* grid = new QGridLayout(page);
    auto* agreementLabel = new QLabel(tr("A&greement:"), page);
    agreementLabel->setBuddy(m_agreement);
    grid->addWidget(agreementLabel, 0, 0);
    grid->addWidget(m_agreement, 0, 1, 1, 3);
    grid->addWidget(one, 1, 0);
    grid->addWidget(m_language, 1, 1);
    grid->addWidget(bilingual, 2, 0);
    grid->addWidget(m_leftLanguage, 2, 1);
    grid->addWidget(new QLabel(tr("beside"), page), 2, 2);
    grid->addWidget(m_rightLanguage, 2, 3);
    grid->addWidget(m_allLanguages, 3, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    const auto updateEnabled = [this] {
        const int mode = m_agreementLanguages->checkedId();
        m_language->setEnabled(mode == OneLanguage);
        m_leftLanguage->setEnabled(mode == Bilingual);
        m_rightLanguage->setEnabled(mode == Bilingual);
    };
    connect(m_agreementLanguages, &QButtonGroup::idToggled, this, updateEnabled);
    connect(m_agreement, &QComboBox::currentIndexChanged, this, &ExportDialog::updateAgreementLanguages);
    updateEnabled();
    updateAgreementLanguages();

    DocumentKind kind;
    kind.kind = DocumentRequest::Kind::Agreement;
    kind.title = tr("Agreement");
    kind.page = page;
    kind.pdfA = Settings::instance().value(Settings::Key::PdfA).toBool();
    kind.fill = [this](DocumentRequest& request) {
        request.agreementId = m_agreement->currentData().toLongLong();
        switch (m_agreementLanguages->checkedId()) {
        case Bilingual:
            request.language = m_leftLanguage->currentData().toString();
            request.secondLanguage = m_rightLanguage->currentData().toString();
            break;
        case AllLanguages:
            request.language = DocumentRequest::allLanguages();
            break;
        default:
            request.language = m_language->currentData().toString();
        }
    };
    kind.show = [this](const DocumentRequest& request) {
        const int index = m_agreement->findData(request.agreementId);
        if (index >= 0)
            m_agreement->setCurrentIndex(index);
        if (request.isBundle()) {
            m_allLanguages->setChecked(true);
        } else if (!request.secondLanguage.isEmpty()) {
            m_agreementLanguages->button(Bilingual)->setChecked(true);
            m_leftLanguage->setCurrentIndex(qMax(0, m_leftLanguage->findData(request.language)));
            m_rightLanguage->setCurrentIndex(qMax(0, m_rightLanguage->findData(request.secondLanguage)));
        } else if (!request.language.isEmpty()) {
            // An empty language keeps the agreement's first one.
            m_agreementLanguages->button(OneLanguage)->setChecked(true);
            m_language->setCurrentIndex(qMax(0, m_language->findData(request.language)));
        }
    };
    return kind;
}

// A new agreement shows its own languages: the first for one language, the first two side by
// side, and all of them listed for the bundle.
void ExportDialog::updateAgreementLanguages()
{
    const QStringList issued = AgreementDocument(m_db).languages(m_agreement->currentData().toLongLong());
    QStringList names;
    for (const QString& code : issued)
        names.append(Translator::languageName(code));
    m_allLanguages->setText(names.isEmpty() ? tr("All its languages, one after the other")
                                            : tr("All its languages, one after the other (%1)").arg(names.join(tr(", "))));
    m_allLanguages->setEnabled(!issued.isEmpty());
    if (!issued.isEmpty()) {
        m_language->setCurrentIndex(qMax(0, m_language->findData(issued.constFirst())));
        m_leftLanguage->setCurrentIndex(qMax(0, m_leftLanguage->findData(issued.constFirst())));
        const QString second = issued.value(1, issued.constFirst() == QLatin1String("en") ? QStringLiteral("nl") : QStringLiteral("en"));
        m_rightLanguage->setCurrentIndex(qMax(0, m_rightLanguage->findData(second)));
    }
}

ExportDialog::DocumentKind ExportDialog::registerKind()
{
    auto* page = new QGroupBox(tr("Records and language"), this);
    m_role = new QComboBox(page);
    m_role->setObjectName(QStringLiteral("role"));
    m_role->addItem(tr("Controller and processor records"), QString());
    m_role->addItem(tr("Controller records"), Vocabulary::code(ActivityRole::Controller));
    m_role->addItem(tr("Processor records"), Vocabulary::code(ActivityRole::Processor));
    m_registerLanguage = languageChoice(page);
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Records:"), m_role);
    form->addRow(tr("&Language:"), m_registerLanguage);

    DocumentKind kind;
    kind.kind = DocumentRequest::Kind::Register;
    kind.title = tr("Register of processing activities");
    kind.page = page;
    kind.fill = [this](DocumentRequest& request) {
        const QString role = m_role->currentData().toString();
        request.role = role.isEmpty() ? std::nullopt : std::optional(Vocabulary::activityRole(role));
        request.language = m_registerLanguage->currentData().toString();
    };
    kind.show = [this](const DocumentRequest& request) {
        m_role->setCurrentIndex(qMax(0, m_role->findData(request.role ? Vocabulary::code(*request.role) : QString())));
        m_registerLanguage->setCurrentIndex(qMax(0, m_registerLanguage->findData(request.language)));
    };
    return kind;
}

ExportDialog::DocumentKind ExportDialog::subProcessorListKind()
{
    auto* page = new QGroupBox(tr("Language and date"), this);
    m_listLanguage = languageChoice(page);
    m_asOf = new QDateEdit(QDate::currentDate(), page);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_history = new QCheckBox(tr("With announced changes and the &history of the list"), page);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setChecked(true);
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_listLanguage);
    form->addRow(tr("Sub-processors engaged o&n:"), m_asOf);
    form->addRow(QString(), m_history);

    DocumentKind kind;
    kind.kind = DocumentRequest::Kind::SubProcessorList;
    kind.title = tr("Sub-processor list");
    kind.page = page;
    kind.fill = [this](DocumentRequest& request) {
        request.language = m_listLanguage->currentData().toString();
        request.asOf = m_asOf->date();
        request.history = m_history->isChecked();
    };
    kind.show = [this](const DocumentRequest& request) {
        m_listLanguage->setCurrentIndex(qMax(0, m_listLanguage->findData(request.language)));
        if (request.asOf.isValid())
            m_asOf->setDate(request.asOf);
        m_history->setChecked(request.history);
    };
    return kind;
}

ExportDialog::DocumentKind ExportDialog::noticeLetterKind()
{
    auto* page = new QGroupBox(tr("Planned change and customer"), this);
    m_change = new QComboBox(page);
    m_change->setObjectName(QStringLiteral("plannedChange"));
    m_customer = new QComboBox(page);
    m_customer->setObjectName(QStringLiteral("customer"));
    m_letterDate = new QDateEdit(QDate::currentDate(), page);
    m_letterDate->setObjectName(QStringLiteral("letterDate"));
    m_letterDate->setCalendarPopup(true);
    m_letterDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    SubProcessorRepository subProcessors(m_db);
    const QLocale locale;
    for (const PlannedChange& change : PlannedChangeRepository(m_db).changes()) {
        const auto sp = subProcessors.find(change.subProcessorId);
        m_change->addItem(tr("%1: %2 (from %3)")
                              .arg(PlannedChangeRepository::kindLabel(change.kind), sp ? sp->legalName : QString(),
                                   locale.toString(change.effectiveDate, QLocale::ShortFormat)),
                          change.id);
    }
    connect(m_change, &QComboBox::currentIndexChanged, this, [this] {
        updateNoticeCustomers();
        kindChanged();
    });
    connect(m_customer, &QComboBox::currentIndexChanged, this, &ExportDialog::kindChanged);
    updateNoticeCustomers();
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Planned change:"), m_change);
    form->addRow(tr("C&ustomer:"), m_customer);
    form->addRow(tr("Letter &date:"), m_letterDate);
    auto* note = new QLabel(tr("The letter is written in the customer's language, with its objection deadline."), page);
    note->setWordWrap(true);
    form->addRow(QString(), note);

    DocumentKind kind;
    kind.kind = DocumentRequest::Kind::NoticeLetter;
    kind.title = tr("Sub-processor change notice");
    kind.page = page;
    kind.fill = [this](DocumentRequest& request) {
        request.plannedChangeId = m_change->currentData().toLongLong();
        request.partyId = m_customer->currentData().toLongLong();
        request.letterDate = m_letterDate->date();
        const auto party = CatalogRepository(m_db).party(request.partyId);
        request.language = party && DocumentStrings::isSupported(party->language) ? party->language : QStringLiteral("en");
    };
    kind.show = [this](const DocumentRequest& request) {
        m_change->setCurrentIndex(qMax(0, m_change->findData(request.plannedChangeId)));
        m_customer->setCurrentIndex(qMax(0, m_customer->findData(request.partyId)));
        if (request.letterDate.isValid())
            m_letterDate->setDate(request.letterDate);
    };
    return kind;
}

void ExportDialog::updateNoticeCustomers()
{
    const QSignalBlocker blocker(m_customer);
    m_customer->clear();
    CatalogRepository catalog(m_db);
    for (const qint64 id : NoticeLetterDocument(m_db).recipients(m_change->currentData().toLongLong())) {
        if (const auto party = catalog.party(id))
            m_customer->addItem(QStringLiteral("%1 (%2)").arg(party->name, Translator::languageName(party->language)), id);
    }
}

void ExportDialog::kindChanged()
{
    const int index = qMax(0, m_document->currentIndex());
    m_pages->setCurrentIndex(index);
    m_pdfA->setChecked(m_kinds.value(index).pdfA);
    // Without any agreement, or a customer to notify, there is nothing to export.
    const DocumentRequest::Kind current = m_kinds.value(index).kind;
    const bool ready = (current != DocumentRequest::Kind::Agreement || m_agreement->count() > 0)
        && (current != DocumentRequest::Kind::NoticeLetter || m_customer->count() > 0);
    for (QPushButton* button : {m_exportButton, m_previewButton, m_printButton})
        button->setEnabled(ready);
    updateOutputOptions();
}

void ExportDialog::updateOutputOptions()
{
    const bool pdf = m_format->currentData().toInt() == int(DocumentRequest::Format::Pdf);
    m_pdfA->setEnabled(pdf);
    m_pageSize->setEnabled(pdf);
}

void ExportDialog::setRequest(const DocumentRequest& request)
{
    const int index = m_document->findData(int(request.kind));
    if (index < 0)
        return;
    m_document->setCurrentIndex(index);
    m_kinds[index].show(request);
    m_format->setCurrentIndex(qMax(0, m_format->findData(int(request.format))));
}

DocumentRequest ExportDialog::request() const
{
    DocumentRequest request;
    const int index = qMax(0, m_document->currentIndex());
    request.kind = m_kinds.value(index).kind;
    m_kinds.value(index).fill(request);
    request.format = DocumentRequest::Format(m_format->currentData().toInt());
    request.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    request.pdfA = m_pdfA->isChecked();
    request.draftWatermark = Settings::instance().value(Settings::Key::DraftWatermark).toBool();
    return request;
}

void ExportDialog::setDefaultAction(Action action)
{
    QPushButton* button = action == Action::Print ? m_printButton
                          : action == Action::PrintPreview ? m_previewButton
                                                           : m_exportButton;
    for (QPushButton* b : {m_exportButton, m_previewButton, m_printButton}) {
        b->setDefault(b == button);
        b->setAutoDefault(b == button);
    }
    setWindowTitle(action == Action::Print ? tr("Print Document")
                   : action == Action::PrintPreview ? tr("Print Preview")
                                                    : tr("Export Document"));
}

QString ExportDialog::exportFolder() const
{
    const QString last = Settings::instance().value(Settings::Key::LastExportFolder).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QFileInfo(m_db.filePath()).absolutePath() : documents;
}

void ExportDialog::startProgress(const DocumentRequest& request)
{
    m_progress = new QProgressDialog(this);
    m_progress->setWindowTitle(windowTitle());
    m_progress->setLabelText(tr("Preparing the document…"));
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setRange(0, 0);
    // A bundle takes a while: show its progress at once; a single document only when slow.
    m_progress->setMinimumDuration(request.isBundle() ? 0 : 800);
    m_progress->setValue(0);
}

void ExportDialog::stopProgress()
{
    delete m_progress;
    m_progress = nullptr;
}

bool ExportDialog::build(DocumentExport& exporter, const DocumentRequest& request, DocumentModel* model)
{
    exporter.setProgress([this](const QString& step, int done, int total) {
        if (!m_progress)
            return true;
        m_progress->setLabelText(step);
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        Q_EMIT progressed(step, done, total);
        QCoreApplication::processEvents();
        return m_progress && !m_progress->wasCanceled();
    });
    return exporter.build(request, model);
}

bool ExportDialog::checkRequest(const DocumentRequest& request)
{
    if (!request.secondLanguage.isEmpty() && request.secondLanguage == request.language) {
        MessageBox::critical(this, tr("Choose Two Languages"),
                             tr("A bilingual agreement needs two different languages side by side."));
        return false;
    }
    return true;
}

bool ExportDialog::exportDocument()
{
    const DocumentRequest request = this->request();
    if (!checkRequest(request))
        return false;
    DocumentExport exporter(m_db);
    const bool odt = request.format == DocumentRequest::Format::Odt;
    QString path = FileDialog::getSaveFileName(this, tr("Export Document"),
                                               QDir(exportFolder()).filePath(exporter.suggestedFileName(request)),
                                               odt ? tr("OpenDocument text (*.odt)") : tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += odt ? QStringLiteral(".odt") : QStringLiteral(".pdf");

    startProgress(request);
    DocumentModel model;
    const bool written = build(exporter, request, &model) && exporter.write(request, model, path);
    stopProgress();
    if (!written) {
        if (!exporter.wasCanceled())
            MessageBox::critical(this, tr("Cannot Export"),
                                 tr("The document was not written to %1.\n\n%2").arg(QDir::toNativeSeparators(path), exporter.errorString()));
        return false;
    }
    m_lastPath = path;
    Settings::instance().setValue(Settings::Key::LastExportFolder, QFileInfo(path).absolutePath());
    if (m_openWhenDone->isChecked() && !DesktopServices::openUrl(QUrl::fromLocalFile(path)))
        MessageBox::critical(this, tr("Cannot Open"),
                             tr("%1 was written, but no application opened it.").arg(QDir::toNativeSeparators(path)));
    accept();
    return true;
}

bool ExportDialog::printTo(QPrinter* printer)
{
    const DocumentRequest request = this->request();
    if (!checkRequest(request))
        return false;
    DocumentExport exporter(m_db);
    startProgress(request);
    DocumentModel model;
    bool printed = build(exporter, request, &model);
    QString error = exporter.errorString();
    if (printed) {
        PdfDocumentWriter writer(exporter.pdfOptions(request));
        writer.setProgress([this](int page, int pageCount) {
            if (!m_progress)
                return true;
            const QString step = tr("Printing page %1 of %2…").arg(page).arg(pageCount);
            m_progress->setLabelText(step);
            m_progress->setMaximum(pageCount);
            m_progress->setValue(page);
            Q_EMIT progressed(step, page, pageCount);
            QCoreApplication::processEvents();
            return m_progress && !m_progress->wasCanceled();
        });
        printed = DocumentPrinter::print(writer, model, printer);
        error = writer.wasCanceled() ? QString() : writer.errorString();
    } else if (exporter.wasCanceled()) {
        error.clear();
    }
    stopProgress();
    if (!printed && !error.isEmpty())
        MessageBox::critical(this, tr("Cannot Print"), tr("The document was not printed.\n\n%1").arg(error));
    return printed;
}

QPrintPreviewDialog* ExportDialog::createPreviewDialog()
{
    auto* preview = new QPrintPreviewDialog(this);
    DocumentPrinter::configure(preview->printer(), request().pageSize);
    preview->setWindowTitle(tr("Print Preview — %1").arg(m_document->currentText()));
    connect(preview, &QPrintPreviewDialog::paintRequested, this, &ExportDialog::printTo);
    return preview;
}

void ExportDialog::printPreview()
{
    QPrintPreviewDialog* preview = createPreviewDialog();
    preview->resize(900, 1000);
    preview->exec();
    delete preview;
}

void ExportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    DocumentPrinter::configure(&printer, request().pageSize);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(m_document->currentText()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (printTo(&printer))
        accept();
}
