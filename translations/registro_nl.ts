<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Registro</source>
        <translation>Over Registro</translation>
    </message>
    <message>
        <source>Registro %1</source>
        <translation>Registro %1</translation>
    </message>
    <message>
        <source>Keeps the GDPR register of processing activities, sub-processors and data processing agreements.</source>
        <translation>Houdt het AVG-register van verwerkingsactiviteiten, subverwerkers en verwerkersovereenkomsten bij.</translation>
    </message>
    <message>
        <source>Copyright 2026 The Registro authors. Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). There is no warranty.</source>
        <translation>Copyright 2026 de auteurs van Registro. Uitgegeven onder de GNU General Public License, versie 3 of later (GPL-3.0-or-later). Er is geen garantie.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Gebouwd met:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (gebouwd met %2)</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>Give the activity a name: the register identifies each activity by its name.</source>
        <translation>Geef de activiteit een naam: het register herkent elke activiteit aan haar naam.</translation>
    </message>
    <message>
        <source>Another activity is already called &quot;%1&quot;. Choose a name that tells them apart.</source>
        <translation>Er is al een andere activiteit met de naam &quot;%1&quot;. Kies een naam die ze onderscheidt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a legal basis of Art. 6, 9(2) or 10 GDPR.</source>
        <translation>&quot;%1&quot; is geen grondslag uit art. 6, 9, lid 2, of 10 AVG.</translation>
    </message>
    <message>
        <source>The next review (%1) cannot come before the last review (%2).</source>
        <translation>De volgende beoordeling (%1) kan niet vóór de laatste beoordeling (%2) liggen.</translation>
    </message>
    <message>
        <source>Every transfer needs its destination country.</source>
        <translation>Elke doorgifte heeft een land van bestemming nodig.</translation>
    </message>
    <message>
        <source>SCC modules are numbered 1 to 4.</source>
        <translation>SCC-modules zijn genummerd van 1 tot en met 4.</translation>
    </message>
    <message>
        <source>A controller record does not name controllers it acts for; make it a processor record.</source>
        <translation>Een record als verwerkingsverantwoordelijke noemt geen verantwoordelijken namens wie wordt gehandeld; maak er een record als verwerker van.</translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation>De activiteit bestaat niet meer.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (kopie %2)</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>The organisation&apos;s name is mandatory (Art. 30(1)(a)).</source>
        <translation>De naam van de organisatie is verplicht (art. 30, lid 1, onder a).</translation>
    </message>
    <message>
        <source>Give the party a name.</source>
        <translation>Geef de partij een naam.</translation>
    </message>
    <message>
        <source>Notice and objection periods cannot be negative.</source>
        <translation>Opzeg- en bezwaartermijnen kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <source>There is already a party called &quot;%1&quot;.</source>
        <translation>Er is al een partij met de naam &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>This party is named in %n processing activities; remove it there first.</source>
        <translation>
            <numerusform>Deze partij wordt genoemd in %n verwerkingsactiviteit; verwijder haar daar eerst.</numerusform>
            <numerusform>Deze partij wordt genoemd in %n verwerkingsactiviteiten; verwijder haar daar eerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the data category a name.</source>
        <translation>Geef de gegevenscategorie een naam.</translation>
    </message>
    <message>
        <source>There is already a data category called &quot;%1&quot;.</source>
        <translation>Er is al een gegevenscategorie met de naam &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The category is still used by %n processing activities (%1). Remove it there first.</source>
        <translation>
            <numerusform>De categorie wordt nog gebruikt door %n verwerkingsactiviteit (%1). Verwijder haar daar eerst.</numerusform>
            <numerusform>De categorie wordt nog gebruikt door %n verwerkingsactiviteiten (%1). Verwijder haar daar eerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The category is still sent to %n sub-processors. Remove it there first.</source>
        <translation>
            <numerusform>De categorie wordt nog naar %n subverwerker gestuurd. Verwijder haar daar eerst.</numerusform>
            <numerusform>De categorie wordt nog naar %n subverwerkers gestuurd. Verwijder haar daar eerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the measure a title.</source>
        <translation>Geef de maatregel een titel.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; already has a measure called &quot;%2&quot;.</source>
        <translation>Onderdeel &quot;%1&quot; heeft al een maatregel met de naam &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The measure is still linked to %n processing activities. Remove it there first.</source>
        <translation>
            <numerusform>De maatregel is nog gekoppeld aan %n verwerkingsactiviteit. Verwijder hem daar eerst.</numerusform>
            <numerusform>De maatregel is nog gekoppeld aan %n verwerkingsactiviteiten. Verwijder hem daar eerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>registro-cli: unknown command &quot;%1&quot;.</source>
        <translation>registro-cli: onbekende opdracht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: registro-cli COMMAND [OPTIONS] ...</source>
        <translation>Gebruik: registro-cli OPDRACHT [OPTIES] ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <source>Print the version and exit</source>
        <translation>De versie tonen en afsluiten</translation>
    </message>
    <message>
        <source>Print this help and exit</source>
        <translation>Deze hulp tonen en afsluiten</translation>
    </message>
