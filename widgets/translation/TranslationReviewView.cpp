// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/TranslationReviewView.h"

#include "core/Database.h"
#include "templates/TemplateRepository.h"
#include "translation/GlossaryRepository.h"
#include "translation/TranslationReviewRepository.h"
#include "translation/TranslationSegmentCommand.h"
#include "translation/WordDiff.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

bool isUnreviewed(ClauseSegment::State state)
{
    return state != ClauseSegment::State::Reviewed && state != ClauseSegment::State::Final;
}

} // namespace

TranslationReviewView::TranslationReviewView(Database& db, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_templateBox(new QComboBox(this))
    , m_languageBox(new QComboBox(this))
    , m_stateFilter(new QComboBox(this))
    , m_findingFilter(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_source(new QPlainTextEdit(this))
    , m_target(new QPlainTextEdit(this))
    , m_diffLabel(new QLabel(tr("The source changed since the translation was reviewed:"), this))
    , m_diff(new QTextBrowser(this))
    , m_findingList(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_nextUnreviewedAction(new QAction(tr("Next &Unreviewed"), this))
    , m_reviewAction(new QAction(tr("&Review"), this))
    , m_approveAction(new QAction(tr("&Approve"), this))
    , m_nextFindingAction(new QAction(tr("Next &Finding"), this))
    , m_glossaryAction(new QAction(tr("&Glossary…"), this))
{
    m_nextUnreviewedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_approveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_nextFindingAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_glossaryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_glossaryAction->setToolTip(tr("Edit the workspace glossary the glossary check uses (Ctrl+G)"));
    m_reviewAction->setToolTip(tr("Mark the translation reviewed and go to the next unreviewed clause (Ctrl+Return)"));
    m_approveAction->setToolTip(tr("Approve the reviewed translation for issue (Ctrl+Shift+Return)"));
    for (QAction* action : {m_nextUnreviewedAction, m_reviewAction, m_approveAction, m_nextFindingAction, m_glossaryAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_nextUnreviewedAction, &QAction::triggered, this, &TranslationReviewView::nextUnreviewed);
    connect(m_reviewAction, &QAction::triggered, this, &TranslationReviewView::reviewCurrent);
    connect(m_approveAction, &QAction::triggered, this, &TranslationReviewView::approveCurrent);
    connect(m_nextFindingAction, &QAction::triggered, this, &TranslationReviewView::nextFinding);
    connect(m_glossaryAction, &QAction::triggered, this, [this] {
        applyEdit();
        Q_EMIT glossaryRequested();
    });
    m_qa.setGlossary(GlossaryRepository(m_db).load());
    // Many rows change at once when a glossary is imported: check the findings once afterwards.
    connect(&m_db, &Database::tableChanged, this, [this](const QString& table) {
        if (!table.startsWith(QLatin1String("glossary_")) || m_glossaryRefreshPending)
            return;
        m_glossaryRefreshPending = true;
        QTimer::singleShot(0, this, &TranslationReviewView::glossaryChanged);
    });

    m_stateFilter->addItem(tr("All states"), QString());
    m_stateFilter->addItem(tr("Not reviewed"), QStringLiteral("unreviewed"));
    for (ClauseSegment::State state : ClauseSegment::allStates())
        m_stateFilter->addItem(ClauseSegment::stateLabel(state), ClauseSegment::stateCode(state));
    m_findingFilter->addItem(tr("All clauses"), QString());
    m_findingFilter->addItem(tr("With findings"), QStringLiteral("*"));
    for (TranslationQa::Check check : TranslationQa::allChecks())
        m_findingFilter->addItem(TranslationQa::checkLabel(check), TranslationQa::checkName(check));

    auto* toolBar = new QToolBar(this);
    toolBar->addWidget(new QLabel(tr("Template:"), this));
    toolBar->addWidget(m_templateBox);
    toolBar->addWidget(new QLabel(tr("Language:"), this));
    toolBar->addWidget(m_languageBox);
    toolBar->addSeparator();
    toolBar->addWidget(m_stateFilter);
    toolBar->addWidget(m_findingFilter);
    toolBar->addSeparator();
    toolBar->addAction(m_nextUnreviewedAction);
    toolBar->addAction(m_reviewAction);
    toolBar->addAction(m_approveAction);
    toolBar->addAction(m_nextFindingAction);
    toolBar->addSeparator();
    toolBar->addAction(m_glossaryAction);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Clause"), tr("State"), tr("Findings")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setMinimumWidth(380);
    m_table->horizontalHeader()->setSectionResizeMode(ClauseColumn, QHeaderView::Stretch);
    m_table->setObjectName(QStringLiteral("segments"));

    m_source->setReadOnly(true);
    m_source->setObjectName(QStringLiteral("source"));
    m_target->setObjectName(QStringLiteral("target"));
    m_diff->setObjectName(QStringLiteral("diff"));
    m_diff->setOpenLinks(false);
    m_diff->setMaximumHeight(110);
    m_findingList->setObjectName(QStringLiteral("findings"));
    m_findingList->setMaximumHeight(130);

    auto* texts = new QWidget(this);
    auto* textsLayout = new QVBoxLayout(texts);
    textsLayout->setContentsMargins(0, 0, 0, 0);
    auto* sideBySide = new QSplitter(Qt::Horizontal, texts);
    auto* sourceBox = new QWidget(sideBySide);
    auto* sourceLayout = new QVBoxLayout(sourceBox);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(new QLabel(tr("Source"), sourceBox));
    sourceLayout->addWidget(m_source);
    auto* targetBox = new QWidget(sideBySide);
    auto* targetLayout = new QVBoxLayout(targetBox);
    targetLayout->setContentsMargins(0, 0, 0, 0);
    targetLayout->addWidget(new QLabel(tr("Translation"), targetBox));
    targetLayout->addWidget(m_target);
    textsLayout->addWidget(sideBySide, 1);
    textsLayout->addWidget(m_diffLabel);
    textsLayout->addWidget(m_diff);
    textsLayout->addWidget(new QLabel(tr("QA findings"), texts));
    textsLayout->addWidget(m_findingList);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(texts);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({480, 820});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_templateBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        applyEdit();
        m_templateId = m_templateBox->currentData().toLongLong();
        fillLanguages();
        reload();
    });
    connect(m_languageBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        applyEdit();
        m_language = m_languageBox->currentData().toString();
        reload();
    });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &TranslationReviewView::applyFilters);
    connect(m_findingFilter, &QComboBox::currentIndexChanged, this, &TranslationReviewView::applyFilters);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        if (m_updating)
            return;
        applyEdit();
        showCurrent();
    });
    connect(m_findingList, &QListWidget::currentRowChanged, this, [this](int row) {
        const ClauseSegment* segment = segmentAt(m_table->currentRow());
        if (!segment || row < 0)
            return;
        const QList<QaFinding> findings = m_findings.value(segment->id);
        if (row >= findings.size() || findings.at(row).offset < 0)
            return;
        QTextCursor cursor = m_target->textCursor();
        cursor.setPosition(int(findings.at(row).offset));
        cursor.setPosition(int(findings.at(row).offset + findings.at(row).length), QTextCursor::KeepAnchor);
        m_target->setTextCursor(cursor);
    });

    fillTemplates();
    reload();
}

