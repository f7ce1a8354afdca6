// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

class Database;
struct DocumentRequest;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoGroup;
class QUndoStack;
class RegisterView;

/**
 * The main window: one open workspace, a navigation pane of sections on the left and the
 * section's view in the centre. Each open workspace has its own undo stack.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** Builds a section's view for an open workspace. */
    using ViewFactory = std::function<QWidget*(Database& db, QUndoStack* undoStack)>;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /**
     * Adds the section @p id to the navigation pane, or gives a built-in section ("categories",
     * "measures", "subprocessors", "dpa-templates", "agreements", "translation-review", "glossary") its
     * view: @p factory builds the view each time a workspace is opened.
     */
    void addSection(const QString& id, const QString& title, const ViewFactory& factory);
    /** Same, with one view that does not depend on the workspace; the window takes it. */
    void addSection(const QString& id, const QString& title, QWidget* view);
    /** Shows section @p id; false when there is no such section or no workspace. */
    bool showSection(const QString& id);
    QString currentSection() const;

    /** Opens the workspace at @p path, closing the current one; shows why when it is refused. */
    bool openWorkspace(const QString& path);
    /** Creates a workspace at @p path and opens it. */
    bool createWorkspace(const QString& path);
    void closeWorkspace();

    Database* database() const { return m_db.get(); }
    QUndoStack* undoStack() const { return m_undoStack; }
    RegisterView* registerView() const { return m_registerView; }
    /** File > Export… (Ctrl+E), Print Preview… (Ctrl+Shift+P) and Print… (Ctrl+P). */
    QAction* exportAction() const { return m_exportAction; }
    QAction* printPreviewAction() const { return m_printPreviewAction; }
    QAction* printAction() const { return m_printAction; }
    /** The document the export dialog starts with: the one of the current section. */
    DocumentRequest currentDocument() const;

Q_SIGNALS:
    /** The register table was painted for the first time after a workspace was opened. */
    void registerTableFirstPainted();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Section
    {
        QString id;
        QString title;
        ViewFactory factory;
        QWidget* fixedView = nullptr;
        QTreeWidgetItem* item = nullptr;
        QWidget* page = nullptr; ///< the view of the open workspace, or a placeholder
    };

    /** Runs @p setTexts now and again whenever the UI language changes. */
    void retranslatable(const std::function<void()>& setTexts);
    void createActions();
    void createSections();
    static QString builtInTitle(const QString& id);
    Section* section(const QString& id);
    Section& ensureSection(const QString& id, const QString& title);
    QWidget* placeholder(const QString& title);
    void buildPages();
    /** Builds the views of the other sections, after the register has painted (or when needed first). */
    void buildPendingPages();
    void showCurrentSection();
    void updateWindow();
    void newWorkspace();
    void openWorkspaceFromDialog();
    void rebuildRecentMenu();
    QString dialogDirectory() const;
    void showExportDialog(int action);

    std::unique_ptr<Database> m_db;
    QUndoStack* m_undoStack = nullptr;
    QUndoGroup* m_undoGroup;
    RegisterView* m_registerView = nullptr;
    bool m_pagesPending = false;
    QList<Section> m_sections;
    QTreeWidget* m_navigation;
    QStackedWidget* m_stack;
    QWidget* m_welcome;
    QSplitter* m_splitter;
    QLabel* m_pathLabel;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_activityMenu = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_printPreviewAction = nullptr;
    QAction* m_printAction = nullptr;
    QList<std::function<void()>> m_retranslations;
};