</context>
<context>
    <name>CountryCatalog</name>
    <message>
        <source>The country list has no countries.</source>
        <translation>De landenlijst bevat geen landen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code; choose the country from the list.</source>
        <translation>&quot;%1&quot; is geen ISO 3166-landcode; kies het land uit de lijst.</translation>
    </message>
    <message>
        <source>%1 is outside the EEA: record the adequacy decision (%2) as the safeguard.</source>
        <translation>%1 ligt buiten de EER: leg het adequaatheidsbesluit (%2) vast als waarborg.</translation>
    </message>
    <message>
        <source>%1 has an adequacy decision (%2): record it as the safeguard.</source>
        <translation>Voor %1 geldt een adequaatheidsbesluit (%2): leg dit vast als waarborg.</translation>
    </message>
    <message>
        <source>The EU-US Data Privacy Framework covers only recipients in the United States; choose the safeguard that applies in %1.</source>
        <translation>Het EU-VS-gegevensprivacykader geldt alleen voor ontvangers in de Verenigde Staten; kies de waarborg die in %1 van toepassing is.</translation>
    </message>
    <message>
        <source>%1 is outside the EEA and has no adequacy decision: &quot;not required&quot; is wrong here. Record the SCCs, BCRs or Art. 49 derogation that covers the transfer.</source>
        <translation>%1 ligt buiten de EER en heeft geen adequaatheidsbesluit: &quot;niet vereist&quot; is hier onjuist. Leg de SCC&apos;s, BCR&apos;s of de uitzondering van art. 49 vast die de doorgifte dekt.</translation>
    </message>
    <message>
        <source>%1 has no adequacy decision covering this recipient. Record the SCCs, BCRs or Art. 49 derogation that covers the transfer.</source>
        <translation>Voor %1 geldt geen adequaatheidsbesluit voor deze ontvanger. Leg de SCC&apos;s, BCR&apos;s of de uitzondering van art. 49 vast die de doorgifte dekt.</translation>
    </message>
    <message>
        <source>%1 is outside the EEA and has no adequacy decision, and no safeguard is recorded. Put SCCs (2021/914) or BCRs in place, or document an Art. 49 derogation.</source>
        <translation>%1 ligt buiten de EER, heeft geen adequaatheidsbesluit en er is geen waarborg vastgelegd. Sluit SCC&apos;s (2021/914) of BCR&apos;s af, of documenteer een uitzondering van art. 49.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>EEA</source>
        <translation>EER</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Adequaatheidsbesluit</translation>
    </message>
    <message>
        <source>Partial adequacy</source>
        <translation>Gedeeltelijk adequaat</translation>
    </message>
    <message>
        <source>Needs a safeguard</source>
        <translation>Waarborg nodig</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <source>Could not configure %1: %2</source>
        <translation>Kan %1 niet instellen: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 bestaat al; kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>Schema version %1 is not one this version of Registro can write.</source>
        <translation>Deze versie van Registro kan schemaversie %1 niet schrijven.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 is geen leesbaar bestand.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is not a Registro workspace (it is not a SQLite database).</source>
        <translation>%1 is geen Registro-werkruimte (het is geen SQLite-database).</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation>%1 is beschadigd en kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Registro workspace.</source>
        <translation>%1 is een SQLite-database, maar geen Registro-werkruimte.</translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check failed: %2). Restore it from a backup; Registro has not changed it.</source>
        <translation>%1 is beschadigd (de integriteitscontrole is mislukt: %2). Zet een reservekopie terug; Registro heeft het bestand niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Registro (schema %2; this version reads up to %3). Update Registro to open it.</source>
        <translation>%1 is geschreven door een nieuwere versie van Registro (schema %2; deze versie leest tot en met %3). Werk Registro bij om het te openen.</translation>
    </message>
    <message>
        <source>%1 is not a complete Registro workspace (schema version %2).</source>
        <translation>%1 is geen volledige Registro-werkruimte (schemaversie %2).</translation>
    </message>
    <message>
        <source>%1 is read-only; Registro needs to write to the workspace.</source>
        <translation>%1 is alleen-lezen; Registro moet naar de werkruimte kunnen schrijven.</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it to the new format.</source>
        <translation>Kan geen reservekopie van %1 maken vóór de omzetting naar het nieuwe formaat.</translation>
    </message>
    <message>
        <source>Could not start the upgrade of %1: %2</source>
        <translation>Kan de omzetting van %1 niet starten: %2</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 (%3) failed: %4</source>
        <translation>Omzetten van %1 naar schema %2 (%3) is mislukt: %4</translation>
    </message>
    <message>
        <source>Could not save the upgrade of %1: %2</source>
        <translation>Kan de omzetting van %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>The record no longer exists (%1 %2).</source>
        <translation>Het record bestaat niet meer (%1 %2).</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo content is missing from this build.</source>
        <translation>De demo-inhoud ontbreekt in deze build.</translation>
    </message>
    <message>
        <source>The demo content is not valid JSON: %1</source>
        <translation>De demo-inhoud is geen geldige JSON: %1</translation>
    </message>
    <message>
        <source>The demo content refers to an unknown %1 &quot;%2&quot;.</source>
        <translation>De demo-inhoud verwijst naar een onbekende %1 &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This is not Registro demo content.</source>
        <translation>Dit is geen demo-inhoud van Registro.</translation>
    </message>
    <message>
        <source>Activity &quot;%1&quot;: %2</source>
        <translation>Activiteit &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>LegalBasis</name>
    <message>
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>overeenkomst</translation>
    </message>
    <message>
        <source>legal obligation</source>
        <translation>wettelijke verplichting</translation>
    </message>
    <message>
        <source>vital interests</source>
        <translation>vitale belangen</translation>
    </message>
    <message>
        <source>public task</source>
        <translation>taak van algemeen belang</translation>
    </message>
    <message>
        <source>legitimate interests</source>
        <translation>gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>explicit consent</source>
        <translation>uitdrukkelijke toestemming</translation>
    </message>
    <message>
        <source>employment and social security law</source>
        <translation>arbeidsrecht en socialezekerheidsrecht</translation>
    </message>
    <message>
        <source>vital interests, consent impossible</source>
        <translation>vitale belangen, toestemming onmogelijk</translation>
    </message>
    <message>
        <source>not-for-profit body</source>
        <translation>organisatie zonder winstoogmerk</translation>
    </message>
    <message>
        <source>made public by the data subject</source>
        <translation>openbaar gemaakt door de betrokkene</translation>
    </message>
    <message>
        <source>legal claims</source>
        <translation>rechtsvorderingen</translation>
    </message>
    <message>
        <source>substantial public interest</source>
        <translation>zwaarwegend algemeen belang</translation>
    </message>
    <message>
        <source>health or social care, occupational medicine</source>
        <translation>gezondheidszorg of sociale zorg, arbeidsgeneeskunde</translation>
    </message>
    <message>
        <source>public health</source>
        <translation>volksgezondheid</translation>
    </message>
    <message>
        <source>archiving, research or statistics</source>
        <translation>archivering, onderzoek of statistiek</translation>
    </message>
    <message>
        <source>criminal convictions and offences, authorised by law</source>
        <translation>strafrechtelijke veroordelingen en strafbare feiten, bij wet toegestaan</translation>
    </message>
    <message>
        <source>Art. %1(%2)(%3)</source>
        <translation>Art. %1(%2)(%3)</translation>
    </message>
    <message>
        <source>Art. %1</source>
        <translation>Art. %1</translation>
    </message>
