// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "register/ActivityEditor.h"

#include "checks/RegisterChecker.h"
#include "core/Database.h"
#include "domain/LegalBasis.h"
#include "reference/CountryCatalog.h"
#include "register/ActivityRepository.h"
#include "register/CatalogRepository.h"
#include "register/ChangeValue.h"
#include "register/ChecklistPicker.h"
#include "register/SubProcessorRepository.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QResizeEvent>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

const QDate NotSet(2000, 1, 1);
const QString ErrorStyle = QStringLiteral("border: 1px solid #c0392b;");

enum TransferColumn { RecipientColumn, CountryColumn, SafeguardColumn, ModuleColumn, DerogationColumn, ColumnCount };

QVariantList variants(const QStringList& strings)
{
    QVariantList list;
    for (const QString& s : strings)
        list.append(s);
    return list;
}

QVariantList variants(const QList<qint64>& ids)
{
    QVariantList list;
    for (const qint64 id : ids)
        list.append(id);
    return list;
}

QPlainTextEdit* textBox(QWidget* parent, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QDateEdit* dateBox(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NotSet);
    edit->setMaximumDate(QDate(2999, 12, 31));
    edit->setSpecialValueText(ActivityEditor::tr("Not set"));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == NotSet ? QDate() : edit->date();
}

bool sameContent(const ProcessingActivity& a, const ProcessingActivity& b)
{
    return a.role == b.role && a.name == b.name && a.description == b.description && a.department == b.department
        && a.owner == b.owner && a.status == b.status && a.purposes == b.purposes && a.legalBases == b.legalBases
        && a.legalBasisNotes == b.legalBasisNotes && a.dataSubjects == b.dataSubjects
        && a.dataCategoryIds == b.dataCategoryIds && a.recipientCategories == b.recipientCategories
        && a.recipientPartyIds == b.recipientPartyIds && a.controllerIds == b.controllerIds
        && a.jointControllerIds == b.jointControllerIds && a.subProcessorIds == b.subProcessorIds
        && a.transfers == b.transfers && a.erasureTimeLimit == b.erasureTimeLimit && a.measureIds == b.measureIds
        && a.securityDescription == b.securityDescription && a.dpiaRequired == b.dpiaRequired
        && a.dpiaDone == b.dpiaDone && a.dpiaReference == b.dpiaReference && a.notes == b.notes
        && a.lastReviewed == b.lastReviewed && a.nextReview == b.nextReview && a.approvedBy == b.approvedBy
        && a.approvedAt == b.approvedAt;
}

template<typename T>
QList<T> sorted(QList<T> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

QStringList sortedTerms(QStringList list)
{
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace

ActivityEditor::ActivityEditor(Database& db, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_undoStack(undoStack)
{
    buildUi();
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        // Undo and redo store other values: show what the file holds now.
        if (!m_pushing && m_activityId != 0)
            setActivity(m_activityId);
    });
    setActivity(0);
}

ActivityEditor::~ActivityEditor()
{
    // Children emit signals while they are destroyed (a focused line edit's editingFinished):
    // they must not reach this half-destroyed editor.
    for (QObject* child : findChildren<QObject*>()) {
        child->disconnect(this);
        child->removeEventFilter(this);
    }
}

void ActivityEditor::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_statusLabel = new QLabel(this);
    m_submitButton = new QPushButton(tr("&Submit for review"), this);
    m_approveButton = new QPushButton(tr("&Approve"), this);
    m_retireButton = new QPushButton(tr("Re&tire"), this);
    m_reviewedButton = new QPushButton(tr("&Mark reviewed"), this);
    m_reviewedButton->setToolTip(tr("Records today as the last review and sets the next review date"));
    // A long activity name must not widen the editor (the register fits a 1366-pixel screen):
    // it is cut off here and shown whole in the tooltip and the Name field. The review
    // buttons get a row of their own.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setTextFormat(Qt::PlainText);
    header->addWidget(m_title, 1);
    header->addWidget(m_statusLabel);
    layout->addLayout(header);
    auto* workflow = new QHBoxLayout;
    workflow->addStretch(1);
    workflow->addWidget(m_submitButton);
    workflow->addWidget(m_approveButton);
    workflow->addWidget(m_retireButton);
    workflow->addWidget(m_reviewedButton);
    layout->addLayout(workflow);
    m_approvalLabel = new QLabel(this);
    m_approvalLabel->setWordWrap(true);
    layout->addWidget(m_approvalLabel);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_banner->hide();
    layout->addWidget(m_banner);

    connect(m_submitButton, &QPushButton::clicked, this, &ActivityEditor::submitForReview);
    connect(m_approveButton, &QPushButton::clicked, this, &ActivityEditor::approve);
    connect(m_retireButton, &QPushButton::clicked, this, &ActivityEditor::retire);
    connect(m_reviewedButton, &QPushButton::clicked, this, &ActivityEditor::markReviewed);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("activityEditorSplitter"));
    m_tabs = new QTabWidget(splitter);
    m_tabs->addTab(buildRecordPage(), tr("&Record"));
    m_tabs->addTab(buildHistoryPage(), tr("&History"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int) { updateHistory(); });

    auto* findingsBox = new QWidget(splitter);
    auto* findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    auto* findingsTitle = new QLabel(tr("Findings"), findingsBox);
    QFont bold = findingsTitle->font();
    bold.setBold(true);
    findingsTitle->setFont(bold);
    m_findings = new QListWidget(findingsBox);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setWordWrap(true);
    m_findings->setAlternatingRowColors(true);
    findingsLayout->addWidget(findingsTitle);
    findingsLayout->addWidget(m_findings);
    splitter->addWidget(m_tabs);
    splitter->addWidget(findingsBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({700, 130});
    layout->addWidget(splitter, 1);
}

