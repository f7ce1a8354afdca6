// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * A term base: for each source term the approved translations per language and the
 * translations that must not be used. Matching ignores case and accepts inflected forms
 * (plurals): "controllers" matches "controller", "verwerkers" matches "verwerker", "titolari"
 * matches "titolare".
 */
class Glossary
{
public:
    struct Term
    {
        QString source; ///< "controller"
        QHash<QString, QStringList> approved; ///< "nl" -> {"verwerkingsverantwoordelijke"}
        QHash<QString, QStringList> forbidden; ///< "fr" -> {"contrôleur"}
        QString note;

        bool operator==(const Term&) const = default;
    };

    /** A match of a term in a text. */
    struct Match
    {
        qsizetype offset = 0;
        qsizetype length = 0;
    };

    QString sourceLanguage() const { return m_sourceLanguage; }
    void setSourceLanguage(const QString& language) { m_sourceLanguage = language; }
    const QList<Term>& terms() const { return m_terms; }
    void addTerm(const Term& term);
    void setTerms(const QList<Term>& terms) { m_terms = terms; }
    bool isEmpty() const { return m_terms.isEmpty(); }

    /** Reads the "registro-glossary" JSON format; on failure returns false and sets @p error. */
    bool fromJson(const QJsonObject& root, QString* error);
    QJsonObject toJson() const;
    /** Loads a glossary file (also ":/registro/glossary/gdpr-glossary.json"). */
    static Glossary load(const QString& path, QString* error);
    /** The starter glossary shipped with Registro. */
    static Glossary builtIn();

    /** How loosely a term matches a word of the text. */
    enum class Matching {
        Plural, ///< the term plus at most three letters: a forbidden "verantwoordelijke" does not match "verantwoordelijk"
        Inflected, ///< the term's stem (without final vowels) plus at most three letters: "titolare" matches "titolari"
        Compound, ///< as Inflected, or inside a compound word: "verwerking" in "verwerkingsactiviteiten" (Dutch)
    };

    /** A text split into lower-case words once, for looking up many terms in it. */
    struct Words
    {
        QStringList words;
        QList<Match> positions;
    };
    static Words split(const QString& text);

    /** Where @p term occurs in @p text, ignoring case. */
    static QList<Match> find(const QString& text, const QString& term, Matching matching = Matching::Inflected);
    static QList<Match> find(const Words& text, const QString& term, Matching matching = Matching::Inflected);

private:
    QString m_sourceLanguage = QStringLiteral("en");
    QList<Term> m_terms;
};