</context>
<context>
    <name>RegisterChecker</name>
    <message>
        <source>Give the activity a name.</source>
        <translation>Geef de activiteit een naam.</translation>
    </message>
    <message>
        <source>Record the purposes of the processing (Art. 30(1)(b)).</source>
        <translation>Leg de doeleinden van de verwerking vast (art. 30, lid 1, onder b).</translation>
    </message>
    <message>
        <source>Record the categories of data subjects (Art. 30(1)(c)).</source>
        <translation>Leg de categorieën betrokkenen vast (art. 30, lid 1, onder c).</translation>
    </message>
    <message>
        <source>Record the categories of personal data (Art. 30(1)(c)).</source>
        <translation>Leg de categorieën persoonsgegevens vast (art. 30, lid 1, onder c).</translation>
    </message>
    <message>
        <source>Record the categories of recipients (Art. 30(1)(d)); if the data goes to no one outside the organisation, record &quot;None&quot;.</source>
        <translation>Leg de categorieën ontvangers vast (art. 30, lid 1, onder d); gaan de gegevens naar niemand buiten de organisatie, leg dan &quot;Geen&quot; vast.</translation>
    </message>
    <message>
        <source>Record the time limits for erasure (Art. 30(1)(f)), or why none can be set.</source>
        <translation>Leg de bewaartermijnen vast (art. 30, lid 1, onder f), of waarom die niet te bepalen zijn.</translation>
    </message>
    <message>
        <source>Choose the Art. 6(1) legal basis of the processing.</source>
        <translation>Kies de grondslag van de verwerking uit art. 6, lid 1.</translation>
    </message>
    <message>
        <source>A processor record must name each controller on whose behalf the processing is carried out (Art. 30(2)(a)). Add the client.</source>
        <translation>Een record als verwerker moet elke verwerkingsverantwoordelijke noemen namens wie wordt verwerkt (art. 30, lid 2, onder a). Voeg de opdrachtgever toe.</translation>
    </message>
    <message>
        <source>Describe the categories of processing carried out on behalf of each controller (Art. 30(2)(b)).</source>
        <translation>Beschrijf de categorieën verwerkingen die namens elke verwerkingsverantwoordelijke worden uitgevoerd (art. 30, lid 2, onder b).</translation>
    </message>
    <message>
        <source>Link the technical and organisational security measures, or describe them (Art. 30(1)(g), 30(2)(d)).</source>
        <translation>Koppel de technische en organisatorische beveiligingsmaatregelen, of beschrijf ze (art. 30, lid 1, onder g, en lid 2, onder d).</translation>
    </message>
    <message>
        <source>The data category &quot;%1&quot; has no retention period; set it under Data categories &amp; retention.</source>
        <translation>De gegevenscategorie &quot;%1&quot; heeft geen bewaartermijn; stel die in onder Gegevenscategorieën en bewaring.</translation>
    </message>
    <message>
        <source>Special-category data is processed but no Art. 9(2) condition is recorded. Choose the condition that applies, e.g. Art. 9(2)(b) for employment law.</source>
        <translation>Er worden bijzondere persoonsgegevens verwerkt, maar er is geen uitzondering uit art. 9, lid 2, vastgelegd. Kies de uitzondering die van toepassing is, bijv. art. 9, lid 2, onder b, voor het arbeidsrecht.</translation>
    </message>
    <message>
        <source>Criminal convictions data is processed: record the Art. 10 authorisation in Union or Member State law.</source>
        <translation>Er worden strafrechtelijke gegevens verwerkt: leg de grondslag in het Unierecht of lidstatelijk recht vast (art. 10).</translation>
    </message>
    <message>
        <source>Transfer to %1: %2</source>
        <translation>Doorgifte naar %1: %2</translation>
    </message>
    <message>
        <source>Transfer to %1: say which SCC module (1 to 4) applies.</source>
        <translation>Doorgifte naar %1: geef aan welke SCC-module (1 tot en met 4) van toepassing is.</translation>
    </message>
    <message>
        <source>The review was due on %1. Review the record and mark it reviewed.</source>
        <translation>De beoordeling was gepland op %1. Beoordeel het record en markeer het als beoordeeld.</translation>
    </message>
    <message>
        <source>A DPIA is required (Art. 35) but not recorded as done.</source>
        <translation>Een DPIA is verplicht (art. 35), maar niet als uitgevoerd vastgelegd.</translation>
    </message>
    <message>
        <source>Record the organisation&apos;s name (Art. 30(1)(a), 30(2)(a)).</source>
        <translation>Leg de naam van de organisatie vast (art. 30, lid 1 en 2, onder a).</translation>
    </message>
    <message>
        <source>Record the organisation&apos;s contact details (Art. 30(1)(a), 30(2)(a)).</source>
        <translation>Leg de contactgegevens van de organisatie vast (art. 30, lid 1 en 2, onder a).</translation>
    </message>
    <message>
        <source>Record the data protection officer&apos;s contact details, where one is designated (Art. 30(1)(a), 30(2)(a)).</source>
        <translation>Leg de contactgegevens van de functionaris voor gegevensbescherming vast, als die is aangewezen (art. 30, lid 1 en 2, onder a).</translation>
    </message>
    <message>
        <source>An organisation outside the EEA must record its EU representative (Art. 27).</source>
        <translation>Een organisatie buiten de EER moet haar vertegenwoordiger in de EU vastleggen (art. 27).</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <source>Create a new workspace (with --demo: the demo company)</source>
        <translation>Een nieuwe werkruimte maken (met --demo: het demobedrijf)</translation>
    </message>
    <message>
        <source>Check the file, then report missing Art. 30 fields</source>
        <translation>Het bestand controleren en ontbrekende velden van art. 30 melden</translation>
    </message>
    <message>
        <source>List part of the register</source>
        <translation>Een deel van het register tonen</translation>
    </message>
    <message>
        <source>Usage: registro-cli init [--demo] FILE</source>
        <translation>Gebruik: registro-cli init [--demo] BESTAND</translation>
    </message>
    <message>
        <source>Created the demo workspace %1.</source>
        <translation>Demowerkruimte %1 gemaakt.</translation>
    </message>
    <message>
        <source>Created the workspace %1.</source>
        <translation>Werkruimte %1 gemaakt.</translation>
    </message>
    <message>
        <source>Usage: registro-cli check [--json] FILE</source>
        <translation>Gebruik: registro-cli check [--json] BESTAND</translation>
    </message>
    <message>
        <source>%1: the file is a sound Registro workspace (schema %2).</source>
        <translation>%1: het bestand is een correcte Registro-werkruimte (schema %2).</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>%1 activities, %2 with findings: %3 errors, %4 warnings.</source>
        <translation>%1 activiteiten, %2 met bevindingen: %3 fouten, %4 waarschuwingen.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Onbekende optie %1.</translation>
    </message>
    <message>
        <source>Usage: registro-cli list activities|subprocessors|categories FILE [--json]</source>
        <translation>Gebruik: registro-cli list activities|subprocessors|categories BESTAND [--json]</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Configure Registro</source>
        <translation>Registro instellen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Create PDF/A documents</source>
        <translation>PDF/A-documenten maken</translation>
    </message>
    <message>
        <source>Mark unsigned documents with a DRAFT watermark</source>
        <translation>Niet-ondertekende documenten markeren met een watermerk CONCEPT</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Naam beoordelaar:</translation>
    </message>
    <message>
        <source>Review &amp;interval:</source>
        <translation>Beoordelings&amp;interval:</translation>
    </message>
    <message>
        <source>&amp;Holiday region:</source>
        <translation>&amp;Feestdagenregio:</translation>
    </message>
    <message>
        <source>Export defaults</source>
        <translation>Standaardinstellingen voor export</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformaat:</translation>
    </message>