namespace {

/** Puts the record page's two columns under each other when the editor is too narrow for both. */
class ColumnReflow : public QObject
{
public:
    ColumnReflow(QBoxLayout* columns, QFormLayout* left, QFormLayout* right, QObject* parent)
        : QObject(parent)
        , m_columns(columns)
        , m_left(left)
        , m_right(right)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize) {
            const QMargins margins = m_columns->contentsMargins();
            const int needed = m_left->minimumSize().width() + m_right->minimumSize().width() + margins.left()
                + margins.right() + 2 * m_columns->spacing() + 12;
            const auto direction = static_cast<QResizeEvent*>(event)->size().width() < needed ? QBoxLayout::TopToBottom
                                                                                                : QBoxLayout::LeftToRight;
            if (m_columns->direction() != direction) {
                m_columns->setDirection(direction);
                // One column: labels above their fields where a row is too wide.
                const auto wrap = direction == QBoxLayout::TopToBottom ? QFormLayout::WrapLongRows : QFormLayout::DontWrapRows;
                m_left->setRowWrapPolicy(wrap);
                m_right->setRowWrapPolicy(wrap);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QBoxLayout* m_columns;
    QFormLayout* m_left;
    QFormLayout* m_right;
};

} // namespace

QWidget* ActivityEditor::buildRecordPage()
{
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget;
    auto* columns = new QHBoxLayout(page);
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    for (QFormLayout* form : {left, right}) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    }
    columns->addLayout(left, 1);
    columns->addSpacing(12);
    columns->addLayout(right, 1);

    // Left column: what the processing is and why.
    m_role = new QComboBox(page);
    for (const ActivityRole role : Vocabulary::activityRoles())
        m_role->addItem(Vocabulary::label(role), QVariant::fromValue(static_cast<int>(role)));
    left->addRow(tr("Ro&le:"), m_role);
    connect(m_role, &QComboBox::activated, this, [this] { commitField(Field::Role); });

    auto* nameBox = new QWidget(page);
    auto* nameLayout = new QVBoxLayout(nameBox);
    nameLayout->setContentsMargins(0, 0, 0, 0);
    nameLayout->setSpacing(2);
    m_name = new QLineEdit(nameBox);
    m_name->setObjectName(QStringLiteral("name"));
    m_nameMessage = new QLabel(nameBox);
    m_nameMessage->setObjectName(QStringLiteral("nameMessage"));
    m_nameMessage->setWordWrap(true);
    m_nameMessage->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_nameMessage->hide();
    nameLayout->addWidget(m_name);
    nameLayout->addWidget(m_nameMessage);
    left->addRow(tr("&Name:"), nameBox);
    connect(m_name, &QLineEdit::editingFinished, this, [this] { commitField(Field::Name); });

    m_description = textBox(page, 4);
    m_description->setObjectName(QStringLiteral("description"));
    left->addRow(tr("&Description:"), m_description);
    m_textFields.insert(m_description, Field::Description);

    m_department = new QComboBox(page);
    m_department->setEditable(true);
    m_department->setInsertPolicy(QComboBox::NoInsert);
    left->addRow(tr("De&partment:"), m_department);
    connect(m_department->lineEdit(), &QLineEdit::editingFinished, this, [this] { commitField(Field::Department); });
    connect(m_department, &QComboBox::activated, this, [this] { commitField(Field::Department); });

    m_owner = new QLineEdit(page);
    left->addRow(tr("&Owner:"), m_owner);
    connect(m_owner, &QLineEdit::editingFinished, this, [this] { commitField(Field::Owner); });

    m_purposes = new ChecklistPicker(page);
    m_purposes->setCreatesItems(true);
    left->addRow(tr("Purposes:"), m_purposes);
    m_legalBases = new ChecklistPicker(page);
    m_legalBases->setObjectName(QStringLiteral("legalBases"));
    m_legalBases->setPlaceholderText(tr("Filter legal bases"));
    left->addRow(tr("Legal bases:"), m_legalBases);
    m_legalBasisNotes = textBox(page, 2);
    left->addRow(tr("Legal basis no&tes:"), m_legalBasisNotes);
    m_textFields.insert(m_legalBasisNotes, Field::LegalBasisNotes);
    m_dataSubjects = new ChecklistPicker(page);
    m_dataSubjects->setCreatesItems(true);
    left->addRow(tr("Data subjects:"), m_dataSubjects);
    m_dataCategories = new ChecklistPicker(page);
    m_dataCategories->setObjectName(QStringLiteral("dataCategories"));
    m_dataCategories->setPlaceholderText(tr("Filter, or type a new category's name"));
    m_dataCategories->setNewItemButtonText(tr("New category…"));
    left->addRow(tr("Data categories:"), m_dataCategories);
    connect(m_dataCategories, &ChecklistPicker::newItemRequested, this, &ActivityEditor::createCategory);
    m_erasure = textBox(page, 2);
    left->addRow(tr("&Erasure time limits:"), m_erasure);
    m_textFields.insert(m_erasure, Field::Erasure);

