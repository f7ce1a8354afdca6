// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "templates/TemplateTypes.h"

#include <QVariantHash>

class Database;

/**
 * Renders DPA templates with KF6 TextTemplate into Markdown, and Markdown into HTML without
 * loading any resource. Values are escaped for Markdown (MarkdownOutputStream); the filters
 * `longdate` and `spellnumber` write dates and numbers in the text's language. A syntax error
 * or a variable the context does not define is reported with the clause number and the line.
 */
class TemplateRenderer
{
public:
    struct Error
    {
        QString clauseNumber; ///< "2.1", "Appendix B"; empty for a text outside a template
        QString clauseKey;
        QString language;
        int line = 0; ///< 1-based line in the clause text, 0 when unknown
        QString message;
        QString toString() const;
    };
    struct Result
    {
        QString markdown;
        QList<Error> errors;
        bool ok() const { return errors.isEmpty(); }
    };

    explicit TemplateRenderer(Database& db);

    /**
     * The agreement's whole document in @p language. A signed agreement gives the text it was
     * signed with; otherwise the template is rendered with the current register.
     */
    Result renderAgreement(qint64 agreementId, const QString& language);
    /** Renders the agreement afresh and signs it with that text in each of its languages. */
    bool signAgreement(qint64 agreementId, QString* error);
    /**
     * The errors of rendering @p agreement afresh from its template in each of its languages
     * (empty: it renders). Issuing or signing an agreement is refused while there are any.
     */
    QList<Error> issueErrors(const Agreement& agreement);
    /**
     * Renders template @p templateId with @p context in @p language. An optional clause whose
     * key @p options maps to false is left out (Agreement::options; a missing key: included).
     */
    Result renderTemplate(qint64 templateId, const QVariantHash& context, const QString& language,
                          const QHash<QString, bool>& options = {});

    /** Renders one clause text (the editor's preview); errors carry the line only. */
    static Result renderText(const QString& text, const QVariantHash& context, const QString& language);
    /** Evaluates a clause condition ("register.has_non_eea_transfers"); empty is true. */
    static bool evaluateCondition(const QString& condition, const QVariantHash& context, QString* error);
    /** HTML for the Markdown, through a document that loads no resource. */
    static QString toHtml(const QString& markdown);

private:
    /** renderText() for a text check() has passed. */
    static Result renderChecked(const QString& text, const QVariantHash& context, const QString& language);
    /**
     * Renders @p texts (with @p context, in @p language) as one template: one parse instead of
     * one per text. False when any of them has a problem; the caller then renders them one by
     * one, which names the text and line of each problem.
     */
    static bool renderTogether(const QStringList& texts, const QVariantHash& context, const QString& language,
                               QStringList* rendered);

    Database& m_db;
};
