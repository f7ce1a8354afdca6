#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Registro authors
"""Generates resources/reference/countries.json.

Country codes and names come from Debian's iso-codes package (ISO 3166-1 and its
translations); EEA membership and the EU adequacy decisions are ours, kept in this script with
the date of the list. Run inside the build environment:
    packaging/dev exec -- python3 packaging/tools/generate-countries.py
"""
import gettext
import json
import pathlib

ISO = pathlib.Path("/usr/share/iso-codes/json/iso_3166-1.json")
LOCALES = "/usr/share/locale"
OUT = pathlib.Path(__file__).resolve().parents[2] / "resources/reference/countries.json"

EU = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
EEA_EXTRA = "IS LI NO".split()

# Commission adequacy decisions under Art. 45 GDPR (or kept in force by Art. 45(9)).
ADEQUACY_AS_OF = "2025-10-01"
ADEQUACY = {
    "AD": ("Commission Decision 2010/625/EU", "full"),
    "AR": ("Commission Decision 2003/490/EC", "full"),
    "CA": ("Commission Decision 2002/2/EC", "partial: commercial organisations subject to PIPEDA"),
    "CH": ("Commission Decision 2000/518/EC", "full"),
    "FO": ("Commission Decision 2010/146/EU", "full"),
    "GB": ("Commission Implementing Decision (EU) 2021/1772", "full"),
    "GG": ("Commission Decision 2003/821/EC", "full"),
    "IL": ("Commission Decision 2011/61/EU", "full"),
    "IM": ("Commission Decision 2004/411/EC", "full"),
    "JE": ("Commission Decision 2008/393/EC", "full"),
    "JP": ("Commission Implementing Decision (EU) 2019/419", "partial: private sector under the APPI"),
    "KR": ("Commission Implementing Decision (EU) 2022/254", "full"),
    "NZ": ("Commission Decision 2013/65/EU", "full"),
    "US": ("Commission Implementing Decision (EU) 2023/1795", "partial: organisations certified under the EU-US Data Privacy Framework"),
    "UY": ("Commission Decision 2012/484/EU", "full"),
}


def main():
    entries = json.loads(ISO.read_text(encoding="utf-8"))["3166-1"]
    translators = {
        lang: gettext.translation("iso_3166-1", LOCALES, languages=[lang], fallback=True)
        for lang in ("nl", "it", "fr")
    }
    countries = []
    for entry in sorted(entries, key=lambda e: e["alpha_2"]):
        code = entry["alpha_2"]
        english = entry.get("common_name", entry["name"])
        names = {"en": english}
        for lang, tr in translators.items():
            names[lang] = tr.gettext(entry["name"]) if "common_name" not in entry else tr.gettext(entry["common_name"])
            if names[lang] == english and "common_name" in entry:
                names[lang] = tr.gettext(entry["name"])
        item = {"code": code, "names": names, "eu": code in EU, "eea": code in EU or code in EEA_EXTRA}
        if code in ADEQUACY:
            decision, scope = ADEQUACY[code]
            item["adequacy"] = {"decision": decision, "scope": scope}
        countries.append(item)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "source": "ISO 3166-1 via Debian iso-codes; EEA and adequacy: Registro",
        "adequacy_as_of": ADEQUACY_AS_OF,
        "countries": countries,
    }
    OUT.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(countries)} countries written to {OUT}")


if __name__ == "__main__":
    main()
