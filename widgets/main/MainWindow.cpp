// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "main/MainWindow.h"

#include "core/Database.h"
#include "documents/ExportDialog.h"
#include "main/FileDialog.h"
#include "main/MessageBox.h"
#include "register/DataCategoryEditor.h"
#include "register/MeasureCatalogEditor.h"
#include "register/RegisterView.h"
#include "settings/RecentFiles.h"
#include "settings/AboutDialog.h"
#include "subprocessors/SubProcessorView.h"
#include "templates/AgreementsView.h"
#include "templates/TemplateEditorView.h"
#include "translation/GlossaryEditor.h"
#include "translation/TranslationReviewView.h"
#include "settings/Settings.h"
#include "settings/VerifiedWorkspace.h"
#include "templates/TextTemplateEngine.h"
#include "settings/SettingsDialog.h"
#include "settings/UserGuideDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

const QString RegisterId = QStringLiteral("register");
const QString ControllerRecordsId = QStringLiteral("register/controller");
const QString ProcessorRecordsId = QStringLiteral("register/processor");
const QString GlossaryId = QStringLiteral("glossary");
const QString SplitterName = QStringLiteral("main");
constexpr int SectionIdRole = Qt::UserRole;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_navigation(new QTreeWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_pathLabel(new QLabel(this))
{
    auto* welcome = static_cast<QLabel*>(m_welcome);
    retranslatable([welcome] {
        welcome->setText(tr("<h2>No workspace open</h2><p>Open a workspace (Ctrl+O) or create a new one (Ctrl+N).</p>"));
    });
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setWordWrap(true);
    m_stack->addWidget(m_welcome);

    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(true);
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setMinimumWidth(180);
    connect(m_navigation, &QTreeWidget::currentItemChanged, this, &MainWindow::showCurrentSection);

    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 1000});
    m_splitter->setChildrenCollapsible(false);
    const QByteArray splitterState = Settings::instance().splitterState(SplitterName);
    if (!splitterState.isEmpty())
        m_splitter->restoreState(splitterState);
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { Settings::instance().setSplitterState(SplitterName, m_splitter->saveState()); });
    setCentralWidget(m_splitter);

    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_pathLabel, 1);

    createActions();
    createSections();
    resize(1280, 800);
    restoreGeometry(Settings::instance().value(Settings::Key::MainWindowGeometry).toByteArray());
    restoreState(Settings::instance().value(Settings::Key::MainWindowState).toByteArray());
    updateWindow();
}

MainWindow::~MainWindow()
{
    closeWorkspace();
    // The template engine may still be loading on its thread: not past the application's end.
    TextTemplateEngine::waitForPreload();
}

