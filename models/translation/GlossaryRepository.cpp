// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/GlossaryRepository.h"

#include "core/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("GlossaryRepository", text);
}

const QString TermTable = QStringLiteral("glossary_term");
const QString TargetTable = QStringLiteral("glossary_target");

bool isLanguageCode(const QString& code)
{
    return code.size() == 2 && code.at(0).isLower() && code.at(1).isLower() && code.at(0).isLetter()
        && code.at(1).isLetter();
}

// Trimmed, without empty or repeated texts (ignoring case), in their order.
QStringList cleaned(const QStringList& texts)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString& text : texts) {
        const QString trimmed = text.simplified();
        if (trimmed.isEmpty() || seen.contains(trimmed.toCaseFolded()))
            continue;
        seen.insert(trimmed.toCaseFolded());
        result.append(trimmed);
    }
    return result;
}

bool cleanLists(QHash<QString, QStringList>& lists, const QString& source, QString* error)
{
    QHash<QString, QStringList> result;
    for (auto it = lists.cbegin(); it != lists.cend(); ++it) {
        const QString language = it.key().trimmed().toLower();
        if (!isLanguageCode(language)) {
            if (error)
                *error = tr("The term \"%1\" has translations for \"%2\", which is not a two-letter language code such as nl, it or fr.")
                             .arg(source, it.key());
            return false;
        }
        const QStringList texts = cleaned(result.value(language) + it.value());
        if (!texts.isEmpty())
            result.insert(language, texts);
    }
    lists = result;
    return true;
}

QStringList sortedLanguages(const Glossary::Term& term)
{
    QStringList languages = term.approved.keys() + term.forbidden.keys();
    std::sort(languages.begin(), languages.end());
    languages.erase(std::unique(languages.begin(), languages.end()), languages.end());
    return languages;
}

} // namespace

GlossaryRepository::GlossaryRepository(Database& db)
    : m_db(db)
{
}

bool GlossaryRepository::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool GlossaryRepository::normalize(Glossary::Term& term, QString* error)
{
    term.source = term.source.simplified();
    term.note = term.note.trimmed();
    if (term.source.isEmpty()) {
        if (error)
            *error = tr("A glossary term needs a source term.");
        return false;
    }
    if (!cleanLists(term.approved, term.source, error) || !cleanLists(term.forbidden, term.source, error))
        return false;
    for (auto it = term.forbidden.cbegin(); it != term.forbidden.cend(); ++it) {
        for (const QString& text : it.value()) {
            const QStringList approved = term.approved.value(it.key());
            if (approved.contains(text, Qt::CaseInsensitive)) {
                if (error)
                    *error = tr("\"%1\" cannot be both approved and forbidden for \"%2\" in %3.")
                                 .arg(text, term.source, it.key());
                return false;
            }
        }
    }
    return true;
}

bool GlossaryRepository::isUntouched()
{
    return !m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM glossary_term)")).toBool()
        && !m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM audit_log WHERE table_name = ?)"), {TermTable}).toBool();
}

Glossary GlossaryRepository::load()
{
    if (isUntouched())
        return Glossary::builtIn();
    Glossary glossary;
    glossary.setTerms(storedTerms());
    return glossary;
}

QList<Glossary::Term> GlossaryRepository::storedTerms()
{
    QList<Glossary::Term> terms;
    QHash<qint64, qsizetype> indexById;
    for (const QVariantList& row :
         m_db.rows(QStringLiteral("SELECT id, source, note FROM glossary_term ORDER BY position, id"))) {
        Glossary::Term term;
        term.source = row.at(1).toString();
        term.note = row.at(2).toString();
        indexById.insert(row.at(0).toLongLong(), terms.size());
        terms.append(term);
    }
    for (const QVariantList& row : m_db.rows(QStringLiteral(
             "SELECT term_id, language, text, forbidden FROM glossary_target ORDER BY term_id, language, position, id"))) {
        const auto index = indexById.constFind(row.at(0).toLongLong());
        if (index == indexById.constEnd())
            continue;
        Glossary::Term& term = terms[*index];
        (row.at(3).toInt() != 0 ? term.forbidden : term.approved)[row.at(1).toString()].append(row.at(2).toString());
    }
    return terms;
}

