// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/AgreementsView.h"

#include "core/Database.h"
#include "register/CatalogRepository.h"
#include "templates/AgreementRepository.h"
#include "templates/ClauseNumbering.h"
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
#include <QTimer>
#include <QToolBar>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// Saving an agreement's values; undo restores the previous values (or removes a new one).
class SaveAgreementCommand : public QUndoCommand
{
public:
    SaveAgreementCommand(AgreementsView* view, Database& db, const Agreement& before, const Agreement& after,
                         const QString& text = QString())
        : m_view(view)
        , m_db(db)
        , m_before(before)
        , m_after(after)
    {
        setText(text.isEmpty() ? QCoreApplication::translate("AgreementsView", "Save agreement %1").arg(after.reference) : text);
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
    , m_issueProblem(new QLabel(this))
    , m_options(new QListWidget(this))
    , m_previewLanguage(new QComboBox(this))
    , m_preview(new QTextBrowser(this))
    , m_new(new QAction(tr("&New Agreement"), this))
    , m_save(new QAction(tr("&Save Agreement"), this))
    , m_sign(new QAction(tr("Mark as Si&gned"), this))
    , m_issue(new QAction(tr("Mark as Se&nt"), this))
{
    m_new->setShortcut(QKeySequence::New);
    m_save->setShortcut(QKeySequence::Save);
    // Within this view only: the window has its own New and Save.
    for (QAction* action : {m_new, m_save})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_issue->setToolTip(tr("Record that the agreement was sent to the customer (issued)"));
    m_issueProblem->setWordWrap(true);
    m_issueProblem->setTextFormat(Qt::PlainText);
    m_issueProblem->hide();
    m_options->setAccessibleName(tr("Optional clauses"));
    m_options->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_options->setTextElideMode(Qt::ElideRight);
    m_options->setToolTip(tr("Optional clauses of the template: unchecked ones are left out of this agreement."));
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
    form->addRow(tr("Optional c&lauses:"), m_options);

    auto* toolBar = new QToolBar(this);
    toolBar->addAction(m_new);
    toolBar->addAction(m_save);
    toolBar->addAction(m_issue);
    toolBar->addAction(m_sign);
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(toolBar);
    detailLayout->addWidget(m_status);
    detailLayout->addWidget(m_issueProblem);
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
    connect(m_issue, &QAction::triggered, this, &AgreementsView::issueCurrent);
    connect(m_options, &QListWidget::itemChanged, this, &AgreementsView::optionToggled);
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
    m_issue->setEnabled(a.status == Agreement::Status::Draft && a.id != 0);
    loadOptions(a);
    m_status->setText(isSigned ? tr("Signed on %1: the text below is the signed text.")
                                     .arg(QLocale().toString(a.signedAt.toLocalTime().date(), QLocale::ShortFormat))
                               : a.id == 0 ? tr("New agreement") : tr("Status: %1").arg(Agreement::statusCode(a.status)));
    const QString language = m_previewLanguage->currentText();
    m_previewLanguage->blockSignals(true);
    m_previewLanguage->clear();
    m_previewLanguage->addItems(a.languages);
    m_previewLanguage->setCurrentIndex(std::max(0, int(a.languages.indexOf(language))));
    m_previewLanguage->blockSignals(false);
    updateIssueState();
    updatePreview();
}

void AgreementsView::loadOptions(const Agreement& a)
{
    m_loadingOptions = true;
    m_options->clear();
    TemplateRepository templates(m_db);
    const QList<Clause> clauses = templates.clauses(a.templateId);
    const QHash<qint64, QString> numbers = ClauseNumbering::number(clauses);
    const auto dpaTemplate = templates.find(a.templateId);
    const QString language = !a.languages.isEmpty() && dpaTemplate && dpaTemplate->languages.contains(a.languages.constFirst())
        ? a.languages.constFirst()
        : dpaTemplate ? dpaTemplate->sourceLanguage : QStringLiteral("en");
    for (const Clause& c : clauses) {
        if (!c.optional)
            continue;
        QString number = numbers.value(c.id);
        if (c.kind == Clause::Kind::Appendix && c.parentId == 0)
            number = ClauseNumbering::appendixLabel(number, language);
        auto* item = new QListWidgetItem(QStringLiteral("%1 %2").arg(number, c.texts.value(language).title), m_options);
        item->setData(Qt::UserRole, c.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(a.includes(c) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(c.condition.isEmpty() ? item->text()
                                               : tr("%1\nAlso only included when: %2").arg(item->text(), c.condition));
    }
    if (m_options->count() == 0) {
        auto* none = new QListWidgetItem(tr("The template has no optional clauses."), m_options);
        none->setFlags(Qt::NoItemFlags);
    }
    m_options->setMaximumHeight(std::max(2, std::min(m_options->count(), 5)) * m_options->fontMetrics().height() * 3 / 2 + 6);
    m_loadingOptions = false;
}

void AgreementsView::optionToggled(QListWidgetItem* item)
{
    if (m_loadingOptions || !item)
        return;
    const QString key = item->data(Qt::UserRole).toString();
    if (key.isEmpty())
        return;
    const bool included = item->checkState() == Qt::Checked;
    if (m_current.id == 0) {
        m_current.options.insert(key, included); // stored with the new agreement
        return;
    }
    Agreement after = fromForm();
    after.options.insert(key, included);
    const QString text = included ? tr("Include clause %1 in %2").arg(item->text(), after.reference)
                                  : tr("Leave clause %1 out of %2").arg(item->text(), after.reference);
    // Not from within the list's own signal: storing rebuilds the list.
    const Agreement before = m_current;
    QTimer::singleShot(0, this, [this, before, after, text] { push(new SaveAgreementCommand(this, m_db, before, after, text)); });
}

void AgreementsView::push(QUndoCommand* command)
{
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
}

void AgreementsView::updateIssueState()
{
    m_issueProblem->hide();
    if (m_current.id == 0 || m_current.status == Agreement::Status::Signed)
        return;
    const QList<TemplateRenderer::Error> errors = TemplateRenderer(m_db).issueErrors(m_current);
    if (errors.isEmpty())
        return;
    m_issue->setEnabled(false);
    m_sign->setEnabled(false);
    m_issueProblem->setText(tr("It cannot be sent or signed until its template renders in every language. "
                               "First error: %1").arg(errors.constFirst().toString()));
    m_issueProblem->show();
}

void AgreementsView::issueCurrent()
{
    const auto stored = AgreementRepository(m_db).find(m_current.id);
    if (!stored)
        return;
    if (stored->status != Agreement::Status::Draft) {
        m_status->setText(stored->status == Agreement::Status::Signed
                              ? tr("Agreement %1 is signed already.").arg(stored->reference)
                              : tr("Agreement %1 has been sent already.").arg(stored->reference));
        return;
    }
    const QList<TemplateRenderer::Error> errors = TemplateRenderer(m_db).issueErrors(*stored);
    if (!errors.isEmpty()) {
        m_status->setText(tr("Agreement %1 cannot be sent: %2").arg(stored->reference, errors.constFirst().toString()));
        return;
    }
    Agreement after = *stored;
    after.status = Agreement::Status::Sent;
    push(new SaveAgreementCommand(this, m_db, *stored, after, tr("Mark agreement %1 as sent").arg(stored->reference)));
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
    for (int row = 0; row < m_options->count(); ++row) {
        const QListWidgetItem* item = m_options->item(row);
        const QString key = item->data(Qt::UserRole).toString();
        // A clause left at its default (included) stays without a row.
        const bool included = item->checkState() == Qt::Checked;
        if (!key.isEmpty() && (!included || a.options.contains(key)))
            a.options.insert(key, included);
    }
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
    if (const auto stored = AgreementRepository(m_db).find(m_current.id)) {
        const QList<TemplateRenderer::Error> errors = TemplateRenderer(m_db).issueErrors(*stored);
        if (!errors.isEmpty()) {
            m_status->setText(tr("Agreement %1 cannot be signed: %2").arg(stored->reference, errors.constFirst().toString()));
            return;
        }
    }
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