void MainWindow::retranslatable(const std::function<void()>& setTexts)
{
    setTexts();
    m_retranslations.append(setTexts);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (const auto& setTexts : std::as_const(m_retranslations))
            setTexts();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(QString());
    retranslatable([file] { file->setTitle(tr("&File")); });
    QAction* newAction = file->addAction(QIcon::fromTheme(QIcon::ThemeIcon::DocumentNew), QString());
    retranslatable([newAction] { newAction->setText(tr("&New Workspace…")); });
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &MainWindow::newWorkspace);
    QAction* openAction = file->addAction(QIcon::fromTheme(QIcon::ThemeIcon::DocumentOpen), QString());
    retranslatable([openAction] { openAction->setText(tr("&Open Workspace…")); });
    openAction->setShortcut(QKeySequence::Open);
    connect(openAction, &QAction::triggered, this, &MainWindow::openWorkspaceFromDialog);
    m_recentMenu = file->addMenu(QString());
    retranslatable([this] { m_recentMenu->setTitle(tr("Open &Recent")); });
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    m_exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), QString());
    retranslatable([this] {
        m_exportAction->setText(tr("&Export…"));
        m_exportAction->setToolTip(tr("Export an agreement, the register or the sub-processor list as PDF or ODT (Ctrl+E)"));
    });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, [this] { showExportDialog(int(ExportDialog::Action::Export)); });
    m_printPreviewAction = file->addAction(QIcon::fromTheme(QIcon::ThemeIcon::DocumentPrintPreview), QString());
    retranslatable([this] { m_printPreviewAction->setText(tr("Print Pre&view…")); });
    m_printPreviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_printPreviewAction, &QAction::triggered, this,
            [this] { showExportDialog(int(ExportDialog::Action::PrintPreview)); });
    m_printAction = file->addAction(QIcon::fromTheme(QIcon::ThemeIcon::DocumentPrint), QString());
    retranslatable([this] { m_printAction->setText(tr("&Print…")); });
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, [this] { showExportDialog(int(ExportDialog::Action::Print)); });
    file->addSeparator();
    m_closeAction = file->addAction(QString());
    retranslatable([this] { m_closeAction->setText(tr("&Close Workspace")); });
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    if (!closeKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_W)))
        closeKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_closeAction->setShortcuts(closeKeys);
    connect(m_closeAction, &QAction::triggered, this, [this] {
        closeWorkspace();
        Settings::instance().reset(Settings::Key::LastWorkspace);
    });
    file->addSeparator();
    QAction* quitAction = file->addAction(QIcon::fromTheme(QIcon::ThemeIcon::ApplicationExit), QString());
    retranslatable([quitAction] { quitAction->setText(tr("&Quit")); });
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(QString());
    retranslatable([edit] { edit->setTitle(tr("&Edit")); });
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setIcon(QIcon::fromTheme(QIcon::ThemeIcon::EditUndo));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setIcon(QIcon::fromTheme(QIcon::ThemeIcon::EditRedo));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    addAction(undo);
    addAction(redo);

    m_activityMenu = menuBar()->addMenu(QString());
    retranslatable([this] { m_activityMenu->setTitle(tr("&Activity")); });

    QMenu* settings = menuBar()->addMenu(QString());
    retranslatable([settings] { settings->setTitle(tr("&Settings")); });
    QAction* configure = settings->addAction(QIcon::fromTheme(QStringLiteral("configure")), QString());
    retranslatable([configure] { configure->setText(tr("Configure &Registro…")); });
    configure->setShortcut(QKeySequence::Preferences);
    configure->setMenuRole(QAction::PreferencesRole);
    connect(configure, &QAction::triggered, this, [this] {
        SettingsDialog dialog(this);
        dialog.exec();
    });

    QMenu* help = menuBar()->addMenu(QString());
    retranslatable([help] { help->setTitle(tr("&Help")); });
    QAction* guide = help->addAction(QIcon::fromTheme(QIcon::ThemeIcon::HelpAbout), QString());
    retranslatable([guide] { guide->setText(tr("Registro &User Guide")); });
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, [this] {
        auto* dialog = new UserGuideDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    QAction* about = help->addAction(QString());
    retranslatable([about] { about->setText(tr("&About Registro")); });
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
}

QString MainWindow::builtInTitle(const QString& id)
{
    if (id == RegisterId)
        return tr("Register");
    if (id == ControllerRecordsId)
        return tr("Controller records");
    if (id == ProcessorRecordsId)
        return tr("Processor records");
    if (id == QLatin1String("categories"))
        return tr("Data categories & retention");
    if (id == QLatin1String("measures"))
        return tr("Security measures");
    if (id == QLatin1String("subprocessors"))
        return tr("Sub-processors");
    if (id == QLatin1String("dpa-templates"))
        return tr("DPA templates");
    if (id == QLatin1String("agreements"))
        return tr("Agreements");
    if (id == QLatin1String("translation-review"))
        return tr("Translation review");
    if (id == GlossaryId)
        return tr("Glossary");
    return {};
}