    // Right column: who receives the data, where it goes, how it is protected, reviews.
    m_recipientCategories = new ChecklistPicker(page);
    m_recipientCategories->setCreatesItems(true);
    right->addRow(tr("Recipient categories:"), m_recipientCategories);
    m_recipientParties = new ChecklistPicker(page);
    right->addRow(tr("Recipient parties:"), m_recipientParties);
    m_controllers = new ChecklistPicker(page);
    m_controllersLabel = new QLabel(tr("Controllers:"), page);
    right->addRow(m_controllersLabel, m_controllers);
    m_jointControllers = new ChecklistPicker(page);
    m_jointControllersLabel = new QLabel(tr("Joint controllers:"), page);
    right->addRow(m_jointControllersLabel, m_jointControllers);
    m_subProcessors = new ChecklistPicker(page);
    right->addRow(tr("Sub-processors:"), m_subProcessors);

    auto* transferBox = new QWidget(page);
    auto* transferLayout = new QVBoxLayout(transferBox);
    transferLayout->setContentsMargins(0, 0, 0, 0);
    transferLayout->setSpacing(2);
    m_transfers = new QTableWidget(0, ColumnCount, transferBox);
    m_transfers->setHorizontalHeaderLabels(
        {tr("Recipient"), tr("Country"), tr("Safeguard"), tr("SCC module"), tr("Derogation")});
    m_transfers->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_transfers->horizontalHeader()->setStretchLastSection(true);
    m_transfers->verticalHeader()->hide();
    m_transfers->setMinimumHeight(90);
    m_transfers->setMaximumHeight(150);
    m_transfers->setColumnWidth(RecipientColumn, 130);
    m_transfers->setColumnWidth(CountryColumn, 170);
    m_transfers->setColumnWidth(SafeguardColumn, 130);
    m_transfers->setColumnWidth(ModuleColumn, 80);
    auto* transferButtons = new QHBoxLayout;
    auto* addTransfer = new QToolButton(transferBox);
    addTransfer->setText(tr("Add transfer"));
    auto* removeTransfer = new QToolButton(transferBox);
    removeTransfer->setText(tr("Remove transfer"));
    transferButtons->addWidget(addTransfer);
    transferButtons->addWidget(removeTransfer);
    transferButtons->addStretch();
    m_transfersMessage = new QLabel(transferBox);
    m_transfersMessage->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_transfersMessage->setWordWrap(true);
    m_transfersMessage->hide();
    transferLayout->addWidget(m_transfers);
    transferLayout->addLayout(transferButtons);
    transferLayout->addWidget(m_transfersMessage);
    right->addRow(tr("Transfers:"), transferBox);
    connect(addTransfer, &QToolButton::clicked, this, [this] {
        Transfer transfer;
        transfer.country = QStringLiteral("US");
        addTransferRow(transfer);
        m_transfers->setCurrentCell(m_transfers->rowCount() - 1, RecipientColumn);
        commitField(Field::Transfers);
    });
    connect(removeTransfer, &QToolButton::clicked, this, [this] {
        const int row = m_transfers->currentRow();
        if (row < 0)
            return;
        m_transfers->removeRow(row);
        commitField(Field::Transfers);
    });
    connect(m_transfers, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            commitField(Field::Transfers);
    });

    m_measures = new ChecklistPicker(page);
    m_measures->setPlaceholderText(tr("Filter measures"));
    right->addRow(tr("Security measures:"), m_measures);
    m_securityDescription = textBox(page, 2);
    right->addRow(tr("Securit&y description:"), m_securityDescription);
    m_textFields.insert(m_securityDescription, Field::SecurityDescription);

    auto* dpia = new QHBoxLayout;
    m_dpiaRequired = new QCheckBox(tr("Re&quired"), page);
    m_dpiaDone = new QCheckBox(tr("Do&ne"), page);
    m_dpiaReference = new QLineEdit(page);
    m_dpiaReference->setPlaceholderText(tr("Reference"));
    dpia->addWidget(m_dpiaRequired);
    dpia->addWidget(m_dpiaDone);
    dpia->addWidget(m_dpiaReference, 1);
    right->addRow(tr("DPIA:"), dpia);
    connect(m_dpiaRequired, &QCheckBox::toggled, this, [this] { commitField(Field::Dpia); });
    connect(m_dpiaDone, &QCheckBox::toggled, this, [this] { commitField(Field::Dpia); });
    connect(m_dpiaReference, &QLineEdit::editingFinished, this, [this] { commitField(Field::Dpia); });

    auto* reviewBox = new QWidget(page);
    auto* reviewLayout = new QVBoxLayout(reviewBox);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    auto* reviewDates = new QHBoxLayout;
    m_lastReviewed = dateBox(reviewBox);
    m_lastReviewed->setObjectName(QStringLiteral("lastReviewed"));
    m_nextReview = dateBox(reviewBox);
    m_nextReview->setObjectName(QStringLiteral("nextReview"));
    reviewDates->addWidget(new QLabel(tr("Last:"), reviewBox));
    reviewDates->addWidget(m_lastReviewed);
    reviewDates->addWidget(new QLabel(tr("Next:"), reviewBox));
    reviewDates->addWidget(m_nextReview);
    reviewDates->addStretch();
    m_reviewMessage = new QLabel(reviewBox);
    m_reviewMessage->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_reviewMessage->setWordWrap(true);
    m_reviewMessage->hide();
    reviewLayout->addLayout(reviewDates);
    reviewLayout->addWidget(m_reviewMessage);
    right->addRow(tr("Review:"), reviewBox);
    connect(m_lastReviewed, &QDateEdit::editingFinished, this, [this] { commitField(Field::ReviewDates); });
    connect(m_nextReview, &QDateEdit::editingFinished, this, [this] { commitField(Field::ReviewDates); });

    m_notes = textBox(page, 2);
    right->addRow(tr("Notes:"), m_notes);
    m_textFields.insert(m_notes, Field::Notes);

    const std::pair<ChecklistPicker*, Field> pickers[] = {
        {m_purposes, Field::Purposes},
        {m_dataSubjects, Field::DataSubjects},
        {m_recipientCategories, Field::RecipientCategories},
        {m_legalBases, Field::LegalBases},
        {m_dataCategories, Field::DataCategories},
        {m_recipientParties, Field::RecipientParties},
        {m_controllers, Field::Controllers},
        {m_jointControllers, Field::JointControllers},
        {m_subProcessors, Field::SubProcessors},
        {m_measures, Field::Measures},
    };
    for (const auto& [picker, field] : pickers) {
        const Field f = field;
        connect(picker, &ChecklistPicker::checkedChanged, this, [this, f] { commitField(f); });
    }
    for (ChecklistPicker* vocabulary : {m_purposes, m_dataSubjects, m_recipientCategories}) {
        ChecklistPicker* picker = vocabulary;
        connect(picker, &ChecklistPicker::newItemRequested, this, [this, picker](const QString& term) {
            picker->addCheckedItem(term, term);
            commitField(picker == m_purposes           ? Field::Purposes
                        : picker == m_dataSubjects ? Field::DataSubjects
                                                   : Field::RecipientCategories);
        });
    }
    for (auto it = m_textFields.cbegin(); it != m_textFields.cend(); ++it) {
        it.key()->installEventFilter(this);
        connect(static_cast<QPlainTextEdit*>(it.key()), &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                updateFindings();
        });
    }
    connect(m_name, &QLineEdit::textEdited, this, &ActivityEditor::updateFindings);
    connect(m_owner, &QLineEdit::textEdited, this, &ActivityEditor::updateFindings);

    scroll->setWidget(page);
    scroll->viewport()->installEventFilter(new ColumnReflow(columns, left, right, scroll));
    return scroll;
}