void TranslationReviewView::fillTemplates()
{
    m_updating = true;
    m_templateBox->clear();
    for (const DpaTemplate& t : TemplateRepository(m_db).templates())
        m_templateBox->addItem(QStringLiteral("%1 %2").arg(t.name, t.version), t.id);
    m_templateId = m_templateBox->currentData().toLongLong();
    m_updating = false;
    fillLanguages();
}

void TranslationReviewView::fillLanguages()
{
    m_updating = true;
    const QString previous = m_language;
    m_languageBox->clear();
    if (const auto t = TemplateRepository(m_db).find(m_templateId)) {
        for (const QString& language : t->languages) {
            if (language != t->sourceLanguage)
                m_languageBox->addItem(language.toUpper(), language);
        }
    }
    const int index = m_languageBox->findData(previous);
    m_languageBox->setCurrentIndex(index >= 0 ? index : 0);
    m_language = m_languageBox->currentData().toString();
    m_updating = false;
}

void TranslationReviewView::showTemplate(qint64 templateId, const QString& language)
{
    applyEdit();
    m_updating = true;
    m_templateBox->setCurrentIndex(qMax(0, m_templateBox->findData(templateId)));
    m_templateId = m_templateBox->currentData().toLongLong();
    m_updating = false;
    m_language = language;
    fillLanguages();
    reload();
}

void TranslationReviewView::reload()
{
    const QString current = currentSegmentId();
    m_segments = m_templateId > 0 && !m_language.isEmpty()
                     ? TranslationReviewRepository(m_db).segments(m_templateId, m_language)
                     : QList<ClauseSegment>();
    m_findings.clear();
    for (const TranslationQa::SegmentFindings& result : m_qa.checkAll(m_segments))
        m_findings.insert(result.segment.id, result.findings);
    fillTable();
    if (!current.isEmpty())
        selectSegment(current);
    if (m_table->currentRow() < 0)
        moveTo([](int) { return true; });
    showCurrent();
}

