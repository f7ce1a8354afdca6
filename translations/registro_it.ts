<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Registro</source>
        <translation>Informazioni su Registro</translation>
    </message>
    <message>
        <source>Registro %1</source>
        <translation>Registro %1</translation>
    </message>
    <message>
        <source>Keeps the GDPR register of processing activities, sub-processors and data processing agreements.</source>
        <translation>Tiene il registro GDPR dei trattamenti, dei sub-responsabili e degli accordi sul trattamento dei dati.</translation>
    </message>
    <message>
        <source>Copyright 2026 The Registro authors. Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). There is no warranty.</source>
        <translation>Copyright 2026 gli autori di Registro. Distribuito con la GNU General Public License, versione 3 o successiva (GPL-3.0-or-later). Non è prevista alcuna garanzia.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Libreria</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Realizzato con:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilato con %2)</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>Give the activity a name: the register identifies each activity by its name.</source>
        <translation>Dai un nome al trattamento: il registro identifica ogni trattamento con il suo nome.</translation>
    </message>
    <message>
        <source>Another activity is already called &quot;%1&quot;. Choose a name that tells them apart.</source>
        <translation>Un altro trattamento si chiama già &quot;%1&quot;. Scegli un nome che li distingua.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a legal basis of Art. 6, 9(2) or 10 GDPR.</source>
        <translation>&quot;%1&quot; non è una base giuridica degli artt. 6, 9(2) o 10 GDPR.</translation>
    </message>
    <message>
        <source>The next review (%1) cannot come before the last review (%2).</source>
        <translation>Il prossimo riesame (%1) non può precedere l&apos;ultimo riesame (%2).</translation>
    </message>
    <message>
        <source>Every transfer needs its destination country.</source>
        <translation>Ogni trasferimento richiede il paese di destinazione.</translation>
    </message>
    <message>
        <source>SCC modules are numbered 1 to 4.</source>
        <translation>I moduli delle CCT sono numerati da 1 a 4.</translation>
    </message>
    <message>
        <source>A controller record does not name controllers it acts for; make it a processor record.</source>
        <translation>Un registro del titolare non indica titolari per conto dei quali si agisce; trasformalo in un registro del responsabile.</translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation>Il trattamento non esiste più.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>The organisation&apos;s name is mandatory (Art. 30(1)(a)).</source>
        <translation>Il nome dell&apos;organizzazione è obbligatorio (art. 30(1)(a)).</translation>
    </message>
    <message>
        <source>Give the party a name.</source>
        <translation>Dai un nome alla parte.</translation>
    </message>
    <message>
        <source>Notice and objection periods cannot be negative.</source>
        <translation>I termini di preavviso e di opposizione non possono essere negativi.</translation>
    </message>
    <message>
        <source>There is already a party called &quot;%1&quot;.</source>
        <translation>Esiste già una parte chiamata &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>This party is named in %n processing activities; remove it there first.</source>
        <translation>
            <numerusform>Questa parte è indicata in %n trattamento; rimuovila prima da lì.</numerusform>
            <numerusform>Questa parte è indicata in %n trattamenti; rimuovila prima da lì.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the data category a name.</source>
        <translation>Dai un nome alla categoria di dati.</translation>
    </message>
    <message>
        <source>There is already a data category called &quot;%1&quot;.</source>
        <translation>Esiste già una categoria di dati chiamata &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The category is still used by %n processing activities (%1). Remove it there first.</source>
        <translation>
            <numerusform>La categoria è ancora usata da %n trattamento (%1). Rimuovila prima da lì.</numerusform>
            <numerusform>La categoria è ancora usata da %n trattamenti (%1). Rimuovila prima da lì.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The category is still sent to %n sub-processors. Remove it there first.</source>
        <translation>
            <numerusform>La categoria è ancora inviata a %n sub-responsabile. Rimuovila prima da lì.</numerusform>
            <numerusform>La categoria è ancora inviata a %n sub-responsabili. Rimuovila prima da lì.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the measure a title.</source>
        <translation>Dai un titolo alla misura.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; already has a measure called &quot;%2&quot;.</source>
        <translation>La sezione &quot;%1&quot; ha già una misura chiamata &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The measure is still linked to %n processing activities. Remove it there first.</source>
        <translation>
            <numerusform>La misura è ancora collegata a %n trattamento. Rimuovila prima da lì.</numerusform>
            <numerusform>La misura è ancora collegata a %n trattamenti. Rimuovila prima da lì.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>registro-cli: unknown command &quot;%1&quot;.</source>
        <translation>registro-cli: comando sconosciuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: registro-cli COMMAND [OPTIONS] ...</source>
        <translation>Uso: registro-cli COMANDO [OPZIONI] ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opzioni:</translation>
    </message>
    <message>
        <source>Print the version and exit</source>
        <translation>Mostra la versione ed esce</translation>
    </message>
    <message>
        <source>Print this help and exit</source>
        <translation>Mostra questo aiuto ed esce</translation>
    </message>