</context>
<context>
    <name>SubProcessorRepository</name>
    <message>
        <source>Give the sub-processor its legal name.</source>
        <translation>Geef de subverwerker zijn statutaire naam.</translation>
    </message>
    <message>
        <source>There is already a sub-processor called &quot;%1&quot;.</source>
        <translation>Er is al een subverwerker met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code.</source>
        <translation>&quot;%1&quot; is geen ISO 3166-landcode.</translation>
    </message>
    <message>
        <source>SCC modules are numbered 1 to 4.</source>
        <translation>SCC-modules zijn genummerd van 1 tot en met 4.</translation>
    </message>
    <message>
        <source>A sub-processor cannot be removed before it was added.</source>
        <translation>Een subverwerker kan niet worden verwijderd vóórdat hij is toegevoegd.</translation>
    </message>
    <message numerus="yes">
        <source>%n processing activities still use this sub-processor. Remove it there first, or mark it &quot;being removed&quot;.</source>
        <translation>
            <numerusform>%n verwerkingsactiviteit gebruikt deze subverwerker nog. Verwijder hem daar eerst, of markeer hem als &quot;wordt verwijderd&quot;.</numerusform>
            <numerusform>%n verwerkingsactiviteiten gebruiken deze subverwerker nog. Verwijder hem daar eerst, of markeer hem als &quot;wordt verwijderd&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Registro User Guide</source>
        <translation>Gebruikershandleiding van Registro</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>De gebruikershandleiding ontbreekt in deze build.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Controller</source>
        <translation>Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Verwerker</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In beoordeling</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Buiten gebruik</translation>
    </message>
    <message>
        <source>Client (controller)</source>
        <translation>Opdrachtgever (verwerkingsverantwoordelijke)</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Gezamenlijk verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Being removed</source>
        <translation>Wordt verwijderd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>werkdagen</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>kalenderdagen</translation>
    </message>
    <message>
        <source>Not required (EEA)</source>
        <translation>Niet vereist (EER)</translation>
    </message>
    <message>
        <source>Adequacy decision (Art. 45)</source>
        <translation>Adequaatheidsbesluit (art. 45)</translation>
    </message>
    <message>
        <source>Standard contractual clauses 2021/914</source>
        <translation>Modelcontractbepalingen 2021/914</translation>
    </message>
    <message>
        <source>Binding corporate rules (Art. 47)</source>
        <translation>Bindende bedrijfsvoorschriften (art. 47)</translation>
    </message>
    <message>
        <source>EU-US Data Privacy Framework</source>
        <translation>EU-VS-gegevensprivacykader</translation>
    </message>
    <message>
        <source>Derogation (Art. 49)</source>
        <translation>Uitzondering (art. 49)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
</context>
</TS>
