// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/TemplateRepository.h"

#include "core/Database.h"
#include "core/SqlValue.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

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

QList<Clause> TemplateRepository::clauses(qint64 templateId)
{
    const auto rows = m_db.records(QStringLiteral("SELECT * FROM clause WHERE template_id = ? ORDER BY position, id"), {templateId});
    QHash<qint64, QList<Clause>> children;
    QHash<qint64, Clause*> byId;
    QList<Clause> all;
    for (const QVariantMap& row : rows)
        all.append(clauseFrom(row));
    const auto texts = m_db.records(QStringLiteral("SELECT t.* FROM clause_text t JOIN clause c ON c.id = t.clause_id "
                                                   "WHERE c.template_id = ?"),
                                    {templateId});
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