</context>
<context>
    <name>CountryCatalog</name>
    <message>
        <source>The country list has no countries.</source>
        <translation>L&apos;elenco dei paesi è vuoto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code; choose the country from the list.</source>
        <translation>&quot;%1&quot; non è un codice paese ISO 3166; scegli il paese dall&apos;elenco.</translation>
    </message>
    <message>
        <source>%1 is outside the EEA: record the adequacy decision (%2) as the safeguard.</source>
        <translation>%1 è fuori dallo SEE: registra la decisione di adeguatezza (%2) come garanzia.</translation>
    </message>
    <message>
        <source>%1 has an adequacy decision (%2): record it as the safeguard.</source>
        <translation>%1 ha una decisione di adeguatezza (%2): registrala come garanzia.</translation>
    </message>
    <message>
        <source>The EU-US Data Privacy Framework covers only recipients in the United States; choose the safeguard that applies in %1.</source>
        <translation>Il quadro UE-USA per la protezione dei dati copre solo destinatari negli Stati Uniti; scegli la garanzia applicabile in %1.</translation>
    </message>
    <message>
        <source>%1 is outside the EEA and has no adequacy decision: &quot;not required&quot; is wrong here. Record the SCCs, BCRs or Art. 49 derogation that covers the transfer.</source>
        <translation>%1 è fuori dallo SEE e non ha una decisione di adeguatezza: &quot;non necessaria&quot; è errato. Registra le CCT, le BCR o la deroga dell&apos;art. 49 che copre il trasferimento.</translation>
    </message>
    <message>
        <source>%1 has no adequacy decision covering this recipient. Record the SCCs, BCRs or Art. 49 derogation that covers the transfer.</source>
        <translation>%1 non ha una decisione di adeguatezza che copra questo destinatario. Registra le CCT, le BCR o la deroga dell&apos;art. 49 che copre il trasferimento.</translation>
    </message>
    <message>
        <source>%1 is outside the EEA and has no adequacy decision, and no safeguard is recorded. Put SCCs (2021/914) or BCRs in place, or document an Art. 49 derogation.</source>
        <translation>%1 è fuori dallo SEE, non ha una decisione di adeguatezza e non è registrata alcuna garanzia. Adotta CCT (2021/914) o BCR, oppure documenta una deroga dell&apos;art. 49.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>EEA</source>
        <translation>SEE</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Decisione di adeguatezza</translation>
    </message>
    <message>
        <source>Partial adequacy</source>
        <translation>Adeguatezza parziale</translation>
    </message>
    <message>
        <source>Needs a safeguard</source>
        <translation>Richiede una garanzia</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>Could not configure %1: %2</source>
        <translation>Impossibile configurare %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 esiste già; scegli un altro nome di file.</translation>
    </message>
    <message>
        <source>Schema version %1 is not one this version of Registro can write.</source>
        <translation>Questa versione di Registro non può scrivere la versione di schema %1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 non esiste.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 non è un file leggibile.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Registro workspace (it is not a SQLite database).</source>
        <translation>%1 non è un&apos;area di lavoro Registro (non è un database SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation>%1 è danneggiato e non può essere letto: %2</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Registro workspace.</source>
        <translation>%1 è un database SQLite ma non un&apos;area di lavoro Registro.</translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check failed: %2). Restore it from a backup; Registro has not changed it.</source>
        <translation>%1 è danneggiato (il controllo di integrità non è riuscito: %2). Ripristinalo da un backup; Registro non lo ha modificato.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Registro (schema %2; this version reads up to %3). Update Registro to open it.</source>
        <translation>%1 è stato scritto da una versione più recente di Registro (schema %2; questa versione legge fino a %3). Aggiorna Registro per aprirlo.</translation>
    </message>
    <message>
        <source>%1 is not a complete Registro workspace (schema version %2).</source>
        <translation>%1 non è un&apos;area di lavoro Registro completa (versione di schema %2).</translation>
    </message>
    <message>
        <source>%1 is read-only; Registro needs to write to the workspace.</source>
        <translation>%1 è di sola lettura; Registro deve poter scrivere nell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it to the new format.</source>
        <translation>Impossibile creare un backup di %1 prima di aggiornarlo al nuovo formato.</translation>
    </message>
    <message>
        <source>Could not start the upgrade of %1: %2</source>
        <translation>Impossibile avviare l&apos;aggiornamento di %1: %2</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 (%3) failed: %4</source>
        <translation>L&apos;aggiornamento di %1 allo schema %2 (%3) non è riuscito: %4</translation>
    </message>
    <message>
        <source>Could not save the upgrade of %1: %2</source>
        <translation>Impossibile salvare l&apos;aggiornamento di %1: %2</translation>
    </message>
    <message>
        <source>The record no longer exists (%1 %2).</source>
        <translation>Il record non esiste più (%1 %2).</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo content is missing from this build.</source>
        <translation>Il contenuto dimostrativo manca in questa build.</translation>
    </message>
    <message>
        <source>The demo content is not valid JSON: %1</source>
        <translation>Il contenuto dimostrativo non è JSON valido: %1</translation>
    </message>
    <message>
        <source>The demo content refers to an unknown %1 &quot;%2&quot;.</source>
        <translation>Il contenuto dimostrativo fa riferimento a un %1 sconosciuto &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This is not Registro demo content.</source>
        <translation>Questo non è contenuto dimostrativo di Registro.</translation>
    </message>
    <message>
        <source>Activity &quot;%1&quot;: %2</source>
        <translation>Trattamento &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>LegalBasis</name>
    <message>
        <source>consent</source>
        <translation>consenso</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contratto</translation>
    </message>
    <message>
        <source>legal obligation</source>
        <translation>obbligo legale</translation>
    </message>
    <message>
        <source>vital interests</source>
        <translation>interessi vitali</translation>
    </message>
    <message>
        <source>public task</source>
        <translation>compito di interesse pubblico</translation>
    </message>
    <message>
        <source>legitimate interests</source>
        <translation>legittimo interesse</translation>
    </message>
    <message>
        <source>explicit consent</source>
        <translation>consenso esplicito</translation>
    </message>
    <message>
        <source>employment and social security law</source>
        <translation>diritto del lavoro e della sicurezza sociale</translation>
    </message>
    <message>
        <source>vital interests, consent impossible</source>
        <translation>interessi vitali, consenso impossibile</translation>
    </message>
    <message>
        <source>not-for-profit body</source>
        <translation>organismo senza scopo di lucro</translation>
    </message>
    <message>
        <source>made public by the data subject</source>
        <translation>resi pubblici dall&apos;interessato</translation>
    </message>
    <message>
        <source>legal claims</source>
        <translation>diritti in sede giudiziaria</translation>
    </message>
    <message>
        <source>substantial public interest</source>
        <translation>interesse pubblico rilevante</translation>
    </message>
    <message>
        <source>health or social care, occupational medicine</source>
        <translation>assistenza sanitaria o sociale, medicina del lavoro</translation>
    </message>
    <message>
        <source>public health</source>
        <translation>sanità pubblica</translation>
    </message>
    <message>
        <source>archiving, research or statistics</source>
        <translation>archiviazione, ricerca o statistica</translation>
    </message>
    <message>
        <source>criminal convictions and offences, authorised by law</source>
        <translation>condanne penali e reati, autorizzati dalla legge</translation>
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
        <translation>Dai un nome al trattamento.</translation>
    </message>
    <message>
        <source>Record the purposes of the processing (Art. 30(1)(b)).</source>
        <translation>Registra le finalità del trattamento (art. 30(1)(b)).</translation>
    </message>
    <message>
        <source>Record the categories of data subjects (Art. 30(1)(c)).</source>
        <translation>Registra le categorie di interessati (art. 30(1)(c)).</translation>
    </message>
    <message>
        <source>Record the categories of personal data (Art. 30(1)(c)).</source>
        <translation>Registra le categorie di dati personali (art. 30(1)(c)).</translation>
    </message>
    <message>
        <source>Record the categories of recipients (Art. 30(1)(d)); if the data goes to no one outside the organisation, record &quot;None&quot;.</source>
        <translation>Registra le categorie di destinatari (art. 30(1)(d)); se i dati non vanno a nessuno fuori dall&apos;organizzazione, registra &quot;Nessuno&quot;.</translation>
    </message>
    <message>
        <source>Record the time limits for erasure (Art. 30(1)(f)), or why none can be set.</source>
        <translation>Registra i termini per la cancellazione (art. 30(1)(f)), o perché non è possibile fissarli.</translation>
    </message>
    <message>
        <source>Choose the Art. 6(1) legal basis of the processing.</source>
        <translation>Scegli la base giuridica del trattamento ai sensi dell&apos;art. 6(1).</translation>
    </message>
    <message>
        <source>A processor record must name each controller on whose behalf the processing is carried out (Art. 30(2)(a)). Add the client.</source>
        <translation>Un registro del responsabile deve indicare ogni titolare per conto del quale è effettuato il trattamento (art. 30(2)(a)). Aggiungi il cliente.</translation>
    </message>
    <message>
        <source>Describe the categories of processing carried out on behalf of each controller (Art. 30(2)(b)).</source>
        <translation>Descrivi le categorie di trattamenti effettuati per conto di ciascun titolare (art. 30(2)(b)).</translation>
    </message>
    <message>
        <source>Link the technical and organisational security measures, or describe them (Art. 30(1)(g), 30(2)(d)).</source>
        <translation>Collega le misure di sicurezza tecniche e organizzative, o descrivile (art. 30(1)(g), 30(2)(d)).</translation>
    </message>
    <message>
        <source>The data category &quot;%1&quot; has no retention period; set it under Data categories &amp; retention.</source>
        <translation>La categoria di dati &quot;%1&quot; non ha un periodo di conservazione; impostalo in Categorie di dati e conservazione.</translation>
    </message>
    <message>
        <source>Special-category data is processed but no Art. 9(2) condition is recorded. Choose the condition that applies, e.g. Art. 9(2)(b) for employment law.</source>
        <translation>Sono trattate categorie particolari di dati ma non è registrata alcuna condizione dell&apos;art. 9(2). Scegli la condizione applicabile, ad es. art. 9(2)(b) per il diritto del lavoro.</translation>
    </message>
    <message>
        <source>Criminal convictions data is processed: record the Art. 10 authorisation in Union or Member State law.</source>
        <translation>Sono trattati dati relativi a condanne penali: registra l&apos;autorizzazione dell&apos;art. 10 nel diritto dell&apos;Unione o degli Stati membri.</translation>
    </message>
    <message>
        <source>Transfer to %1: %2</source>
        <translation>Trasferimento verso %1: %2</translation>
    </message>
    <message>
        <source>Transfer to %1: say which SCC module (1 to 4) applies.</source>
        <translation>Trasferimento verso %1: indica quale modulo delle CCT (da 1 a 4) si applica.</translation>
    </message>
    <message>
        <source>The review was due on %1. Review the record and mark it reviewed.</source>
        <translation>Il riesame era previsto per il %1. Riesamina il record e segnalo come riesaminato.</translation>
    </message>
    <message>
        <source>A DPIA is required (Art. 35) but not recorded as done.</source>
        <translation>Una DPIA è obbligatoria (art. 35) ma non risulta eseguita.</translation>
    </message>
    <message>
        <source>Record the organisation&apos;s name (Art. 30(1)(a), 30(2)(a)).</source>
        <translation>Registra il nome dell&apos;organizzazione (art. 30(1)(a), 30(2)(a)).</translation>
    </message>
    <message>
        <source>Record the organisation&apos;s contact details (Art. 30(1)(a), 30(2)(a)).</source>
        <translation>Registra i dati di contatto dell&apos;organizzazione (art. 30(1)(a), 30(2)(a)).</translation>
    </message>
    <message>
        <source>Record the data protection officer&apos;s contact details, where one is designated (Art. 30(1)(a), 30(2)(a)).</source>
        <translation>Registra i dati di contatto del responsabile della protezione dei dati, se designato (art. 30(1)(a), 30(2)(a)).</translation>
    </message>
    <message>
        <source>An organisation outside the EEA must record its EU representative (Art. 27).</source>
        <translation>Un&apos;organizzazione fuori dallo SEE deve registrare il proprio rappresentante nell&apos;UE (art. 27).</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <source>Create a new workspace (with --demo: the demo company)</source>
        <translation>Crea una nuova area di lavoro (con --demo: l&apos;azienda dimostrativa)</translation>
    </message>
    <message>
        <source>Check the file, then report missing Art. 30 fields</source>
        <translation>Controlla il file e segnala i campi mancanti dell&apos;art. 30</translation>
    </message>
    <message>
        <source>List part of the register</source>
        <translation>Elenca una parte del registro</translation>
    </message>
    <message>
        <source>Usage: registro-cli init [--demo] FILE</source>
        <translation>Uso: registro-cli init [--demo] FILE</translation>
    </message>
    <message>
        <source>Created the demo workspace %1.</source>
        <translation>Area di lavoro dimostrativa %1 creata.</translation>
    </message>
    <message>
        <source>Created the workspace %1.</source>
        <translation>Area di lavoro %1 creata.</translation>
    </message>
    <message>
        <source>Usage: registro-cli check [--json] FILE</source>
        <translation>Uso: registro-cli check [--json] FILE</translation>
    </message>
    <message>
        <source>%1: the file is a sound Registro workspace (schema %2).</source>
        <translation>%1: il file è un&apos;area di lavoro Registro integra (schema %2).</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>%1 activities, %2 with findings: %3 errors, %4 warnings.</source>
        <translation>%1 trattamenti, %2 con rilievi: %3 errori, %4 avvisi.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opzione sconosciuta %1.</translation>
    </message>
    <message>
        <source>Usage: registro-cli list activities|subprocessors|categories FILE [--json]</source>
        <translation>Uso: registro-cli list activities|subprocessors|categories FILE [--json]</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Configure Registro</source>
        <translation>Configura Registro</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinita di sistema</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
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
        <translation>Lettera (US)</translation>
    </message>
    <message>
        <source>Create PDF/A documents</source>
        <translation>Crea documenti PDF/A</translation>
    </message>
    <message>
        <source>Mark unsigned documents with a DRAFT watermark</source>
        <translation>Contrassegna i documenti non firmati con la filigrana BOZZA</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Nome del revisore:</translation>
    </message>
    <message>
        <source>Review &amp;interval:</source>
        <translation>&amp;Intervallo di riesame:</translation>
    </message>
    <message>
        <source>&amp;Holiday region:</source>
        <translation>Regione delle &amp;festività:</translation>
    </message>
    <message>
        <source>Export defaults</source>
        <translation>Impostazioni predefinite di esportazione</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Formato &amp;carta:</translation>
    </message>
