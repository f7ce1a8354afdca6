// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/TemplateRenderer.h"

#include "core/Database.h"
#include "templates/AgreementRepository.h"
#include "templates/ClauseNumbering.h"
#include "templates/ResourceFreeDocument.h"
#include "templates/TemplateContextBuilder.h"
#include "templates/TemplateRepository.h"
#include "templates/TextTemplateEngine.h"

#include <QCoreApplication>
#include <QFont>
#include <QRegularExpression>
#include <QSet>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TemplateRenderer", text);
}

int lineAt(const QString& text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(u'\n')) + 1;
}

// An invalid QVariant stands for "some value we cannot inspect" (an element of an empty list).
bool resolve(const QList<QVariantHash>& scopes, const QString& path)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    QVariant value;
    bool found = false;
    for (auto it = scopes.crbegin(); it != scopes.crend(); ++it) {
        if (it->contains(parts.constFirst())) {
            value = it->value(parts.constFirst());
            found = true;
            break;
        }
    }
    if (!found)
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (!value.isValid())
            return true;
        const QString& part = parts.at(i);
        if (value.typeId() == QMetaType::QVariantHash) {
            const QVariantHash hash = value.toHash();
            if (!hash.contains(part))
                return false;
            value = hash.value(part);
        } else if (value.typeId() == QMetaType::QVariantMap) {
            const QVariantMap map = value.toMap();
            if (!map.contains(part))
                return false;
            value = map.value(part);
        } else if (value.canConvert<QVariantList>() && value.typeId() != QMetaType::QString) {
            bool isIndex = false;
            const int index = part.toInt(&isIndex);
            const QVariantList list = value.toList();
            if (part == QLatin1String("count") || part == QLatin1String("size"))
                return true;
            if (!isIndex || index < 0 || index >= list.size())
                return false;
            value = list.at(index);
        } else {
            return false;
        }
    }
    return true;
}

QVariant firstElement(const QList<QVariantHash>& scopes, const QString& path)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    QVariant value;
    for (auto it = scopes.crbegin(); it != scopes.crend(); ++it) {
        if (it->contains(parts.constFirst())) {
            value = it->value(parts.constFirst());
            break;
        }
    }
    for (qsizetype i = 1; i < parts.size() && value.isValid(); ++i)
        value = value.toHash().value(parts.at(i));
    const QVariantList list = value.toList();
    return list.isEmpty() ? QVariant() : list.constFirst();
}

bool isLiteral(const QString& token)
{
    static const QSet<QString> words{QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("not"),
                                     QStringLiteral("in"), QStringLiteral("=="), QStringLiteral("!="),
                                     QStringLiteral("<"), QStringLiteral(">"), QStringLiteral("<="),
                                     QStringLiteral(">="), QStringLiteral("True"), QStringLiteral("False"),
                                     QStringLiteral("None")};
    if (token.isEmpty() || words.contains(token))
        return true;
    if (token.startsWith(QLatin1Char('"')) || token.startsWith(QLatin1Char('\'')))
        return true;
    bool number = false;
    token.toDouble(&number);
    return number;
}