std::optional<qint64> GlossaryRepository::idOf(const QString& source)
{
    const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM glossary_term WHERE source = ? COLLATE NOCASE"),
                                    {source.simplified()});
    if (!id.isValid() || id.isNull())
        return std::nullopt;
    return id.toLongLong();
}

std::optional<Glossary::Term> GlossaryRepository::term(const QString& source)
{
    const int index = indexOf(source);
    if (index < 0)
        return std::nullopt;
    return storedTerms().at(index);
}

int GlossaryRepository::indexOf(const QString& source)
{
    const auto id = idOf(source);
    if (!id)
        return -1;
    const auto ids = m_db.rows(QStringLiteral("SELECT id FROM glossary_term ORDER BY position, id"));
    for (int i = 0; i < ids.size(); ++i) {
        if (ids.at(i).constFirst().toLongLong() == *id)
            return i;
    }
    return -1;
}

bool GlossaryRepository::writeTargets(qint64 termId, const Glossary::Term& term)
{
    for (const QVariantList& row : m_db.rows(QStringLiteral("SELECT id FROM glossary_target WHERE term_id = ?"), {termId})) {
        if (!m_db.remove(TargetTable, row.constFirst().toLongLong()))
            return fail(m_db.lastError());
    }
    for (const QString& language : sortedLanguages(term)) {
        for (const bool forbidden : {false, true}) {
            const QStringList texts = (forbidden ? term.forbidden : term.approved).value(language);
            for (int position = 0; position < texts.size(); ++position) {
                const QVariantMap values{{QStringLiteral("term_id"), termId},
                                         {QStringLiteral("language"), language},
                                         {QStringLiteral("text"), texts.at(position)},
                                         {QStringLiteral("forbidden"), forbidden ? 1 : 0},
                                         {QStringLiteral("position"), position}};
                if (!m_db.insert(TargetTable, values))
                    return fail(m_db.lastError());
            }
        }
    }
    return true;
}

bool GlossaryRepository::insertTerm(const Glossary::Term& term, int position)
{
    const auto id = m_db.insert(TermTable, {{QStringLiteral("source"), term.source},
                                            {QStringLiteral("note"), term.note},
                                            {QStringLiteral("position"), position}});
    if (!id)
        return fail(m_db.lastError());
    return writeTargets(*id, term);
}

bool GlossaryRepository::addTerm(const Glossary::Term& original, int index)
{
    m_error.clear();
    Glossary::Term term = original;
    QString error;
    if (!normalize(term, &error))
        return fail(error);
    if (idOf(term.source))
        return fail(tr("The glossary already has the term \"%1\". Edit that term instead.").arg(term.source));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(m_db.lastError());
    const auto rows = m_db.rows(QStringLiteral("SELECT id, position FROM glossary_term ORDER BY position, id"));
    int position = 0;
    if (index >= 0 && index < rows.size()) {
        position = rows.at(index).at(1).toInt();
        // Make room: the terms from index on move down by one.
        for (qsizetype i = index; i < rows.size(); ++i) {
            if (!m_db.update(TermTable, rows.at(i).at(0).toLongLong(),
                             {{QStringLiteral("position"), rows.at(i).at(1).toInt() + 1}}))
                return fail(m_db.lastError());
        }
    } else if (!rows.isEmpty()) {
        position = rows.constLast().at(1).toInt() + 1;
    }
    if (!insertTerm(term, position))
        return false;
    return transaction.commit() || fail(m_db.lastError());
}

