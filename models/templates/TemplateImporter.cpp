// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/TemplateImporter.h"

#include "core/Database.h"
#include "templates/TemplateRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TemplateImporter", text);
}

bool setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// Checks a clause array recursively; keys must be unique within the template.
bool validateClauses(const QJsonValue& value, const QStringList& languages, QSet<QString>& keys, bool topLevel,
                     QString* error)
{
    if (!value.isArray())
        return setError(error, tr("\"clauses\"/\"children\" must be a list."));
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isObject())
            return setError(error, tr("Every clause must be an object."));
        const QJsonObject c = item.toObject();
        const QString key = c.value(QLatin1String("key")).toString();
        if (key.trimmed().isEmpty())
            return setError(error, tr("A clause has no \"key\"."));
        if (keys.contains(key))
            return setError(error, tr("The clause key \"%1\" is used twice.").arg(key));
        keys.insert(key);
        bool ok = false;
        const Clause::Kind kind = Clause::kindFromCode(c.value(QLatin1String("kind")).toString(), &ok);
        if (!ok)
            return setError(error, tr("Clause \"%1\": unknown kind \"%2\" (article, clause or appendix).")
                                       .arg(key, c.value(QLatin1String("kind")).toString()));
        if (!topLevel && kind != Clause::Kind::SubClause)
            return setError(error, tr("Clause \"%1\": only sub-clauses (kind \"clause\") can be nested.").arg(key));
        if (!c.value(QLatin1String("text")).isObject())
            return setError(error, tr("Clause \"%1\" has no \"text\" object.").arg(key));
        const QJsonObject text = c.value(QLatin1String("text")).toObject();
        const QJsonObject title = c.value(QLatin1String("title")).toObject();
        for (const QString& language : languages) {
            if (!text.value(language).isString())
                return setError(error, tr("Clause \"%1\" has no text in \"%2\".").arg(key, language));
            if (!title.value(language).isString())
                return setError(error, tr("Clause \"%1\" has no title in \"%2\".").arg(key, language));
        }
        if (c.contains(QLatin1String("children"))
            && !validateClauses(c.value(QLatin1String("children")), languages, keys, false, error))
            return false;
    }
    return true;
}

bool storeClauses(TemplateRepository& repository, qint64 templateId, qint64 parentId, const QJsonArray& array,
                  const QStringList& languages, QString* error)
{
    int position = 0;
    for (const QJsonValue& item : array) {
        const QJsonObject o = item.toObject();
        Clause c;
        c.templateId = templateId;
        c.parentId = parentId;
        c.position = position++;
        c.key = o.value(QLatin1String("key")).toString();
        c.kind = Clause::kindFromCode(o.value(QLatin1String("kind")).toString());
        c.optional = o.value(QLatin1String("optional")).toBool();
        c.condition = o.value(QLatin1String("condition")).toString().trimmed();
        if (!repository.saveClause(c))
            return setError(error, repository.errorString());
        const QJsonObject text = o.value(QLatin1String("text")).toObject();
        const QJsonObject title = o.value(QLatin1String("title")).toObject();
        for (const QString& language : languages) {
            if (!repository.saveClauseText(c.id, language, title.value(language).toString(), text.value(language).toString()))
                return setError(error, repository.errorString());
        }
        if (!storeClauses(repository, templateId, c.id, o.value(QLatin1String("children")).toArray(), languages, error))
            return false;
    }
    return true;
}

} // namespace

QByteArray TemplateImporter::sampleJson()
{
    QFile file(QStringLiteral(":/registro/templates/sample-dpa.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

qint64 TemplateImporter::importSample(Database& db, QString* error)
{
    const QByteArray json = sampleJson();
    if (json.isEmpty()) {
        setError(error, tr("The sample template is missing from this build."));
        return 0;
    }
    return importJson(db, json, error);
}

qint64 TemplateImporter::importFile(Database& db, const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return 0;
    }
    return importJson(db, file.readAll(), error);
}

qint64 TemplateImporter::importJson(Database& db, const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        setError(error, tr("The template file is not valid JSON: %1").arg(parseError.errorString()));
        return 0;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("registro-template")) {
        setError(error, tr("This is not a Registro template file."));
        return 0;
    }
    if (root.value(QLatin1String("version")).toInt() != 1) {
        setError(error, tr("This template file has a format version this Registro cannot read."));
        return 0;
    }
    DpaTemplate t;
    t.name = root.value(QLatin1String("name")).toString();
    t.version = root.value(QLatin1String("template_version")).toString(QStringLiteral("1.0"));
    t.sourceLanguage = root.value(QLatin1String("source_language")).toString(QStringLiteral("en"));
    t.languages.clear();
    for (const QJsonValue& v : root.value(QLatin1String("languages")).toArray())
        t.languages.append(v.toString());
    if (t.name.trimmed().isEmpty()) {
        setError(error, tr("The template has no name."));
        return 0;
    }
    if (t.languages.isEmpty() || !t.languages.contains(t.sourceLanguage)) {
        setError(error, tr("The template's languages must include its source language."));
        return 0;
    }
    const QJsonObject titles = root.value(QLatin1String("title")).toObject();
    for (const QString& language : std::as_const(t.languages))
        t.titles.insert(language, titles.value(language).toString());
    QSet<QString> keys;
    if (!validateClauses(root.value(QLatin1String("clauses")), t.languages, keys, true, error))
        return 0;

    Transaction transaction(db);
    if (!transaction.isActive()) {
        setError(error, db.lastError());
        return 0;
    }
    TemplateRepository repository(db);
    if (!repository.save(t)) {
        setError(error, repository.errorString());
        return 0;
    }
    if (!storeClauses(repository, t.id, 0, root.value(QLatin1String("clauses")).toArray(), t.languages, error))
        return 0;
    if (!transaction.commit()) {
        setError(error, db.lastError());
        return 0;
    }
    return t.id;
}