QWidget* ActivityEditor::buildHistoryPage()
{
    m_history = new QTableWidget(0, 5);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Field"), tr("Old value"), tr("New value")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setColumnWidth(0, 150);
    m_history->setColumnWidth(3, 260);
    return m_history;
}

bool ActivityEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut) {
        const auto it = m_textFields.constFind(watched);
        if (it != m_textFields.cend())
            commitField(*it);
    }
    return QWidget::eventFilter(watched, event);
}

void ActivityEditor::loadCatalogues()
{
    CatalogRepository catalog(m_db);
    const auto fillTerms = [](ChecklistPicker* picker, const QStringList& terms) {
        picker->clear();
        for (const QString& term : terms)
            picker->addItem(term, term);
    };
    fillTerms(m_purposes, catalog.vocabulary(QStringLiteral("purpose")));
    fillTerms(m_dataSubjects, catalog.vocabulary(QStringLiteral("data_subject")));
    fillTerms(m_recipientCategories, catalog.vocabulary(QStringLiteral("recipient_category")));

    m_legalBases->clear();
    LegalBasis::Article article = LegalBasis::Article::CriminalData;
    bool first = true;
    for (const LegalBasis& basis : LegalBasis::all()) {
        if (first || basis.article != article) {
            article = basis.article;
            first = false;
            m_legalBases->addSection(article == LegalBasis::Article::Lawfulness ? tr("Lawfulness, Art. 6(1)")
                                         : article == LegalBasis::Article::SpecialCategory
                                         ? tr("Special categories, Art. 9(2)")
                                         : tr("Criminal data, Art. 10"));
        }
        m_legalBases->addItem(LegalBasis::label(basis.code), basis.code);
    }

    m_categories.clear();
    m_dataCategories->clear();
    for (const DataCategory& category : catalog.dataCategories()) {
        m_categories.insert(category.id, category);
        QString text = category.name;
        if (category.special)
            text += tr("  [special category, Art. 9]");
        if (category.criminal)
            text += tr("  [criminal data, Art. 10]");
        QListWidgetItem* item = m_dataCategories->addItem(
            text, category.id, category.retention.isEmpty() ? tr("No retention period set") : category.retention);
        if (category.special || category.criminal)
            item->setForeground(QColor(0xa0, 0x40, 0x00));
    }

    const QList<Party> parties = catalog.parties();
    m_recipientParties->clear();
    m_controllers->clear();
    m_jointControllers->clear();
    for (const Party& party : parties) {
        m_recipientParties->addItem(party.name, party.id, Vocabulary::label(party.kind));
        if (party.kind == PartyKind::Client)
            m_controllers->addItem(party.name, party.id);
        if (party.kind == PartyKind::JointController)
            m_jointControllers->addItem(party.name, party.id);
    }
    m_subProcessors->clear();
    SubProcessorRepository subProcessors(m_db);
    for (const SubProcessor& sp : subProcessors.all())
        m_subProcessors->addItem(sp.legalName, sp.id, sp.service);

    m_measures->clear();
    QString section;
    bool firstMeasure = true;
    for (const SecurityMeasure& measure : catalog.measures()) {
        if (firstMeasure || measure.section != section) {
            section = measure.section;
            firstMeasure = false;
            m_measures->addSection(section.isEmpty() ? tr("Other measures") : section);
        }
        m_measures->addItem(measure.title, measure.id, measure.description);
    }

    const QString department = m_department->currentText();
    m_department->clear();
    m_department->addItems(catalog.departments());
    m_department->setCurrentText(department);
}