bool GlossaryRepository::updateTerm(const QString& source, const Glossary::Term& original)
{
    m_error.clear();
    Glossary::Term term = original;
    QString error;
    if (!normalize(term, &error))
        return fail(error);
    const auto id = idOf(source);
    if (!id)
        return fail(tr("The glossary has no term \"%1\" (any more).").arg(source));
    const auto other = idOf(term.source);
    if (other && *other != *id)
        return fail(tr("The glossary already has the term \"%1\". Edit that term instead.").arg(term.source));
    const std::optional<Glossary::Term> before = this->term(source);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(m_db.lastError());
    if (!m_db.update(TermTable, *id, {{QStringLiteral("source"), term.source}, {QStringLiteral("note"), term.note}}))
        return fail(m_db.lastError());
    if (!before || before->approved != term.approved || before->forbidden != term.forbidden) {
        if (!writeTargets(*id, term))
            return false;
    }
    return transaction.commit() || fail(m_db.lastError());
}

bool GlossaryRepository::removeTerm(const QString& source)
{
    m_error.clear();
    const auto id = idOf(source);
    if (!id)
        return fail(tr("The glossary has no term \"%1\" (any more).").arg(source));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(m_db.lastError());
    if (!writeTargets(*id, {}))
        return false;
    if (!m_db.remove(TermTable, *id))
        return fail(m_db.lastError());
    return transaction.commit() || fail(m_db.lastError());
}

bool GlossaryRepository::validate(Glossary& glossary, QString* error)
{
    auto refuse = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (glossary.sourceLanguage() != QLatin1String("en"))
        return refuse(tr("The glossary's source terms are in \"%1\"; the workspace glossary has English (en) source terms.")
                          .arg(glossary.sourceLanguage()));
    QList<Glossary::Term> terms = glossary.terms();
    QSet<QString> sources;
    for (Glossary::Term& term : terms) {
        if (!normalize(term, error))
            return false;
        const QString key = term.source.toCaseFolded();
        if (sources.contains(key))
            return refuse(tr("The term \"%1\" occurs more than once in the glossary.").arg(term.source));
        sources.insert(key);
    }
    glossary.setTerms(terms);
    return true;
}

bool GlossaryRepository::parse(const QByteArray& json, Glossary* glossary, QString* error)
{
    auto refuse = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(tr("The file is not valid JSON: %1 (at character %2).").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return refuse(tr("This is not a Registro glossary (the file does not hold a JSON object)."));
    Glossary parsed;
    if (!parsed.fromJson(document.object(), error))
        return false;
    if (parsed.isEmpty())
        return refuse(tr("The glossary has no terms."));
    if (!validate(parsed, error))
        return false;
    *glossary = parsed;
    return true;
}

bool GlossaryRepository::replace(const Glossary& original)
{
    m_error.clear();
    Glossary glossary = original;
    QString error;
    if (!validate(glossary, &error))
        return fail(error);
    const QList<Glossary::Term>& terms = glossary.terms();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(m_db.lastError());
    for (const QVariantList& row : m_db.rows(QStringLiteral("SELECT id FROM glossary_term"))) {
        const qint64 id = row.constFirst().toLongLong();
        if (!writeTargets(id, {}))
            return false;
        if (!m_db.remove(TermTable, id))
            return fail(m_db.lastError());
    }
    for (int i = 0; i < terms.size(); ++i) {
        if (!insertTerm(terms.at(i), i))
            return false;
    }
    return transaction.commit() || fail(m_db.lastError());
}

bool GlossaryRepository::seedStarterSet()
{
    m_error.clear();
    if (!isUntouched())
        return true;
    return replace(Glossary::builtIn());
}

bool GlossaryRepository::importJson(const QByteArray& json)
{
    m_error.clear();
    Glossary glossary;
    QString error;
    if (!parse(json, &glossary, &error))
        return fail(error);
    return replace(glossary);
}

bool GlossaryRepository::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (!importJson(file.readAll()))
        return fail(tr("%1 is refused: %2 The glossary was not changed.").arg(path, m_error));
    return true;
}

QByteArray GlossaryRepository::exportJson()
{
    return QJsonDocument(load().toJson()).toJson(QJsonDocument::Indented);
}

bool GlossaryRepository::exportFile(const QString& path)
{
    m_error.clear();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportJson()) < 0 || !file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}
