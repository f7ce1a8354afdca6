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
    <name>ActivityEditor</name>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation>&amp;Ter beoordeling indienen</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Buiten gebrui&amp;k stellen</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>Als beoordeeld &amp;markeren</translation>
    </message>
    <message>
        <source>Records today as the last review and sets the next review date</source>
        <translation>Legt vandaag vast als laatste beoordeling en stelt de volgende beoordelingsdatum in</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registratie</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ges&amp;chiedenis</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Ro&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>Af&amp;deling:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation>Doeleinden:</translation>
    </message>
    <message>
        <source>Filter legal bases</source>
        <translation>Grondslagen filteren</translation>
    </message>
    <message>
        <source>Legal bases:</source>
        <translation>Grondslagen:</translation>
    </message>
    <message>
        <source>Legal basis no&amp;tes:</source>
        <translation>Toelichting op grond&amp;slag:</translation>
    </message>
    <message>
        <source>Data subjects:</source>
        <translation>Betrokkenen:</translation>
    </message>
    <message>
        <source>Filter, or type a new category&apos;s name</source>
        <translation>Filter of typ de naam van een nieuwe categorie</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>Nieuwe categorie…</translation>
    </message>
    <message>
        <source>Data categories:</source>
        <translation>Gegevenscategorieën:</translation>
    </message>
    <message>
        <source>&amp;Erasure time limits:</source>
        <translation>Termijnen voor &amp;wissing:</translation>
    </message>
    <message>
        <source>Recipient categories:</source>
        <translation>Categorieën van ontvangers:</translation>
    </message>
    <message>
        <source>Recipient parties:</source>
        <translation>Ontvangende partijen:</translation>
    </message>
    <message>
        <source>Controllers:</source>
        <translation>Verwerkingsverantwoordelijken:</translation>
    </message>
    <message>
        <source>Joint controllers:</source>
        <translation>Gezamenlijke verwerkingsverantwoordelijken:</translation>
    </message>
    <message>
        <source>Sub-processors:</source>
        <translation>Subverwerkers:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Waarborg</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>SCC-module</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Uitzondering</translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation>Doorgifte toevoegen</translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation>Doorgifte verwijderen</translation>
    </message>
    <message>
        <source>Transfers:</source>
        <translation>Doorgiften:</translation>
    </message>
    <message>
        <source>Filter measures</source>
        <translation>Maatregelen filteren</translation>
    </message>
    <message>
        <source>Security measures:</source>
        <translation>Beveiligingsmaatregelen:</translation>
    </message>
    <message>
        <source>Securit&amp;y description:</source>
        <translation>Beschrijving beveilig&amp;ing:</translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation>&amp;Vereist</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>&amp;Uitgevoerd</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>DPIA:</source>
        <translation>DPIA:</translation>
    </message>
    <message>
        <source>Last:</source>
        <translation>Laatste:</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Volgende:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Beoordeling:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Opmerkingen:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <source>Lawfulness, Art. 6(1)</source>
        <translation>Rechtmatigheid, art. 6, lid 1</translation>
    </message>
    <message>
        <source>Special categories, Art. 9(2)</source>
        <translation>Bijzondere categorieën, art. 9, lid 2</translation>
    </message>
    <message>
        <source>Criminal data, Art. 10</source>
        <translation>Strafrechtelijke gegevens, art. 10</translation>
    </message>
    <message>
        <source>  [special category, Art. 9]</source>
        <translation>  [bijzondere categorie, art. 9]</translation>
    </message>
    <message>
        <source>  [criminal data, Art. 10]</source>
        <translation>  [strafrechtelijke gegevens, art. 10]</translation>
    </message>
    <message>
        <source>No retention period set</source>
        <translation>Geen bewaartermijn ingesteld</translation>
    </message>
    <message>
        <source>Other measures</source>
        <translation>Overige maatregelen</translation>
    </message>
    <message>
        <source>No activity selected</source>
        <translation>Geen activiteit geselecteerd</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Module %1</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message>
        <source>Rename activity</source>
        <translation>Activiteit hernoemen</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Beschrijving bewerken</translation>
    </message>
    <message>
        <source>Change department</source>
        <translation>Afdeling wijzigen</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Eigenaar wijzigen</translation>
    </message>
    <message>
        <source>Change purposes</source>
        <translation>Doeleinden wijzigen</translation>
    </message>
    <message>
        <source>Change data subjects</source>
        <translation>Betrokkenen wijzigen</translation>
    </message>
    <message>
        <source>Change recipient categories</source>
        <translation>Categorieën van ontvangers wijzigen</translation>
    </message>
    <message>
        <source>Change legal bases</source>
        <translation>Grondslagen wijzigen</translation>
    </message>
    <message>
        <source>Edit legal basis notes</source>
        <translation>Toelichting op grondslag bewerken</translation>
    </message>
    <message>
        <source>Change data categories</source>
        <translation>Gegevenscategorieën wijzigen</translation>
    </message>
    <message>
        <source>Change recipient parties</source>
        <translation>Ontvangende partijen wijzigen</translation>
    </message>
    <message>
        <source>Change controllers</source>
        <translation>Verwerkingsverantwoordelijken wijzigen</translation>
    </message>
    <message>
        <source>Change joint controllers</source>
        <translation>Gezamenlijke verwerkingsverantwoordelijken wijzigen</translation>
    </message>
    <message>
        <source>Change sub-processors</source>
        <translation>Subverwerkers wijzigen</translation>
    </message>
    <message>
        <source>Change transfers</source>
        <translation>Doorgiften wijzigen</translation>
    </message>
    <message>
        <source>Edit erasure time limits</source>
        <translation>Termijnen voor wissing bewerken</translation>
    </message>
    <message>
        <source>Change security measures</source>
        <translation>Beveiligingsmaatregelen wijzigen</translation>
    </message>
    <message>
        <source>Edit security description</source>
        <translation>Beschrijving beveiliging bewerken</translation>
    </message>
    <message>
        <source>Change DPIA</source>
        <translation>DPIA wijzigen</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Opmerkingen bewerken</translation>
    </message>
    <message>
        <source>Change review dates</source>
        <translation>Beoordelingsdata wijzigen</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fout: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>Complete: no findings.</source>
        <translation>Volledig: geen bevindingen.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Goedgekeurd door %1 op %2</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Nog niet goedgekeurd</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Ter beoordeling indienen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Buiten gebruik stellen</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Als beoordeeld markeren</translation>
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
    <name>ActivityTableModel</name>
    <message>
        <source>Complete</source>
        <translation>Volledig</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s):</source>
        <translation>
            <numerusform>%n bevinding:</numerusform>
            <numerusform>%n bevindingen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Completeness and consistency findings</source>
        <translation>Bevindingen over volledigheid en consistentie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Grondslagen</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Volgende beoordeling</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
</context>
<context>
    <name>AgreementRepository</name>
    <message>
        <source>An agreement needs a reference.</source>
        <translation>Een overeenkomst heeft een referentie nodig.</translation>
    </message>
    <message>
        <source>An agreement needs at least one language.</source>
        <translation>Een overeenkomst heeft ten minste één taal nodig.</translation>
    </message>
    <message>
        <source>An agreement needs a template and a customer.</source>
        <translation>Een overeenkomst heeft een sjabloon en een klant nodig.</translation>
    </message>
    <message>
        <source>Agreement %1 is signed and can no longer be changed.</source>
        <translation>Overeenkomst %1 is ondertekend en kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>An agreement is signed through signing, which stores its text.</source>
        <translation>Een overeenkomst wordt ondertekend via de ondertekening, waarbij de tekst wordt opgeslagen.</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>Overeenkomst %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Agreement %1 is signed and can no longer be removed.</source>
        <translation>Overeenkomst %1 is ondertekend en kan niet meer worden verwijderd.</translation>
    </message>
    <message>
        <source>Agreement %1 is already signed.</source>
        <translation>Overeenkomst %1 is al ondertekend.</translation>
    </message>
    <message>
        <source>Agreement %1 has no rendered text in &quot;%2&quot;.</source>
        <translation>Overeenkomst %1 heeft geen gegenereerde tekst in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>An option needs the key of its clause.</source>
        <translation>Een optie heeft de sleutel van haar bepaling nodig.</translation>
    </message>