// The variables an expression reads ("a.b|filter:arg == 'x'" reads a.b).
QStringList variablesOf(const QString& expression)
{
    QStringList variables;
    static const QRegularExpression tokens(QStringLiteral(R"("[^"]*"|'[^']*'|[^\s]+)"));
    for (auto it = tokens.globalMatch(expression); it.hasNext();) {
        const QString token = it.next().captured(0);
        const QString head = token.section(QLatin1Char('|'), 0, 0);
        if (!isLiteral(head))
            variables.append(head);
    }
    return variables;
}

struct Problem
{
    int line = 0;
    QString message;
};

// Checks the tags' syntax and that every variable exists in the context, before KTextTemplate
// parses the text: KTextTemplate renders an unknown variable as empty text and gives no line.
std::optional<Problem> check(const QString& text, const QVariantHash& context)
{
    QList<QVariantHash> scopes{context};
    struct Open
    {
        QString tag;
        int line;
    };
    QList<Open> open;
    qsizetype pos = 0;
    static const QRegularExpression start(QStringLiteral(R"(\{[{%#])"));
    while (true) {
        const auto match = start.match(text, pos);
        if (!match.hasMatch())
            break;
        const qsizetype begin = match.capturedStart();
        const QChar kind = text.at(begin + 1);
        const QString closing = kind == u'{' ? QStringLiteral("}}") : kind == u'%' ? QStringLiteral("%}") : QStringLiteral("#}");
        const qsizetype end = text.indexOf(closing, begin + 2);
        const int line = lineAt(text, begin);
        const qsizetype nextOpen = text.indexOf(start, begin + 2);
        if (end < 0 || (nextOpen >= 0 && nextOpen < end) || text.mid(begin, end - begin).contains(u'\n'))
            return Problem{line, tr("\"%1\" is not closed with \"%2\".").arg(text.mid(begin, 2), closing)};
        const QString content = text.mid(begin + 2, end - begin - 2).trimmed();
        pos = end + 2;
        if (kind == u'#')
            continue;
        if (content.isEmpty())
            return Problem{line, tr("Empty tag \"%1 %2\".").arg(text.mid(begin, 2), closing)};
        if (kind == u'{') {
            for (const QString& variable : variablesOf(content.section(QLatin1Char('|'), 0, 0))) {
                if (!resolve(scopes, variable))
                    return Problem{line, tr("Unknown variable \"%1\".").arg(variable)};
            }
            continue;
        }
        const QString tag = content.section(QLatin1Char(' '), 0, 0);
        const QString rest = content.section(QLatin1Char(' '), 1).trimmed();
        if (tag == QLatin1String("if")) {
            if (rest.isEmpty())
                return Problem{line, tr("\"{% if %}\" needs a condition.")};
            for (const QString& variable : variablesOf(rest)) {
                if (!resolve(scopes, variable))
                    return Problem{line, tr("Unknown variable \"%1\".").arg(variable)};
            }
            open.append({tag, line});
        } else if (tag == QLatin1String("for")) {
            static const QRegularExpression forSyntax(QStringLiteral(R"(^(\w+)\s+in\s+(\S+)(\s+reversed)?$)"));
            const auto parts = forSyntax.match(rest);
            if (!parts.hasMatch())
                return Problem{line, tr("\"{% for %}\" must read \"{% for item in list %}\".")};
            if (!resolve(scopes, parts.captured(2)))
                return Problem{line, tr("Unknown variable \"%1\".").arg(parts.captured(2))};
            scopes.append(QVariantHash{{parts.captured(1), firstElement(scopes, parts.captured(2))},
                                       {QStringLiteral("forloop"), QVariant()}});
            open.append({tag, line});
        } else if (tag == QLatin1String("else") || tag == QLatin1String("elif") || tag == QLatin1String("empty")) {
            if (open.isEmpty())
                return Problem{line, tr("\"{% %1 %}\" outside a block.").arg(tag)};
            if (tag == QLatin1String("elif")) {
                for (const QString& variable : variablesOf(rest)) {
                    if (!resolve(scopes, variable))
                        return Problem{line, tr("Unknown variable \"%1\".").arg(variable)};
                }
            }
        } else if (tag == QLatin1String("endif") || tag == QLatin1String("endfor")) {
            const QString expected = tag.mid(3);
            if (open.isEmpty() || open.constLast().tag != expected)
                return Problem{line, tr("\"{% %1 %}\" without a matching \"{% %2 %}\".").arg(tag, expected)};
            if (expected == QLatin1String("for"))
                scopes.removeLast();
            open.removeLast();
        }
    }
    if (!open.isEmpty())
        return Problem{open.constLast().line,
                       tr("\"{% %1 %}\" is never closed with \"{% end%1 %}\".").arg(open.constLast().tag)};
    return std::nullopt;
}

// The filters take the text's language as their argument; templates leave it out.
QString withLanguage(const QString& text, const QString& language)
{
    static const QRegularExpression filter(QStringLiteral(R"(\|\s*(longdate|spellnumber)\b(?!\s*:))"));
    QString result = text;
    result.replace(filter, QStringLiteral("|\\1:\"%1\"").arg(language));
    return result;
}

} // namespace

QString TemplateRenderer::Error::toString() const
{
    QString where;
    if (!clauseNumber.isEmpty())
        where = tr("clause %1 (%2, %3)").arg(clauseNumber, clauseKey, language);
    if (line > 0)
        where = where.isEmpty() ? tr("line %1").arg(line) : tr("%1, line %2").arg(where).arg(line);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

TemplateRenderer::TemplateRenderer(Database& db)
    : m_db(db)
{
}

TemplateRenderer::Result TemplateRenderer::renderText(const QString& text, const QVariantHash& context, const QString& language)
{
    if (const auto problem = check(text, context)) {
        Result result;
        result.errors.append(Error{{}, {}, language, problem->line, problem->message});
        return result;
    }
    return renderChecked(text, context, language);
}

TemplateRenderer::Result TemplateRenderer::renderChecked(const QString& text, const QVariantHash& context, const QString& language)
{
    Result result;
    QString error;
    TextTemplateEngine* engine = TextTemplateEngine::instance(&error);
    if (!engine) {
        result.errors.append(Error{{}, {}, language, 0, error});
        return result;
    }
    const TextTemplateEngine::Output output = engine->render(withLanguage(text, language), context);
    if (!output.error.isEmpty()) {
        static const QRegularExpression lineNumber(QStringLiteral(R"(line (\d+))"));
        const auto match = lineNumber.match(output.error);
        result.errors.append(Error{{}, {}, language, match.hasMatch() ? match.captured(1).toInt() : 0, output.error});
        return result;
    }
    result.markdown = output.text;
    return result;
}

bool TemplateRenderer::renderTogether(const QStringList& texts, const QVariantHash& context, const QString& language,
                                      QStringList* rendered)
{
    rendered->clear();
    if (texts.isEmpty())
        return true;
    // Each text is checked on its own first, so that no unbalanced tag runs into the next one.
    // Between texts, a separator no clause text or escaped value contains.
    static const QString separator = QStringLiteral("\x1e\x1fregistro-clause\x1f\x1e");
    QString joined;
    for (const QString& text : texts) {
        if (check(text, context) || text.contains(separator))
            return false;
        if (!joined.isEmpty())
            joined += separator;
        joined += text;
    }
    const Result result = renderChecked(joined, context, language);
    if (!result.ok())
        return false;
    *rendered = result.markdown.split(separator);
    if (rendered->size() != texts.size()) {
        rendered->clear();
        return false;
    }
    return true;
}

bool TemplateRenderer::evaluateCondition(const QString& condition, const QVariantHash& context, QString* error)
{
    if (condition.trimmed().isEmpty())
        return true;
    const Result r = renderText(QStringLiteral("{% if ") + condition + QStringLiteral(" %}1{% endif %}"), context, QStringLiteral("en"));
    if (!r.ok()) {
        if (error)
            *error = r.errors.constFirst().message;
        return false;
    }
    return r.markdown == QLatin1String("1");
}

TemplateRenderer::Result TemplateRenderer::renderTemplate(qint64 templateId, const QVariantHash& context, const QString& language,
                                                          const QHash<QString, bool>& options)
{
    Result result;
    TemplateRepository repository(m_db);
    const auto dpaTemplate = repository.find(templateId);
    if (!dpaTemplate) {
        result.errors.append(Error{{}, {}, language, 0, tr("There is no template %1.").arg(templateId)});
        return result;
    }
    if (!dpaTemplate->languages.contains(language)) {
        result.errors.append(Error{{}, {}, language, 0,
                                   tr("Template \"%1\" is not maintained in \"%2\".").arg(dpaTemplate->name, language)});
        return result;
    }
    const QList<Clause> clauses = repository.clauses(templateId, language);
    QSet<qint64> excluded;
    QList<const Clause*> conditional;
    QStringList conditions;
    for (const Clause& c : clauses) {
        if (c.optional && !options.value(c.key, true)) {
            excluded.insert(c.id);
            continue;
        }
        if (!c.condition.trimmed().isEmpty()) {
            conditional.append(&c);
            conditions.append(QStringLiteral("{% if ") + c.condition + QStringLiteral(" %}1{% else %}0{% endif %}"));
        }
    }
    // All conditions in one template; one by one only when that fails (to name the clause).
    QStringList values;
    if (!renderTogether(conditions, context, language, &values)) {
        values.clear();
        for (const Clause* c : std::as_const(conditional)) {
            QString conditionError;
            const bool holds = evaluateCondition(c->condition, context, &conditionError);
            if (!conditionError.isEmpty())
                result.errors.append(Error{c->key, c->key, language, 0, tr("Condition: %1").arg(conditionError)});
            values.append(holds ? QStringLiteral("1") : QStringLiteral("0"));
        }
    }
    for (qsizetype i = 0; i < conditional.size(); ++i) {
        if (values.value(i) != QLatin1String("1"))
            excluded.insert(conditional[i]->id);
    }
    const QHash<qint64, QString> numbers = ClauseNumbering::number(clauses, excluded);
    QStringList parts;
    parts.append(QStringLiteral("# ") + dpaTemplate->titles.value(language, dpaTemplate->name));
    QHash<qint64, Clause::Kind> topKind;
    for (const Clause& c : clauses)
        topKind.insert(c.id, c.parentId == 0 ? c.kind : topKind.value(c.parentId));
    QList<const Clause*> included;
    QStringList bodies;
    for (const Clause& c : clauses) {
        if (numbers.contains(c.id)) {
            included.append(&c);
            bodies.append(c.texts.value(language).body);
        }
    }
    QStringList rendered;
    const bool together = renderTogether(bodies, context, language, &rendered);
    for (qsizetype i = 0; i < included.size(); ++i) {
        const Clause& c = *included[i];
        const QString number = numbers.value(c.id);
        const ClauseText text = c.texts.value(language);
        const bool appendix = topKind.value(c.id) == Clause::Kind::Appendix;
        const QString label = appendix && c.parentId == 0 ? ClauseNumbering::appendixLabel(number, language) : number;
        QString bodyText;
        if (together) {
            bodyText = rendered[i].trimmed();
        } else {
            const Result body = renderText(text.body, context, language);
            for (Error e : body.errors) {
                e.clauseNumber = label;
                e.clauseKey = c.key;
                result.errors.append(e);
            }
            bodyText = body.markdown.trimmed();
        }
        if (c.parentId == 0) {
            parts.append(QStringLiteral("## %1%2 %3").arg(label, appendix ? QStringLiteral(" –") : QStringLiteral("."), text.title));
        } else if (!text.title.trimmed().isEmpty()) {
            parts.append(QStringLiteral("### %1 %2").arg(label, text.title));
        } else {
            // An untitled sub-clause: its number opens its first paragraph.
            bodyText = QStringLiteral("**%1** ").arg(label) + bodyText;
        }
        if (!bodyText.trimmed().isEmpty())
            parts.append(bodyText);
    }
    result.markdown = parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    return result;
}

TemplateRenderer::Result TemplateRenderer::renderAgreement(qint64 agreementId, const QString& language)
{
    Result result;
    AgreementRepository agreements(m_db);
    const auto agreement = agreements.find(agreementId);
    if (!agreement) {
        result.errors.append(Error{{}, {}, language, 0, tr("There is no agreement %1.").arg(agreementId)});
        return result;
    }
    if (agreement->status == Agreement::Status::Signed) {
        result.markdown = agreements.signedText(agreementId, language);
        if (result.markdown.isEmpty())
            result.errors.append(Error{{}, {}, language, 0,
                                       tr("Agreement %1 was not signed in \"%2\".").arg(agreement->reference, language)});
        return result;
    }
    TemplateContextBuilder builder(m_db);
    return renderTemplate(agreement->templateId, builder.build(*agreement, language), language, agreement->options);
}

QList<TemplateRenderer::Error> TemplateRenderer::issueErrors(const Agreement& agreement)
{
    QList<Error> errors;
    TemplateContextBuilder builder(m_db);
    for (const QString& language : agreement.languages) {
        const Result r = renderTemplate(agreement.templateId, builder.build(agreement, language), language, agreement.options);
        errors.append(r.errors);
    }
    return errors;
}

bool TemplateRenderer::signAgreement(qint64 agreementId, QString* error)
{
    AgreementRepository agreements(m_db);
    const auto agreement = agreements.find(agreementId);
    if (!agreement) {
        if (error)
            *error = tr("There is no agreement %1.").arg(agreementId);
        return false;
    }
    QHash<QString, QString> texts;
    TemplateContextBuilder builder(m_db);
    for (const QString& language : agreement->languages) {
        const Result r = renderTemplate(agreement->templateId, builder.build(*agreement, language), language, agreement->options);
        if (!r.ok()) {
            if (error)
                *error = r.errors.constFirst().toString();
            return false;
        }
        texts.insert(language, r.markdown);
    }
    if (!agreements.sign(agreementId, texts)) {
        if (error)
            *error = agreements.errorString();
        return false;
    }
    return true;
}

QString TemplateRenderer::toHtml(const QString& markdown)
{
    ResourceFreeDocument document;
    // An explicit size: without a GUI (registro-cli) there is no platform font to start from.
    QFont font = document.defaultFont();
    font.setPointSize(11);
    document.setDefaultFont(font);
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    return document.toHtml();
}
