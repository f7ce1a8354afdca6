// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/Glossary.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Glossary", text);
}

struct Word
{
    QString text; // lower case
    qsizetype offset;
    qsizetype length;
};

// Words are letters, digits and inner hyphens ("sub-processor" is one word); apostrophes split
// ("l'autorité" gives "l" and "autorité").
QList<Word> splitWords(const QString& text)
{
    QList<Word> result;
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c.isMark(); };
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && (isWordChar(text.at(j))
                         || (text.at(j) == QLatin1Char('-') && j + 1 < n && isWordChar(text.at(j + 1)))))
            ++j;
        result.append({text.mid(i, j - i).toLower(), i, j - i});
        i = j;
    }
    return result;
}

// The stem of a term word: without a final vowel or "s", so that plurals and Italian or French
// inflection still start with it ("titolare" -> "titolar" matches "titolari").
QString stem(const QString& word)
{
    static const QString endings = QStringLiteral("aeiouéès");
    QString result = word;
    while (result.size() > 4 && endings.contains(result.back()))
        result.chop(1);
    return result;
}

struct TermWord
{
    QString word;
    QString stem;
};

bool wordMatches(const QString& textWord, const TermWord& term, Glossary::Matching matching)
{
    constexpr qsizetype maximumEnding = 3;
    if (textWord == term.word)
        return true;
    const QString& termStem = matching == Glossary::Matching::Plural ? term.word : term.stem;
    if (matching == Glossary::Matching::Compound)
        return textWord.contains(termStem);
    return textWord.size() - termStem.size() <= maximumEnding && textWord.startsWith(termStem);
}

// The "approved" or "forbidden" lists of a term: language code -> a string or an array of strings.
bool languageLists(const QJsonValue& value, QHash<QString, QStringList>* result)
{
    result->clear();
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        QStringList list;
        if (it.value().isString()) {
            list.append(it.value().toString());
        } else if (it.value().isArray()) {
            for (const QJsonValue& text : it.value().toArray()) {
                if (!text.isString())
                    return false;
                list.append(text.toString());
            }
        } else {
            return false;
        }
        list.removeAll(QString());
        if (!list.isEmpty())
            result->insert(it.key(), list);
    }
    return true;
}

QJsonObject languageListsToJson(const QHash<QString, QStringList>& lists)
{
    QJsonObject object;
    for (auto it = lists.begin(); it != lists.end(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return object;
}

} // namespace

void Glossary::addTerm(const Term& term)
{
    m_terms.append(term);
}

bool Glossary::fromJson(const QJsonObject& root, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("registro-glossary"))
        return fail(tr("This is not a Registro glossary (the \"format\" is not \"registro-glossary\")."));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return fail(tr("This glossary has version %1; this version of Registro reads version 1.")
                        .arg(root.value(QStringLiteral("version")).toInt()));
    QList<Term> terms;
    const QJsonValue termsValue = root.value(QStringLiteral("terms"));
    if (!termsValue.isUndefined() && !termsValue.isArray())
        return fail(tr("The \"terms\" of the glossary are not a list."));
    const QJsonArray array = termsValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return fail(tr("Term %1 of the glossary is not an object with a \"source\".").arg(i + 1));
        const QJsonObject object = array.at(i).toObject();
        Term term;
        term.source = object.value(QStringLiteral("source")).toString().trimmed();
        if (term.source.isEmpty())
            return fail(tr("Term %1 of the glossary has no source term.").arg(i + 1));
        if (!languageLists(object.value(QStringLiteral("approved")), &term.approved)
            || !languageLists(object.value(QStringLiteral("forbidden")), &term.forbidden))
            return fail(tr("The translations of the term \"%1\" are not lists of texts per language.").arg(term.source));
        term.note = object.value(QStringLiteral("note")).toString();
        terms.append(term);
    }
    m_sourceLanguage = root.value(QStringLiteral("source_language")).toString(QStringLiteral("en"));
    m_terms = terms;
    return true;
}

QJsonObject Glossary::toJson() const
{
    QJsonArray terms;
    for (const Term& term : m_terms) {
        QJsonObject object{{QStringLiteral("source"), term.source},
                           {QStringLiteral("approved"), languageListsToJson(term.approved)}};
        if (!term.forbidden.isEmpty())
            object.insert(QStringLiteral("forbidden"), languageListsToJson(term.forbidden));
        if (!term.note.isEmpty())
            object.insert(QStringLiteral("note"), term.note);
        terms.append(object);
    }
    return {{QStringLiteral("format"), QStringLiteral("registro-glossary")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("source_language"), m_sourceLanguage},
            {QStringLiteral("terms"), terms}};
}

Glossary Glossary::load(const QString& path, QString* error)
{
    Glossary glossary;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the glossary %1: %2").arg(path, file.errorString());
        return glossary;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("The glossary %1 is not valid JSON: %2 (at character %3).")
                         .arg(path, parseError.errorString())
                         .arg(parseError.offset);
        return glossary;
    }
    QString message;
    if (!glossary.fromJson(document.object(), &message) && error)
        *error = tr("%1: %2").arg(path, message);
    return glossary;
}

Glossary Glossary::builtIn()
{
    static const Glossary glossary = [] {
        QString error;
        Glossary loaded = load(QStringLiteral(":/registro/glossary/gdpr-glossary.json"), &error);
        if (!error.isEmpty())
            qWarning("%s", qUtf8Printable(error));
        return loaded;
    }();
    return glossary;
}

Glossary::Words Glossary::split(const QString& text)
{
    Words result;
    for (const Word& word : splitWords(text)) {
        result.words.append(word.text);
        result.positions.append({word.offset, word.length});
    }
    return result;
}

QList<Glossary::Match> Glossary::find(const QString& text, const QString& term, Matching matching)
{
    return find(split(text), term, matching);
}

QList<Glossary::Match> Glossary::find(const Words& text, const QString& term, Matching matching)
{
    QList<Match> matches;
    // Terms are few and short; their split forms are cached.
    static thread_local QHash<QString, QList<TermWord>> termWordsCache;
    auto cached = termWordsCache.constFind(term);
    if (cached == termWordsCache.constEnd()) {
        QList<TermWord> split;
        for (const Word& word : splitWords(term))
            split.append({word.text, stem(word.text)});
        cached = termWordsCache.insert(term, split);
    }
    const QList<TermWord>& termWords = cached.value();
    if (termWords.isEmpty())
        return matches;
    const QStringList& words = text.words;
    for (qsizetype i = 0; i + termWords.size() <= words.size(); ++i) {
        bool all = true;
        for (qsizetype k = 0; k < termWords.size() && all; ++k)
            all = wordMatches(words.at(i + k), termWords.at(k), matching);
        if (all) {
            const Match& first = text.positions.at(i);
            const Match& last = text.positions.at(i + termWords.size() - 1);
            matches.append({first.offset, last.offset + last.length - first.offset});
            i += termWords.size() - 1;
        }
    }
    return matches;
}
