// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "domain/Vocabulary.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

/**
 * ISO 3166-1 countries with their names in EN, NL, IT and FR, EEA membership and the EU
 * adequacy decisions in force on adequacyAsOf(). Loaded once from the application's resources.
 */
class CountryCatalog
{
public:
    /** Where a destination stands under GDPR Chapter V. */
    enum class Regime {
        Unknown, ///< not an ISO 3166-1 code
        Eea, ///< no transfer in the Chapter V sense
        Adequacy, ///< an adequacy decision covers every recipient there
        PartialAdequacy, ///< an adequacy decision covers some recipients only (US: DPF, CA, JP)
        ThirdCountry ///< a safeguard or derogation is needed
    };

    /** The catalogue shipped with the application. */
    static const CountryCatalog& instance();
    /** Loads a catalogue from JSON; @p error says why when it is empty. */
    static CountryCatalog fromJson(const QByteArray& json, QString* error = nullptr);

    bool isEmpty() const { return m_countries.isEmpty(); }
    QStringList codes() const { return m_codes; }
    bool isKnown(const QString& code) const { return m_countries.contains(code.toUpper()); }
    /** The country's name in @p language (en, nl, it, fr); the code itself when unknown. */
    QString name(const QString& code, const QString& language = QStringLiteral("en")) const;
    bool isEea(const QString& code) const;
    bool isEu(const QString& code) const;
    Regime regime(const QString& code) const;
    QString adequacyDecision(const QString& code) const;
    QString adequacyScope(const QString& code) const;
    QDate adequacyAsOf() const { return m_adequacyAsOf; }

    /** Whether sending data to @p code needs a Chapter V safeguard at all. */
    bool needsSafeguard(const QString& code) const;
    /**
     * Whether @p safeguard makes a transfer to @p code lawful; @p reason gets a translated
     * sentence that says what is wrong and what to do.
     */
    bool isSafeguardSufficient(const QString& code, TransferSafeguard safeguard, QString* reason = nullptr) const;
    /** A translated one-line summary for pickers: "EEA", "Adequacy", "Needs a safeguard". */
    QString regimeLabel(const QString& code) const;

private:
    struct Country
    {
        QString names[4];
        bool eu = false;
        bool eea = false;
        QString adequacyDecision;
        QString adequacyScope;
    };
    QHash<QString, Country> m_countries;
    QStringList m_codes;
    QDate m_adequacyAsOf;
};