</context>
<context>
    <name>AgreementsView</name>
    <message>
        <source>Save agreement %1</source>
        <translation>Overeenkomst %1 opslaan</translation>
    </message>
    <message>
        <source>&amp;New Agreement</source>
        <translation>&amp;Nieuwe overeenkomst</translation>
    </message>
    <message>
        <source>&amp;Save Agreement</source>
        <translation>Overeenkomst &amp;opslaan</translation>
    </message>
    <message>
        <source>Mark as Si&amp;gned</source>
        <translation>Als on&amp;dertekend markeren</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>kalenderdagen</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>werkdagen</translation>
    </message>
    <message>
        <source>en, nl, it, fr</source>
        <translation>en, nl, it, fr</translation>
    </message>
    <message>
        <source>Name, title</source>
        <translation>Naam, functie</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referentie:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Talen:</translation>
    </message>
    <message>
        <source>&amp;Effective date:</source>
        <translation>&amp;Ingangsdatum:</translation>
    </message>
    <message>
        <source>Ser&amp;vices:</source>
        <translation>Dien&amp;sten:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Looptijd:</translation>
    </message>
    <message>
        <source>Governing &amp;law:</source>
        <translation>Toepasselijk re&amp;cht:</translation>
    </message>
    <message>
        <source>C&amp;ourt:</source>
        <translation>Be&amp;voegde rechter:</translation>
    </message>
    <message>
        <source>Sub-processor notice:</source>
        <translation>Kennisgeving subverwerkers:</translation>
    </message>
    <message>
        <source>Objection period:</source>
        <translation>Bezwaartermijn:</translation>
    </message>
    <message>
        <source>Breach notification (&amp;hours):</source>
        <translation>Melding van inbreuk (&amp;uren):</translation>
    </message>
    <message>
        <source>&amp;Audit notice (days):</source>
        <translation>Aankondiging &amp;audit (dagen):</translation>
    </message>
    <message>
        <source>Liability ca&amp;p:</source>
        <translation>Aansprakelijkheidsli&amp;miet:</translation>
    </message>
    <message>
        <source>Signatory (processor):</source>
        <translation>Ondertekenaar (verwerker):</translation>
    </message>
    <message>
        <source>Signatory (customer):</source>
        <translation>Ondertekenaar (klant):</translation>
    </message>
    <message>
        <source>Signed on %1: the text below is the signed text.</source>
        <translation>Ondertekend op %1: de onderstaande tekst is de ondertekende tekst.</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nieuwe overeenkomst</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Mark as Se&amp;nt</source>
        <translation>Als ver&amp;zonden markeren</translation>
    </message>
    <message>
        <source>Record that the agreement was sent to the customer (issued)</source>
        <translation>Vastleggen dat de overeenkomst naar de klant is verzonden (uitgegeven)</translation>
    </message>
    <message>
        <source>Optional clauses</source>
        <translation>Optionele bepalingen</translation>
    </message>
    <message>
        <source>Optional clauses of the template: unchecked ones are left out of this agreement.</source>
        <translation>Optionele bepalingen van het sjabloon: niet-aangevinkte bepalingen worden uit deze overeenkomst weggelaten.</translation>
    </message>
    <message>
        <source>Optional c&amp;lauses:</source>
        <translation>Optionele &amp;bepalingen:</translation>
    </message>
    <message>
        <source>%1
Also only included when: %2</source>
        <translation>%1
Bovendien alleen opgenomen als: %2</translation>
    </message>
    <message>
        <source>The template has no optional clauses.</source>
        <translation>Het sjabloon heeft geen optionele bepalingen.</translation>
    </message>
    <message>
        <source>Include clause %1 in %2</source>
        <translation>Bepaling %1 opnemen in %2</translation>
    </message>
    <message>
        <source>Leave clause %1 out of %2</source>
        <translation>Bepaling %1 weglaten uit %2</translation>
    </message>
    <message>
        <source>It cannot be sent or signed until its template renders in every language. First error: %1</source>
        <translation>De overeenkomst kan pas worden verzonden of ondertekend als het sjabloon in elke taal kan worden opgemaakt. Eerste fout: %1</translation>
    </message>
    <message>
        <source>Agreement %1 cannot be sent: %2</source>
        <translation>Overeenkomst %1 kan niet worden verzonden: %2</translation>
    </message>
    <message>
        <source>Mark agreement %1 as sent</source>
        <translation>Overeenkomst %1 als verzonden markeren</translation>
    </message>
    <message>
        <source>Agreement %1 cannot be signed: %2</source>
        <translation>Overeenkomst %1 kan niet worden ondertekend: %2</translation>
    </message>
    <message>
        <source>Agreement %1 is signed already.</source>
        <translation>Overeenkomst %1 is al ondertekend.</translation>
    </message>
    <message>
        <source>Agreement %1 has been sent already.</source>
        <translation>Overeenkomst %1 is al verzonden.</translation>
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
    <name>ChecklistPicker</name>
    <message>
        <source>Filter</source>
        <translation>Filteren</translation>
    </message>
    <message>
        <source>Filter, or type a new term and press Enter</source>
        <translation>Filter of typ een nieuwe term en druk op Enter</translation>
    </message>
    <message>
        <source>Creates an item named by the text typed on the left</source>
        <translation>Maakt een item aan met de links getypte tekst als naam</translation>
    </message>
</context>
<context>
    <name>ClauseSegment</name>
    <message>
        <source>Not translated</source>
        <translation>Niet vertaald</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Vertaald</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Beoordeeld</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Definitief</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Beoordeling nodig</translation>
    </message>
</context>
<context>
    <name>ClauseTextCommand</name>
    <message>
        <source>Edit clause text (%1)</source>
        <translation>Clausuletekst bewerken (%1)</translation>
    </message>
    <message>
        <source>Edit clause title (%1)</source>
        <translation>Clausuletitel bewerken (%1)</translation>
    </message>
