// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/TemplateRepository.h"

#include "core/Database.h"
#include "core/SqlValue.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TemplateRepository", text);
}

DpaTemplate templateFrom(const QVariantMap& row)
{
    DpaTemplate t;
    t.id = row.value(QStringLiteral("id")).toLongLong();
    t.name = row.value(QStringLiteral("name")).toString();
    t.version = row.value(QStringLiteral("version")).toString();
    t.sourceLanguage = row.value(QStringLiteral("source_language")).toString();
    t.languages = row.value(QStringLiteral("languages")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QJsonObject titles = QJsonDocument::fromJson(row.value(QStringLiteral("titles")).toString().toUtf8()).object();
    for (auto it = titles.begin(); it != titles.end(); ++it)
        t.titles.insert(it.key(), it.value().toString());
    return t;
}

Clause clauseFrom(const QVariantMap& row)
{
    Clause c;
    c.id = row.value(QStringLiteral("id")).toLongLong();
    c.templateId = row.value(QStringLiteral("template_id")).toLongLong();
    c.parentId = row.value(QStringLiteral("parent_id")).toLongLong();
    c.position = row.value(QStringLiteral("position")).toInt();
    c.key = row.value(QStringLiteral("key")).toString();
    c.kind = Clause::kindFromCode(row.value(QStringLiteral("kind")).toString());
    c.optional = row.value(QStringLiteral("optional")).toBool();
    c.condition = row.value(QStringLiteral("condition")).toString();
    return c;
}

QVariant parentValue(qint64 parentId)
{
    return parentId == 0 ? QVariant() : QVariant(parentId);
}

// Why a top level in this order breaks the rule "articles before appendices", or empty.
QString topLevelOrderError(const QList<Clause>& topLevel)
{
    bool appendixSeen = false;
    for (const Clause& c : topLevel) {
        if (c.kind == Clause::Kind::Appendix)
            appendixSeen = true;
        else if (appendixSeen)
            return tr("The articles come before the appendices: \"%1\" cannot follow an appendix.").arg(c.key);
    }
    return {};
}

} // namespace

TemplateRepository::TemplateRepository(Database& db)
    : m_db(db)
{
}

bool TemplateRepository::fail(const QString& message)
{
    m_error = message;
    return false;
}

QList<DpaTemplate> TemplateRepository::templates()
{
    QList<DpaTemplate> list;
    const auto rows = m_db.records(QStringLiteral("SELECT * FROM template ORDER BY name, version"));
    for (const QVariantMap& row : rows)
        list.append(templateFrom(row));
    return list;
}