void MainWindow::createSections()
{
    const QStringList ids{RegisterId,
                          ControllerRecordsId,
                          ProcessorRecordsId,
                          QStringLiteral("categories"),
                          QStringLiteral("measures"),
                          QStringLiteral("subprocessors"),
                          QStringLiteral("dpa-templates"),
                          QStringLiteral("agreements"),
                          QStringLiteral("translation-review"),
                          GlossaryId};
    for (const QString& id : ids)
        m_sections.append({id, builtInTitle(id), {}, nullptr, nullptr, nullptr});

    for (Section& s : m_sections) {
        const bool child = s.id.startsWith(RegisterId + QLatin1Char('/'));
        s.item = child ? new QTreeWidgetItem(section(RegisterId)->item, {s.title})
                       : new QTreeWidgetItem(m_navigation, {s.title});
        s.item->setData(0, SectionIdRole, s.id);
    }
    m_navigation->expandAll();

    // The views of the built-in sections, built for each workspace that is opened.
    section(QStringLiteral("categories"))->factory = [](Database& db, QUndoStack* undoStack) -> QWidget* {
        return new DataCategoryEditor(db, undoStack);
    };
    section(QStringLiteral("measures"))->factory = [](Database& db, QUndoStack* undoStack) -> QWidget* {
        return new MeasureCatalogEditor(db, undoStack);
    };
    section(QStringLiteral("subprocessors"))->factory = [](Database& db, QUndoStack* undoStack) -> QWidget* {
        return new SubProcessorView(db, undoStack);
    };
    section(QStringLiteral("dpa-templates"))->factory = [](Database& db, QUndoStack* undoStack) -> QWidget* {
        return new TemplateEditorView(db, undoStack);
    };
    section(QStringLiteral("agreements"))->factory = [](Database& db, QUndoStack* undoStack) -> QWidget* {
        return new AgreementsView(db, undoStack);
    };
    section(QStringLiteral("translation-review"))->factory = [this](Database& db, QUndoStack* undoStack) -> QWidget* {
        auto* view = new TranslationReviewView(db, undoStack);
        connect(view, &TranslationReviewView::glossaryRequested, this, [this] { showSection(GlossaryId); });
        return view;
    };
    section(GlossaryId)->factory = [](Database& db, QUndoStack* undoStack) -> QWidget* {
        return new GlossaryEditor(db, undoStack);
    };

    m_retranslations.append([this] {
        for (Section& s : m_sections) {
            const QString title = builtInTitle(s.id);
            if (!title.isEmpty()) {
                s.title = title;
                s.item->setText(0, title);
            }
        }
    });
}

