// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/AgreementsView.h"

#include "core/Database.h"
#include "register/CatalogRepository.h"
#include "templates/AgreementRepository.h"
#include "templates/ResourceFreeDocument.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateRepository.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolBar>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// Saving an agreement's values; undo restores the previous values (or removes a new one).
class SaveAgreementCommand : public QUndoCommand
{
public:
    SaveAgreementCommand(AgreementsView* view, Database& db, const Agreement& before, const Agreement& after)
        : m_view(view)
        , m_db(db)
        , m_before(before)
        , m_after(after)
    {
        setText(QCoreApplication::translate("AgreementsView", "Save agreement %1").arg(after.reference));
    }
    void redo() override
    {
        m_ok = m_view->store(m_after);
        m_before.id = m_after.id;
    }
    void undo() override
    {
        if (!m_ok)
            return;
        if (m_wasNew) {
            AgreementRepository(m_db).remove(m_after.id);
            m_after.id = 0; // redo inserts it again
            m_view->reload();
        } else {
            m_view->store(m_before);
        }
    }
    void setWasNew(bool wasNew) { m_wasNew = wasNew; }

private:
    AgreementsView* m_view;
    Database& m_db;
    Agreement m_before;
    Agreement m_after;
    bool m_ok = false;
    bool m_wasNew = false;
};

QString signatoryText(const Agreement::Signatory& s)
{
    return s.title.isEmpty() ? s.name : s.name + QStringLiteral(", ") + s.title;
}

Agreement::Signatory signatoryFrom(const QString& text)
{
    return {text.section(QLatin1Char(','), 0, 0).trimmed(), text.section(QLatin1Char(','), 1).trimmed()};
}

} // namespace