std::optional<DpaTemplate> TemplateRepository::find(qint64 id)
{
    const auto rows = m_db.records(QStringLiteral("SELECT * FROM template WHERE id = ?"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    return templateFrom(rows.constFirst());
}

qint64 TemplateRepository::idByName(const QString& name)
{
    return m_db.scalar(QStringLiteral("SELECT id FROM template WHERE name = ? ORDER BY id DESC LIMIT 1"), {name}).toLongLong();
}

bool TemplateRepository::save(DpaTemplate& t)
{
    m_error.clear();
    if (t.name.trimmed().isEmpty())
        return fail(tr("A template needs a name."));
    if (t.languages.isEmpty())
        return fail(tr("A template needs at least one language."));
    QJsonObject titles;
    for (auto it = t.titles.cbegin(); it != t.titles.cend(); ++it)
        titles.insert(it.key(), it.value());
    const QVariant now = SqlValue::fromDateTime(QDateTime::currentDateTimeUtc());
    QVariantMap values{
        {QStringLiteral("name"), t.name},
        {QStringLiteral("version"), t.version},
        {QStringLiteral("source_language"), t.sourceLanguage},
        {QStringLiteral("languages"), t.languages.join(QLatin1Char(','))},
        {QStringLiteral("titles"), QString::fromUtf8(QJsonDocument(titles).toJson(QJsonDocument::Compact))},
        {QStringLiteral("updated_at"), now},
    };
    if (t.id == 0) {
        values.insert(QStringLiteral("created_at"), now);
        const auto id = m_db.insert(QStringLiteral("template"), values);
        if (!id)
            return fail(m_db.lastError());
        t.id = *id;
        return true;
    }
    if (!m_db.update(QStringLiteral("template"), t.id, values))
        return fail(m_db.lastError());
    return true;
}

QList<Clause> TemplateRepository::clauses(qint64 templateId, const QString& language)
{
    const auto rows = m_db.records(QStringLiteral("SELECT * FROM clause WHERE template_id = ? ORDER BY position, id"), {templateId});
    QHash<qint64, QList<Clause>> children;
    QHash<qint64, Clause*> byId;
    QList<Clause> all;
    for (const QVariantMap& row : rows)
        all.append(clauseFrom(row));
    QString textQuery = QStringLiteral("SELECT t.* FROM clause_text t JOIN clause c ON c.id = t.clause_id "
                                       "WHERE c.template_id = ?");
    QVariantList bindings{templateId};
    if (!language.isEmpty()) {
        textQuery += QStringLiteral(" AND t.language = ?");
        bindings.append(language);
    }
    const auto texts = m_db.records(textQuery, bindings);
    QHash<qint64, QHash<QString, ClauseText>> textsByClause;
    for (const QVariantMap& row : texts) {
        ClauseText text;
        text.title = row.value(QStringLiteral("title")).toString();
        text.body = row.value(QStringLiteral("body")).toString();
        text.updatedAt = SqlValue::toDateTime(row.value(QStringLiteral("updated_at")));
        text.state = row.value(QStringLiteral("state")).toString();
        textsByClause[row.value(QStringLiteral("clause_id")).toLongLong()].insert(row.value(QStringLiteral("language")).toString(), text);
    }
    for (Clause& c : all) {
        c.texts = textsByClause.value(c.id);
        children[c.parentId].append(c);
    }
    QList<Clause> ordered;
    std::function<void(qint64)> walk = [&](qint64 parent) {
        for (const Clause& c : std::as_const(children[parent])) {
            ordered.append(c);
            walk(c.id);
        }
    };
    walk(0);
    return ordered;
}

std::optional<Clause> TemplateRepository::clause(qint64 clauseId)
{
    const auto rows = m_db.records(QStringLiteral("SELECT template_id FROM clause WHERE id = ?"), {clauseId});
    if (rows.isEmpty())
        return std::nullopt;
    const auto list = clauses(rows.constFirst().value(QStringLiteral("template_id")).toLongLong());
    for (const Clause& c : list) {
        if (c.id == clauseId)
            return c;
    }
    return std::nullopt;
}

bool TemplateRepository::saveClause(Clause& c)
{
    m_error.clear();
    if (c.key.trimmed().isEmpty())
        return fail(tr("A clause needs a key."));
    const QVariantMap values{
        {QStringLiteral("template_id"), c.templateId},
        {QStringLiteral("parent_id"), c.parentId == 0 ? QVariant() : QVariant(c.parentId)},
        {QStringLiteral("position"), c.position},
        {QStringLiteral("key"), c.key},
        {QStringLiteral("kind"), Clause::kindCode(c.kind)},
        {QStringLiteral("optional"), c.optional ? 1 : 0},
        {QStringLiteral("condition"), c.condition},
    };
    if (c.id == 0) {
        const auto id = m_db.insert(QStringLiteral("clause"), values);
        if (!id)
            return fail(m_db.lastError());
        c.id = *id;
        return true;
    }
    if (!m_db.update(QStringLiteral("clause"), c.id, values))
        return fail(m_db.lastError());
    return true;
}

bool TemplateRepository::saveClauseText(qint64 clauseId, const QString& language, const QString& title, const QString& body)
{
    m_error.clear();
    const QVariantMap values{
        {QStringLiteral("title"), title},
        {QStringLiteral("body"), body},
        {QStringLiteral("updated_at"), SqlValue::fromDateTime(QDateTime::currentDateTimeUtc())},
    };
    const qint64 id = m_db.scalar(QStringLiteral("SELECT id FROM clause_text WHERE clause_id = ? AND language = ?"),
                                  {clauseId, language})
                          .toLongLong();
    if (id == 0) {
        QVariantMap inserted = values;
        inserted.insert(QStringLiteral("clause_id"), clauseId);
        inserted.insert(QStringLiteral("language"), language);
        if (!m_db.insert(QStringLiteral("clause_text"), inserted))
            return fail(m_db.lastError());
        return true;
    }
    if (!m_db.update(QStringLiteral("clause_text"), id, values))
        return fail(m_db.lastError());
    return true;
}

std::optional<ClauseText> TemplateRepository::clauseText(qint64 clauseId, const QString& language)
{
    const auto rows = m_db.records(QStringLiteral("SELECT * FROM clause_text WHERE clause_id = ? AND language = ?"),
                                   {clauseId, language});
    if (rows.isEmpty())
        return std::nullopt;
    const QVariantMap& row = rows.constFirst();
    ClauseText text;
    text.title = row.value(QStringLiteral("title")).toString();
    text.body = row.value(QStringLiteral("body")).toString();
    text.updatedAt = SqlValue::toDateTime(row.value(QStringLiteral("updated_at")));
    text.state = row.value(QStringLiteral("state")).toString();
    return text;
}

QString TemplateRepository::newClauseTitle(Clause::Kind kind, const QString& language)
{
    // Text of the document, in the document's language: not the user interface's.
    static const QHash<QString, QStringList> titles{
        {QStringLiteral("en"), {QStringLiteral("New article"), QStringLiteral("New clause"), QStringLiteral("New appendix")}},
        {QStringLiteral("nl"), {QStringLiteral("Nieuw artikel"), QStringLiteral("Nieuwe bepaling"), QStringLiteral("Nieuwe bijlage")}},
        {QStringLiteral("it"), {QStringLiteral("Nuovo articolo"), QStringLiteral("Nuova clausola"), QStringLiteral("Nuovo allegato")}},
        {QStringLiteral("fr"), {QStringLiteral("Nouvel article"), QStringLiteral("Nouvelle clause"), QStringLiteral("Nouvelle annexe")}},
    };
    const QStringList forLanguage = titles.value(language, titles.value(QStringLiteral("en")));
    return forLanguage.at(kind == Clause::Kind::Article ? 0 : kind == Clause::Kind::SubClause ? 1 : 2);
}

bool TemplateRepository::isValidKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*$"));
    return pattern.match(key).hasMatch();
}

QList<qint64> TemplateRepository::childIds(qint64 templateId, qint64 parentId)
{
    QList<qint64> ids;
    const auto rows = m_db.rows(QStringLiteral("SELECT id FROM clause WHERE template_id = ? AND parent_id IS ? "
                                               "ORDER BY position, id"),
                                {templateId, parentValue(parentId)});
    for (const QVariantList& row : rows)
        ids.append(row.constFirst().toLongLong());
    return ids;
}

bool TemplateRepository::renumber(const QList<qint64>& ids)
{
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const int stored = m_db.scalar(QStringLiteral("SELECT position FROM clause WHERE id = ?"), {ids.at(i)}).toInt();
        if (stored == int(i))
            continue;
        if (!m_db.update(QStringLiteral("clause"), ids.at(i), {{QStringLiteral("position"), int(i)}}))
            return fail(m_db.lastError());
    }
    return true;
}