void ActivityEditor::setActivity(qint64 id)
{
    m_activityId = id;
    ActivityRepository repository(m_db);
    const auto found = id != 0 ? repository.find(id) : std::nullopt;
    m_stored = found.value_or(ProcessingActivity());
    if (!found)
        m_activityId = 0;
    m_loading = true;
    loadCatalogues();
    loadValues();
    m_loading = false;
    clearFieldErrors();
    m_tabs->setEnabled(m_activityId != 0);
    updateWorkflow();
    updateRoleFields();
    updateFindings();
    updateHistory();
}

void ActivityEditor::loadValues()
{
    const ProcessingActivity& a = m_stored;
    m_title->setText(m_activityId != 0 ? a.name : tr("No activity selected"));
    m_title->setToolTip(m_title->text());
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(a.role)));
    m_name->setText(a.name);
    m_description->setPlainText(a.description);
    m_department->setCurrentText(a.department);
    m_owner->setText(a.owner);
    for (const QString& term : a.purposes)
        m_purposes->addCheckedItem(term, term);
    m_purposes->setCheckedKeys(variants(a.purposes));
    for (const QString& term : a.dataSubjects)
        m_dataSubjects->addCheckedItem(term, term);
    m_dataSubjects->setCheckedKeys(variants(a.dataSubjects));
    for (const QString& term : a.recipientCategories)
        m_recipientCategories->addCheckedItem(term, term);
    m_recipientCategories->setCheckedKeys(variants(a.recipientCategories));
    m_legalBases->setCheckedKeys(variants(a.legalBases));
    m_legalBasisNotes->setPlainText(a.legalBasisNotes);
    m_dataCategories->setCheckedKeys(variants(a.dataCategoryIds));
    m_recipientParties->setCheckedKeys(variants(a.recipientPartyIds));
    m_controllers->setCheckedKeys(variants(a.controllerIds));
    m_jointControllers->setCheckedKeys(variants(a.jointControllerIds));
    m_subProcessors->setCheckedKeys(variants(a.subProcessorIds));
    m_transfers->setRowCount(0);
    for (const Transfer& transfer : a.transfers)
        addTransferRow(transfer);
    m_erasure->setPlainText(a.erasureTimeLimit);
    m_measures->setCheckedKeys(variants(a.measureIds));
    m_securityDescription->setPlainText(a.securityDescription);
    m_dpiaRequired->setChecked(a.dpiaRequired);
    m_dpiaDone->setChecked(a.dpiaDone);
    m_dpiaReference->setText(a.dpiaReference);
    m_notes->setPlainText(a.notes);
    m_lastReviewed->setDate(a.lastReviewed.isValid() ? a.lastReviewed : NotSet);
    m_nextReview->setDate(a.nextReview.isValid() ? a.nextReview : NotSet);
}