AgreementsView::AgreementsView(Database& db, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_list(new QListWidget(this))
    , m_customer(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_languages(new QLineEdit(this))
    , m_effectiveDate(new QDateEdit(this))
    , m_services(new QLineEdit(this))
    , m_term(new QLineEdit(this))
    , m_governingLaw(new QLineEdit(this))
    , m_court(new QLineEdit(this))
    , m_noticeDays(new QSpinBox(this))
    , m_noticeUnit(new QComboBox(this))
    , m_objectionDays(new QSpinBox(this))
    , m_objectionUnit(new QComboBox(this))
    , m_breachHours(new QSpinBox(this))
    , m_auditDays(new QSpinBox(this))
    , m_liabilityCap(new QLineEdit(this))
    , m_processorSignatory(new QLineEdit(this))
    , m_customerSignatory(new QLineEdit(this))
    , m_form(new QWidget(this))
    , m_status(new QLabel(this))
    , m_previewLanguage(new QComboBox(this))
    , m_preview(new QTextBrowser(this))
    , m_new(new QAction(tr("&New Agreement"), this))
    , m_save(new QAction(tr("&Save Agreement"), this))
    , m_sign(new QAction(tr("Mark as Si&gned"), this))
{
    m_new->setShortcut(QKeySequence::New);
    m_save->setShortcut(QKeySequence::Save);
    m_preview->setDocument(new ResourceFreeDocument(m_preview));
    m_preview->setOpenLinks(false);
    m_status->setWordWrap(true);
    m_effectiveDate->setCalendarPopup(true);
    m_effectiveDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    for (QSpinBox* box : {m_noticeDays, m_objectionDays, m_auditDays})
        box->setRange(0, 365);
    m_breachHours->setRange(0, 720);
    for (QComboBox* unit : {m_noticeUnit, m_objectionUnit}) {
        unit->addItem(tr("calendar days"), QStringLiteral("calendar"));
        unit->addItem(tr("working days"), QStringLiteral("working"));
    }
    m_languages->setPlaceholderText(tr("en, nl, it, fr"));
    m_processorSignatory->setPlaceholderText(tr("Name, title"));
    m_customerSignatory->setPlaceholderText(tr("Name, title"));

    auto* form = new QFormLayout(m_form);
    form->addRow(tr("&Customer:"), m_customer);
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("&Languages:"), m_languages);
    form->addRow(tr("&Effective date:"), m_effectiveDate);
    form->addRow(tr("Ser&vices:"), m_services);
    form->addRow(tr("&Term:"), m_term);
    form->addRow(tr("Governing &law:"), m_governingLaw);
    form->addRow(tr("C&ourt:"), m_court);
    auto* notice = new QHBoxLayout;
    notice->addWidget(m_noticeDays);
    notice->addWidget(m_noticeUnit);
    form->addRow(tr("Sub-processor notice:"), notice);
    auto* objection = new QHBoxLayout;
    objection->addWidget(m_objectionDays);
    objection->addWidget(m_objectionUnit);
    form->addRow(tr("Objection period:"), objection);
    form->addRow(tr("Breach notification (&hours):"), m_breachHours);
    form->addRow(tr("&Audit notice (days):"), m_auditDays);
    form->addRow(tr("Liability ca&p:"), m_liabilityCap);
    form->addRow(tr("Signatory (processor):"), m_processorSignatory);
    form->addRow(tr("Signatory (customer):"), m_customerSignatory);

    auto* toolBar = new QToolBar(this);
    toolBar->addAction(m_new);
    toolBar->addAction(m_save);
    toolBar->addAction(m_sign);
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(toolBar);
    detailLayout->addWidget(m_status);
    detailLayout->addWidget(m_form);
    detailLayout->addStretch(1);
    auto* previewPane = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewLanguage);
    previewLayout->addWidget(m_preview, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(2, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (const auto a = AgreementRepository(m_db).find(m_list->item(row)->data(Qt::UserRole).toLongLong()))
            showAgreement(*a);
    });
    connect(m_previewLanguage, &QComboBox::currentIndexChanged, this, &AgreementsView::updatePreview);
    connect(m_new, &QAction::triggered, this, [this] {
        Agreement a;
        const auto templates = TemplateRepository(m_db).templates();
        a.templateId = templates.isEmpty() ? 0 : templates.constFirst().id;
        a.effectiveDate = QDate::currentDate();
        m_list->setCurrentRow(-1);
        showAgreement(a);
        m_reference->setFocus();
    });
    connect(m_save, &QAction::triggered, this, &AgreementsView::saveForm);
    connect(m_sign, &QAction::triggered, this, &AgreementsView::signCurrent);
    reload();
}

void AgreementsView::reload()
{
    const qint64 current = m_current.id;
    m_customer->clear();
    for (const Party& p : CatalogRepository(m_db).parties(PartyKind::Client))
        m_customer->addItem(p.name, p.id);
    m_list->clear();
    CatalogRepository catalog(m_db);
    for (const Agreement& a : AgreementRepository(m_db).all()) {
        const QString customer = catalog.party(a.partyId).value_or(Party{}).name;
        auto* item = new QListWidgetItem(QStringLiteral("%1 – %2 (%3)").arg(a.reference, customer, Agreement::statusCode(a.status)), m_list);
        item->setData(Qt::UserRole, a.id);
    }
    if (current != 0)
        selectAgreement(current);
    else if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void AgreementsView::selectAgreement(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentRow(row);
            if (const auto a = AgreementRepository(m_db).find(id))
                showAgreement(*a);
            return;
        }
    }
}