void TranslationReviewView::fillTable()
{
    m_updating = true;
    m_table->setRowCount(int(m_segments.size()));
    for (int row = 0; row < m_segments.size(); ++row) {
        const ClauseSegment& s = m_segments.at(row);
        const bool title = TranslationReviewRepository::isTitle(s.id);
        const qsizetype findings = m_findings.value(s.id).size();
        auto* number = new QTableWidgetItem(s.number);
        auto* clause = new QTableWidgetItem(title ? tr("%1 (title)").arg(TranslationReviewRepository::clauseKey(s.id)) : s.id);
        auto* state = new QTableWidgetItem(ClauseSegment::stateLabel(s.state));
        auto* count = new QTableWidgetItem(findings > 0 ? QString::number(findings) : QString());
        if (s.state == ClauseSegment::State::NeedsReview || s.state == ClauseSegment::State::Initial)
            state->setForeground(palette().color(QPalette::Link));
        if (findings > 0) {
            QStringList tips;
            for (const QaFinding& f : m_findings.value(s.id))
                tips.append(f.message);
            count->setToolTip(tips.join(QLatin1Char('\n')));
        }
        number->setData(Qt::UserRole, s.id);
        m_table->setItem(row, NumberColumn, number);
        m_table->setItem(row, ClauseColumn, clause);
        m_table->setItem(row, StateColumn, state);
        m_table->setItem(row, FindingsColumn, count);
    }
    m_table->resizeColumnToContents(NumberColumn);
    m_table->resizeColumnToContents(StateColumn);
    m_updating = false;
    applyFilters();
    int reviewed = 0;
    for (const ClauseSegment& s : std::as_const(m_segments))
        reviewed += isUnreviewed(s.state) ? 0 : 1;
    m_status->setText(tr("%1 of %2 segments reviewed, %3 with findings.").arg(reviewed).arg(m_segments.size()).arg(m_findings.size()));
}

void TranslationReviewView::applyFilters()
{
    const QString state = m_stateFilter->currentData().toString();
    const QString finding = m_findingFilter->currentData().toString();
    for (int row = 0; row < m_segments.size(); ++row) {
        const ClauseSegment& s = m_segments.at(row);
        bool visible = true;
        if (state == QLatin1String("unreviewed"))
            visible = isUnreviewed(s.state);
        else if (!state.isEmpty())
            visible = ClauseSegment::stateCode(s.state) == state;
        if (visible && !finding.isEmpty()) {
            const QList<QaFinding> findings = m_findings.value(s.id);
            visible = finding == QLatin1String("*") ? !findings.isEmpty()
                                                    : std::any_of(findings.cbegin(), findings.cend(),
                                                                  [&](const QaFinding& f) { return f.check == finding; });
        }
        m_table->setRowHidden(row, !visible);
    }
}

int TranslationReviewView::visibleRowCount() const
{
    int count = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        count += m_table->isRowHidden(row) ? 0 : 1;
    return count;
}

const ClauseSegment* TranslationReviewView::segmentAt(int row) const
{
    return row >= 0 && row < m_segments.size() ? &m_segments.at(row) : nullptr;
}

QString TranslationReviewView::currentSegmentId() const
{
    const ClauseSegment* s = segmentAt(m_table->currentRow());
    return s ? s->id : QString();
}

bool TranslationReviewView::selectSegment(const QString& segmentId)
{
    for (int row = 0; row < m_segments.size(); ++row) {
        if (m_segments.at(row).id == segmentId) {
            m_table->setCurrentCell(row, NumberColumn);
            return true;
        }
    }
    return false;
}