</context>
<context>
    <name>ClauseTreeCommand</name>
    <message>
        <source>Add appendix</source>
        <translation>Bijlage toevoegen</translation>
    </message>
    <message>
        <source>Add sub-clause</source>
        <translation>Subbepaling toevoegen</translation>
    </message>
    <message>
        <source>Add article</source>
        <translation>Artikel toevoegen</translation>
    </message>
    <message>
        <source>Remove clause %1</source>
        <translation>Bepaling %1 verwijderen</translation>
    </message>
    <message>
        <source>Move clause %1</source>
        <translation>Bepaling %1 verplaatsen</translation>
    </message>
    <message>
        <source>Change clause %1</source>
        <translation>Bepaling %1 wijzigen</translation>
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
    <name>DataCategoryEditor</name>
    <message>
        <source>&amp;Special category (Art. 9)</source>
        <translation>&amp;Bijzondere categorie (art. 9)</translation>
    </message>
    <message>
        <source>&amp;Criminal convictions and offences (Art. 10)</source>
        <translation>&amp;Strafrechtelijke veroordelingen en strafbare feiten (art. 10)</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>Categorie &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Delete category</source>
        <translation>Categorie &amp;verwijderen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Bijzonder</translation>
    </message>
    <message>
        <source>Criminal</source>
        <translation>Strafrechtelijk</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Rechtvaardiging</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>Be&amp;waartermijn:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Rechtvaardiging:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschrijving:</translation>
    </message>
    <message>
        <source>Where used:</source>
        <translation>Gebruikt in:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not used by any processing activity</source>
        <translation>Door geen enkele verwerkingsactiviteit gebruikt</translation>
    </message>
    <message>
        <source>Edit data category</source>
        <translation>Gegevenscategorie bewerken</translation>
    </message>
    <message>
        <source>New data category</source>
        <translation>Nieuwe gegevenscategorie</translation>
    </message>
    <message>
        <source>New data category %1</source>
        <translation>Nieuwe gegevenscategorie %1</translation>
    </message>
    <message>
        <source>Add data category</source>
        <translation>Gegevenscategorie toevoegen</translation>
    </message>
    <message>
        <source>Delete data category</source>
        <translation>Gegevenscategorie verwijderen</translation>
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
    <name>DemoAgreements</name>
    <message>
        <source>Sample template: %1</source>
        <translation>Voorbeeldsjabloon: %1</translation>
    </message>
    <message>
        <source>Agreement &quot;%1&quot; refers to an unknown customer &quot;%2&quot;.</source>
        <translation>Overeenkomst &quot;%1&quot; verwijst naar een onbekende klant &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Agreement &quot;%1&quot;: %2</source>
        <translation>Overeenkomst &quot;%1&quot;: %2</translation>
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
    <name>DocumentExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>De export is geannuleerd.</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>Er is geen overeenkomst %1.</translation>
    </message>
    <message>
        <source>Building the bilingual agreement…</source>
        <translation>Tweetalige overeenkomst opbouwen…</translation>
    </message>
    <message>
        <source>Building the agreement in %1 (%2 of %3)…</source>
        <translation>Overeenkomst in het %1 opbouwen (%2 van %3)…</translation>
    </message>
    <message>
        <source>Building the agreement…</source>
        <translation>Overeenkomst opbouwen…</translation>
    </message>
    <message>
        <source>Building the register…</source>
        <translation>Register opbouwen…</translation>
    </message>
    <message>
        <source>Building the sub-processor list…</source>
        <translation>Lijst van subverwerkers opbouwen…</translation>
    </message>
    <message>
        <source>Building the notice letter…</source>
        <translation>Kennisgevingsbrief opbouwen…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 schrijven…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Pagina %1 van %2 schrijven…</translation>
    </message>
    <message>
        <source>Writing page %1…</source>
        <translation>Pagina %1 schrijven…</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>Onbekende optie %1.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>De optie %1 heeft een waarde nodig.</translation>
    </message>
    <message>
        <source>Unknown document language %1: use en, nl, it or fr.</source>
        <translation>Onbekende documenttaal %1: gebruik en, nl, it of fr.</translation>
    </message>
    <message>
        <source>Unknown format %1: use pdf or odt.</source>
        <translation>Onbekend formaat %1: gebruik pdf of odt.</translation>
    </message>
    <message>
        <source>Unknown role %1: use controller or processor.</source>
        <translation>Onbekende rol %1: gebruik controller of processor.</translation>
    </message>
    <message>
        <source>Invalid date %1: use YYYY-MM-DD.</source>
        <translation>Ongeldige datum %1: gebruik JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>registro-cli: exporting needs the GUI library (run registro-cli itself).</source>
        <translation>registro-cli: voor exporteren is de GUI-bibliotheek nodig (voer registro-cli zelf uit).</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n pages).</source>
        <translation>
            <numerusform>%1 geschreven (%n pagina).</numerusform>
            <numerusform>%1 geschreven (%n pagina&apos;s).</numerusform>
        </translation>
    </message>
    <message>
        <source>registro-cli: there is no agreement %1.</source>
        <translation>registro-cli: er is geen overeenkomst %1.</translation>
    </message>
    <message>
        <source>--bilingual needs one document language (en, nl, it or fr) and --lang with another.</source>
        <translation>--bilingual vraagt één documenttaal (en, nl, it of fr) en --lang met een andere.</translation>
    </message>
    <message>
        <source>Usage: registro-cli export FILE agreement ID|REFERENCE [--lang en|nl|it|fr|all] [--bilingual LANG] [--no-pdfa] -o OUT
       registro-cli export FILE register [--role controller|processor] [--lang en|nl|it|fr] [--format pdf|odt] [--letter] [--no-watermark] [--pdfa] -o OUT
       registro-cli export FILE subprocessors [--as-of YYYY-MM-DD] [--lang en|nl|it|fr] [--format pdf|odt] [--letter] [--pdfa] [--no-history] -o OUT
       registro-cli export FILE notice CHANGE-ID [--customer ID|NAME] [--date YYYY-MM-DD] [--format pdf|odt] [--letter] -o OUT (without --customer: OUT is a folder, one letter per customer)</source>
        <translation>Gebruik: registro-cli export FILE agreement ID|REFERENCE [--lang en|nl|it|fr|all] [--bilingual LANG] [--no-pdfa] -o OUT
       registro-cli export FILE register [--role controller|processor] [--lang en|nl|it|fr] [--format pdf|odt] [--letter] [--no-watermark] [--pdfa] -o OUT
       registro-cli export FILE subprocessors [--as-of YYYY-MM-DD] [--lang en|nl|it|fr] [--format pdf|odt] [--letter] [--pdfa] [--no-history] -o OUT
       registro-cli export FILE notice CHANGE-ID [--customer ID|NAME] [--date YYYY-MM-DD] [--format pdf|odt] [--letter] -o OUT (zonder --customer: OUT is een map, één brief per klant)</translation>
    </message>
    <message>
        <source>registro-cli: there is no planned change %1 with customers to notify.</source>
        <translation>registro-cli: er is geen geplande wijziging %1 met klanten die een kennisgeving moeten krijgen.</translation>
    </message>
    <message>
        <source>registro-cli: %1 is not a customer to notify of planned change %2.</source>
        <translation>registro-cli: %1 is geen klant die een kennisgeving van geplande wijziging %2 moet krijgen.</translation>
    </message>
    <message>
        <source>registro-cli: cannot create the folder %1.</source>
        <translation>registro-cli: kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Write an agreement, the register, the sub-processor list or change notices as PDF or ODT</source>
        <translation>Een overeenkomst, het register, de lijst van subverwerkers of kennisgevingen van wijzigingen als PDF of ODT schrijven</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF/&amp;A-1b, for archiving</source>
        <translation>PDF/&amp;A-1b, voor archivering</translation>
    </message>
    <message>
        <source>&amp;Open the file when done</source>
        <translation>Bestand &amp;openen wanneer gereed</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Export Document</source>
        <translation>Document exporteren</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument-tekst (ODT)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>PDF/A-1b embeds everything the document needs, for long-term archiving.</source>
        <translation>PDF/A-1b sluit alles in wat het document nodig heeft, voor archivering op lange termijn.</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>Doc&amp;ument:</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Uitvoer</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Pagina&amp;grootte:</translation>
    </message>
    <message>
        <source>Agreement and languages</source>
        <translation>Overeenkomst en talen</translation>
    </message>
    <message>
        <source>No agreements yet</source>
        <translation>Nog geen overeenkomsten</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>One &amp;language:</source>
        <translation>Eén &amp;taal:</translation>
    </message>
    <message>
        <source>&amp;Bilingual, side by side:</source>
        <translation>T&amp;weetalig, naast elkaar:</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>Overeenkom&amp;st:</translation>
    </message>
    <message>
        <source>beside</source>
        <translation>naast</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>All its languages, one after the other</source>
        <translation>Al haar talen, na elkaar</translation>
    </message>
    <message>
        <source>All its languages, one after the other (%1)</source>
        <translation>Al haar talen, na elkaar (%1)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Records and language</source>
        <translation>Registers en taal</translation>
    </message>
    <message>
        <source>Controller and processor records</source>
        <translation>Register verwerkingsverantwoordelijke en register verwerker</translation>
    </message>
    <message>
        <source>Controller records</source>
        <translation>Register verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Processor records</source>
        <translation>Register verwerker</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Registers:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Register of processing activities</source>
        <translation>Register van verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>Language and date</source>
        <translation>Taal en datum</translation>
    </message>
    <message>
        <source>With announced changes and the &amp;history of the list</source>
        <translation>Met aangekondigde wijzigingen en de &amp;geschiedenis van de lijst</translation>
    </message>
    <message>
        <source>Sub-processors engaged o&amp;n:</source>
        <translation>Subverwerkers ingeschakeld o&amp;p:</translation>
    </message>
    <message>
        <source>Sub-processor list</source>
        <translation>Lijst van subverwerkers</translation>
    </message>
    <message>
        <source>Planned change and customer</source>
        <translation>Geplande wijziging en klant</translation>
    </message>
    <message>
        <source>%1: %2 (from %3)</source>
        <translation>%1: %2 (vanaf %3)</translation>
    </message>
    <message>
        <source>&amp;Planned change:</source>
        <translation>&amp;Geplande wijziging:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>Letter &amp;date:</source>
        <translation>Datum van de &amp;brief:</translation>
    </message>
    <message>
        <source>The letter is written in the customer&apos;s language, with its objection deadline.</source>
        <translation>De brief wordt geschreven in de taal van de klant, met diens bezwaartermijn.</translation>
    </message>
    <message>
        <source>Sub-processor change notice</source>
        <translation>Kennisgeving van wijziging subverwerkers</translation>
    </message>
    <message>
        <source>Print Document</source>
        <translation>Document afdrukken</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Document voorbereiden…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Choose Two Languages</source>
        <translation>Kies twee talen</translation>
    </message>
    <message>
        <source>A bilingual agreement needs two different languages side by side.</source>
        <translation>Een tweetalige overeenkomst heeft twee verschillende talen naast elkaar nodig.</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-tekst (*.odt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Kan niet exporteren</translation>
    </message>
    <message>
        <source>The document was not written to %1.

%2</source>
        <translation>Het document is niet naar %1 geschreven.

%2</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Kan niet openen</translation>
    </message>
    <message>
        <source>%1 was written, but no application opened it.</source>
        <translation>%1 is geschreven, maar geen enkele toepassing heeft het geopend.</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Pagina %1 van %2 afdrukken…</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>Kan niet afdrukken</translation>
    </message>
    <message>
        <source>The document was not printed.

%1</source>
        <translation>Het document is niet afgedrukt.

%1</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Afdrukvoorbeeld — %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 afdrukken</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>This is not a Registro glossary (the &quot;format&quot; is not &quot;registro-glossary&quot;).</source>
        <translation>Dit is geen Registro-woordenlijst (het &quot;format&quot; is niet &quot;registro-glossary&quot;).</translation>
    </message>
    <message>
        <source>This glossary has version %1; this version of Registro reads version 1.</source>
        <translation>Deze woordenlijst heeft versie %1; deze versie van Registro leest versie 1.</translation>
    </message>
    <message>
        <source>Term %1 of the glossary has no source term.</source>
        <translation>Term %1 van de woordenlijst heeft geen bronterm.</translation>
    </message>
    <message>
        <source>Cannot read the glossary %1: %2</source>
        <translation>Kan de woordenlijst %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>The glossary %1 is not valid JSON: %2 (at character %3).</source>
        <translation>De woordenlijst %1 is geen geldige JSON: %2 (bij teken %3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The &quot;terms&quot; of the glossary are not a list.</source>
        <translation>De &quot;terms&quot; van de woordenlijst zijn geen lijst.</translation>
    </message>
    <message>
        <source>Term %1 of the glossary is not an object with a &quot;source&quot;.</source>
        <translation>Term %1 van de woordenlijst is geen object met een &quot;source&quot;.</translation>
    </message>
    <message>
        <source>The translations of the term &quot;%1&quot; are not lists of texts per language.</source>
        <translation>De vertalingen van de term &quot;%1&quot; zijn geen lijsten van teksten per taal.</translation>
    </message>
</context>
<context>
    <name>GlossaryEditor</name>
    <message>
        <source>&amp;Add Term</source>
        <translation>Term &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove Term</source>
        <translation>Term &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Filter Terms</source>
        <translation>Termen &amp;filteren</translation>
    </message>
    <message>
        <source>Add a term after the selected one (Insert)</source>
        <translation>Een term toevoegen na de geselecteerde (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected terms (Delete)</source>
        <translation>De geselecteerde termen verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Replace the glossary by a registro-glossary JSON file</source>
        <translation>De woordenlijst vervangen door een registro-glossary-JSON-bestand</translation>
    </message>
    <message>
        <source>Save the glossary as a registro-glossary JSON file</source>
        <translation>De woordenlijst opslaan als registro-glossary-JSON-bestand</translation>
    </message>
    <message>
        <source>Filter terms (Ctrl+F)</source>
        <translation>Termen filteren (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter terms</source>
        <translation>Termen filteren</translation>
    </message>
    <message>
        <source>The glossary check of the translation review uses these terms: where the English term occurs, one of the approved translations is expected, and a forbidden translation is an error. Separate several translations with commas.</source>
        <translation>De woordenlijstcontrole van de vertaalbeoordeling gebruikt deze termen: waar de Engelse term voorkomt, wordt een van de goedgekeurde vertalingen verwacht, en een verboden vertaling is een fout. Scheid meerdere vertalingen met komma&apos;s.</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Termen van de woordenlijst</translation>
    </message>
    <message>
        <source>%1 of %2 terms</source>
        <translation>%1 van %2 termen</translation>
    </message>
    <message>
        <source>new term</source>
        <translation>nieuwe term</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n glossary term(s)</source>
        <translation>
            <numerusform>%n term uit de woordenlijst verwijderen</numerusform>
            <numerusform>%n termen uit de woordenlijst verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Glossary</source>
        <translation>Woordenlijst importeren</translation>
    </message>
    <message>
        <source>Registro glossaries (*.json);;All files (*)</source>
        <translation>Registro-woordenlijsten (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2 The glossary was not changed.</source>
        <translation>%1 kan niet worden geïmporteerd: %2 De woordenlijst is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Cannot Import Glossary</source>
        <translation>Kan woordenlijst niet importeren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n term(s) from %1.</source>
        <translation>
            <numerusform>%n term geïmporteerd uit %1.</numerusform>
            <numerusform>%n termen geïmporteerd uit %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Glossary</source>
        <translation>Woordenlijst exporteren</translation>
    </message>
    <message>
        <source>Registro glossaries (*.json)</source>
        <translation>Registro-woordenlijsten (*.json)</translation>
    </message>
    <message>
        <source>Cannot Export Glossary</source>
        <translation>Kan woordenlijst niet exporteren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n term(s) to %1.</source>
        <translation>
            <numerusform>%n term geëxporteerd naar %1.</numerusform>
            <numerusform>%n termen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryRepository</name>
    <message>
        <source>A glossary term needs a source term.</source>
        <translation>Een term in de woordenlijst heeft een bronterm nodig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be both approved and forbidden for &quot;%2&quot; in %3.</source>
        <translation>&quot;%1&quot; kan niet tegelijk goedgekeurd en verboden zijn voor &quot;%2&quot; in het %3.</translation>
    </message>
    <message>
        <source>The glossary already has the term &quot;%1&quot;. Edit that term instead.</source>
        <translation>De woordenlijst bevat de term &quot;%1&quot; al. Bewerk in plaats daarvan die term.</translation>
    </message>
    <message>
        <source>The glossary has no term &quot;%1&quot; (any more).</source>
        <translation>De woordenlijst bevat de term &quot;%1&quot; niet (meer).</translation>
    </message>
    <message>
        <source>The glossary&apos;s source terms are in &quot;%1&quot;; the workspace glossary has English (en) source terms.</source>
        <translation>De brontermen van de woordenlijst zijn in &quot;%1&quot;; de woordenlijst van de werkruimte heeft Engelse (en) brontermen.</translation>
    </message>
    <message>
        <source>The term &quot;%1&quot; occurs more than once in the glossary.</source>
        <translation>De term &quot;%1&quot; komt meer dan eens voor in de woordenlijst.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>Het bestand is geen geldige JSON: %1 (bij teken %2).</translation>
    </message>
    <message>
        <source>This is not a Registro glossary (the file does not hold a JSON object).</source>
        <translation>Dit is geen Registro-woordenlijst (het bestand bevat geen JSON-object).</translation>
    </message>
    <message>
        <source>The glossary has no terms.</source>
        <translation>De woordenlijst heeft geen termen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is refused: %2 The glossary was not changed.</source>
        <translation>%1 is geweigerd: %2 De woordenlijst is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>GlossaryTableModel</name>
    <message>
        <source>Translations of the term that must not be used in %1 (separate them with commas)</source>
        <translation>Vertalingen van de term die niet mogen worden gebruikt in het %1 (scheid ze met komma&apos;s)</translation>
    </message>
    <message>
        <source>Approved translations of the term in %1 (separate them with commas)</source>
        <translation>Goedgekeurde vertalingen van de term in het %1 (scheid ze met komma&apos;s)</translation>
    </message>
    <message>
        <source>Term (EN)</source>
        <translation>Term (EN)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>%1 forbidden</source>
        <translation>%1 verboden</translation>
    </message>
    <message>
        <source>%1 approved</source>
        <translation>%1 goedgekeurd</translation>
    </message>
    <message>
        <source>The glossary already has the term &quot;%1&quot;. Edit that term instead.</source>
        <translation>De woordenlijst bevat de term &quot;%1&quot; al. Bewerk in plaats daarvan die term.</translation>
    </message>
</context>
<context>
    <name>GlossaryTermCommand</name>
    <message>
        <source>Import glossary</source>
        <translation>Woordenlijst importeren</translation>
    </message>
</context>
<context>
    <name>LanguageDetector</name>
    <message>
        <source>No language model for &quot;%1&quot; in %2.</source>
        <translation>Geen taalmodel voor &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <source>Cannot write the language detector configuration: %1</source>
        <translation>Kan de configuratie van de taaldetector niet schrijven: %1</translation>
    </message>
    <message>
        <source>Cannot load the language models from %1.</source>
        <translation>Kan de taalmodellen niet laden uit %1.</translation>
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
    <name>MainWindow</name>
    <message>
        <source>&lt;h2&gt;No workspace open&lt;/h2&gt;&lt;p&gt;Open a workspace (Ctrl+O) or create a new one (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Geen werkruimte geopend&lt;/h2&gt;&lt;p&gt;Open een werkruimte (Ctrl+O) of maak een nieuwe aan (Ctrl+N).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nieuwe werkruimte…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Werkruimte &amp;openen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>Werkruimte &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activiteit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>Configure &amp;Registro…</source>
        <translation>&amp;Registro configureren…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Registro &amp;User Guide</source>
        <translation>&amp;Gebruikershandleiding Registro</translation>
    </message>
    <message>
        <source>&amp;About Registro</source>
        <translation>&amp;Over Registro</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Controller records</source>
        <translation>Register verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Processor records</source>
        <translation>Register verwerker</translation>
    </message>
    <message>
        <source>Data categories &amp; retention</source>
        <translation>Gegevenscategorieën en bewaring</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <source>Sub-processors</source>
        <translation>Subverwerkers</translation>
    </message>
    <message>
        <source>DPA templates</source>
        <translation>Sjablonen verwerkersovereenkomst</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <source>Translation review</source>
        <translation>Vertaalbeoordeling</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Coming soon.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Binnenkort beschikbaar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Kan werkruimte niet openen</translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation>Kan werkruimte niet aanmaken</translation>
    </message>
    <message>
        <source>%1 — Registro</source>
        <translation>%1 — Registro</translation>
    </message>
    <message>
        <source>Registro</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Geen werkruimte geopend</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nieuwe werkruimte</translation>
    </message>
    <message>
        <source>Registro workspaces (*.registro)</source>
        <translation>Registro-werkruimten (*.registro)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Werkruimte openen</translation>
    </message>
    <message>
        <source>Registro workspaces (*.registro);;All files (*)</source>
        <translation>Registro-werkruimten (*.registro);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Geen recente werkruimten</translation>
    </message>
    <message>
        <source>Remove Missing Workspaces</source>
        <translation>Ontbrekende werkruimten verwijderen</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Export an agreement, the register or the sub-processor list as PDF or ODT (Ctrl+E)</source>
        <translation>Een overeenkomst, het register of de lijst van subverwerkers exporteren als PDF of ODT (Ctrl+E)</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Woordenlijst</translation>
    </message>
</context>
<context>
    <name>MeasureCatalogEditor</name>
    <message>
        <source>&amp;Add measure</source>
        <translation>Maatregel &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Delete measure</source>
        <translation>Maatregel &amp;verwijderen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Onderdeel:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschrijving:</translation>
    </message>
    <message>
        <source>S&amp;ort order:</source>
        <translation>So&amp;rteervolgorde:</translation>
    </message>
    <message>
        <source>Where used:</source>
        <translation>Gebruikt in:</translation>
    </message>
    <message>
        <source>Other measures</source>
        <translation>Overige maatregelen</translation>
    </message>
    <message>
        <source>Not used by any processing activity</source>
        <translation>Door geen enkele verwerkingsactiviteit gebruikt</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Maatregel bewerken</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nieuwe maatregel</translation>
    </message>
    <message>
        <source>New measure %1</source>
        <translation>Nieuwe maatregel %1</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Maatregel toevoegen</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Maatregel verwijderen</translation>
    </message>
</context>
<context>
    <name>NoticeLetterDocument</name>
    <message>
        <source>There is no planned change %1 with a customer %2.</source>
        <translation>Er is geen geplande wijziging %1 met een klant %2.</translation>
    </message>
</context>
<context>
    <name>NoticeSchedule</name>
    <message>
        <source>Notice needed</source>
        <translation>Kennisgeving nodig</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Objected</source>
        <translation>Bezwaar gemaakt</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
</context>
<context>
    <name>OdtDocumentWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 as OpenDocument.</source>
        <translation>Kan %1 niet als OpenDocument schrijven.</translation>
    </message>
</context>
<context>
    <name>PdfDocumentWriter</name>
    <message>
        <source>The fonts for documents are missing: install Liberation or DejaVu fonts.</source>
        <translation>De lettertypen voor documenten ontbreken: installeer de lettertypen Liberation of DejaVu.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
    <message>
        <source>The PDF written to %1 has no trailer.</source>
        <translation>De naar %1 geschreven PDF heeft geen trailer.</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>Kan pagina %1 niet beginnen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Cannot paint on the printer.</source>
        <translation>Kan niet op de printer tekenen.</translation>
    </message>
    <message>
        <source>Cannot write the PDF.</source>
        <translation>Kan de PDF niet schrijven.</translation>
    </message>
</context>
<context>
    <name>PlannedChangeRepository</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Choose the sub-processor the change is about.</source>
        <translation>Kies de subverwerker waarop de wijziging betrekking heeft.</translation>
    </message>
    <message>
        <source>Give the date the change takes effect.</source>
        <translation>Geef de datum op waarop de wijziging ingaat.</translation>
    </message>
    <message>
        <source>Choose the sub-processor that is replaced.</source>
        <translation>Kies de subverwerker die wordt vervangen.</translation>
    </message>
    <message>
        <source>A sub-processor cannot replace itself.</source>
        <translation>Een subverwerker kan zichzelf niet vervangen.</translation>
    </message>
    <message>
        <source>A notice belongs to a planned change and a customer.</source>
        <translation>Een kennisgeving hoort bij een geplande wijziging en een klant.</translation>
    </message>
    <message>
        <source>An objection cannot arrive before the notice was sent.</source>
        <translation>Een bezwaar kan niet binnenkomen voordat de kennisgeving is verzonden.</translation>
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
    <name>RegisterView</name>
    <message>
        <source>Special categories</source>
        <translation>Bijzondere categorieën</translation>
    </message>
    <message>
        <source>Transfers lacking a safeguard</source>
        <translation>Doorgiften zonder waarborg</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Beoordeling achterstallig</translation>
    </message>
    <message>
        <source>Search all fields (Ctrl+F)</source>
        <translation>In alle velden zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>In het register zoeken</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle rollen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All legal bases</source>
        <translation>Alle grondslagen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>&amp;New Activity</source>
        <translation>&amp;Nieuwe activiteit</translation>
    </message>
    <message>
        <source>Add a processing activity to the register (Ctrl+Shift+N)</source>
        <translation>Een verwerkingsactiviteit aan het register toevoegen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Activity</source>
        <translation>Activiteit d&amp;upliceren</translation>
    </message>
    <message>
        <source>&amp;Delete Activity…</source>
        <translation>Activiteit &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle afdelingen</translation>
    </message>
    <message>
        <source>%1 of %2 activities</source>
        <translation>%1 van %2 activiteiten</translation>
    </message>
    <message>
        <source>Registro</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <source>New activity %1</source>
        <translation>Nieuwe activiteit %1</translation>
    </message>
    <message>
        <source>New activity “%1”</source>
        <translation>Nieuwe activiteit “%1”</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>“%1” dupliceren</translation>
    </message>
    <message>
        <source>Delete Activity</source>
        <translation>Activiteit verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1” from the register? Undo (Ctrl+Z) brings it back.</source>
        <translation>“%1” uit het register verwijderen? Ongedaan maken (Ctrl+Z) zet deze terug.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>“%1” verwijderen</translation>
    </message>
</context>
<context>
    <name>SavePlannedChangeCommand</name>
    <message>
        <source>Edit planned change</source>
        <translation>Geplande wijziging bewerken</translation>
    </message>
    <message>
        <source>Plan change</source>
        <translation>Wijziging plannen</translation>
    </message>
</context>
<context>
    <name>SaveSubProcessorCommand</name>
    <message>
        <source>Edit sub-processor &quot;%1&quot;</source>
        <translation>Subverwerker &quot;%1&quot; bewerken</translation>
    </message>
    <message>
        <source>Add sub-processor &quot;%1&quot;</source>
        <translation>Subverwerker &quot;%1&quot; toevoegen</translation>
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
    <name>SubProcessorChecker</name>
    <message>
        <source>Servers in %1, outside the EEA without an adequacy decision, and no safeguard recorded. Record the SCCs, BCRs, DPF certification or derogation that covers the transfer.</source>
        <translation>Servers in %1, buiten de EER zonder adequaatheidsbesluit, en geen waarborg vastgelegd. Leg de standaardcontractbepalingen (SCC&apos;s), bindende bedrijfsvoorschriften (BCR&apos;s), DPF-certificering of uitzondering vast die de doorgifte dekt.</translation>
    </message>
    <message>
        <source>The EU-US Data Privacy Framework covers only recipients in the United States, and no server location of this sub-processor is there. Choose the safeguard that applies.</source>
        <translation>Het EU-VS-gegevensprivacykader (DPF) geldt alleen voor ontvangers in de Verenigde Staten, en geen enkele serverlocatie van deze subverwerker bevindt zich daar. Kies de waarborg die van toepassing is.</translation>
    </message>
    <message>
        <source>The transfer to %1 in &quot;%2&quot; is marked &quot;not required&quot;, but %1 is outside the EEA without an adequacy decision. Record the safeguard that covers it.</source>
        <translation>De doorgifte naar %1 in &quot;%2&quot; is gemarkeerd als &quot;niet vereist&quot;, maar %1 ligt buiten de EER zonder adequaatheidsbesluit. Leg de waarborg vast die deze doorgifte dekt.</translation>
    </message>
    <message>
        <source>No processing activity uses this sub-processor. Link it to the activities it serves, or mark it removed.</source>
        <translation>Geen enkele verwerkingsactiviteit gebruikt deze subverwerker. Koppel deze aan de verwerkingsactiviteiten waarvoor hij wordt ingezet, of markeer hem als verwijderd.</translation>
    </message>
</context>
<context>
    <name>SubProcessorCommands</name>
    <message>
        <source>The sub-processor list as of a date, its changes, notice deadlines</source>
        <translation>De lijst van subverwerkers op een datum, de wijzigingen daarin en de termijnen voor kennisgeving</translation>
    </message>
</context>
<context>
    <name>SubProcessorDemo</name>
    <message>
        <source>The demo content has a planned change of unknown kind &quot;%1&quot;.</source>
        <translation>De demo-inhoud bevat een geplande wijziging van onbekend type &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The demo content refers to an unknown subprocessor &quot;%1&quot;.</source>
        <translation>De demo-inhoud verwijst naar een onbekende subverwerker &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SubProcessorHistory</name>
    <message>
        <source>A version needs a stored sub-processor and a date.</source>
        <translation>Een versie heeft een opgeslagen subverwerker en een datum nodig.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Statutaire naam</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Processing actions</source>
        <translation>Verwerkingshandelingen</translation>
    </message>
    <message>
        <source>Server locations</source>
        <translation>Serverlocaties</translation>
    </message>
    <message>
        <source>Transfer safeguard</source>
        <translation>Waarborg voor doorgifte</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>SCC-module</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Contact-e-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Datum toegevoegd</translation>
    </message>
    <message>
        <source>Date removed</source>
        <translation>Datum verwijderd</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Gegevenscategorieën</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
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
    <name>SubProcessorView</name>
    <message>
        <source>&amp;New Sub-processor</source>
        <translation>&amp;Nieuwe subverwerker</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>Wijzigingen t&amp;oepassen</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Statutaire naam</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Waarborg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>niet verwijderd</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Statutaire naam:</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>Di&amp;enst:</translation>
    </message>
    <message>
        <source>Processing &amp;actions:</source>
        <translation>Verwerkings&amp;handelingen:</translation>
    </message>
    <message>
        <source>Server &amp;countries:</source>
        <translation>Server&amp;landen:</translation>
    </message>
    <message>
        <source>Transfer s&amp;afeguard:</source>
        <translation>&amp;Waarborg voor doorgifte:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Date a&amp;dded:</source>
        <translation>Datum toe&amp;gevoegd:</translation>
    </message>
    <message>
        <source>Date re&amp;moved:</source>
        <translation>Datum verwij&amp;derd:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Bevindingen:</translation>
    </message>
    <message>
        <source>List as of:</source>
        <translation>Lijst per:</translation>
    </message>
    <message>
        <source>changes since:</source>
        <translation>wijzigingen sinds:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Notice by</source>
        <translation>Kennisgeving uiterlijk</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Objections until</source>
        <translation>Bezwaar mogelijk tot</translation>
    </message>
    <message>
        <source>Record Notice &amp;Sent</source>
        <translation>Kennisgeving als &amp;verzonden vastleggen</translation>
    </message>
    <message>
        <source>Record &amp;Objection</source>
        <translation>&amp;Bezwaar vastleggen</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Op:</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reden voor de wijziging</translation>
    </message>
    <message>
        <source>&amp;Plan Change</source>
        <translation>Wijziging &amp;plannen</translation>
    </message>
    <message>
        <source>replacing</source>
        <translation>ter vervanging van</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>Planned Changes</source>
        <translation>Geplande wijzigingen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Sub-processors as of %1:</source>
        <translation>Subverwerkers per %1:</translation>
    </message>
    <message>
        <source>Changes from %1 to %2:</source>
        <translation>Wijzigingen van %1 tot %2:</translation>
    </message>
    <message>
        <source>  + added: %1</source>
        <translation>  + toegevoegd: %1</translation>
    </message>
    <message>
        <source>  − removed: %1</source>
        <translation>  − verwijderd: %1</translation>
    </message>
    <message>
        <source>  ~ changed: %1</source>
        <translation>  ~ gewijzigd: %1</translation>
    </message>
    <message>
        <source>%1: %2, effective %3</source>
        <translation>%1: %2, met ingang van %3</translation>
    </message>
    <message>
        <source>Record objection of %1</source>
        <translation>Bezwaar van %1 vastleggen</translation>
    </message>
    <message>
        <source>Record notice sent to %1</source>
        <translation>Kennisgeving aan %1 als verzonden vastleggen</translation>
    </message>
</context>
<context>
    <name>TemplateCommands</name>
    <message>
        <source>Print an agreement rendered from its template and the register</source>
        <translation>Een overeenkomst afdrukken, gegenereerd uit het sjabloon en het register</translation>
    </message>
    <message>
        <source>There is no agreement %1 in %2.</source>
        <translation>Er is geen overeenkomst %1 in %2.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorView</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clausule</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clausules</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Preview with:</source>
        <translation>Voorbeeld met:</translation>
    </message>
    <message>
        <source>Clause text (%1)</source>
        <translation>Clausuletekst (%1)</translation>
    </message>
    <message>
        <source>Included when: %1</source>
        <translation>Opgenomen als: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>O&amp;ptional: each agreement can leave it out</source>
        <translation>O&amp;ptioneel: elke overeenkomst kan haar weglaten</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Sub-clause</source>
        <translation>Subbepaling</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>The clause&apos;s key: the same in every version of the template and in the translations.</source>
        <translation>De sleutel van de bepaling: dezelfde in elke versie van het sjabloon en in de vertalingen.</translation>
    </message>
    <message>
        <source>always included</source>
        <translation>altijd opgenomen</translation>
    </message>
    <message>
        <source>A template expression, e.g. register.has_non_eea_transfers: the clause is left out when it is false.</source>
        <translation>Een sjabloonexpressie, bijv. register.has_non_eea_transfers: de bepaling wordt weggelaten als die onwaar is.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>K&amp;ey:</source>
        <translation>S&amp;leutel:</translation>
    </message>
    <message>
        <source>Con&amp;dition:</source>
        <translation>&amp;Voorwaarde:</translation>
    </message>
    <message>
        <source>Add &amp;Article</source>
        <translation>&amp;Artikel toevoegen</translation>
    </message>
    <message>
        <source>+ Article</source>
        <translation>+ Artikel</translation>
    </message>
    <message>
        <source>Add &amp;Sub-clause</source>
        <translation>&amp;Subbepaling toevoegen</translation>
    </message>
    <message>
        <source>+ Sub-clause</source>
        <translation>+ Subbepaling</translation>
    </message>
    <message>
        <source>Add A&amp;ppendix</source>
        <translation>&amp;Bijlage toevoegen</translation>
    </message>
    <message>
        <source>+ Appendix</source>
        <translation>+ Bijlage</translation>
    </message>
    <message>
        <source>&amp;Remove Clause…</source>
        <translation>Bepaling ve&amp;rwijderen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Naar &amp;boven</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Naar &amp;onderen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move &amp;Out a Level</source>
        <translation>Een niveau &amp;hoger plaatsen</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Hoger</translation>
    </message>
    <message>
        <source>Move &amp;In a Level</source>
        <translation>Een niveau &amp;lager plaatsen</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Clause tree</source>
        <translation>Bepalingenstructuur</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optioneel)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key: use letters, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>&quot;%1&quot; is geen geldige sleutel: gebruik letters, cijfers, &quot;-&quot; en &quot;_&quot;.</translation>
    </message>
    <message>
        <source>The condition is not valid: %1</source>
        <translation>De voorwaarde is niet geldig: %1</translation>
    </message>
    <message>
        <source>Select the clause the new sub-clause goes under.</source>
        <translation>Selecteer de bepaling waaronder de nieuwe subbepaling komt.</translation>
    </message>
    <message>
        <source>Remove clause %1 and its text in every language?</source>
        <translation>Bepaling %1 en de tekst ervan in elke taal verwijderen?</translation>
    </message>
    <message>
        <source>Remove clause %1 with its sub-clause and their texts in every language?</source>
        <translation>Bepaling %1 met haar subbepaling en hun teksten in elke taal verwijderen?</translation>
    </message>
    <message>
        <source>Remove clause %1 with its %2 sub-clauses and their texts in every language?</source>
        <translation>Bepaling %1 met haar %2 subbepalingen en hun teksten in elke taal verwijderen?</translation>
    </message>
    <message>
        <source>Remove Clause</source>
        <translation>Bepaling verwijderen</translation>
    </message>
    <message>
        <source>Clause %1 is already the first at its level.</source>
        <translation>Bepaling %1 is al de eerste op haar niveau.</translation>
    </message>
    <message>
        <source>Clause %1 is already the last at its level.</source>
        <translation>Bepaling %1 is al de laatste op haar niveau.</translation>
    </message>
    <message>
        <source>Clause %1 has no clause before it at its level to go under.</source>
        <translation>Bepaling %1 heeft op haar niveau geen voorafgaande bepaling om onder te plaatsen.</translation>
    </message>
    <message>
        <source>Clause %1 is already at the top level.</source>
        <translation>Bepaling %1 staat al op het hoogste niveau.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Clause title (%1)</source>
        <translation>Clausuletitel (%1)</translation>
    </message>
</context>
<context>
    <name>TemplateImporter</name>
    <message>
        <source>The sample template is missing from this build.</source>
        <translation>Het voorbeeldsjabloon ontbreekt in deze build.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>The template file is not valid JSON: %1</source>
        <translation>Het sjabloonbestand is geen geldige JSON: %1</translation>
    </message>
    <message>
        <source>This is not a Registro template file.</source>
        <translation>Dit is geen Registro-sjabloonbestand.</translation>
    </message>
    <message>
        <source>This template file has a format version this Registro cannot read.</source>
        <translation>Dit sjabloonbestand heeft een formaatversie die deze versie van Registro niet kan lezen.</translation>
    </message>
    <message>
        <source>The template has no name.</source>
        <translation>Het sjabloon heeft geen naam.</translation>
    </message>
    <message>
        <source>The template&apos;s languages must include its source language.</source>
        <translation>De talen van het sjabloon moeten de brontaal ervan omvatten.</translation>
    </message>
</context>
<context>
    <name>TemplateJsonSegments</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at character %3).</source>
        <translation>%1 is geen geldige JSON: %2 (bij teken %3).</translation>
    </message>
    <message>
        <source>This is not a Registro template (the &quot;format&quot; is not &quot;registro-template&quot;).</source>
        <translation>Dit is geen Registro-sjabloon (het &quot;format&quot; is niet &quot;registro-template&quot;).</translation>
    </message>
    <message>
        <source>The template has no &quot;clauses&quot; list.</source>
        <translation>Het sjabloon heeft geen lijst &quot;clauses&quot;.</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>There is no template %1.</source>
        <translation>Er is geen sjabloon %1.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; is not maintained in &quot;%2&quot;.</source>
        <translation>Sjabloon &quot;%1&quot; wordt niet bijgehouden in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>Voorwaarde: %1</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>Er is geen overeenkomst %1.</translation>
    </message>
    <message>
        <source>Agreement %1 was not signed in &quot;%2&quot;.</source>
        <translation>Overeenkomst %1 is niet ondertekend in &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer::Error</name>
    <message>
        <source>clause %1 (%2, %3)</source>
        <translation>clausule %1 (%2, %3)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, regel %2</translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <source>A template needs a name.</source>
        <translation>Een sjabloon heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A template needs at least one language.</source>
        <translation>Een sjabloon heeft ten minste één taal nodig.</translation>
    </message>
    <message>
        <source>A clause needs a key.</source>
        <translation>Een clausule heeft een sleutel nodig.</translation>
    </message>
    <message>
        <source>There is no template %1.</source>
        <translation>Er is geen sjabloon %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid clause key: use letters, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>&quot;%1&quot; is geen geldige sleutel voor een bepaling: gebruik letters, cijfers, &quot;-&quot; en &quot;_&quot;.</translation>
    </message>
    <message>
        <source>The template already has a clause with the key &quot;%1&quot;.</source>
        <translation>Het sjabloon heeft al een bepaling met de sleutel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no clause %1 in this template.</source>
        <translation>Er is geen bepaling %1 in dit sjabloon.</translation>
    </message>
    <message>
        <source>An appendix stays at the top level; it cannot be placed below a clause.</source>
        <translation>Een bijlage blijft op het hoogste niveau; ze kan niet onder een bepaling worden geplaatst.</translation>
    </message>
    <message>
        <source>There is no clause %1.</source>
        <translation>Er is geen bepaling %1.</translation>
    </message>
    <message>
        <source>There is nothing to restore.</source>
        <translation>Er is niets te herstellen.</translation>
    </message>
    <message>
        <source>Clause %1 exists already.</source>
        <translation>Bepaling %1 bestaat al.</translation>
    </message>
    <message>
        <source>The clause that held &quot;%1&quot; no longer exists.</source>
        <translation>De bepaling die &quot;%1&quot; bevatte, bestaat niet meer.</translation>
    </message>
    <message>
        <source>Clause %1: %2</source>
        <translation>Bepaling %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot move into itself or into one of its own sub-clauses.</source>
        <translation>&quot;%1&quot; kan niet in zichzelf of in een van haar eigen subbepalingen worden verplaatst.</translation>
    </message>
    <message>
        <source>An appendix stays at the top level: &quot;%1&quot; cannot be placed below a clause.</source>
        <translation>Een bijlage blijft op het hoogste niveau: &quot;%1&quot; kan niet onder een bepaling worden geplaatst.</translation>
    </message>
    <message>
        <source>A clause below another clause is a sub-clause; move it to the top level to make it an article or an appendix.</source>
        <translation>Een bepaling onder een andere bepaling is een subbepaling; verplaats haar naar het hoogste niveau om er een artikel of bijlage van te maken.</translation>
    </message>
    <message>
        <source>A clause at the top level is an article or an appendix.</source>
        <translation>Een bepaling op het hoogste niveau is een artikel of een bijlage.</translation>
    </message>
</context>
<context>
    <name>TextTemplateEngine</name>
    <message>
        <source>The template engine (%1) is not installed.</source>
        <translation>De sjabloonengine (%1) is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>The template engine cannot be loaded: %1</source>
        <translation>De sjabloonengine kan niet worden geladen: %1</translation>
    </message>
    <message>
        <source>%1 is not Registro&apos;s template engine.</source>
        <translation>%1 is niet de sjabloonengine van Registro.</translation>
    </message>
</context>
<context>
    <name>TranslationCommands</name>
    <message>
        <source>Check the translations of a template in a workspace</source>
        <translation>De vertalingen van een sjabloon in een werkruimte controleren</translation>
    </message>
    <message>
        <source>Exchange a template&apos;s translations as XLIFF 2.0</source>
        <translation>De vertalingen van een sjabloon uitwisselen als XLIFF 2.0</translation>
    </message>
    <message>
        <source>registro-cli qa: unexpected argument &quot;%1&quot;.</source>
        <translation>registro-cli qa: onverwacht argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: registro-cli %1</source>
        <translation>Gebruik: registro-cli %1</translation>
    </message>
    <message>
        <source>registro-cli: the language check is skipped: %1</source>
        <translation>registro-cli: de taalcontrole wordt overgeslagen: %1</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings.</source>
        <translation>%1 fouten, %2 waarschuwingen.</translation>
    </message>
    <message>
        <source>registro-cli: cannot write %1: %2</source>
        <translation>registro-cli: kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>%1 segments written to %2.</source>
        <translation>%1 segmenten geschreven naar %2.</translation>
    </message>
    <message>
        <source>registro-cli: cannot read %1: %2</source>
        <translation>registro-cli: kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>registro-cli: %1 is refused: %2 Nothing was changed.</source>
        <translation>registro-cli: %1 is geweigerd: %2 Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 of %2 segments changed.</source>
        <translation>%1 van %2 segmenten gewijzigd.</translation>
    </message>
    <message>
        <source>registro-cli xliff: unexpected argument &quot;%1&quot;.</source>
        <translation>registro-cli xliff: onverwacht argument &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>TranslationFileCommands</name>
    <message>
        <source>Check the translations of a template file</source>
        <translation>De vertalingen van een sjabloonbestand controleren</translation>
    </message>
    <message>
        <source>registro-cli qa-file: unexpected argument &quot;%1&quot;.</source>
        <translation>registro-cli qa-file: onverwacht argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: registro-cli qa-file TEMPLATE.json [--lang nl] [--glossary FILE] [--json]</source>
        <translation>Gebruik: registro-cli qa-file TEMPLATE.json [--lang nl] [--glossary FILE] [--json]</translation>
    </message>
    <message>
        <source>registro-cli: the template has no target language &quot;%1&quot; (it has: %2).</source>
        <translation>registro-cli: het sjabloon heeft geen doeltaal &quot;%1&quot; (het heeft: %2).</translation>
    </message>
    <message>
        <source>registro-cli: the language check is skipped: %1</source>
        <translation>registro-cli: de taalcontrole wordt overgeslagen: %1</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings.</source>
        <translation>%1 fouten, %2 waarschuwingen.</translation>
    </message>
</context>
<context>
    <name>TranslationQa</name>
    <message>
        <source>Missing translation</source>
        <translation>Ontbrekende vertaling</translation>
    </message>
    <message>
        <source>Template tags</source>
        <translation>Sjabloontags</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Getallen</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>Verkeerde taal</translation>
    </message>
    <message>
        <source>Markup and typing</source>
        <translation>Opmaak en typografie</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Woordenlijst</translation>
    </message>
    <message>
        <source>Paragraphs and lists</source>
        <translation>Alinea&apos;s en lijsten</translation>
    </message>
    <message>
        <source>There is no %1 translation: translate the clause.</source>
        <translation>Er is geen vertaling in het %1: vertaal de clausule.</translation>
    </message>
    <message>
        <source>The translation is identical to the %1 source: translate it.</source>
        <translation>De vertaling is identiek aan de bron in het %1: vertaal deze.</translation>
    </message>
    <message>
        <source>The tag %1 of the source is missing: copy it unchanged into the translation.</source>
        <translation>De tag %1 uit de bron ontbreekt: neem deze ongewijzigd over in de vertaling.</translation>
    </message>
    <message>
        <source>The tag %1 occurs %2 times in the source but %3 times in the translation: copy every occurrence.</source>
        <translation>De tag %1 komt %2 keer voor in de bron, maar %3 keer in de vertaling: neem elke instantie over.</translation>
    </message>
    <message>
        <source>The tag %1 is not in the source: remove it or correct it to match the source.</source>
        <translation>De tag %1 staat niet in de bron: verwijder deze of corrigeer hem zodat hij overeenkomt met de bron.</translation>
    </message>
    <message>
        <source>The tag %1 occurs more often than in the source: remove the extra one.</source>
        <translation>De tag %1 komt vaker voor dan in de bron: verwijder de extra tag.</translation>
    </message>
    <message>
        <source>%1 has no matching %2 before it: put the tags in the same order as in the source.</source>
        <translation>Vóór %1 staat geen bijbehorende %2: zet de tags in dezelfde volgorde als in de bron.</translation>
    </message>
    <message>
        <source>%1 is not closed: add %2 where the source has it.</source>
        <translation>%1 wordt niet afgesloten: voeg %2 toe waar de bron deze heeft.</translation>
    </message>
    <message>
        <source>The number %1 of the source is missing from the translation.</source>
        <translation>Het getal %1 uit de bron ontbreekt in de vertaling.</translation>
    </message>
    <message>
        <source>The number %1 occurs %2 times in the source but %3 times in the translation (in digits or words).</source>
        <translation>Het getal %1 komt %2 keer voor in de bron, maar %3 keer in de vertaling (in cijfers of woorden).</translation>
    </message>
    <message>
        <source>The number %1 (%2) is not in the source: check the figure.</source>
        <translation>Het getal %1 (%2) staat niet in de bron: controleer het cijfer.</translation>
    </message>
    <message>
        <source>The number %1 is not in the source: check the figure.</source>
        <translation>Het getal %1 staat niet in de bron: controleer het cijfer.</translation>
    </message>
    <message>
        <source>The number %1 occurs more often than in the source.</source>
        <translation>Het getal %1 komt vaker voor dan in de bron.</translation>
    </message>
    <message>
        <source>The period after %1 differs: the source has %2, the translation %3. Use the same unit.</source>
        <translation>De termijn na %1 verschilt: de bron heeft %2, de vertaling %3. Gebruik dezelfde eenheid.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>The source writes %1 in words as well as in digits; write it the same way in the translation.</source>
        <translation>De bron schrijft %1 zowel in woorden als in cijfers; schrijf het in de vertaling op dezelfde manier.</translation>
    </message>
    <message>
        <source>The translation writes %1 in words where the source uses digits; write it the same way as the source.</source>
        <translation>De vertaling schrijft %1 in woorden waar de bron cijfers gebruikt; schrijf het op dezelfde manier als de bron.</translation>
    </message>
    <message>
        <source>This sentence is copied unchanged from the %1 source: translate it.</source>
        <translation>Deze zin is ongewijzigd overgenomen uit de bron in het %1: vertaal deze.</translation>
    </message>
    <message>
        <source>This sentence looks like %1, not %2: translate it into %2.</source>
        <translation>Deze zin lijkt %1 te zijn, niet %2: vertaal deze in het %2.</translation>
    </message>
    <message>
        <source>%1 looks like left-over HTML: remove it or write the character itself.</source>
        <translation>%1 lijkt op achtergebleven HTML: verwijder het of schrijf het teken zelf.</translation>
    </message>
    <message>
        <source>The bold markers “**” are not paired: close the bold text or remove the marker.</source>
        <translation>De vetmarkeringen “**” vormen geen paar: sluit de vetgedrukte tekst af of verwijder de markering.</translation>
    </message>
    <message>
        <source>The bracket %1 has no partner: add the missing bracket or remove this one.</source>
        <translation>Het haakje %1 heeft geen tegenhanger: voeg het ontbrekende haakje toe of verwijder dit haakje.</translation>
    </message>
    <message>
        <source>The quotation mark %1 has no partner: close the quotation or remove the mark.</source>
        <translation>Het aanhalingsteken %1 heeft geen tegenhanger: sluit het citaat af of verwijder het teken.</translation>
    </message>
    <message>
        <source>The straight quotation marks &quot; are not paired: close the quotation or remove the mark.</source>
        <translation>De rechte aanhalingstekens &quot; vormen geen paar: sluit het citaat af of verwijder het teken.</translation>
    </message>
    <message>
        <source>The quotation mark %1 is not used in %2: use %3 instead.</source>
        <translation>Het aanhalingsteken %1 wordt niet gebruikt in het %2: gebruik in plaats daarvan %3.</translation>
    </message>
    <message>
        <source>The word %1 is doubled: remove one.</source>
        <translation>Het woord %1 staat er twee keer: verwijder er één.</translation>
    </message>
    <message>
        <source>Two or more spaces in a row: use a single space.</source>
        <translation>Twee of meer spaties achter elkaar: gebruik één spatie.</translation>
    </message>
    <message>
        <source>The source uses %1; the translation should use the approved term %2.</source>
        <translation>De bron gebruikt %1; de vertaling moet de goedgekeurde term %2 gebruiken.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <source>%1 must not be used.</source>
        <translation>%1 mag niet worden gebruikt.</translation>
    </message>
    <message>
        <source>%1 must not be used for %2: use %3.</source>
        <translation>%1 mag niet worden gebruikt voor %2: gebruik %3.</translation>
    </message>
    <message>
        <source>The source has %1 list items, the translation %2: keep one item per source item.</source>
        <translation>De bron heeft %1 lijstitems, de vertaling %2: houd één item per bronitem aan.</translation>
    </message>
    <message>
        <source>The source has %1 paragraphs, the translation %2: keep the paragraphs of the source.</source>
        <translation>De bron heeft %1 alinea&apos;s, de vertaling %2: behoud de alinea&apos;s van de bron.</translation>
    </message>
</context>
<context>
    <name>TranslationReviewRepository</name>
    <message>
        <source>There is no template with id %1.</source>
        <translation>Er is geen sjabloon met id %1.</translation>
    </message>
    <message>
        <source>The template has no clause &quot;%1&quot;.</source>
        <translation>Het sjabloon heeft geen bepaling &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a target language of this template.</source>
        <translation>&quot;%1&quot; is geen doeltaal van dit sjabloon.</translation>
    </message>
    <message>
        <source>Clause &quot;%1&quot; has no translation yet.</source>
        <translation>Bepaling &quot;%1&quot; heeft nog geen vertaling.</translation>
    </message>
    <message>
        <source>Clause %1 has no translation to review.</source>
        <translation>Bepaling %1 heeft geen vertaling om te beoordelen.</translation>
    </message>
    <message>
        <source>Clause %1 is &quot;%2&quot;: review it before approving it.</source>
        <translation>Bepaling %1 is &quot;%2&quot;: beoordeel haar voordat u haar goedkeurt.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has no target language &quot;%2&quot; (it has: %3).</source>
        <translation>Het sjabloon &quot;%1&quot; heeft geen doeltaal &quot;%2&quot; (wel: %3).</translation>
    </message>
    <message>
        <source>The file is for template &quot;%1&quot; in &quot;%2&quot;, not for &quot;%3&quot;.</source>
        <translation>Het bestand is voor sjabloon &quot;%1&quot; in het &quot;%2&quot;, niet voor &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The file has a segment &quot;%1&quot; that the template does not have.</source>
        <translation>Het bestand bevat een segment &quot;%1&quot; dat het sjabloon niet heeft.</translation>
    </message>
</context>
<context>
    <name>TranslationReviewView</name>
    <message>
        <source>The source changed since the translation was reviewed:</source>
        <translation>De brontekst is gewijzigd sinds de vertaling werd beoordeeld:</translation>
    </message>
    <message>
        <source>Next &amp;Unreviewed</source>
        <translation>Volgende &amp;onbeoordeelde</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Beoordelen</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <source>Next &amp;Finding</source>
        <translation>Volgende &amp;bevinding</translation>
    </message>
    <message>
        <source>Mark the translation reviewed and go to the next unreviewed clause (Ctrl+Return)</source>
        <translation>De vertaling als beoordeeld markeren en naar de volgende onbeoordeelde bepaling gaan (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Approve the reviewed translation for issue (Ctrl+Shift+Return)</source>
        <translation>De beoordeelde vertaling goedkeuren voor uitgifte (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>All clauses</source>
        <translation>Alle bepalingen</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>Met bevindingen</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Sjabloon:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Bepaling</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Vertaling</translation>
    </message>
    <message>
        <source>QA findings</source>
        <translation>QA-bevindingen</translation>
    </message>
    <message>
        <source>%1 (title)</source>
        <translation>%1 (titel)</translation>
    </message>
    <message>
        <source>%1 of %2 segments reviewed, %3 with findings.</source>
        <translation>%1 van %2 segmenten beoordeeld, %3 met bevindingen.</translation>
    </message>
    <message>
        <source>Edit translation of %1</source>
        <translation>Vertaling van %1 bewerken</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>%1 beoordelen</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>%1 goedkeuren</translation>
    </message>
    <message>
        <source>Every visible segment is reviewed.</source>
        <translation>Elk zichtbaar segment is beoordeeld.</translation>
    </message>
    <message>
        <source>No visible segment has findings.</source>
        <translation>Geen enkel zichtbaar segment heeft bevindingen.</translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation>&amp;Woordenlijst…</translation>
    </message>
    <message>
        <source>Edit the workspace glossary the glossary check uses (Ctrl+G)</source>
        <translation>De woordenlijst van de werkruimte bewerken die de woordenlijstcontrole gebruikt (Ctrl+G)</translation>
    </message>
</context>
<context>
    <name>Translator</name>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiaans</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
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
<context>
    <name>XliffFile</name>
    <message>
        <source>Cannot write the XLIFF file: %1</source>
        <translation>Kan het XLIFF-bestand niet schrijven: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1 (line %2, column %3).</source>
        <translation>Het bestand is geen welgevormde XML: %1 (regel %2, kolom %3).</translation>
    </message>
    <message>
        <source>This is not an XLIFF file (its root element is &lt;%1&gt;).</source>
        <translation>Dit is geen XLIFF-bestand (het hoofdelement is &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>This is XLIFF %1; Registro reads XLIFF 2.0 only. Export the file again as XLIFF 2.0.</source>
        <translation>Dit is XLIFF %1; Registro leest alleen XLIFF 2.0. Exporteer het bestand opnieuw als XLIFF 2.0.</translation>
    </message>
    <message>
        <source>of an unknown version</source>
        <translation>van een onbekende versie</translation>
    </message>
    <message>
        <source>The file is a translation into &quot;%1&quot;, not into &quot;%2&quot;.</source>
        <translation>Het bestand is een vertaling naar &quot;%1&quot;, niet naar &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The file holds more than one &lt;file&gt;; Registro exports and reads one template per file.</source>
        <translation>Het bestand bevat meer dan één &lt;file&gt;; Registro exporteert en leest één sjabloon per bestand.</translation>
    </message>
    <message>
        <source>The file belongs to the template &quot;%1&quot;, not to &quot;%2&quot;.</source>
        <translation>Het bestand hoort bij het sjabloon &quot;%1&quot;, niet bij &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The file was exported from version %1 of the template; the template is now at version %2. Export it again.</source>
        <translation>Het bestand is geëxporteerd uit versie %1 van het sjabloon; het sjabloon is nu bij versie %2. Exporteer het opnieuw.</translation>
    </message>
    <message>
        <source>A &lt;unit&gt; at line %1 has no id.</source>
        <translation>Een &lt;unit&gt; op regel %1 heeft geen id.</translation>
    </message>
    <message>
        <source>The clause &quot;%1&quot; occurs twice in the file.</source>
        <translation>De clausule &quot;%1&quot; komt twee keer voor in het bestand.</translation>
    </message>
    <message>
        <source>The clause &quot;%1&quot; is split into several segments; Registro needs one segment per clause.</source>
        <translation>De clausule &quot;%1&quot; is opgesplitst in meerdere segmenten; Registro heeft één segment per clausule nodig.</translation>
    </message>
    <message>
        <source>The clause &quot;%1&quot; has the unknown state &quot;%2&quot;.</source>
        <translation>De clausule &quot;%1&quot; heeft de onbekende status &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The XLIFF file holds no &lt;file&gt; element.</source>
        <translation>Het XLIFF-bestand bevat geen &lt;file&gt;-element.</translation>
    </message>
    <message>
        <source>The file has clauses that the template does not have: %1. Was it exported from another template?</source>
        <translation>Het bestand bevat clausules die het sjabloon niet heeft: %1. Is het uit een ander sjabloon geëxporteerd?</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The GDPR register, sub-processors and DPAs.</source>
        <translation>Het AVG-register, subverwerkers en verwerkersovereenkomsten.</translation>
    </message>
    <message>
        <source>Quit once the register table has been painted, printing the time it took and the peak memory use (for benchmarks).</source>
        <translation>Afsluiten zodra de registertabel is weergegeven, met vermelding van de benodigde tijd en het piekgeheugengebruik (voor benchmarks).</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Een afbeelding van het venster opslaan in &lt;file&gt; zodra het wordt getoond, en daarna afsluiten.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation>Het werkruimtebestand dat geopend moet worden.</translation>
    </message>
    <message>
        <source>Show the section &lt;id&gt; after opening the workspace.</source>
        <translation>Na het openen van de werkruimte het onderdeel &lt;id&gt; tonen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use the user interface language &lt;code&gt; (en, nl, it, fr) for this run.</source>
        <translation>Voor deze keer de interfacetaal &lt;code&gt; (en, nl, it, fr) gebruiken.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
</context>
</TS>
