// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/TemplateJsonSegments.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TemplateJsonSegments", text);
}

void collect(const QJsonArray& clauses, const QString& prefix, const QString& sourceLanguage,
             const QString& targetLanguage, QList<ClauseSegment>& segments)
{
    int index = 0;
    for (const QJsonValue& value : clauses) {
        const QJsonObject clause = value.toObject();
        const QString number = prefix + QString::number(++index);
        const QString key = clause.value(QStringLiteral("key")).toString();
        auto add = [&](const QString& id, const QJsonObject& texts) {
            const QString source = texts.value(sourceLanguage).toString();
            if (source.isEmpty())
                return;
            ClauseSegment segment;
            segment.id = id;
            segment.number = number;
            segment.sourceLanguage = sourceLanguage;
            segment.targetLanguage = targetLanguage;
            segment.source = source;
            segment.target = texts.value(targetLanguage).toString();
            segment.state = segment.target.isEmpty() ? ClauseSegment::State::Initial : ClauseSegment::State::Translated;
            segments.append(segment);
        };
        add(key + QStringLiteral(".title"), clause.value(QStringLiteral("title")).toObject());
        add(key, clause.value(QStringLiteral("text")).toObject());
        collect(clause.value(QStringLiteral("children")).toArray(), number + QLatin1Char('.'), sourceLanguage,
                targetLanguage, segments);
    }
}

} // namespace

bool TemplateJsonSegments::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("%1 is not valid JSON: %2 (at character %3).").arg(path, parseError.errorString()).arg(parseError.offset);
        return false;
    }
    return read(document.object(), error);
}

bool TemplateJsonSegments::read(const QJsonObject& root, QString* error)
{
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("registro-template")) {
        if (error)
            *error = tr("This is not a Registro template (the \"format\" is not \"registro-template\").");
        return false;
    }
    if (!root.value(QStringLiteral("clauses")).isArray()) {
        if (error)
            *error = tr("The template has no \"clauses\" list.");
        return false;
    }
    m_root = root;
    m_sourceLanguage = root.value(QStringLiteral("source_language")).toString(QStringLiteral("en"));
    m_languages.clear();
    for (const QJsonValue& language : root.value(QStringLiteral("languages")).toArray())
        m_languages.append(language.toString());
    m_version = root.value(QStringLiteral("template_version")).toString();
    m_name = root.value(QStringLiteral("name")).toString();
    return true;
}

QList<ClauseSegment> TemplateJsonSegments::segments(const QString& targetLanguage) const
{
    QList<ClauseSegment> result;
    collect(m_root.value(QStringLiteral("clauses")).toArray(), QString(), m_sourceLanguage, targetLanguage, result);
    return result;
}