QString TemplateRepository::uniqueKey(qint64 templateId, const QString& base)
{
    QString key = base;
    for (int n = 2;; ++n) {
        if (m_db.scalar(QStringLiteral("SELECT count(*) FROM clause WHERE template_id = ? AND key = ?"), {templateId, key}).toInt() == 0)
            return key;
        key = QStringLiteral("%1-%2").arg(base).arg(n);
    }
}

bool TemplateRepository::addClause(Clause& c)
{
    m_error.clear();
    const auto dpaTemplate = find(c.templateId);
    if (!dpaTemplate)
        return fail(tr("There is no template %1.").arg(c.templateId));
    if (!isValidKey(c.key))
        return fail(tr("\"%1\" is not a valid clause key: use letters, digits, \"-\" and \"_\".").arg(c.key));
    if (uniqueKey(c.templateId, c.key) != c.key)
        return fail(tr("The template already has a clause with the key \"%1\".").arg(c.key));
    QList<Clause> siblings;
    if (c.parentId != 0) {
        const auto parent = m_db.scalar(QStringLiteral("SELECT template_id FROM clause WHERE id = ?"), {c.parentId}).toLongLong();
        if (parent != c.templateId)
            return fail(tr("There is no clause %1 in this template.").arg(c.parentId));
        if (c.kind == Clause::Kind::Appendix)
            return fail(tr("An appendix stays at the top level; it cannot be placed below a clause."));
        c.kind = Clause::Kind::SubClause;
    } else if (c.kind == Clause::Kind::SubClause) {
        c.kind = Clause::Kind::Article;
    }
    const QList<qint64> ids = childIds(c.templateId, c.parentId);
    c.position = std::clamp(c.position, 0, int(ids.size()));
    if (c.parentId == 0) {
        const QList<Clause> all = clauses(c.templateId);
        QList<Clause> topLevel;
        for (const Clause& other : all) {
            if (other.parentId == 0)
                topLevel.append(other);
        }
        topLevel.insert(c.position, c);
        const QString orderError = topLevelOrderError(topLevel);
        if (!orderError.isEmpty())
            return fail(orderError);
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(m_db.lastError());
    Clause stored = c;
    stored.id = 0;
    if (!saveClause(stored))
        return false;
    const QVariant now = SqlValue::fromDateTime(QDateTime::currentDateTimeUtc());
    for (auto it = c.texts.cbegin(); it != c.texts.cend(); ++it) {
        if (!m_db.insert(QStringLiteral("clause_text"), {{QStringLiteral("clause_id"), stored.id},
                                                         {QStringLiteral("language"), it.key()},
                                                         {QStringLiteral("title"), it->title},
                                                         {QStringLiteral("body"), it->body},
                                                         {QStringLiteral("state"), it->state},
                                                         {QStringLiteral("updated_at"), now}}))
            return fail(m_db.lastError());
    }
    QList<qint64> order = ids;
    order.insert(c.position, stored.id);
    if (!renumber(order))
        return false;
    if (!transaction.commit())
        return fail(m_db.lastError());
    c.id = stored.id;
    return true;
}

ClauseSubtree TemplateRepository::subtree(qint64 clauseId)
{
    ClauseSubtree result;
    const qint64 templateId = m_db.scalar(QStringLiteral("SELECT template_id FROM clause WHERE id = ?"), {clauseId}).toLongLong();
    if (templateId == 0)
        return result;
    QSet<qint64> inside{clauseId};
    for (const Clause& c : clauses(templateId)) {
        if (c.id != clauseId && !inside.contains(c.parentId))
            continue;
        inside.insert(c.id);
        result.clauses.append(m_db.records(QStringLiteral("SELECT * FROM clause WHERE id = ?"), {c.id}).value(0));
        result.texts.append(m_db.records(QStringLiteral("SELECT * FROM clause_text WHERE clause_id = ? ORDER BY id"), {c.id}));
    }
    return result;
}

bool TemplateRepository::removeClause(qint64 clauseId)
{
    m_error.clear();
    const ClauseSubtree removed = subtree(clauseId);
    if (removed.isEmpty())
        return fail(tr("There is no clause %1.").arg(clauseId));
    const QVariantMap& root = removed.clauses.constFirst();
    const qint64 templateId = root.value(QStringLiteral("template_id")).toLongLong();
    const qint64 parentId = root.value(QStringLiteral("parent_id")).toLongLong();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(m_db.lastError());
    for (const QVariantMap& text : removed.texts) {
        if (!m_db.remove(QStringLiteral("clause_text"), text.value(QStringLiteral("id")).toLongLong()))
            return fail(m_db.lastError());
    }
    // The deepest first: a parent's removal would otherwise cascade past the audit.
    for (auto it = removed.clauses.crbegin(); it != removed.clauses.crend(); ++it) {
        if (!m_db.remove(QStringLiteral("clause"), it->value(QStringLiteral("id")).toLongLong()))
            return fail(m_db.lastError());
    }
    if (!renumber(childIds(templateId, parentId)))
        return false;
    if (!transaction.commit())
        return fail(m_db.lastError());
    return true;
}

bool TemplateRepository::restoreSubtree(const ClauseSubtree& restored)
{
    m_error.clear();
    if (restored.isEmpty())
        return fail(tr("There is nothing to restore."));
    const QVariantMap& root = restored.clauses.constFirst();
    const qint64 rootId = root.value(QStringLiteral("id")).toLongLong();
    const qint64 templateId = root.value(QStringLiteral("template_id")).toLongLong();
    const qint64 parentId = root.value(QStringLiteral("parent_id")).toLongLong();
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM clause WHERE id = ?"), {rootId}).toInt() > 0)
        return fail(tr("Clause %1 exists already.").arg(root.value(QStringLiteral("key")).toString()));
    if (parentId != 0 && m_db.scalar(QStringLiteral("SELECT template_id FROM clause WHERE id = ?"), {parentId}).toLongLong() != templateId)
        return fail(tr("The clause that held \"%1\" no longer exists.").arg(root.value(QStringLiteral("key")).toString()));
    QList<qint64> order = childIds(templateId, parentId);
    const int position = std::clamp(root.value(QStringLiteral("position")).toInt(), 0, int(order.size()));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(m_db.lastError());
    // SQL NULL comes back as a null text; Database binds NULL only for an invalid QVariant.
    const auto withNulls = [](QVariantMap row) {
        for (auto it = row.begin(); it != row.end(); ++it) {
            if (it->isNull())
                *it = QVariant();
        }
        return row;
    };
    for (const QVariantMap& row : restored.clauses) {
        if (!m_db.insert(QStringLiteral("clause"), withNulls(row)))
            return fail(tr("Clause %1: %2").arg(row.value(QStringLiteral("key")).toString(), m_db.lastError()));
    }
    for (const QVariantMap& row : restored.texts) {
        if (!m_db.insert(QStringLiteral("clause_text"), withNulls(row)))
            return fail(m_db.lastError());
    }
    order.insert(position, rootId);
    if (!renumber(order))
        return false;
    if (!transaction.commit())
        return fail(m_db.lastError());
    return true;
}

QString TemplateRepository::checkMove(qint64 clauseId, qint64 newParentId, int newPosition)
{
    return planMove(clauseId, newParentId, newPosition, false);
}

bool TemplateRepository::moveClause(qint64 clauseId, qint64 newParentId, int newPosition)
{
    m_error.clear();
    const QString error = planMove(clauseId, newParentId, newPosition, true);
    if (!error.isEmpty())
        return fail(error);
    return true;
}

QString TemplateRepository::planMove(qint64 clauseId, qint64 newParentId, int newPosition, bool apply)
{
    const qint64 templateId = m_db.scalar(QStringLiteral("SELECT template_id FROM clause WHERE id = ?"), {clauseId}).toLongLong();
    if (templateId == 0)
        return tr("There is no clause %1.").arg(clauseId);
    const QList<Clause> all = clauses(templateId);
    QHash<qint64, Clause> byId;
    for (const Clause& c : all)
        byId.insert(c.id, c);
    Clause moved = byId.value(clauseId);
    if (newParentId != 0) {
        if (!byId.contains(newParentId))
            return tr("There is no clause %1 in this template.").arg(newParentId);
        for (qint64 p = newParentId; p != 0; p = byId.value(p).parentId) {
            if (p == clauseId)
                return tr("\"%1\" cannot move into itself or into one of its own sub-clauses.").arg(moved.key);
        }
        if (moved.kind == Clause::Kind::Appendix)
            return tr("An appendix stays at the top level: \"%1\" cannot be placed below a clause.").arg(moved.key);
    }
    QList<Clause> siblings;
    for (const Clause& c : all) {
        if (c.parentId == newParentId && c.id != clauseId)
            siblings.append(c);
    }
    const int position = std::clamp(newPosition, 0, int(siblings.size()));
    Clause::Kind kind = moved.kind;
    if (newParentId != 0)
        kind = Clause::Kind::SubClause;
    else if (moved.kind == Clause::Kind::SubClause)
        kind = position > 0 && siblings.at(position - 1).kind == Clause::Kind::Appendix ? Clause::Kind::Appendix : Clause::Kind::Article;
    moved.kind = kind;
    if (newParentId == 0) {
        QList<Clause> topLevel = siblings;
        topLevel.insert(position, moved);
        const QString orderError = topLevelOrderError(topLevel);
        if (!orderError.isEmpty())
            return orderError;
    }
    if (!apply)
        return {};
    const qint64 oldParentId = byId.value(clauseId).parentId;
    QList<qint64> order;
    for (const Clause& c : std::as_const(siblings))
        order.append(c.id);
    order.insert(position, clauseId);
    if (oldParentId == newParentId && order == childIds(templateId, newParentId) && kind == byId.value(clauseId).kind)
        return {}; // it is there already
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return m_db.lastError();
    if (!m_db.update(QStringLiteral("clause"), clauseId,
                     {{QStringLiteral("parent_id"), parentValue(newParentId)},
                      {QStringLiteral("position"), position},
                      {QStringLiteral("kind"), Clause::kindCode(kind)}}))
        return m_db.lastError();
    if (oldParentId != newParentId) {
        QList<qint64> left = childIds(templateId, oldParentId);
        left.removeAll(clauseId);
        if (!renumber(left))
            return m_error;
    }
    if (!renumber(order))
        return m_error;
    if (!transaction.commit())
        return m_db.lastError();
    return {};
}

bool TemplateRepository::saveClauseProperties(const Clause& c)
{
    m_error.clear();
    const auto stored = clause(c.id);
    if (!stored)
        return fail(tr("There is no clause %1.").arg(c.id));
    if (!isValidKey(c.key))
        return fail(tr("\"%1\" is not a valid clause key: use letters, digits, \"-\" and \"_\".").arg(c.key));
    if (c.key != stored->key && uniqueKey(stored->templateId, c.key) != c.key)
        return fail(tr("The template already has a clause with the key \"%1\".").arg(c.key));
    if (stored->parentId != 0 && c.kind != Clause::Kind::SubClause)
        return fail(tr("A clause below another clause is a sub-clause; move it to the top level to make it an article or an appendix."));
    if (stored->parentId == 0) {
        if (c.kind == Clause::Kind::SubClause)
            return fail(tr("A clause at the top level is an article or an appendix."));
        QList<Clause> topLevel;
        for (const Clause& other : clauses(stored->templateId)) {
            if (other.parentId != 0)
                continue;
            topLevel.append(other);
            if (other.id == c.id)
                topLevel.last().kind = c.kind;
        }
        const QString orderError = topLevelOrderError(topLevel);
        if (!orderError.isEmpty())
            return fail(orderError);
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(m_db.lastError());
    if (!m_db.update(QStringLiteral("clause"), c.id,
                     {{QStringLiteral("key"), c.key},
                      {QStringLiteral("kind"), Clause::kindCode(c.kind)},
                      {QStringLiteral("optional"), c.optional ? 1 : 0},
                      {QStringLiteral("condition"), c.condition}}))
        return fail(m_db.lastError());
    if (c.key != stored->key) {
        // The agreements' choices follow the clause to its new key.
        const auto agreements = m_db.rows(QStringLiteral("SELECT agreement_id FROM agreement_option o JOIN agreement a ON a.id = o.agreement_id "
                                                         "WHERE a.template_id = ? AND o.clause_key = ?"),
                                          {stored->templateId, stored->key});
        for (const QVariantList& row : agreements) {
            const qint64 agreementId = row.constFirst().toLongLong();
            m_db.run(QStringLiteral("UPDATE agreement_option SET clause_key = ? WHERE agreement_id = ? AND clause_key = ?"),
                     {c.key, agreementId, stored->key});
            if (m_db.hasError() || !m_db.audit(QStringLiteral("agreement"), agreementId, QStringLiteral("option_key"), stored->key, c.key))
                return fail(m_db.lastError());
        }
    }
    if (!transaction.commit())
        return fail(m_db.lastError());
    return true;
}
