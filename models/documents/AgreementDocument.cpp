// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/AgreementDocument.h"

#include "core/Database.h"
#include "register/CatalogRepository.h"
#include "templates/AgreementRepository.h"
#include "templates/ClauseNumbering.h"
#include "templates/TemplateRenderer.h"

#include <QRegularExpression>

namespace {

// "Appendix B – Sub-processors" in @p language: an appendix, which starts a page of its own.
bool isAppendix(const QString& title, const QString& language)
{
    const QRegularExpression appendix(QStringLiteral("^%1[A-Z]\\b").arg(QRegularExpression::escape(ClauseNumbering::appendixLabel(QString(), language))));
    return appendix.match(title).hasMatch();
}

// Markdown with a table: a line that starts with a pipe.
bool hasTable(const QString& markdown)
{
    static const QRegularExpression row(QStringLiteral("^\\s*\\|"), QRegularExpression::MultilineOption);
    return row.match(markdown).hasMatch();
}

} // namespace

AgreementDocument::AgreementDocument(Database& db)
    : m_db(db)
{
}

bool AgreementDocument::isSigned(qint64 agreementId)
{
    const auto agreement = AgreementRepository(m_db).find(agreementId);
    return agreement && agreement->status == Agreement::Status::Signed;
}

QStringList AgreementDocument::languages(qint64 agreementId)
{
    const auto agreement = AgreementRepository(m_db).find(agreementId);
    return agreement ? agreement->languages : QStringList();
}

bool AgreementDocument::render(qint64 agreementId, const QString& language, QString* title, QList<Section>* sections)
{
    TemplateRenderer renderer(m_db);
    const TemplateRenderer::Result result = renderer.renderAgreement(agreementId, language);
    if (!result.ok()) {
        QStringList messages;
        for (const TemplateRenderer::Error& error : result.errors)
            messages.append(error.toString());
        m_error = messages.join(QLatin1Char('\n'));
        return false;
    }
    // The renderer writes "# Title", then "## 1. Article" headings with the article's text.
    static const QRegularExpression articleHeading(QStringLiteral("^##\\s+(?:((?:[0-9]+|[A-Z])\\.?)\\s+)?(.*)$"));
    Section current;
    bool inSection = false;
    const QStringList lines = result.markdown.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("# "))) {
            *title = line.mid(2).trimmed();
            continue;
        }
        const QRegularExpressionMatch match = articleHeading.match(line);
        if (match.hasMatch()) {
            if (inSection)
                sections->append(current);
            current = Section{match.captured(1), match.captured(2).trimmed(), QString()};
            inSection = true;
            continue;
        }
        current.body += line + QLatin1Char('\n');
    }
    if (inSection || !current.body.trimmed().isEmpty())
        sections->append(current);
    return true;
}

bool AgreementDocument::build(qint64 agreementId, const QString& language, DocumentModel* model)
{
    QString title;
    QList<Section> sections;
    if (!render(agreementId, language, &title, &sections))
        return false;
    const auto agreement = AgreementRepository(m_db).find(agreementId);
    model->title = agreement ? QStringLiteral("%1 — %2").arg(title, agreement->reference) : title;
    model->author = CatalogRepository(m_db).organisation().name;
    model->subject = title;
    model->language = language;
    model->tableOfContents = true;
    model->style = DocumentModel::Style::Contract;
    for (const Section& section : std::as_const(sections)) {
        if (!section.title.isEmpty()) {
            DocumentBlock heading = DocumentBlock::heading(1, section.number, section.title);
            heading.pageBreakBefore = isAppendix(section.title, language);
            model->append(heading);
        }
        model->append(DocumentBlock::paragraph(section.body.trimmed(), DocumentBlock::TextFormat::Markdown));
    }
    return true;
}

bool AgreementDocument::buildBilingual(qint64 agreementId, const QString& language, const QString& secondLanguage,
                                       DocumentModel* model)
{
    QString title;
    QString secondTitle;
    QList<Section> left;
    QList<Section> right;
    if (!render(agreementId, language, &title, &left) || !render(agreementId, secondLanguage, &secondTitle, &right))
        return false;
    const auto agreement = AgreementRepository(m_db).find(agreementId);
    const QString bothTitles = QStringLiteral("%1 / %2").arg(title, secondTitle);
    model->title = agreement ? QStringLiteral("%1 — %2").arg(bothTitles, agreement->reference) : bothTitles;
    model->author = CatalogRepository(m_db).organisation().name;
    model->subject = bothTitles;
    model->language = language;
    model->tableOfContents = true;
    model->style = DocumentModel::Style::Contract;
    // The same template gives both languages the same clauses in the same order.
    const qsizetype count = std::max(left.size(), right.size());
    for (qsizetype i = 0; i < count; ++i) {
        const Section l = left.value(i);
        const Section r = right.value(i);
        if (!l.title.isEmpty() || !r.title.isEmpty()) {
            DocumentBlock heading = DocumentBlock::heading(1, l.number.isEmpty() ? r.number : l.number,
                                                           QStringLiteral("%1 / %2").arg(l.title, r.title));
            heading.pageBreakBefore = isAppendix(l.title, language);
            model->append(heading);
        }
        // A table needs the page's width (the appendices' lists of five columns): such a section
        // gives one language after the other; the others, both side by side.
        if (hasTable(l.body) || hasTable(r.body)) {
            model->append(DocumentBlock::paragraph(l.body.trimmed(), DocumentBlock::TextFormat::Markdown));
            DocumentBlock second = DocumentBlock::heading(2, QString(), r.title);
            second.inContents = false;
            model->append(second);
            model->append(DocumentBlock::paragraph(r.body.trimmed(), DocumentBlock::TextFormat::Markdown));
            continue;
        }
        model->append(DocumentBlock::clausePair(l.body.trimmed(), r.body.trimmed(), DocumentBlock::TextFormat::Markdown));
    }
    return true;
}