void AgreementsView::showAgreement(const Agreement& a)
{
    m_current = a;
    m_customer->setCurrentIndex(std::max(0, m_customer->findData(a.partyId)));
    m_reference->setText(a.reference);
    m_languages->setText(a.languages.join(QStringLiteral(", ")));
    m_effectiveDate->setDate(a.effectiveDate.isValid() ? a.effectiveDate : QDate::currentDate());
    m_services->setText(a.services);
    m_term->setText(a.term);
    m_governingLaw->setText(a.governingLaw);
    m_court->setText(a.court);
    m_noticeDays->setValue(a.noticeDays);
    m_noticeUnit->setCurrentIndex(m_noticeUnit->findData(a.noticeUnit));
    m_objectionDays->setValue(a.objectionDays);
    m_objectionUnit->setCurrentIndex(m_objectionUnit->findData(a.objectionUnit));
    m_breachHours->setValue(a.breachNotificationHours);
    m_auditDays->setValue(a.auditNoticeDays);
    m_liabilityCap->setText(a.liabilityCap);
    m_processorSignatory->setText(signatoryText(a.signatoryProcessor));
    m_customerSignatory->setText(signatoryText(a.signatoryCustomer));
    const bool isSigned = a.status == Agreement::Status::Signed;
    m_form->setEnabled(!isSigned);
    m_save->setEnabled(!isSigned);
    m_sign->setEnabled(!isSigned && a.id != 0);
    m_status->setText(isSigned ? tr("Signed on %1: the text below is the signed text.")
                                     .arg(QLocale().toString(a.signedAt.toLocalTime().date(), QLocale::ShortFormat))
                               : a.id == 0 ? tr("New agreement") : tr("Status: %1").arg(Agreement::statusCode(a.status)));
    const QString language = m_previewLanguage->currentText();
    m_previewLanguage->blockSignals(true);
    m_previewLanguage->clear();
    m_previewLanguage->addItems(a.languages);
    m_previewLanguage->setCurrentIndex(std::max(0, int(a.languages.indexOf(language))));
    m_previewLanguage->blockSignals(false);
    updatePreview();
}

Agreement AgreementsView::fromForm() const
{
    Agreement a = m_current;
    a.partyId = m_customer->currentData().toLongLong();
    a.reference = m_reference->text().trimmed();
    a.languages.clear();
    for (const QString& l : m_languages->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        a.languages.append(l.trimmed().toLower());
    a.effectiveDate = m_effectiveDate->date();
    a.services = m_services->text();
    a.term = m_term->text();
    a.governingLaw = m_governingLaw->text();
    a.court = m_court->text();
    a.noticeDays = m_noticeDays->value();
    a.noticeUnit = m_noticeUnit->currentData().toString();
    a.objectionDays = m_objectionDays->value();
    a.objectionUnit = m_objectionUnit->currentData().toString();
    a.breachNotificationHours = m_breachHours->value();
    a.auditNoticeDays = m_auditDays->value();
    a.liabilityCap = m_liabilityCap->text();
    a.signatoryProcessor = signatoryFrom(m_processorSignatory->text());
    a.signatoryCustomer = signatoryFrom(m_customerSignatory->text());
    return a;
}

bool AgreementsView::store(Agreement& agreement)
{
    AgreementRepository repository(m_db);
    if (!repository.save(agreement)) {
        m_status->setText(repository.errorString());
        return false;
    }
    m_current = agreement;
    reload();
    selectAgreement(agreement.id);
    return true;
}

void AgreementsView::saveForm()
{
    const Agreement after = fromForm();
    auto* command = new SaveAgreementCommand(this, m_db, m_current, after);
    command->setWasNew(m_current.id == 0);
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
}

void AgreementsView::signCurrent()
{
    QString error;
    if (!TemplateRenderer(m_db).signAgreement(m_current.id, &error)) {
        m_status->setText(error);
        return;
    }
    // Signing cannot be undone: edits made before it can no longer be undone either.
    if (m_undoStack)
        m_undoStack->clear();
    reload();
    selectAgreement(m_current.id);
}

void AgreementsView::updatePreview()
{
    const QString language = m_previewLanguage->currentText();
    if (m_current.id == 0 || language.isEmpty()) {
        m_preview->clear();
        return;
    }
    const TemplateRenderer::Result result = TemplateRenderer(m_db).renderAgreement(m_current.id, language);
    if (!result.ok()) {
        QStringList errors;
        for (const TemplateRenderer::Error& e : result.errors)
            errors.append(e.toString());
        m_preview->setPlainText(errors.join(QLatin1Char('\n')));
        m_sign->setEnabled(false);
        return;
    }
    m_preview->document()->setMarkdown(result.markdown);
}