MainWindow::Section* MainWindow::section(const QString& id)
{
    for (Section& s : m_sections) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

MainWindow::Section& MainWindow::ensureSection(const QString& id, const QString& title)
{
    Section* existing = section(id);
    if (!existing) {
        m_sections.append({id, title, {}, nullptr, nullptr, nullptr});
        existing = &m_sections.last();
        existing->item = new QTreeWidgetItem(m_navigation, {title});
        existing->item->setData(0, SectionIdRole, id);
    }
    existing->title = title;
    existing->item->setText(0, title);
    return *existing;
}

void MainWindow::addSection(const QString& id, const QString& title, const ViewFactory& factory)
{
    Section& s = ensureSection(id, title);
    s.factory = factory;
    if (m_db) {
        if (s.page && !s.fixedView)
            delete s.page;
        s.page = factory(*m_db, m_undoStack);
        m_stack->addWidget(s.page);
        showCurrentSection();
    }
}

void MainWindow::addSection(const QString& id, const QString& title, QWidget* view)
{
    Section& s = ensureSection(id, title);
    if (s.page && s.page != view)
        delete s.page;
    s.fixedView = view;
    s.page = view;
    m_stack->addWidget(view);
    showCurrentSection();
}

QWidget* MainWindow::placeholder(const QString& title)
{
    auto* label = new QLabel(tr("<h2>%1</h2><p>Coming soon.</p>").arg(title.toHtmlEscaped()));
    label->setAlignment(Qt::AlignCenter);
    return label;
}

void MainWindow::buildPages()
{
    m_registerView = new RegisterView(*m_db, m_undoStack);
    m_stack->addWidget(m_registerView);
    connect(m_registerView, &RegisterView::tableFirstPainted, this, &MainWindow::registerTableFirstPainted);
    m_activityMenu->addAction(m_registerView->newAction());
    m_activityMenu->addAction(m_registerView->duplicateAction());
    m_activityMenu->addAction(m_registerView->deleteAction());
    m_activityMenu->addSeparator();
    m_activityMenu->addAction(m_registerView->findAction());
    for (Section& s : m_sections) {
        if (s.id == RegisterId || s.id.startsWith(RegisterId + QLatin1Char('/')))
            s.page = m_registerView;
        else if (s.fixedView)
            s.page = s.fixedView;
    }
    m_registerView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_registerView->addActions({m_exportAction, m_printPreviewAction, m_printAction});
    // The other sections' views are built once the register has painted, so that opening a
    // workspace shows the register first; a section asked for earlier is built at once.
    m_pagesPending = true;
    connect(m_registerView, &RegisterView::tableFirstPainted, this,
            [this] { QTimer::singleShot(0, this, &MainWindow::buildPendingPages); });
    QTimer::singleShot(500, this, &MainWindow::buildPendingPages);
}

void MainWindow::buildPendingPages()
{
    if (!m_pagesPending || !m_db)
        return;
    m_pagesPending = false;
    // The agreements' previews and checks need the template engine: it loads meanwhile.
    TextTemplateEngine::preload();
    for (Section& s : m_sections) {
        if (s.page)
            continue;
        s.page = s.factory ? s.factory(*m_db, m_undoStack) : placeholder(s.title);
        m_stack->addWidget(s.page);
    }
    // Export and print from the context menu of the views that show a document: the actions
    // take the document of the current section.
    for (QWidget* view : {section(QStringLiteral("agreements"))->page, section(QStringLiteral("subprocessors"))->page}) {
        if (!view)
            continue;
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        view->addActions({m_exportAction, m_printPreviewAction, m_printAction});
    }
}

DocumentRequest MainWindow::currentDocument() const
{
    DocumentRequest request;
    const QString id = currentSection();
    if (id == QLatin1String("agreements")) {
        request.kind = DocumentRequest::Kind::Agreement;
        request.language.clear(); // the agreement's own first language
        for (const Section& s : m_sections) {
            if (const auto* view = s.id == id ? qobject_cast<AgreementsView*>(s.page) : nullptr)
                request.agreementId = view->currentAgreement();
        }
    } else if (id == QLatin1String("subprocessors")) {
        request.kind = DocumentRequest::Kind::SubProcessorList;
        for (const Section& s : m_sections) {
            // The list as of the date the view's history shows.
            if (const auto* asOf = s.id == id && s.page ? s.page->findChild<QDateEdit*>(QStringLiteral("asOf")) : nullptr)
                request.asOf = asOf->date();
        }
    } else {
        request.kind = DocumentRequest::Kind::Register;
        if (id == ControllerRecordsId)
            request.role = ActivityRole::Controller;
        else if (id == ProcessorRecordsId)
            request.role = ActivityRole::Processor;
    }
    return request;
}

void MainWindow::showExportDialog(int action)
{
    if (!m_db)
        return;
    buildPendingPages(); // the current section's view says which document
    ExportDialog dialog(*m_db, this);
    dialog.setRequest(currentDocument());
    dialog.setDefaultAction(ExportDialog::Action(action));
    dialog.exec();
}

void MainWindow::showCurrentSection()
{
    QTreeWidgetItem* item = m_navigation->currentItem();
    Section* s = item ? section(item->data(0, SectionIdRole).toString()) : nullptr;
    if (m_db && s && !s->page)
        buildPendingPages();
    if (!m_db || !s || !s->page) {
        m_stack->setCurrentWidget(m_welcome);
        return;
    }
    if (s->page == m_registerView) {
        if (s->id == ControllerRecordsId)
            m_registerView->setRoleFilter(ActivityRole::Controller);
        else if (s->id == ProcessorRecordsId)
            m_registerView->setRoleFilter(ActivityRole::Processor);
        else
            m_registerView->setRoleFilter(std::nullopt);
    }
    m_stack->setCurrentWidget(s->page);
}

bool MainWindow::showSection(const QString& id)
{
    Section* s = section(id);
    if (!s || !m_db)
        return false;
    m_navigation->setCurrentItem(s->item);
    return true;
}

QString MainWindow::currentSection() const
{
    const QTreeWidgetItem* item = m_navigation->currentItem();
    return item ? item->data(0, SectionIdRole).toString() : QString();
}

bool MainWindow::openWorkspace(const QString& path)
{
    QString error;
    // A file Registro closed after a clean check and that nobody touched since is not checked
    // again in full; any change to it (size or time) brings the full integrity check back.
    std::unique_ptr<Database> db = VerifiedWorkspace::open(path, &error).release();
    if (!db) {
        MessageBox::critical(this, tr("Cannot Open Workspace"), error);
        return false;
    }
    closeWorkspace();
    m_db = std::move(db);
    m_undoStack = new QUndoStack(m_undoGroup);
    m_undoGroup->setActiveStack(m_undoStack);
    buildPages();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    RecentFiles recent = RecentFiles::fromSettings();
    recent.add(absolute);
    recent.save();
    Settings::instance().setValue(Settings::Key::LastWorkspace, absolute);
    m_navigation->setCurrentItem(section(RegisterId)->item);
    showCurrentSection();
    updateWindow();
    m_registerView->table()->setFocus();
    return true;
}

bool MainWindow::createWorkspace(const QString& path)
{
    QString error;
    std::unique_ptr<Database> db = Database::create(path, &error);
    if (!db) {
        MessageBox::critical(this, tr("Cannot Create Workspace"), error);
        return false;
    }
    db.reset();
    return openWorkspace(path);
}

void MainWindow::closeWorkspace()
{
    if (!m_db)
        return;
    m_navigation->setCurrentItem(nullptr);
    m_stack->setCurrentWidget(m_welcome);
    m_activityMenu->clear();
    m_pagesPending = false;
    // Views first, then the commands that refer to the workspace, then the workspace.
    for (Section& s : m_sections) {
        if (s.page && s.page != m_registerView && s.page != s.fixedView)
            delete s.page;
        if (s.page != s.fixedView)
            s.page = nullptr;
    }
    delete m_registerView;
    m_registerView = nullptr;
    delete m_undoStack;
    m_undoStack = nullptr;
    const QString path = QFileInfo(m_db->filePath()).absoluteFilePath();
    m_db.reset();
    VerifiedWorkspace::remember(path);
    updateWindow();
}

void MainWindow::updateWindow()
{
    const bool open = m_db != nullptr;
    m_navigation->setEnabled(open);
    m_closeAction->setEnabled(open);
    for (QAction* action : {m_exportAction, m_printPreviewAction, m_printAction})
        action->setEnabled(open);
    m_activityMenu->setEnabled(open);
    if (open) {
        setWindowTitle(tr("%1 — Registro").arg(QFileInfo(m_db->filePath()).fileName()));
        m_pathLabel->setText(QDir::toNativeSeparators(QFileInfo(m_db->filePath()).absoluteFilePath()));
    } else {
        setWindowTitle(tr("Registro"));
        m_pathLabel->setText(tr("No workspace open"));
    }
}

QString MainWindow::dialogDirectory() const
{
    if (m_db)
        return QFileInfo(m_db->filePath()).absolutePath();
    const QStringList recent = Settings::instance().recentWorkspaces();
    if (!recent.isEmpty())
        return QFileInfo(recent.constFirst()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::newWorkspace()
{
    QString path = FileDialog::getSaveFileName(this, tr("New Workspace"), dialogDirectory(),
                                               tr("Registro workspaces (*.registro)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".registro");
    createWorkspace(path);
}

void MainWindow::openWorkspaceFromDialog()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Open Workspace"), dialogDirectory(),
                                                     tr("Registro workspaces (*.registro);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentFiles::fromSettings().paths();
    for (const QString& path : paths) {
        QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("Remove Missing Workspaces")), &QAction::triggered, this, [] {
        RecentFiles recent = RecentFiles::fromSettings();
        recent.removeMissing();
        recent.save();
    });
    connect(m_recentMenu->addAction(tr("Clear List")), &QAction::triggered, this, [] { RecentFiles().save(); });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings& settings = Settings::instance();
    settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    settings.setValue(Settings::Key::MainWindowState, saveState());
    settings.setSplitterState(SplitterName, m_splitter->saveState());
    settings.sync();
    event->accept();
}