void ActivityEditor::addTransferRow(const Transfer& transfer)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_transfers->rowCount();
    m_transfers->insertRow(row);
    m_transfers->setItem(row, RecipientColumn, new QTableWidgetItem(transfer.recipient));
    m_transfers->setItem(row, DerogationColumn, new QTableWidgetItem(transfer.derogation));

    const CountryCatalog& countries = CountryCatalog::instance();
    auto* country = new QComboBox(m_transfers);
    QList<std::pair<QString, QString>> names;
    for (const QString& code : countries.codes())
        names.append({countries.name(code), code});
    std::sort(names.begin(), names.end());
    for (const auto& [name, code] : names)
        country->addItem(tr("%1 (%2): %3").arg(name, code, countries.regimeLabel(code)), code);
    country->setCurrentIndex(country->findData(transfer.country));
    m_transfers->setCellWidget(row, CountryColumn, country);

    auto* safeguard = new QComboBox(m_transfers);
    for (const TransferSafeguard value : Vocabulary::transferSafeguards())
        safeguard->addItem(Vocabulary::label(value), static_cast<int>(value));
    safeguard->setCurrentIndex(safeguard->findData(static_cast<int>(transfer.safeguard)));
    m_transfers->setCellWidget(row, SafeguardColumn, safeguard);

    auto* module = new QComboBox(m_transfers);
    module->addItem(tr("None"), 0);
    for (int m = 1; m <= 4; ++m)
        module->addItem(tr("Module %1").arg(m), m);
    module->setCurrentIndex(module->findData(transfer.sccModule));
    m_transfers->setCellWidget(row, ModuleColumn, module);

    for (QComboBox* combo : {country, safeguard, module})
        connect(combo, &QComboBox::activated, this, [this] { commitField(Field::Transfers); });
    m_loading = wasLoading;
}

QList<Transfer> ActivityEditor::transfersShown() const
{
    QList<Transfer> transfers;
    for (int row = 0; row < m_transfers->rowCount(); ++row) {
        Transfer t = row < m_stored.transfers.size() ? m_stored.transfers.at(row) : Transfer();
        t.id = 0;
        if (const QTableWidgetItem* item = m_transfers->item(row, RecipientColumn))
            t.recipient = item->text().simplified();
        if (const QTableWidgetItem* item = m_transfers->item(row, DerogationColumn))
            t.derogation = item->text().simplified();
        if (auto* combo = qobject_cast<QComboBox*>(m_transfers->cellWidget(row, CountryColumn)))
            t.country = combo->currentData().toString();
        if (auto* combo = qobject_cast<QComboBox*>(m_transfers->cellWidget(row, SafeguardColumn)))
            t.safeguard = static_cast<TransferSafeguard>(combo->currentData().toInt());
        if (auto* combo = qobject_cast<QComboBox*>(m_transfers->cellWidget(row, ModuleColumn)))
            t.sccModule = combo->currentData().toInt();
        transfers.append(t);
    }
    return transfers;
}

void ActivityEditor::applyField(ProcessingActivity& a, Field field) const
{
    switch (field) {
    case Field::Role:
        a.role = static_cast<ActivityRole>(m_role->currentData().toInt());
        if (a.role == ActivityRole::Controller)
            a.controllerIds.clear();
        break;
    case Field::Name:
        a.name = m_name->text();
        break;
    case Field::Description:
        a.description = m_description->toPlainText();
        break;
    case Field::Department:
        a.department = m_department->currentText().simplified();
        break;
    case Field::Owner:
        a.owner = m_owner->text().simplified();
        break;
    case Field::Purposes:
        a.purposes = sortedTerms(m_purposes->checkedStrings());
        break;
    case Field::DataSubjects:
        a.dataSubjects = sortedTerms(m_dataSubjects->checkedStrings());
        break;
    case Field::RecipientCategories:
        a.recipientCategories = sortedTerms(m_recipientCategories->checkedStrings());
        break;
    case Field::LegalBases:
        a.legalBases = m_legalBases->checkedStrings();
        a.legalBases.sort();
        break;
    case Field::LegalBasisNotes:
        a.legalBasisNotes = m_legalBasisNotes->toPlainText();
        break;
    case Field::DataCategories:
        a.dataCategoryIds = sorted(m_dataCategories->checkedIds());
        break;
    case Field::RecipientParties:
        a.recipientPartyIds = sorted(m_recipientParties->checkedIds());
        break;
    case Field::Controllers:
        a.controllerIds = a.role == ActivityRole::Processor ? sorted(m_controllers->checkedIds()) : QList<qint64>();
        break;
    case Field::JointControllers:
        a.jointControllerIds = sorted(m_jointControllers->checkedIds());
        break;
    case Field::SubProcessors:
        a.subProcessorIds = sorted(m_subProcessors->checkedIds());
        break;
    case Field::Transfers:
        a.transfers = transfersShown();
        break;
    case Field::Erasure:
        a.erasureTimeLimit = m_erasure->toPlainText();
        break;
    case Field::Measures:
        a.measureIds = sorted(m_measures->checkedIds());
        break;
    case Field::SecurityDescription:
        a.securityDescription = m_securityDescription->toPlainText();
        break;
    case Field::Dpia:
        a.dpiaRequired = m_dpiaRequired->isChecked();
        a.dpiaDone = m_dpiaDone->isChecked();
        a.dpiaReference = m_dpiaReference->text().simplified();
        break;
    case Field::Notes:
        a.notes = m_notes->toPlainText();
        break;
    case Field::ReviewDates:
        a.lastReviewed = dateOf(m_lastReviewed);
        a.nextReview = dateOf(m_nextReview);
        break;
    }
}

