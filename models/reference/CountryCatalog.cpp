// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "reference/CountryCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CountryCatalog", text);
}

int languageIndex(const QString& language)
{
    if (language == QLatin1String("nl"))
        return 1;
    if (language == QLatin1String("it"))
        return 2;
    if (language == QLatin1String("fr"))
        return 3;
    return 0;
}

} // namespace

const CountryCatalog& CountryCatalog::instance()
{
    static const CountryCatalog catalog = [] {
        QFile file(QStringLiteral(":/registro/reference/countries.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("CountryCatalog: the country list is missing from the resources");
            return CountryCatalog();
        }
        QString error;
        CountryCatalog loaded = fromJson(file.readAll(), &error);
        if (loaded.isEmpty())
            qWarning("CountryCatalog: %s", qPrintable(error));
        return loaded;
    }();
    return catalog;
}

CountryCatalog CountryCatalog::fromJson(const QByteArray& json, QString* error)
{
    CountryCatalog catalog;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return catalog;
    }
    const QJsonObject root = document.object();
    catalog.m_adequacyAsOf = QDate::fromString(root.value(QLatin1String("adequacy_as_of")).toString(), Qt::ISODate);
    const QJsonArray countries = root.value(QLatin1String("countries")).toArray();
    static const char* languages[] = {"en", "nl", "it", "fr"};
    for (const QJsonValue& value : countries) {
        const QJsonObject object = value.toObject();
        const QString code = object.value(QLatin1String("code")).toString();
        if (code.size() != 2)
            continue;
        Country country;
        const QJsonObject names = object.value(QLatin1String("names")).toObject();
        for (int i = 0; i < 4; ++i)
            country.names[i] = names.value(QLatin1String(languages[i])).toString(code);
        country.eu = object.value(QLatin1String("eu")).toBool();
        country.eea = object.value(QLatin1String("eea")).toBool();
        const QJsonObject adequacy = object.value(QLatin1String("adequacy")).toObject();
        country.adequacyDecision = adequacy.value(QLatin1String("decision")).toString();
        country.adequacyScope = adequacy.value(QLatin1String("scope")).toString();
        catalog.m_countries.insert(code, country);
        catalog.m_codes.append(code);
    }
    if (catalog.m_countries.isEmpty() && error)
        *error = tr("The country list has no countries.");
    return catalog;
}

QString CountryCatalog::name(const QString& code, const QString& language) const
{
    const auto it = m_countries.constFind(code.toUpper());
    if (it == m_countries.cend())
        return code;
    return it->names[languageIndex(language)];
}

bool CountryCatalog::isEea(const QString& code) const
{
    const auto it = m_countries.constFind(code.toUpper());
    return it != m_countries.cend() && it->eea;
}

bool CountryCatalog::isEu(const QString& code) const
{
    const auto it = m_countries.constFind(code.toUpper());
    return it != m_countries.cend() && it->eu;
}

CountryCatalog::Regime CountryCatalog::regime(const QString& code) const
{
    const auto it = m_countries.constFind(code.toUpper());
    if (it == m_countries.cend())
        return Regime::Unknown;
    if (it->eea)
        return Regime::Eea;
    if (it->adequacyDecision.isEmpty())
        return Regime::ThirdCountry;
    return it->adequacyScope == QLatin1String("full") ? Regime::Adequacy : Regime::PartialAdequacy;
}

QString CountryCatalog::adequacyDecision(const QString& code) const
{
    return m_countries.value(code.toUpper()).adequacyDecision;
}

QString CountryCatalog::adequacyScope(const QString& code) const
{
    return m_countries.value(code.toUpper()).adequacyScope;
}

bool CountryCatalog::needsSafeguard(const QString& code) const
{
    const Regime r = regime(code);
    return r != Regime::Eea && r != Regime::Adequacy;
}

bool CountryCatalog::isSafeguardSufficient(const QString& code, TransferSafeguard safeguard, QString* reason) const
{
    auto explain = [reason](const QString& text) {
        if (reason)
            *reason = text;
        return false;
    };
    const QString country = name(code);
    switch (regime(code)) {
    case Regime::Unknown:
        return explain(tr("\"%1\" is not an ISO 3166 country code; choose the country from the list.").arg(code));
    case Regime::Eea:
        return true;
    case Regime::Adequacy:
        if (safeguard == TransferSafeguard::NotRequired)
            return explain(tr("%1 is outside the EEA: record the adequacy decision (%2) as the safeguard.")
                               .arg(country, adequacyDecision(code)));
        return safeguard != TransferSafeguard::None
            || explain(tr("%1 has an adequacy decision (%2): record it as the safeguard.").arg(country, adequacyDecision(code)));
    case Regime::PartialAdequacy:
        if (safeguard == TransferSafeguard::Adequacy || safeguard == TransferSafeguard::DataPrivacyFramework) {
            if (safeguard == TransferSafeguard::DataPrivacyFramework && code.toUpper() != QLatin1String("US"))
                return explain(tr("The EU-US Data Privacy Framework covers only recipients in the United States; "
                                  "choose the safeguard that applies in %1.")
                                   .arg(country));
            return true;
        }
        [[fallthrough]];
    case Regime::ThirdCountry:
        switch (safeguard) {
        case TransferSafeguard::StandardContractualClauses:
        case TransferSafeguard::BindingCorporateRules:
        case TransferSafeguard::Derogation:
            return true;
        case TransferSafeguard::DataPrivacyFramework:
            return explain(tr("The EU-US Data Privacy Framework covers only recipients in the United States; "
                              "choose the safeguard that applies in %1.")
                               .arg(country));
        case TransferSafeguard::NotRequired:
            return explain(tr("%1 is outside the EEA and has no adequacy decision: \"not required\" is wrong here. "
                              "Record the SCCs, BCRs or Art. 49 derogation that covers the transfer.")
                               .arg(country));
        case TransferSafeguard::Adequacy:
            return explain(tr("%1 has no adequacy decision covering this recipient. Record the SCCs, BCRs or "
                              "Art. 49 derogation that covers the transfer.")
                               .arg(country));
        case TransferSafeguard::None:
            return explain(tr("%1 is outside the EEA and has no adequacy decision, and no safeguard is recorded. "
                              "Put SCCs (2021/914) or BCRs in place, or document an Art. 49 derogation.")
                               .arg(country));
        }
    }
    return true;
}

QString CountryCatalog::regimeLabel(const QString& code) const
{
    switch (regime(code)) {
    case Regime::Unknown:
        return tr("Unknown");
    case Regime::Eea:
        return tr("EEA");
    case Regime::Adequacy:
        return tr("Adequacy decision");
    case Regime::PartialAdequacy:
        return tr("Partial adequacy");
    case Regime::ThirdCountry:
        return tr("Needs a safeguard");
    }
    return {};
}
