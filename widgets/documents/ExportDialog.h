// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "documents/DocumentExport.h"

#include <QDialog>

#include <functional>

class Database;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QPrintPreviewDialog;
class QProgressDialog;
class QPushButton;
class QRadioButton;
class QStackedWidget;

/**
 * Exports, previews or prints a document: an agreement (one language, two side by side, or all
 * its languages one after the other), the register or the sub-processor list, as PDF or ODT.
 * Each kind of document is one entry: a page of options and how it fills in a DocumentRequest.
 * Long exports show a progress dialog that can cancel; a cancelled or failed export leaves no
 * file.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /** What the dialog's default button does. */
    enum class Action { Export, PrintPreview, Print };

    explicit ExportDialog(Database& db, QWidget* parent = nullptr);
    ~ExportDialog() override;

    /** Shows @p request's document and options: kind, agreement, languages, role, date. */
    void setRequest(const DocumentRequest& request);
    /** The document and options as chosen. */
    DocumentRequest request() const;
    void setDefaultAction(Action action);

    /** Asks for the file (FileDialog), writes it, opens it when asked; false when not written. */
    bool exportDocument();
    /** Shows the print preview of the chosen document. */
    void printPreview();
    /** Asks for a printer (QPrintDialog) and prints. */
    void print();
    /** Builds the chosen document and paints it on @p printer, exactly as in the PDF. */
    bool printTo(QPrinter* printer);
    /** A print preview dialog of the chosen document, not shown yet; the caller owns it. */
    QPrintPreviewDialog* createPreviewDialog();

    QComboBox* documentChoice() const { return m_document; }
    QComboBox* formatChoice() const { return m_format; }
    QComboBox* pageSizeChoice() const { return m_pageSize; }
    QCheckBox* pdfACheck() const { return m_pdfA; }
    QCheckBox* openWhenDoneCheck() const { return m_openWhenDone; }
    QPushButton* exportButton() const { return m_exportButton; }
    /** The progress dialog while an export or print runs, else nullptr. */
    QProgressDialog* progressDialog() const { return m_progress; }
    /** The file the last successful export wrote. */
    QString lastExportPath() const { return m_lastPath; }

Q_SIGNALS:
    /** A step of a running export or print: @p done of @p total. */
    void progressed(const QString& step, int done, int total);

private:
    /** One kind of document the dialog offers. */
    struct DocumentKind
    {
        DocumentRequest::Kind kind;
        QString title;
        QWidget* page = nullptr; ///< its options
        std::function<void(DocumentRequest&)> fill; ///< completes a request from the page
        std::function<void(const DocumentRequest&)> show; ///< shows a request on the page
        bool pdfA = false; ///< PDF/A by default
    };

    void addKind(const DocumentKind& kind);
    DocumentKind agreementKind();
    DocumentKind registerKind();
    DocumentKind subProcessorListKind();
    DocumentKind noticeLetterKind();
    void updateNoticeCustomers();
    QComboBox* languageChoice(QWidget* parent);

    void kindChanged();
    void updateAgreementLanguages();
    void updateOutputOptions();
    QString exportFolder() const;
    bool checkRequest(const DocumentRequest& request);
    bool build(DocumentExport& exporter, const DocumentRequest& request, DocumentModel* model);
    void startProgress(const DocumentRequest& request);
    void stopProgress();

    Database& m_db;
    QList<DocumentKind> m_kinds;
    QComboBox* m_document;
    QStackedWidget* m_pages;
    QComboBox* m_agreement = nullptr;
    QButtonGroup* m_agreementLanguages = nullptr;
    QRadioButton* m_allLanguages = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_leftLanguage = nullptr;
    QComboBox* m_rightLanguage = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_registerLanguage = nullptr;
    QComboBox* m_listLanguage = nullptr;
    QDateEdit* m_asOf = nullptr;
    QCheckBox* m_history = nullptr;
    QComboBox* m_change = nullptr;
    QComboBox* m_customer = nullptr;
    QDateEdit* m_letterDate = nullptr;
    QComboBox* m_format;
    QComboBox* m_pageSize;
    QCheckBox* m_pdfA;
    QCheckBox* m_openWhenDone;
    QPushButton* m_exportButton;
    QPushButton* m_previewButton;
    QPushButton* m_printButton;
    QProgressDialog* m_progress = nullptr;
    QString m_lastPath;
};