ProcessingActivity ActivityEditor::editedActivity() const
{
    ProcessingActivity a = m_stored;
    for (int f = static_cast<int>(Field::Role); f <= static_cast<int>(Field::ReviewDates); ++f)
        applyField(a, static_cast<Field>(f));
    return a;
}

void ActivityEditor::commitField(Field field)
{
    if (m_loading || m_activityId == 0)
        return;
    ProcessingActivity after = m_stored;
    applyField(after, field);
    // Transfers are compared without their row ids, which the repository renumbers.
    ProcessingActivity before = m_stored;
    for (Transfer& t : before.transfers)
        t.id = 0;
    if (sameContent(before, after)) {
        updateFindings();
        return;
    }
    static const QHash<Field, RegisterUndoId> mergeIds{
        {Field::Name, RegisterUndoId::ActivityName},
        {Field::Description, RegisterUndoId::ActivityDescription},
        {Field::Department, RegisterUndoId::ActivityDepartment},
        {Field::Owner, RegisterUndoId::ActivityOwner},
        {Field::LegalBasisNotes, RegisterUndoId::ActivityLegalBasisNotes},
        {Field::Erasure, RegisterUndoId::ActivityErasure},
        {Field::SecurityDescription, RegisterUndoId::ActivitySecurityDescription},
        {Field::Notes, RegisterUndoId::ActivityNotes},
    };
    static const QHash<Field, const char*> texts{
        {Field::Role, QT_TR_NOOP("Change role")},
        {Field::Name, QT_TR_NOOP("Rename activity")},
        {Field::Description, QT_TR_NOOP("Edit description")},
        {Field::Department, QT_TR_NOOP("Change department")},
        {Field::Owner, QT_TR_NOOP("Change owner")},
        {Field::Purposes, QT_TR_NOOP("Change purposes")},
        {Field::DataSubjects, QT_TR_NOOP("Change data subjects")},
        {Field::RecipientCategories, QT_TR_NOOP("Change recipient categories")},
        {Field::LegalBases, QT_TR_NOOP("Change legal bases")},
        {Field::LegalBasisNotes, QT_TR_NOOP("Edit legal basis notes")},
        {Field::DataCategories, QT_TR_NOOP("Change data categories")},
        {Field::RecipientParties, QT_TR_NOOP("Change recipient parties")},
        {Field::Controllers, QT_TR_NOOP("Change controllers")},
        {Field::JointControllers, QT_TR_NOOP("Change joint controllers")},
        {Field::SubProcessors, QT_TR_NOOP("Change sub-processors")},
        {Field::Transfers, QT_TR_NOOP("Change transfers")},
        {Field::Erasure, QT_TR_NOOP("Edit erasure time limits")},
        {Field::Measures, QT_TR_NOOP("Change security measures")},
        {Field::SecurityDescription, QT_TR_NOOP("Edit security description")},
        {Field::Dpia, QT_TR_NOOP("Change DPIA")},
        {Field::Notes, QT_TR_NOOP("Edit notes")},
        {Field::ReviewDates, QT_TR_NOOP("Change review dates")},
    };
    pushChange(tr(texts.value(field)), after, static_cast<int>(mergeIds.value(field, RegisterUndoId::None)));
    if (field == Field::Role)
        updateRoleFields();
}

bool ActivityEditor::pushChange(const QString& text, const ProcessingActivity& after, int mergeId, bool reloadWidgets)
{
    QPointer<ActivityEditor> editor(this);
    Database* db = &m_db;
    auto save = [db, editor](ProcessingActivity& activity) {
        ActivityRepository repository(*db);
        const bool ok = repository.save(activity);
        if (editor)
            editor->stored(ok, activity, repository.errorField(), repository.errorString());
        return ok;
    };
    auto* command = new ChangeValue<ProcessingActivity>(text, m_stored, after, save, {},
                                                         static_cast<RegisterUndoId>(mergeId));
    m_pushing = !reloadWidgets;
    m_undoStack->push(command); // runs redo(): stored() updates the editor or shows the refusal
    m_pushing = false;
    return m_stored.id == after.id && sameContent(m_stored, after);
}

void ActivityEditor::stored(bool ok, const ProcessingActivity& activity, const QString& field, const QString& message)
{
    if (!ok) {
        showFieldError(field, message);
        return;
    }
    clearFieldErrors();
    if (activity.id == m_activityId) {
        ActivityRepository repository(m_db);
        m_stored = repository.find(activity.id).value_or(activity);
        m_title->setText(m_stored.name);
        m_title->setToolTip(m_stored.name);
        if (!m_pushing) {
            m_loading = true;
            loadValues();
            m_loading = false;
        }
        updateWorkflow();
        updateRoleFields();
        updateFindings();
        updateHistory();
    }
    Q_EMIT activityChanged(activity.id);
}