</context>
<context>
    <name>SubProcessorRepository</name>
    <message>
        <source>Give the sub-processor its legal name.</source>
        <translation>Indica la denominazione legale del sub-responsabile.</translation>
    </message>
    <message>
        <source>There is already a sub-processor called &quot;%1&quot;.</source>
        <translation>Esiste già un sub-responsabile chiamato &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code.</source>
        <translation>&quot;%1&quot; non è un codice paese ISO 3166.</translation>
    </message>
    <message>
        <source>SCC modules are numbered 1 to 4.</source>
        <translation>I moduli delle CCT sono numerati da 1 a 4.</translation>
    </message>
    <message>
        <source>A sub-processor cannot be removed before it was added.</source>
        <translation>Un sub-responsabile non può essere rimosso prima di essere stato aggiunto.</translation>
    </message>
    <message numerus="yes">
        <source>%n processing activities still use this sub-processor. Remove it there first, or mark it &quot;being removed&quot;.</source>
        <translation>
            <numerusform>%n trattamento usa ancora questo sub-responsabile. Rimuovilo prima da lì, o segnalo come &quot;in rimozione&quot;.</numerusform>
            <numerusform>%n trattamenti usano ancora questo sub-responsabile. Rimuovilo prima da lì, o segnalo come &quot;in rimozione&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Registro User Guide</source>
        <translation>Guida utente di Registro</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>La guida utente manca in questa build.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Controller</source>
        <translation>Titolare del trattamento</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Responsabile del trattamento</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In revisione</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvato</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Dismesso</translation>
    </message>
    <message>
        <source>Client (controller)</source>
        <translation>Cliente (titolare)</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Contitolare del trattamento</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Pianificato</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Being removed</source>
        <translation>In rimozione</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Rimosso</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>giorni lavorativi</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>giorni di calendario</translation>
    </message>
    <message>
        <source>Not required (EEA)</source>
        <translation>Non necessaria (SEE)</translation>
    </message>
    <message>
        <source>Adequacy decision (Art. 45)</source>
        <translation>Decisione di adeguatezza (art. 45)</translation>
    </message>
    <message>
        <source>Standard contractual clauses 2021/914</source>
        <translation>Clausole contrattuali tipo 2021/914</translation>
    </message>
    <message>
        <source>Binding corporate rules (Art. 47)</source>
        <translation>Norme vincolanti d&apos;impresa (art. 47)</translation>
    </message>
    <message>
        <source>EU-US Data Privacy Framework</source>
        <translation>Quadro UE-USA per la protezione dei dati</translation>
    </message>
    <message>
        <source>Derogation (Art. 49)</source>
        <translation>Deroga (art. 49)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
</context>
</TS>