void TranslationReviewView::showCurrent()
{
    const ClauseSegment* s = segmentAt(m_table->currentRow());
    m_updating = true;
    m_shownSegment = s ? s->id : QString();
    m_source->setPlainText(s ? s->source : QString());
    m_target->setPlainText(s ? s->target : QString());
    m_target->setEnabled(s != nullptr);
    m_findingList->clear();
    if (s) {
        for (const QaFinding& f : m_findings.value(s->id)) {
            auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QaFinding::severityCode(f.severity), f.message), m_findingList);
            item->setData(Qt::UserRole, f.check);
        }
    }
    const bool stale = s && s->state == ClauseSegment::State::NeedsReview;
    m_diffLabel->setVisible(stale);
    m_diff->setVisible(stale);
    if (stale) {
        // Qt's rich text does not style <ins>/<del>: spell the marks out.
        QString html = WordDiff::toHtml(TranslationReviewRepository(m_db).sourceDiff(m_templateId, *s));
        html.replace(QStringLiteral("<ins>"), QStringLiteral("<span style=\"background-color:#c6efce; color:#05400a; text-decoration:underline\">"));
        html.replace(QStringLiteral("<del>"), QStringLiteral("<span style=\"background-color:#ffc7ce; color:#6b0010; text-decoration:line-through\">"));
        html.replace(QStringLiteral("</ins>"), QStringLiteral("</span>"));
        html.replace(QStringLiteral("</del>"), QStringLiteral("</span>"));
        m_diff->setHtml(html);
    }
    m_reviewAction->setEnabled(s && !s->target.isEmpty());
    m_approveAction->setEnabled(s && s->state == ClauseSegment::State::Reviewed);
    m_updating = false;
}

void TranslationReviewView::glossaryChanged()
{
    m_glossaryRefreshPending = false;
    applyEdit();
    m_qa.setGlossary(GlossaryRepository(m_db).load());
    reload();
}

void TranslationReviewView::pushChange(const QString& text, const std::function<bool(TranslationReviewRepository&)>& change)
{
    m_lastError.clear();
    auto* command = new TranslationSegmentCommand(
        m_db, m_templateId, m_language, m_shownSegment, text,
        [this, change](TranslationReviewRepository& repository) {
            const bool ok = change(repository);
            if (!ok)
                m_lastError = repository.errorString();
            return ok;
        },
        [this](const QString& segmentId) {
            segmentChanged(segmentId);
        });
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
    if (!m_lastError.isEmpty())
        m_status->setText(m_lastError);
}

void TranslationReviewView::segmentChanged(const QString& segmentId)
{
    // Called from undo commands: refresh the table and keep (or go to) the changed segment.
    m_updating = true;
    const QString shown = m_shownSegment;
    m_updating = false;
    reload();
    selectSegment(shown.isEmpty() ? segmentId : shown);
    showCurrent();
}

void TranslationReviewView::applyEdit()
{
    if (m_updating || m_shownSegment.isEmpty())
        return;
    const QString text = m_target->toPlainText();
    QString stored;
    for (const ClauseSegment& s : std::as_const(m_segments)) {
        if (s.id == m_shownSegment)
            stored = s.target;
    }
    if (text == stored)
        return;
    const QString shown = m_shownSegment;
    pushChange(tr("Edit translation of %1").arg(shown), [this, shown, text](TranslationReviewRepository& repository) {
        return repository.setTarget(m_templateId, m_language, shown, text);
    });
}

void TranslationReviewView::reviewCurrent()
{
    applyEdit();
    if (m_shownSegment.isEmpty())
        return;
    const QString shown = m_shownSegment;
    const QString reviewer = m_db.userName();
    pushChange(tr("Review %1").arg(shown), [this, shown, reviewer](TranslationReviewRepository& repository) {
        return repository.review(m_templateId, m_language, shown, reviewer);
    });
    if (m_lastError.isEmpty())
        nextUnreviewed();
}

void TranslationReviewView::approveCurrent()
{
    applyEdit();
    if (m_shownSegment.isEmpty())
        return;
    const QString shown = m_shownSegment;
    const QString approver = m_db.userName();
    pushChange(tr("Approve %1").arg(shown), [this, shown, approver](TranslationReviewRepository& repository) {
        return repository.approve(m_templateId, m_language, shown, approver);
    });
}

bool TranslationReviewView::moveTo(const std::function<bool(int row)>& matches)
{
    const int start = m_table->currentRow();
    const int count = int(m_segments.size());
    for (int step = 1; step <= count; ++step) {
        const int row = (qMax(start, -1) + step + count) % count;
        if (!m_table->isRowHidden(row) && matches(row)) {
            m_table->setCurrentCell(row, NumberColumn);
            return true;
        }
    }
    return false;
}

void TranslationReviewView::nextUnreviewed()
{
    applyEdit();
    if (!moveTo([this](int row) { return isUnreviewed(m_segments.at(row).state); }))
        m_status->setText(tr("Every visible segment is reviewed."));
}

void TranslationReviewView::nextFinding()
{
    applyEdit();
    if (!moveTo([this](int row) { return m_findings.contains(m_segments.at(row).id); }))
        m_status->setText(tr("No visible segment has findings."));
    else if (m_findingList->count() > 0)
        m_findingList->setCurrentRow(0);
}