void ActivityEditor::showFieldError(const QString& field, const QString& message)
{
    clearFieldErrors();
    if (field == QLatin1String("name")) {
        m_name->setStyleSheet(QStringLiteral("QLineEdit { %1 }").arg(ErrorStyle));
        m_nameMessage->setText(message);
        m_nameMessage->show();
    } else if (field == QLatin1String("transfers")) {
        m_transfers->setStyleSheet(QStringLiteral("QTableWidget { %1 }").arg(ErrorStyle));
        m_transfersMessage->setText(message);
        m_transfersMessage->show();
    } else if (field == QLatin1String("next_review")) {
        m_nextReview->setStyleSheet(QStringLiteral("QDateEdit { %1 }").arg(ErrorStyle));
        m_reviewMessage->setText(message);
        m_reviewMessage->show();
    } else {
        m_banner->setText(message);
        m_banner->show();
    }
}

void ActivityEditor::clearFieldErrors()
{
    m_name->setStyleSheet({});
    m_nameMessage->hide();
    m_transfers->setStyleSheet({});
    m_transfersMessage->hide();
    m_nextReview->setStyleSheet({});
    m_reviewMessage->hide();
    m_banner->hide();
}

void ActivityEditor::updateFindings()
{
    m_findings->clear();
    if (m_activityId == 0)
        return;
    RegisterChecker checker(m_db);
    const QList<Finding> findings = checker.check(editedActivity());
    for (const Finding& finding : findings) {
        const bool error = finding.severity == Finding::Severity::Error;
        auto* item = new QListWidgetItem(
            style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            finding.message, m_findings);
        item->setData(Qt::UserRole, finding.code);
        item->setToolTip(error ? tr("Error: %1").arg(finding.field) : tr("Warning: %1").arg(finding.field));
    }
    if (findings.isEmpty()) {
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                         tr("Complete: no findings."), m_findings);
        item->setData(Qt::UserRole, QString());
    }
}

void ActivityEditor::updateHistory()
{
    m_history->setRowCount(0);
    if (m_activityId == 0)
        return;
    CatalogRepository catalog(m_db);
    const QList<AuditEntry> entries = catalog.history(QStringLiteral("processing_activity"), m_activityId);
    m_history->setRowCount(int(entries.size()));
    // Newest first: that is what the user looks for.
    for (int i = 0; i < entries.size(); ++i) {
        const AuditEntry& e = entries.at(entries.size() - 1 - i);
        const QStringList cells{QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), e.user, e.field,
                                e.oldValue, e.newValue};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_history->setItem(i, c, item);
        }
    }
}

void ActivityEditor::updateWorkflow()
{
    const bool loaded = m_activityId != 0;
    const ActivityStatus status = m_stored.status;
    m_statusLabel->setText(loaded ? tr("Status: %1").arg(Vocabulary::label(status)) : QString());
    m_submitButton->setEnabled(loaded && status == ActivityStatus::Draft);
    m_approveButton->setEnabled(loaded && (status == ActivityStatus::Draft || status == ActivityStatus::InReview));
    m_retireButton->setEnabled(loaded && status != ActivityStatus::Retired);
    m_reviewedButton->setEnabled(loaded && status != ActivityStatus::Retired);
    if (loaded && !m_stored.approvedBy.isEmpty())
        m_approvalLabel->setText(tr("Approved by %1 on %2")
                                     .arg(m_stored.approvedBy,
                                          QLocale().toString(m_stored.approvedAt.toLocalTime(), QLocale::ShortFormat)));
    else
        m_approvalLabel->setText(loaded ? tr("Not approved yet") : QString());
}

void ActivityEditor::updateRoleFields()
{
    const bool processor = static_cast<ActivityRole>(m_role->currentData().toInt()) == ActivityRole::Processor;
    m_controllers->setVisible(processor);
    m_controllersLabel->setVisible(processor);
    m_jointControllers->setVisible(!processor);
    m_jointControllersLabel->setVisible(!processor);
}

void ActivityEditor::createCategory(const QString& name)
{
    CatalogRepository catalog(m_db);
    DataCategory category;
    category.name = name;
    if (!catalog.saveDataCategory(category)) {
        m_banner->setText(catalog.errorString());
        m_banner->show();
        return;
    }
    m_loading = true;
    m_categories.insert(category.id, category);
    m_dataCategories->addCheckedItem(category.name, category.id);
    m_loading = false;
    commitField(Field::DataCategories);
}

void ActivityEditor::submitForReview()
{
    ProcessingActivity after = m_stored;
    after.status = ActivityStatus::InReview;
    pushChange(tr("Submit for review"), after, -1, true);
}

void ActivityEditor::approve()
{
    ProcessingActivity after = m_stored;
    after.status = ActivityStatus::Approved;
    after.approvedBy = Settings::instance().reviewerName();
    after.approvedAt = QDateTime::currentDateTimeUtc();
    pushChange(tr("Approve"), after, -1, true);
}

void ActivityEditor::retire()
{
    ProcessingActivity after = m_stored;
    after.status = ActivityStatus::Retired;
    pushChange(tr("Retire"), after, -1, true);
}

void ActivityEditor::markReviewed()
{
    ProcessingActivity after = m_stored;
    const QDate today = QDate::currentDate();
    after.lastReviewed = today;
    after.nextReview = today.addMonths(Settings::instance().reviewIntervalMonths());
    pushChange(tr("Mark reviewed"), after, -1, true);
}
