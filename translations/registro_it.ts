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
    <name>ActivityEditor</name>
    <message>
        <source>Not set</source>
        <translation>Non impostato</translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation>&amp;Invia per la revisione</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approva</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Dismetti</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>Segna come &amp;riesaminato</translation>
    </message>
    <message>
        <source>Records today as the last review and sets the next review date</source>
        <translation>Registra la data odierna come ultimo riesame e imposta la data del prossimo riesame</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Scheda</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Cronologia</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Rilievi</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Ru&amp;olo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>Re&amp;parto:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Referente:</translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation>Finalità:</translation>
    </message>
    <message>
        <source>Filter legal bases</source>
        <translation>Filtra le basi giuridiche</translation>
    </message>
    <message>
        <source>Legal bases:</source>
        <translation>Basi giuridiche:</translation>
    </message>
    <message>
        <source>Legal basis no&amp;tes:</source>
        <translation>No&amp;te sulla base giuridica:</translation>
    </message>
    <message>
        <source>Data subjects:</source>
        <translation>Interessati:</translation>
    </message>
    <message>
        <source>Filter, or type a new category&apos;s name</source>
        <translation>Filtra o digita il nome di una nuova categoria</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>Nuova categoria…</translation>
    </message>
    <message>
        <source>Data categories:</source>
        <translation>Categorie di dati:</translation>
    </message>
    <message>
        <source>&amp;Erasure time limits:</source>
        <translation>T&amp;ermini per la cancellazione:</translation>
    </message>
    <message>
        <source>Recipient categories:</source>
        <translation>Categorie di destinatari:</translation>
    </message>
    <message>
        <source>Recipient parties:</source>
        <translation>Destinatari:</translation>
    </message>
    <message>
        <source>Controllers:</source>
        <translation>Titolari del trattamento:</translation>
    </message>
    <message>
        <source>Joint controllers:</source>
        <translation>Contitolari del trattamento:</translation>
    </message>
    <message>
        <source>Sub-processors:</source>
        <translation>Sub-responsabili:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Garanzia</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>Modulo SCC</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Deroga</translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation>Aggiungi trasferimento</translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation>Rimuovi trasferimento</translation>
    </message>
    <message>
        <source>Transfers:</source>
        <translation>Trasferimenti:</translation>
    </message>
    <message>
        <source>Filter measures</source>
        <translation>Filtra le misure</translation>
    </message>
    <message>
        <source>Security measures:</source>
        <translation>Misure di sicurezza:</translation>
    </message>
    <message>
        <source>Securit&amp;y description:</source>
        <translation>Descrizione della sicure&amp;zza:</translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation>Ri&amp;chiesta</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>Ese&amp;guita</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>DPIA:</source>
        <translation>DPIA:</translation>
    </message>
    <message>
        <source>Last:</source>
        <translation>Ultimo:</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Prossimo:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Riesame:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valore precedente</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nuovo valore</translation>
    </message>
    <message>
        <source>Lawfulness, Art. 6(1)</source>
        <translation>Liceità, art. 6(1)</translation>
    </message>
    <message>
        <source>Special categories, Art. 9(2)</source>
        <translation>Categorie particolari, art. 9(2)</translation>
    </message>
    <message>
        <source>Criminal data, Art. 10</source>
        <translation>Dati giudiziari, art. 10</translation>
    </message>
    <message>
        <source>  [special category, Art. 9]</source>
        <translation>  [categoria particolare, art. 9]</translation>
    </message>
    <message>
        <source>  [criminal data, Art. 10]</source>
        <translation>  [dati giudiziari, art. 10]</translation>
    </message>
    <message>
        <source>No retention period set</source>
        <translation>Nessun periodo di conservazione impostato</translation>
    </message>
    <message>
        <source>Other measures</source>
        <translation>Altre misure</translation>
    </message>
    <message>
        <source>No activity selected</source>
        <translation>Nessun trattamento selezionato</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Modulo %1</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Modifica il ruolo</translation>
    </message>
    <message>
        <source>Rename activity</source>
        <translation>Rinomina il trattamento</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Modifica la descrizione</translation>
    </message>
    <message>
        <source>Change department</source>
        <translation>Modifica il reparto</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Modifica il referente</translation>
    </message>
    <message>
        <source>Change purposes</source>
        <translation>Modifica le finalità</translation>
    </message>
    <message>
        <source>Change data subjects</source>
        <translation>Modifica gli interessati</translation>
    </message>
    <message>
        <source>Change recipient categories</source>
        <translation>Modifica le categorie di destinatari</translation>
    </message>
    <message>
        <source>Change legal bases</source>
        <translation>Modifica le basi giuridiche</translation>
    </message>
    <message>
        <source>Edit legal basis notes</source>
        <translation>Modifica le note sulla base giuridica</translation>
    </message>
    <message>
        <source>Change data categories</source>
        <translation>Modifica le categorie di dati</translation>
    </message>
    <message>
        <source>Change recipient parties</source>
        <translation>Modifica i destinatari</translation>
    </message>
    <message>
        <source>Change controllers</source>
        <translation>Modifica i titolari del trattamento</translation>
    </message>
    <message>
        <source>Change joint controllers</source>
        <translation>Modifica i contitolari del trattamento</translation>
    </message>
    <message>
        <source>Change sub-processors</source>
        <translation>Modifica i sub-responsabili</translation>
    </message>
    <message>
        <source>Change transfers</source>
        <translation>Modifica i trasferimenti</translation>
    </message>
    <message>
        <source>Edit erasure time limits</source>
        <translation>Modifica i termini per la cancellazione</translation>
    </message>
    <message>
        <source>Change security measures</source>
        <translation>Modifica le misure di sicurezza</translation>
    </message>
    <message>
        <source>Edit security description</source>
        <translation>Modifica la descrizione della sicurezza</translation>
    </message>
    <message>
        <source>Change DPIA</source>
        <translation>Modifica la DPIA</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Modifica le note</translation>
    </message>
    <message>
        <source>Change review dates</source>
        <translation>Modifica le date di riesame</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Errore: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avviso: %1</translation>
    </message>
    <message>
        <source>Complete: no findings.</source>
        <translation>Completo: nessun rilievo.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Approvato da %1 il %2</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Non ancora approvato</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Invia per la revisione</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approva</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Dismetti</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Segna come riesaminato</translation>
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
    <name>ActivityTableModel</name>
    <message>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s):</source>
        <translation>
            <numerusform>%n rilievo:</numerusform>
            <numerusform>%n rilievi:</numerusform>
        </translation>
    </message>
    <message>
        <source>Completeness and consistency findings</source>
        <translation>Rilievi di completezza e coerenza</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Basi giuridiche</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prossimo riesame</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
</context>
<context>
    <name>AgreementRepository</name>
    <message>
        <source>An agreement needs a reference.</source>
        <translation>Un accordo richiede un riferimento.</translation>
    </message>
    <message>
        <source>An agreement needs at least one language.</source>
        <translation>Un accordo richiede almeno una lingua.</translation>
    </message>
    <message>
        <source>An agreement needs a template and a customer.</source>
        <translation>Un accordo richiede un modello e un cliente.</translation>
    </message>
    <message>
        <source>Agreement %1 is signed and can no longer be changed.</source>
        <translation>L&apos;accordo %1 è firmato e non può più essere modificato.</translation>
    </message>
    <message>
        <source>An agreement is signed through signing, which stores its text.</source>
        <translation>Un accordo si firma con l&apos;apposita funzione di firma, che ne memorizza il testo.</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>Non esiste l&apos;accordo %1.</translation>
    </message>
    <message>
        <source>Agreement %1 is signed and can no longer be removed.</source>
        <translation>L&apos;accordo %1 è firmato e non può più essere rimosso.</translation>
    </message>
    <message>
        <source>Agreement %1 is already signed.</source>
        <translation>L&apos;accordo %1 è già firmato.</translation>
    </message>
    <message>
        <source>Agreement %1 has no rendered text in &quot;%2&quot;.</source>
        <translation>L&apos;accordo %1 non ha un testo generato in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>An option needs the key of its clause.</source>
        <translation>Un&apos;opzione richiede la chiave della sua clausola.</translation>
    </message>
</context>
<context>
    <name>AgreementsView</name>
    <message>
        <source>Save agreement %1</source>
        <translation>Salva l&apos;accordo %1</translation>
    </message>
    <message>
        <source>&amp;New Agreement</source>
        <translation>&amp;Nuovo accordo</translation>
    </message>
    <message>
        <source>&amp;Save Agreement</source>
        <translation>&amp;Salva accordo</translation>
    </message>
    <message>
        <source>Mark as Si&amp;gned</source>
        <translation>Segna come &amp;firmato</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>giorni di calendario</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>giorni lavorativi</translation>
    </message>
    <message>
        <source>en, nl, it, fr</source>
        <translation>en, nl, it, fr</translation>
    </message>
    <message>
        <source>Name, title</source>
        <translation>Nome, qualifica</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Riferimento:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Lingue:</translation>
    </message>
    <message>
        <source>&amp;Effective date:</source>
        <translation>Data di &amp;efficacia:</translation>
    </message>
    <message>
        <source>Ser&amp;vices:</source>
        <translation>Ser&amp;vizi:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Durata:</translation>
    </message>
    <message>
        <source>Governing &amp;law:</source>
        <translation>&amp;Legge applicabile:</translation>
    </message>
    <message>
        <source>C&amp;ourt:</source>
        <translation>F&amp;oro competente:</translation>
    </message>
    <message>
        <source>Sub-processor notice:</source>
        <translation>Preavviso sui sub-responsabili:</translation>
    </message>
    <message>
        <source>Objection period:</source>
        <translation>Termine di opposizione:</translation>
    </message>
    <message>
        <source>Breach notification (&amp;hours):</source>
        <translation>Notifica delle violazioni (&amp;ore):</translation>
    </message>
    <message>
        <source>&amp;Audit notice (days):</source>
        <translation>Preavviso di &amp;audit (giorni):</translation>
    </message>
    <message>
        <source>Liability ca&amp;p:</source>
        <translation>Limite di res&amp;ponsabilità:</translation>
    </message>
    <message>
        <source>Signatory (processor):</source>
        <translation>Firmatario (responsabile del trattamento):</translation>
    </message>
    <message>
        <source>Signatory (customer):</source>
        <translation>Firmatario (cliente):</translation>
    </message>
    <message>
        <source>Signed on %1: the text below is the signed text.</source>
        <translation>Firmato il %1: il testo seguente è il testo firmato.</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nuovo accordo</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <source>Mark as Se&amp;nt</source>
        <translation>Segna come i&amp;nviato</translation>
    </message>
    <message>
        <source>Record that the agreement was sent to the customer (issued)</source>
        <translation>Registra che l&apos;accordo è stato inviato al cliente (emesso)</translation>
    </message>
    <message>
        <source>Optional clauses</source>
        <translation>Clausole facoltative</translation>
    </message>
    <message>
        <source>Optional clauses of the template: unchecked ones are left out of this agreement.</source>
        <translation>Clausole facoltative del modello: quelle non selezionate sono escluse da questo accordo.</translation>
    </message>
    <message>
        <source>Optional c&amp;lauses:</source>
        <translation>C&amp;lausole facoltative:</translation>
    </message>
    <message>
        <source>%1
Also only included when: %2</source>
        <translation>%1
Inoltre inclusa solo se: %2</translation>
    </message>
    <message>
        <source>The template has no optional clauses.</source>
        <translation>Il modello non ha clausole facoltative.</translation>
    </message>
    <message>
        <source>Include clause %1 in %2</source>
        <translation>Includi la clausola %1 in %2</translation>
    </message>
    <message>
        <source>Leave clause %1 out of %2</source>
        <translation>Escludi la clausola %1 da %2</translation>
    </message>
    <message>
        <source>It cannot be sent or signed until its template renders in every language. First error: %1</source>
        <translation>Non può essere inviato né firmato finché il suo modello non viene generato correttamente in ogni lingua. Primo errore: %1</translation>
    </message>
    <message>
        <source>Agreement %1 cannot be sent: %2</source>
        <translation>L&apos;accordo %1 non può essere inviato: %2</translation>
    </message>
    <message>
        <source>Mark agreement %1 as sent</source>
        <translation>Segna l&apos;accordo %1 come inviato</translation>
    </message>
    <message>
        <source>Agreement %1 cannot be signed: %2</source>
        <translation>L&apos;accordo %1 non può essere firmato: %2</translation>
    </message>
    <message>
        <source>Agreement %1 is signed already.</source>
        <translation>L&apos;accordo %1 è già firmato.</translation>
    </message>
    <message>
        <source>Agreement %1 has been sent already.</source>
        <translation>L&apos;accordo %1 è già stato inviato.</translation>
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
    <name>ChecklistPicker</name>
    <message>
        <source>Filter</source>
        <translation>Filtra</translation>
    </message>
    <message>
        <source>Filter, or type a new term and press Enter</source>
        <translation>Filtra o digita un nuovo termine e premi Invio</translation>
    </message>
    <message>
        <source>Creates an item named by the text typed on the left</source>
        <translation>Crea una voce con il testo digitato a sinistra</translation>
    </message>
</context>
<context>
    <name>ClauseSegment</name>
    <message>
        <source>Not translated</source>
        <translation>Non tradotto</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Tradotto</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisionato</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Definitivo</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Da revisionare</translation>
    </message>
</context>
<context>
    <name>ClauseTextCommand</name>
    <message>
        <source>Edit clause text (%1)</source>
        <translation>Modifica il testo della clausola (%1)</translation>
    </message>
    <message>
        <source>Edit clause title (%1)</source>
        <translation>Modifica il titolo della clausola (%1)</translation>
    </message>
</context>
<context>
    <name>ClauseTreeCommand</name>
    <message>
        <source>Add appendix</source>
        <translation>Aggiungi allegato</translation>
    </message>
    <message>
        <source>Add sub-clause</source>
        <translation>Aggiungi sottoclausola</translation>
    </message>
    <message>
        <source>Add article</source>
        <translation>Aggiungi articolo</translation>
    </message>
    <message>
        <source>Remove clause %1</source>
        <translation>Rimuovi la clausola %1</translation>
    </message>
    <message>
        <source>Move clause %1</source>
        <translation>Sposta la clausola %1</translation>
    </message>
    <message>
        <source>Change clause %1</source>
        <translation>Modifica la clausola %1</translation>
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
    <name>DataCategoryEditor</name>
    <message>
        <source>&amp;Special category (Art. 9)</source>
        <translation>Categoria &amp;particolare (art. 9)</translation>
    </message>
    <message>
        <source>&amp;Criminal convictions and offences (Art. 10)</source>
        <translation>&amp;Condanne penali e reati (art. 10)</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>&amp;Aggiungi categoria</translation>
    </message>
    <message>
        <source>&amp;Delete category</source>
        <translation>&amp;Elimina categoria</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Particolare</translation>
    </message>
    <message>
        <source>Criminal</source>
        <translation>Giudiziari</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservazione</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Motivazione</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>&amp;Conservazione:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Motivazione:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escrizione:</translation>
    </message>
    <message>
        <source>Where used:</source>
        <translation>Dove è utilizzata:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>Not used by any processing activity</source>
        <translation>Non utilizzata da alcun trattamento</translation>
    </message>
    <message>
        <source>Edit data category</source>
        <translation>Modifica la categoria di dati</translation>
    </message>
    <message>
        <source>New data category</source>
        <translation>Nuova categoria di dati</translation>
    </message>
    <message>
        <source>New data category %1</source>
        <translation>Nuova categoria di dati %1</translation>
    </message>
    <message>
        <source>Add data category</source>
        <translation>Aggiungi categoria di dati</translation>
    </message>
    <message>
        <source>Delete data category</source>
        <translation>Elimina categoria di dati</translation>
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
    <name>DemoAgreements</name>
    <message>
        <source>Sample template: %1</source>
        <translation>Modello di esempio: %1</translation>
    </message>
    <message>
        <source>Agreement &quot;%1&quot; refers to an unknown customer &quot;%2&quot;.</source>
        <translation>L&apos;accordo &quot;%1&quot; fa riferimento a un cliente sconosciuto &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Agreement &quot;%1&quot;: %2</source>
        <translation>Accordo &quot;%1&quot;: %2</translation>
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
    <name>DocumentExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;esportazione è stata annullata.</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>Non esiste alcun accordo %1.</translation>
    </message>
    <message>
        <source>Building the bilingual agreement…</source>
        <translation>Composizione dell&apos;accordo bilingue…</translation>
    </message>
    <message>
        <source>Building the agreement in %1 (%2 of %3)…</source>
        <translation>Composizione dell&apos;accordo in %1 (%2 di %3)…</translation>
    </message>
    <message>
        <source>Building the agreement…</source>
        <translation>Composizione dell&apos;accordo…</translation>
    </message>
    <message>
        <source>Building the register…</source>
        <translation>Composizione del registro…</translation>
    </message>
    <message>
        <source>Building the sub-processor list…</source>
        <translation>Composizione dell&apos;elenco dei sub-responsabili…</translation>
    </message>
    <message>
        <source>Building the notice letter…</source>
        <translation>Composizione della lettera di preavviso…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Scrittura di %1…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Scrittura della pagina %1 di %2…</translation>
    </message>
    <message>
        <source>Writing page %1…</source>
        <translation>Scrittura della pagina %1…</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opzione sconosciuta %1.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L&apos;opzione %1 richiede un valore.</translation>
    </message>
    <message>
        <source>Unknown document language %1: use en, nl, it or fr.</source>
        <translation>Lingua del documento sconosciuta %1: usa en, nl, it o fr.</translation>
    </message>
    <message>
        <source>Unknown format %1: use pdf or odt.</source>
        <translation>Formato sconosciuto %1: usa pdf o odt.</translation>
    </message>
    <message>
        <source>Unknown role %1: use controller or processor.</source>
        <translation>Ruolo sconosciuto %1: usa controller o processor.</translation>
    </message>
    <message>
        <source>Invalid date %1: use YYYY-MM-DD.</source>
        <translation>Data non valida %1: usa AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>registro-cli: exporting needs the GUI library (run registro-cli itself).</source>
        <translation>registro-cli: l&apos;esportazione richiede la libreria grafica (esegui registro-cli stesso).</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Scritto %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n pages).</source>
        <translation>
            <numerusform>Scritto %1 (%n pagina).</numerusform>
            <numerusform>Scritto %1 (%n pagine).</numerusform>
        </translation>
    </message>
    <message>
        <source>registro-cli: there is no agreement %1.</source>
        <translation>registro-cli: non esiste l&apos;accordo %1.</translation>
    </message>
    <message>
        <source>--bilingual needs one document language (en, nl, it or fr) and --lang with another.</source>
        <translation>--bilingual richiede una lingua del documento (en, nl, it o fr) e --lang con un&apos;altra.</translation>
    </message>
    <message>
        <source>Usage: registro-cli export FILE agreement ID|REFERENCE [--lang en|nl|it|fr|all] [--bilingual LANG] [--no-pdfa] -o OUT
       registro-cli export FILE register [--role controller|processor] [--lang en|nl|it|fr] [--format pdf|odt] [--letter] [--no-watermark] [--pdfa] -o OUT
       registro-cli export FILE subprocessors [--as-of YYYY-MM-DD] [--lang en|nl|it|fr] [--format pdf|odt] [--letter] [--pdfa] [--no-history] -o OUT
       registro-cli export FILE notice CHANGE-ID [--customer ID|NAME] [--date YYYY-MM-DD] [--format pdf|odt] [--letter] -o OUT (without --customer: OUT is a folder, one letter per customer)</source>
        <translation>Uso: registro-cli export FILE agreement ID|REFERENCE [--lang en|nl|it|fr|all] [--bilingual LANG] [--no-pdfa] -o OUT
       registro-cli export FILE register [--role controller|processor] [--lang en|nl|it|fr] [--format pdf|odt] [--letter] [--no-watermark] [--pdfa] -o OUT
       registro-cli export FILE subprocessors [--as-of YYYY-MM-DD] [--lang en|nl|it|fr] [--format pdf|odt] [--letter] [--pdfa] [--no-history] -o OUT
       registro-cli export FILE notice CHANGE-ID [--customer ID|NAME] [--date YYYY-MM-DD] [--format pdf|odt] [--letter] -o OUT (senza --customer: OUT è una cartella, una lettera per cliente)</translation>
    </message>
    <message>
        <source>registro-cli: there is no planned change %1 with customers to notify.</source>
        <translation>registro-cli: non esiste una modifica pianificata %1 con clienti da avvisare.</translation>
    </message>
    <message>
        <source>registro-cli: %1 is not a customer to notify of planned change %2.</source>
        <translation>registro-cli: %1 non è un cliente da avvisare della modifica pianificata %2.</translation>
    </message>
    <message>
        <source>registro-cli: cannot create the folder %1.</source>
        <translation>registro-cli: impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>Write an agreement, the register, the sub-processor list or change notices as PDF or ODT</source>
        <translation>Scrive un accordo, il registro, l&apos;elenco dei sub-responsabili o i preavvisi di modifica in PDF o ODT</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF/&amp;A-1b, for archiving</source>
        <translation>PDF/&amp;A-1b, per l&apos;archiviazione</translation>
    </message>
    <message>
        <source>&amp;Open the file when done</source>
        <translation>Apri il file al &amp;termine</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Antepri&amp;ma di stampa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>Export Document</source>
        <translation>Esporta documento</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>Testo OpenDocument (ODT)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettera US</translation>
    </message>
    <message>
        <source>PDF/A-1b embeds everything the document needs, for long-term archiving.</source>
        <translation>PDF/A-1b incorpora tutto ciò di cui il documento ha bisogno, per l&apos;archiviazione a lungo termine.</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Formato pa&amp;gina:</translation>
    </message>
    <message>
        <source>Agreement and languages</source>
        <translation>Accordo e lingue</translation>
    </message>
    <message>
        <source>No agreements yet</source>
        <translation>Ancora nessun accordo</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>One &amp;language:</source>
        <translation>Una &amp;lingua:</translation>
    </message>
    <message>
        <source>&amp;Bilingual, side by side:</source>
        <translation>&amp;Bilingue, affiancato:</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>Acc&amp;ordo:</translation>
    </message>
    <message>
        <source>beside</source>
        <translation>accanto a</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>All its languages, one after the other</source>
        <translation>Tutte le sue lingue, una dopo l&apos;altra</translation>
    </message>
    <message>
        <source>All its languages, one after the other (%1)</source>
        <translation>Tutte le sue lingue, una dopo l&apos;altra (%1)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Records and language</source>
        <translation>Registri e lingua</translation>
    </message>
    <message>
        <source>Controller and processor records</source>
        <translation>Registri del titolare e del responsabile del trattamento</translation>
    </message>
    <message>
        <source>Controller records</source>
        <translation>Registro del titolare del trattamento</translation>
    </message>
    <message>
        <source>Processor records</source>
        <translation>Registro del responsabile del trattamento</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Registri:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Register of processing activities</source>
        <translation>Registro delle attività di trattamento</translation>
    </message>
    <message>
        <source>Language and date</source>
        <translation>Lingua e data</translation>
    </message>
    <message>
        <source>With announced changes and the &amp;history of the list</source>
        <translation>Con le modifiche annunciate e la &amp;cronologia dell&apos;elenco</translation>
    </message>
    <message>
        <source>Sub-processors engaged o&amp;n:</source>
        <translation>Sub-responsabili incaricat&amp;i al:</translation>
    </message>
    <message>
        <source>Sub-processor list</source>
        <translation>Elenco dei sub-responsabili</translation>
    </message>
    <message>
        <source>Planned change and customer</source>
        <translation>Modifica pianificata e cliente</translation>
    </message>
    <message>
        <source>%1: %2 (from %3)</source>
        <translation>%1: %2 (dal %3)</translation>
    </message>
    <message>
        <source>&amp;Planned change:</source>
        <translation>Modifica &amp;pianificata:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>Clie&amp;nte:</translation>
    </message>
    <message>
        <source>Letter &amp;date:</source>
        <translation>Data della l&amp;ettera:</translation>
    </message>
    <message>
        <source>The letter is written in the customer&apos;s language, with its objection deadline.</source>
        <translation>La lettera è redatta nella lingua del cliente, con il relativo termine di opposizione.</translation>
    </message>
    <message>
        <source>Sub-processor change notice</source>
        <translation>Preavviso di modifica dei sub-responsabili</translation>
    </message>
    <message>
        <source>Print Document</source>
        <translation>Stampa documento</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Anteprima di stampa</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparazione del documento…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Choose Two Languages</source>
        <translation>Scegli due lingue</translation>
    </message>
    <message>
        <source>A bilingual agreement needs two different languages side by side.</source>
        <translation>Un accordo bilingue richiede due lingue diverse affiancate.</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Testo OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Impossibile esportare</translation>
    </message>
    <message>
        <source>The document was not written to %1.

%2</source>
        <translation>Il documento non è stato scritto in %1.

%2</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Impossibile aprire</translation>
    </message>
    <message>
        <source>%1 was written, but no application opened it.</source>
        <translation>%1 è stato scritto, ma nessuna applicazione lo ha aperto.</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Stampa della pagina %1 di %2…</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>Impossibile stampare</translation>
    </message>
    <message>
        <source>The document was not printed.

%1</source>
        <translation>Il documento non è stato stampato.

%1</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Anteprima di stampa — %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Stampa %1</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>This is not a Registro glossary (the &quot;format&quot; is not &quot;registro-glossary&quot;).</source>
        <translation>Questo non è un glossario Registro (il &quot;format&quot; non è &quot;registro-glossary&quot;).</translation>
    </message>
    <message>
        <source>This glossary has version %1; this version of Registro reads version 1.</source>
        <translation>Questo glossario ha la versione %1; questa versione di Registro legge la versione 1.</translation>
    </message>
    <message>
        <source>Term %1 of the glossary has no source term.</source>
        <translation>Il termine %1 del glossario non ha un termine di origine.</translation>
    </message>
    <message>
        <source>Cannot read the glossary %1: %2</source>
        <translation>Impossibile leggere il glossario %1: %2</translation>
    </message>
    <message>
        <source>The glossary %1 is not valid JSON: %2 (at character %3).</source>
        <translation>Il glossario %1 non è JSON valido: %2 (al carattere %3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The &quot;terms&quot; of the glossary are not a list.</source>
        <translation>I &quot;terms&quot; del glossario non sono un elenco.</translation>
    </message>
    <message>
        <source>Term %1 of the glossary is not an object with a &quot;source&quot;.</source>
        <translation>Il termine %1 del glossario non è un oggetto con un &quot;source&quot;.</translation>
    </message>
    <message>
        <source>The translations of the term &quot;%1&quot; are not lists of texts per language.</source>
        <translation>Le traduzioni del termine &quot;%1&quot; non sono elenchi di testi per lingua.</translation>
    </message>
</context>
<context>
    <name>GlossaryEditor</name>
    <message>
        <source>&amp;Add Term</source>
        <translation>&amp;Aggiungi termine</translation>
    </message>
    <message>
        <source>&amp;Remove Term</source>
        <translation>&amp;Rimuovi termine</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>&amp;Filter Terms</source>
        <translation>&amp;Filtra termini</translation>
    </message>
    <message>
        <source>Add a term after the selected one (Insert)</source>
        <translation>Aggiunge un termine dopo quello selezionato (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected terms (Delete)</source>
        <translation>Rimuove i termini selezionati (Delete)</translation>
    </message>
    <message>
        <source>Replace the glossary by a registro-glossary JSON file</source>
        <translation>Sostituisce il glossario con un file JSON registro-glossary</translation>
    </message>
    <message>
        <source>Save the glossary as a registro-glossary JSON file</source>
        <translation>Salva il glossario come file JSON registro-glossary</translation>
    </message>
    <message>
        <source>Filter terms (Ctrl+F)</source>
        <translation>Filtra i termini (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter terms</source>
        <translation>Filtra i termini</translation>
    </message>
    <message>
        <source>The glossary check of the translation review uses these terms: where the English term occurs, one of the approved translations is expected, and a forbidden translation is an error. Separate several translations with commas.</source>
        <translation>Il controllo del glossario della revisione delle traduzioni usa questi termini: dove compare il termine inglese è attesa una delle traduzioni approvate, e una traduzione vietata è un errore. Separa più traduzioni con virgole.</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Termini del glossario</translation>
    </message>
    <message>
        <source>%1 of %2 terms</source>
        <translation>%1 di %2 termini</translation>
    </message>
    <message>
        <source>new term</source>
        <translation>nuovo termine</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n glossary term(s)</source>
        <translation>
            <numerusform>Rimuovi %n termine del glossario</numerusform>
            <numerusform>Rimuovi %n termini del glossario</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Glossary</source>
        <translation>Importa glossario</translation>
    </message>
    <message>
        <source>Registro glossaries (*.json);;All files (*)</source>
        <translation>Glossari Registro (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2 The glossary was not changed.</source>
        <translation>Impossibile importare %1: %2 Il glossario non è stato modificato.</translation>
    </message>
    <message>
        <source>Cannot Import Glossary</source>
        <translation>Impossibile importare il glossario</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n term(s) from %1.</source>
        <translation>
            <numerusform>Importato %n termine da %1.</numerusform>
            <numerusform>Importati %n termini da %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Glossary</source>
        <translation>Esporta glossario</translation>
    </message>
    <message>
        <source>Registro glossaries (*.json)</source>
        <translation>Glossari Registro (*.json)</translation>
    </message>
    <message>
        <source>Cannot Export Glossary</source>
        <translation>Impossibile esportare il glossario</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n term(s) to %1.</source>
        <translation>
            <numerusform>Esportato %n termine in %1.</numerusform>
            <numerusform>Esportati %n termini in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryRepository</name>
    <message>
        <source>A glossary term needs a source term.</source>
        <translation>Un termine del glossario richiede un termine di origine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be both approved and forbidden for &quot;%2&quot; in %3.</source>
        <translation>&quot;%1&quot; non può essere sia approvato sia vietato per &quot;%2&quot; in %3.</translation>
    </message>
    <message>
        <source>The glossary already has the term &quot;%1&quot;. Edit that term instead.</source>
        <translation>Il glossario contiene già il termine &quot;%1&quot;. Modifica invece quel termine.</translation>
    </message>
    <message>
        <source>The glossary has no term &quot;%1&quot; (any more).</source>
        <translation>Il glossario non contiene (più) il termine &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The glossary&apos;s source terms are in &quot;%1&quot;; the workspace glossary has English (en) source terms.</source>
        <translation>I termini di origine del glossario sono in &quot;%1&quot;; il glossario dell&apos;area di lavoro ha termini di origine in inglese (en).</translation>
    </message>
    <message>
        <source>The term &quot;%1&quot; occurs more than once in the glossary.</source>
        <translation>Il termine &quot;%1&quot; compare più di una volta nel glossario.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>Il file non è un JSON valido: %1 (al carattere %2).</translation>
    </message>
    <message>
        <source>This is not a Registro glossary (the file does not hold a JSON object).</source>
        <translation>Questo non è un glossario Registro (il file non contiene un oggetto JSON).</translation>
    </message>
    <message>
        <source>The glossary has no terms.</source>
        <translation>Il glossario non ha termini.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is refused: %2 The glossary was not changed.</source>
        <translation>%1 è stato rifiutato: %2 Il glossario non è stato modificato.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>GlossaryTableModel</name>
    <message>
        <source>Translations of the term that must not be used in %1 (separate them with commas)</source>
        <translation>Traduzioni del termine che non devono essere usate in %1 (separale con virgole)</translation>
    </message>
    <message>
        <source>Approved translations of the term in %1 (separate them with commas)</source>
        <translation>Traduzioni approvate del termine in %1 (separale con virgole)</translation>
    </message>
    <message>
        <source>Term (EN)</source>
        <translation>Termine (EN)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1 forbidden</source>
        <translation>%1 vietate</translation>
    </message>
    <message>
        <source>%1 approved</source>
        <translation>%1 approvate</translation>
    </message>
    <message>
        <source>The glossary already has the term &quot;%1&quot;. Edit that term instead.</source>
        <translation>Il glossario contiene già il termine &quot;%1&quot;. Modifica invece quel termine.</translation>
    </message>
</context>
<context>
    <name>GlossaryTermCommand</name>
    <message>
        <source>Import glossary</source>
        <translation>Importa glossario</translation>
    </message>
</context>
<context>
    <name>LanguageDetector</name>
    <message>
        <source>No language model for &quot;%1&quot; in %2.</source>
        <translation>Nessun modello linguistico per &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <source>Cannot write the language detector configuration: %1</source>
        <translation>Impossibile scrivere la configurazione del rilevatore di lingua: %1</translation>
    </message>
    <message>
        <source>Cannot load the language models from %1.</source>
        <translation>Impossibile caricare i modelli linguistici da %1.</translation>
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
    <name>MainWindow</name>
    <message>
        <source>&lt;h2&gt;No workspace open&lt;/h2&gt;&lt;p&gt;Open a workspace (Ctrl+O) or create a new one (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Nessuna area di lavoro aperta&lt;/h2&gt;&lt;p&gt;Apri un&apos;area di lavoro (Ctrl+O) o creane una nuova (Ctrl+N).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuova area di lavoro…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Apri area di lavoro…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Chiudi area di lavoro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Trattamento</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <source>Configure &amp;Registro…</source>
        <translation>Configura &amp;Registro…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Registro &amp;User Guide</source>
        <translation>&amp;Guida utente di Registro</translation>
    </message>
    <message>
        <source>&amp;About Registro</source>
        <translation>&amp;Informazioni su Registro</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Controller records</source>
        <translation>Registri del titolare</translation>
    </message>
    <message>
        <source>Processor records</source>
        <translation>Registri del responsabile</translation>
    </message>
    <message>
        <source>Data categories &amp; retention</source>
        <translation>Categorie di dati e conservazione</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Misure di sicurezza</translation>
    </message>
    <message>
        <source>Sub-processors</source>
        <translation>Sub-responsabili</translation>
    </message>
    <message>
        <source>DPA templates</source>
        <translation>Modelli DPA</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
    <message>
        <source>Translation review</source>
        <translation>Revisione delle traduzioni</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Coming soon.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Disponibile a breve.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Impossibile aprire l&apos;area di lavoro</translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation>Impossibile creare l&apos;area di lavoro</translation>
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
        <translation>Nessuna area di lavoro aperta</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nuova area di lavoro</translation>
    </message>
    <message>
        <source>Registro workspaces (*.registro)</source>
        <translation>Aree di lavoro Registro (*.registro)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Apri area di lavoro</translation>
    </message>
    <message>
        <source>Registro workspaces (*.registro);;All files (*)</source>
        <translation>Aree di lavoro Registro (*.registro);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Nessuna area di lavoro recente</translation>
    </message>
    <message>
        <source>Remove Missing Workspaces</source>
        <translation>Rimuovi aree di lavoro mancanti</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Svuota elenco</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>Export an agreement, the register or the sub-processor list as PDF or ODT (Ctrl+E)</source>
        <translation>Esporta un accordo, il registro o l&apos;elenco dei sub-responsabili in PDF o ODT (Ctrl+E)</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Antepri&amp;ma di stampa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossario</translation>
    </message>
</context>
<context>
    <name>MeasureCatalogEditor</name>
    <message>
        <source>&amp;Add measure</source>
        <translation>&amp;Aggiungi misura</translation>
    </message>
    <message>
        <source>&amp;Delete measure</source>
        <translation>&amp;Elimina misura</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Sezione:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escrizione:</translation>
    </message>
    <message>
        <source>S&amp;ort order:</source>
        <translation>&amp;Ordinamento:</translation>
    </message>
    <message>
        <source>Where used:</source>
        <translation>Dove è utilizzata:</translation>
    </message>
    <message>
        <source>Other measures</source>
        <translation>Altre misure</translation>
    </message>
    <message>
        <source>Not used by any processing activity</source>
        <translation>Non utilizzata da alcun trattamento</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Modifica la misura</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nuova misura</translation>
    </message>
    <message>
        <source>New measure %1</source>
        <translation>Nuova misura %1</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Aggiungi misura</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Elimina misura</translation>
    </message>
</context>
<context>
    <name>NoticeLetterDocument</name>
    <message>
        <source>There is no planned change %1 with a customer %2.</source>
        <translation>Non esiste una modifica pianificata %1 con un cliente %2.</translation>
    </message>
</context>
<context>
    <name>NoticeSchedule</name>
    <message>
        <source>Notice needed</source>
        <translation>Preavviso necessario</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Objected</source>
        <translation>Opposizione presentata</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>In ritardo</translation>
    </message>
</context>
<context>
    <name>OdtDocumentWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 as OpenDocument.</source>
        <translation>Impossibile scrivere %1 in formato OpenDocument.</translation>
    </message>
</context>
<context>
    <name>PdfDocumentWriter</name>
    <message>
        <source>The fonts for documents are missing: install Liberation or DejaVu fonts.</source>
        <translation>Mancano i caratteri per i documenti: installa i caratteri Liberation o DejaVu.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>The PDF written to %1 has no trailer.</source>
        <translation>Il PDF scritto in %1 non ha un trailer.</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>Impossibile iniziare la pagina %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Cannot paint on the printer.</source>
        <translation>Impossibile disegnare sulla stampante.</translation>
    </message>
    <message>
        <source>Cannot write the PDF.</source>
        <translation>Impossibile scrivere il PDF.</translation>
    </message>
</context>
<context>
    <name>PlannedChangeRepository</name>
    <message>
        <source>Add</source>
        <translation>Aggiunta</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sostituzione</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimozione</translation>
    </message>
    <message>
        <source>Choose the sub-processor the change is about.</source>
        <translation>Scegli il sub-responsabile a cui si riferisce la modifica.</translation>
    </message>
    <message>
        <source>Give the date the change takes effect.</source>
        <translation>Indica la data da cui la modifica ha effetto.</translation>
    </message>
    <message>
        <source>Choose the sub-processor that is replaced.</source>
        <translation>Scegli il sub-responsabile che viene sostituito.</translation>
    </message>
    <message>
        <source>A sub-processor cannot replace itself.</source>
        <translation>Un sub-responsabile non può sostituire se stesso.</translation>
    </message>
    <message>
        <source>A notice belongs to a planned change and a customer.</source>
        <translation>Un preavviso appartiene a una modifica pianificata e a un cliente.</translation>
    </message>
    <message>
        <source>An objection cannot arrive before the notice was sent.</source>
        <translation>Un&apos;opposizione non può pervenire prima dell&apos;invio del preavviso.</translation>
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
    <name>RegisterView</name>
    <message>
        <source>Special categories</source>
        <translation>Categorie particolari</translation>
    </message>
    <message>
        <source>Transfers lacking a safeguard</source>
        <translation>Trasferimenti privi di garanzia</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Riesame scaduto</translation>
    </message>
    <message>
        <source>Search all fields (Ctrl+F)</source>
        <translation>Cerca in tutti i campi (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Cerca nel registro</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tutti i ruoli</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>All legal bases</source>
        <translation>Tutte le basi giuridiche</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <source>&amp;New Activity</source>
        <translation>&amp;Nuovo trattamento</translation>
    </message>
    <message>
        <source>Add a processing activity to the register (Ctrl+Shift+N)</source>
        <translation>Aggiungi un trattamento al registro (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Activity</source>
        <translation>D&amp;uplica trattamento</translation>
    </message>
    <message>
        <source>&amp;Delete Activity…</source>
        <translation>&amp;Elimina trattamento…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tutti i reparti</translation>
    </message>
    <message>
        <source>%1 of %2 activities</source>
        <translation>%1 di %2 trattamenti</translation>
    </message>
    <message>
        <source>Registro</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nuovo trattamento</translation>
    </message>
    <message>
        <source>New activity %1</source>
        <translation>Nuovo trattamento %1</translation>
    </message>
    <message>
        <source>New activity “%1”</source>
        <translation>Nuovo trattamento “%1”</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Duplica “%1”</translation>
    </message>
    <message>
        <source>Delete Activity</source>
        <translation>Elimina trattamento</translation>
    </message>
    <message>
        <source>Delete “%1” from the register? Undo (Ctrl+Z) brings it back.</source>
        <translation>Eliminare “%1” dal registro? Annulla (Ctrl+Z) lo ripristina.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Elimina “%1”</translation>
    </message>
</context>
<context>
    <name>SavePlannedChangeCommand</name>
    <message>
        <source>Edit planned change</source>
        <translation>Modifica la modifica pianificata</translation>
    </message>
    <message>
        <source>Plan change</source>
        <translation>Pianifica modifica</translation>
    </message>
</context>
<context>
    <name>SaveSubProcessorCommand</name>
    <message>
        <source>Edit sub-processor &quot;%1&quot;</source>
        <translation>Modifica il sub-responsabile &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add sub-processor &quot;%1&quot;</source>
        <translation>Aggiungi il sub-responsabile &quot;%1&quot;</translation>
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
    <name>SubProcessorChecker</name>
    <message>
        <source>Servers in %1, outside the EEA without an adequacy decision, and no safeguard recorded. Record the SCCs, BCRs, DPF certification or derogation that covers the transfer.</source>
        <translation>Server in %1, fuori dallo SEE senza una decisione di adeguatezza, e nessuna garanzia registrata. Registra le SCC, le BCR, la certificazione DPF o la deroga che copre il trasferimento.</translation>
    </message>
    <message>
        <source>The EU-US Data Privacy Framework covers only recipients in the United States, and no server location of this sub-processor is there. Choose the safeguard that applies.</source>
        <translation>Il quadro UE-USA per la protezione dei dati copre solo destinatari negli Stati Uniti, e nessun server di questo sub-responsabile si trova lì. Scegli la garanzia applicabile.</translation>
    </message>
    <message>
        <source>The transfer to %1 in &quot;%2&quot; is marked &quot;not required&quot;, but %1 is outside the EEA without an adequacy decision. Record the safeguard that covers it.</source>
        <translation>Il trasferimento verso %1 in &quot;%2&quot; è contrassegnato come &quot;non necessaria&quot;, ma %1 è fuori dallo SEE senza una decisione di adeguatezza. Registra la garanzia che lo copre.</translation>
    </message>
    <message>
        <source>No processing activity uses this sub-processor. Link it to the activities it serves, or mark it removed.</source>
        <translation>Nessun trattamento utilizza questo sub-responsabile. Collegalo ai trattamenti per cui opera, o contrassegnalo come rimosso.</translation>
    </message>
</context>
<context>
    <name>SubProcessorCommands</name>
    <message>
        <source>The sub-processor list as of a date, its changes, notice deadlines</source>
        <translation>L&apos;elenco dei sub-responsabili a una data, le sue modifiche, le scadenze dei preavvisi</translation>
    </message>
</context>
<context>
    <name>SubProcessorDemo</name>
    <message>
        <source>The demo content has a planned change of unknown kind &quot;%1&quot;.</source>
        <translation>Il contenuto dimostrativo ha una modifica pianificata di tipo sconosciuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The demo content refers to an unknown subprocessor &quot;%1&quot;.</source>
        <translation>Il contenuto dimostrativo fa riferimento a un sub-responsabile sconosciuto &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SubProcessorHistory</name>
    <message>
        <source>A version needs a stored sub-processor and a date.</source>
        <translation>Una versione richiede un sub-responsabile memorizzato e una data.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Denominazione legale</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Processing actions</source>
        <translation>Operazioni di trattamento</translation>
    </message>
    <message>
        <source>Server locations</source>
        <translation>Ubicazione dei server</translation>
    </message>
    <message>
        <source>Transfer safeguard</source>
        <translation>Garanzia per il trasferimento</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>Modulo SCC</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Email di contatto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Data di aggiunta</translation>
    </message>
    <message>
        <source>Date removed</source>
        <translation>Data di rimozione</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Categorie di dati</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
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
    <name>SubProcessorView</name>
    <message>
        <source>&amp;New Sub-processor</source>
        <translation>&amp;Nuovo sub-responsabile</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>&amp;Applica modifiche</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Denominazione legale</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Garanzia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Rilievi</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non registrata</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>non rimosso</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Denominazione legale:</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>S&amp;ervizio:</translation>
    </message>
    <message>
        <source>Processing &amp;actions:</source>
        <translation>Operazioni di &amp;trattamento:</translation>
    </message>
    <message>
        <source>Server &amp;countries:</source>
        <translation>&amp;Paesi dei server:</translation>
    </message>
    <message>
        <source>Transfer s&amp;afeguard:</source>
        <translation>G&amp;aranzia per il trasferimento:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <source>Date a&amp;dded:</source>
        <translation>Data di aggiu&amp;nta:</translation>
    </message>
    <message>
        <source>Date re&amp;moved:</source>
        <translation>Data di ri&amp;mozione:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Rilievi:</translation>
    </message>
    <message>
        <source>List as of:</source>
        <translation>Elenco al:</translation>
    </message>
    <message>
        <source>changes since:</source>
        <translation>modifiche dal:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Notice by</source>
        <translation>Preavviso entro</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Objections until</source>
        <translation>Opposizioni fino al</translation>
    </message>
    <message>
        <source>Record Notice &amp;Sent</source>
        <translation>Registra preavviso &amp;inviato</translation>
    </message>
    <message>
        <source>Record &amp;Objection</source>
        <translation>Registra &amp;opposizione</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>In data:</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motivo della modifica</translation>
    </message>
    <message>
        <source>&amp;Plan Change</source>
        <translation>&amp;Pianifica modifica</translation>
    </message>
    <message>
        <source>replacing</source>
        <translation>in sostituzione di</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dal</translation>
    </message>
    <message>
        <source>Planned Changes</source>
        <translation>Modifiche pianificate</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Sub-processors as of %1:</source>
        <translation>Sub-responsabili al %1:</translation>
    </message>
    <message>
        <source>Changes from %1 to %2:</source>
        <translation>Modifiche dal %1 al %2:</translation>
    </message>
    <message>
        <source>  + added: %1</source>
        <translation>  + aggiunto: %1</translation>
    </message>
    <message>
        <source>  − removed: %1</source>
        <translation>  − rimosso: %1</translation>
    </message>
    <message>
        <source>  ~ changed: %1</source>
        <translation>  ~ modificato: %1</translation>
    </message>
    <message>
        <source>%1: %2, effective %3</source>
        <translation>%1: %2, con effetto dal %3</translation>
    </message>
    <message>
        <source>Record objection of %1</source>
        <translation>Registra l&apos;opposizione di %1</translation>
    </message>
    <message>
        <source>Record notice sent to %1</source>
        <translation>Registra il preavviso inviato a %1</translation>
    </message>
</context>
<context>
    <name>TemplateCommands</name>
    <message>
        <source>Print an agreement rendered from its template and the register</source>
        <translation>Stampa un accordo generato dal suo modello e dal registro</translation>
    </message>
    <message>
        <source>There is no agreement %1 in %2.</source>
        <translation>Non esiste l&apos;accordo %1 in %2.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorView</name>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clausola</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clausole</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Preview with:</source>
        <translation>Anteprima con:</translation>
    </message>
    <message>
        <source>Clause text (%1)</source>
        <translation>Testo della clausola (%1)</translation>
    </message>
    <message>
        <source>Included when: %1</source>
        <translation>Inclusa se: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <source>O&amp;ptional: each agreement can leave it out</source>
        <translation>&amp;Facoltativa: ogni accordo può escluderla</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Sub-clause</source>
        <translation>Sottoclausola</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Allegato</translation>
    </message>
    <message>
        <source>The clause&apos;s key: the same in every version of the template and in the translations.</source>
        <translation>La chiave della clausola: la stessa in ogni versione del modello e nelle traduzioni.</translation>
    </message>
    <message>
        <source>always included</source>
        <translation>sempre inclusa</translation>
    </message>
    <message>
        <source>A template expression, e.g. register.has_non_eea_transfers: the clause is left out when it is false.</source>
        <translation>Un&apos;espressione del modello, ad es. register.has_non_eea_transfers: la clausola viene esclusa quando è falsa.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>K&amp;ey:</source>
        <translation>C&amp;hiave:</translation>
    </message>
    <message>
        <source>Con&amp;dition:</source>
        <translation>Con&amp;dizione:</translation>
    </message>
    <message>
        <source>Add &amp;Article</source>
        <translation>Aggiungi &amp;articolo</translation>
    </message>
    <message>
        <source>+ Article</source>
        <translation>+ Articolo</translation>
    </message>
    <message>
        <source>Add &amp;Sub-clause</source>
        <translation>Aggiungi &amp;sottoclausola</translation>
    </message>
    <message>
        <source>+ Sub-clause</source>
        <translation>+ Sottoclausola</translation>
    </message>
    <message>
        <source>Add A&amp;ppendix</source>
        <translation>Aggiungi a&amp;llegato</translation>
    </message>
    <message>
        <source>+ Appendix</source>
        <translation>+ Allegato</translation>
    </message>
    <message>
        <source>&amp;Remove Clause…</source>
        <translation>&amp;Rimuovi clausola…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Giù</translation>
    </message>
    <message>
        <source>Move &amp;Out a Level</source>
        <translation>Sposta al livello s&amp;uperiore</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Superiore</translation>
    </message>
    <message>
        <source>Move &amp;In a Level</source>
        <translation>Sposta al livello &amp;inferiore</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Inferiore</translation>
    </message>
    <message>
        <source>Clause tree</source>
        <translation>Struttura delle clausole</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (facoltativa)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key: use letters, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>&quot;%1&quot; non è una chiave valida: usa lettere, cifre, &quot;-&quot; e &quot;_&quot;.</translation>
    </message>
    <message>
        <source>The condition is not valid: %1</source>
        <translation>La condizione non è valida: %1</translation>
    </message>
    <message>
        <source>Select the clause the new sub-clause goes under.</source>
        <translation>Seleziona la clausola sotto cui va la nuova sottoclausola.</translation>
    </message>
    <message>
        <source>Remove clause %1 and its text in every language?</source>
        <translation>Rimuovere la clausola %1 e il suo testo in ogni lingua?</translation>
    </message>
    <message>
        <source>Remove clause %1 with its sub-clause and their texts in every language?</source>
        <translation>Rimuovere la clausola %1 con la sua sottoclausola e i relativi testi in ogni lingua?</translation>
    </message>
    <message>
        <source>Remove clause %1 with its %2 sub-clauses and their texts in every language?</source>
        <translation>Rimuovere la clausola %1 con le sue %2 sottoclausole e i relativi testi in ogni lingua?</translation>
    </message>
    <message>
        <source>Remove Clause</source>
        <translation>Rimuovi clausola</translation>
    </message>
    <message>
        <source>Clause %1 is already the first at its level.</source>
        <translation>La clausola %1 è già la prima del suo livello.</translation>
    </message>
    <message>
        <source>Clause %1 is already the last at its level.</source>
        <translation>La clausola %1 è già l&apos;ultima del suo livello.</translation>
    </message>
    <message>
        <source>Clause %1 has no clause before it at its level to go under.</source>
        <translation>La clausola %1 non ha una clausola precedente al suo livello sotto cui spostarsi.</translation>
    </message>
    <message>
        <source>Clause %1 is already at the top level.</source>
        <translation>La clausola %1 è già al livello più alto.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Clause title (%1)</source>
        <translation>Titolo della clausola (%1)</translation>
    </message>
</context>
<context>
    <name>TemplateImporter</name>
    <message>
        <source>The sample template is missing from this build.</source>
        <translation>Il modello di esempio manca in questa build.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>The template file is not valid JSON: %1</source>
        <translation>Il file del modello non è JSON valido: %1</translation>
    </message>
    <message>
        <source>This is not a Registro template file.</source>
        <translation>Questo non è un file di modello Registro.</translation>
    </message>
    <message>
        <source>This template file has a format version this Registro cannot read.</source>
        <translation>Questo file di modello ha una versione di formato che questa versione di Registro non sa leggere.</translation>
    </message>
    <message>
        <source>The template has no name.</source>
        <translation>Il modello non ha un nome.</translation>
    </message>
    <message>
        <source>The template&apos;s languages must include its source language.</source>
        <translation>Le lingue del modello devono includere la sua lingua di origine.</translation>
    </message>
</context>
<context>
    <name>TemplateJsonSegments</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at character %3).</source>
        <translation>%1 non è JSON valido: %2 (al carattere %3).</translation>
    </message>
    <message>
        <source>This is not a Registro template (the &quot;format&quot; is not &quot;registro-template&quot;).</source>
        <translation>Questo non è un modello Registro (il &quot;format&quot; non è &quot;registro-template&quot;).</translation>
    </message>
    <message>
        <source>The template has no &quot;clauses&quot; list.</source>
        <translation>Il modello non ha un elenco &quot;clauses&quot;.</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>There is no template %1.</source>
        <translation>Non esiste il modello %1.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; is not maintained in &quot;%2&quot;.</source>
        <translation>Il modello &quot;%1&quot; non è gestito in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>Condizione: %1</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>Non esiste l&apos;accordo %1.</translation>
    </message>
    <message>
        <source>Agreement %1 was not signed in &quot;%2&quot;.</source>
        <translation>L&apos;accordo %1 non è stato firmato in &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer::Error</name>
    <message>
        <source>clause %1 (%2, %3)</source>
        <translation>clausola %1 (%2, %3)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>riga %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, riga %2</translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <source>A template needs a name.</source>
        <translation>Un modello richiede un nome.</translation>
    </message>
    <message>
        <source>A template needs at least one language.</source>
        <translation>Un modello richiede almeno una lingua.</translation>
    </message>
    <message>
        <source>A clause needs a key.</source>
        <translation>Una clausola richiede una chiave.</translation>
    </message>
    <message>
        <source>There is no template %1.</source>
        <translation>Non esiste alcun modello %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid clause key: use letters, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>&quot;%1&quot; non è una chiave di clausola valida: usa lettere, cifre, &quot;-&quot; e &quot;_&quot;.</translation>
    </message>
    <message>
        <source>The template already has a clause with the key &quot;%1&quot;.</source>
        <translation>Il modello ha già una clausola con la chiave &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no clause %1 in this template.</source>
        <translation>Non esiste alcuna clausola %1 in questo modello.</translation>
    </message>
    <message>
        <source>An appendix stays at the top level; it cannot be placed below a clause.</source>
        <translation>Un allegato resta al livello più alto; non può essere posto sotto una clausola.</translation>
    </message>
    <message>
        <source>There is no clause %1.</source>
        <translation>Non esiste alcuna clausola %1.</translation>
    </message>
    <message>
        <source>There is nothing to restore.</source>
        <translation>Non c&apos;è nulla da ripristinare.</translation>
    </message>
    <message>
        <source>Clause %1 exists already.</source>
        <translation>La clausola %1 esiste già.</translation>
    </message>
    <message>
        <source>The clause that held &quot;%1&quot; no longer exists.</source>
        <translation>La clausola che conteneva &quot;%1&quot; non esiste più.</translation>
    </message>
    <message>
        <source>Clause %1: %2</source>
        <translation>Clausola %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot move into itself or into one of its own sub-clauses.</source>
        <translation>&quot;%1&quot; non può essere spostata in sé stessa o in una delle sue sottoclausole.</translation>
    </message>
    <message>
        <source>An appendix stays at the top level: &quot;%1&quot; cannot be placed below a clause.</source>
        <translation>Un allegato resta al livello più alto: &quot;%1&quot; non può essere posto sotto una clausola.</translation>
    </message>
    <message>
        <source>A clause below another clause is a sub-clause; move it to the top level to make it an article or an appendix.</source>
        <translation>Una clausola sotto un&apos;altra clausola è una sottoclausola; spostala al livello più alto per renderla un articolo o un allegato.</translation>
    </message>
    <message>
        <source>A clause at the top level is an article or an appendix.</source>
        <translation>Una clausola al livello più alto è un articolo o un allegato.</translation>
    </message>
</context>
<context>
    <name>TextTemplateEngine</name>
    <message>
        <source>The template engine (%1) is not installed.</source>
        <translation>Il motore dei modelli (%1) non è installato.</translation>
    </message>
    <message>
        <source>The template engine cannot be loaded: %1</source>
        <translation>Impossibile caricare il motore dei modelli: %1</translation>
    </message>
    <message>
        <source>%1 is not Registro&apos;s template engine.</source>
        <translation>%1 non è il motore dei modelli di Registro.</translation>
    </message>
</context>
<context>
    <name>TranslationCommands</name>
    <message>
        <source>Check the translations of a template in a workspace</source>
        <translation>Controlla le traduzioni di un modello in un&apos;area di lavoro</translation>
    </message>
    <message>
        <source>Exchange a template&apos;s translations as XLIFF 2.0</source>
        <translation>Scambia le traduzioni di un modello in formato XLIFF 2.0</translation>
    </message>
    <message>
        <source>registro-cli qa: unexpected argument &quot;%1&quot;.</source>
        <translation>registro-cli qa: argomento imprevisto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: registro-cli %1</source>
        <translation>Uso: registro-cli %1</translation>
    </message>
    <message>
        <source>registro-cli: the language check is skipped: %1</source>
        <translation>registro-cli: il controllo della lingua viene saltato: %1</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings.</source>
        <translation>%1 errori, %2 avvisi.</translation>
    </message>
    <message>
        <source>registro-cli: cannot write %1: %2</source>
        <translation>registro-cli: impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>%1 segments written to %2.</source>
        <translation>%1 segmenti scritti in %2.</translation>
    </message>
    <message>
        <source>registro-cli: cannot read %1: %2</source>
        <translation>registro-cli: impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>registro-cli: %1 is refused: %2 Nothing was changed.</source>
        <translation>registro-cli: %1 viene rifiutato: %2 Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>%1 of %2 segments changed.</source>
        <translation>%1 segmenti su %2 modificati.</translation>
    </message>
    <message>
        <source>registro-cli xliff: unexpected argument &quot;%1&quot;.</source>
        <translation>registro-cli xliff: argomento imprevisto &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>TranslationFileCommands</name>
    <message>
        <source>Check the translations of a template file</source>
        <translation>Controlla le traduzioni di un file di modello</translation>
    </message>
    <message>
        <source>registro-cli qa-file: unexpected argument &quot;%1&quot;.</source>
        <translation>registro-cli qa-file: argomento imprevisto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: registro-cli qa-file TEMPLATE.json [--lang nl] [--glossary FILE] [--json]</source>
        <translation>Uso: registro-cli qa-file TEMPLATE.json [--lang nl] [--glossary FILE] [--json]</translation>
    </message>
    <message>
        <source>registro-cli: the template has no target language &quot;%1&quot; (it has: %2).</source>
        <translation>registro-cli: il modello non ha la lingua di destinazione &quot;%1&quot; (ha: %2).</translation>
    </message>
    <message>
        <source>registro-cli: the language check is skipped: %1</source>
        <translation>registro-cli: il controllo della lingua viene saltato: %1</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings.</source>
        <translation>%1 errori, %2 avvisi.</translation>
    </message>
</context>
<context>
    <name>TranslationQa</name>
    <message>
        <source>Missing translation</source>
        <translation>Traduzione mancante</translation>
    </message>
    <message>
        <source>Template tags</source>
        <translation>Tag del modello</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numeri</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>Lingua errata</translation>
    </message>
    <message>
        <source>Markup and typing</source>
        <translation>Markup e digitazione</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossario</translation>
    </message>
    <message>
        <source>Paragraphs and lists</source>
        <translation>Paragrafi ed elenchi</translation>
    </message>
    <message>
        <source>There is no %1 translation: translate the clause.</source>
        <translation>Manca la traduzione in %1: traduci la clausola.</translation>
    </message>
    <message>
        <source>The translation is identical to the %1 source: translate it.</source>
        <translation>La traduzione è identica al testo di origine in %1: traducila.</translation>
    </message>
    <message>
        <source>The tag %1 of the source is missing: copy it unchanged into the translation.</source>
        <translation>Manca il tag %1 dell&apos;originale: copialo invariato nella traduzione.</translation>
    </message>
    <message>
        <source>The tag %1 occurs %2 times in the source but %3 times in the translation: copy every occurrence.</source>
        <translation>Il tag %1 compare %2 volte nell&apos;originale ma %3 volte nella traduzione: copia ogni occorrenza.</translation>
    </message>
    <message>
        <source>The tag %1 is not in the source: remove it or correct it to match the source.</source>
        <translation>Il tag %1 non è nell&apos;originale: rimuovilo o correggilo in modo che corrisponda all&apos;originale.</translation>
    </message>
    <message>
        <source>The tag %1 occurs more often than in the source: remove the extra one.</source>
        <translation>Il tag %1 compare più spesso che nell&apos;originale: rimuovi quello in eccesso.</translation>
    </message>
    <message>
        <source>%1 has no matching %2 before it: put the tags in the same order as in the source.</source>
        <translation>%1 non ha un %2 corrispondente prima di esso: metti i tag nello stesso ordine dell&apos;originale.</translation>
    </message>
    <message>
        <source>%1 is not closed: add %2 where the source has it.</source>
        <translation>%1 non è chiuso: aggiungi %2 dove lo ha l&apos;originale.</translation>
    </message>
    <message>
        <source>The number %1 of the source is missing from the translation.</source>
        <translation>Nella traduzione manca il numero %1 dell&apos;originale.</translation>
    </message>
    <message>
        <source>The number %1 occurs %2 times in the source but %3 times in the translation (in digits or words).</source>
        <translation>Il numero %1 compare %2 volte nell&apos;originale ma %3 volte nella traduzione (in cifre o in lettere).</translation>
    </message>
    <message>
        <source>The number %1 (%2) is not in the source: check the figure.</source>
        <translation>Il numero %1 (%2) non è nell&apos;originale: controlla la cifra.</translation>
    </message>
    <message>
        <source>The number %1 is not in the source: check the figure.</source>
        <translation>Il numero %1 non è nell&apos;originale: controlla la cifra.</translation>
    </message>
    <message>
        <source>The number %1 occurs more often than in the source.</source>
        <translation>Il numero %1 compare più spesso che nell&apos;originale.</translation>
    </message>
    <message>
        <source>The period after %1 differs: the source has %2, the translation %3. Use the same unit.</source>
        <translation>Il termine dopo %1 è diverso: l&apos;originale ha %2, la traduzione %3. Usa la stessa unità.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>The source writes %1 in words as well as in digits; write it the same way in the translation.</source>
        <translation>L&apos;originale scrive %1 sia in lettere sia in cifre; scrivilo allo stesso modo nella traduzione.</translation>
    </message>
    <message>
        <source>The translation writes %1 in words where the source uses digits; write it the same way as the source.</source>
        <translation>La traduzione scrive %1 in lettere dove l&apos;originale usa le cifre; scrivilo come nell&apos;originale.</translation>
    </message>
    <message>
        <source>This sentence is copied unchanged from the %1 source: translate it.</source>
        <translation>Questa frase è copiata invariata dall&apos;originale in %1: traducila.</translation>
    </message>
    <message>
        <source>This sentence looks like %1, not %2: translate it into %2.</source>
        <translation>Questa frase sembra in %1, non in %2: traducila in %2.</translation>
    </message>
    <message>
        <source>%1 looks like left-over HTML: remove it or write the character itself.</source>
        <translation>%1 sembra HTML residuo: rimuovilo o scrivi il carattere stesso.</translation>
    </message>
    <message>
        <source>The bold markers “**” are not paired: close the bold text or remove the marker.</source>
        <translation>I marcatori di grassetto “**” non sono appaiati: chiudi il testo in grassetto o rimuovi il marcatore.</translation>
    </message>
    <message>
        <source>The bracket %1 has no partner: add the missing bracket or remove this one.</source>
        <translation>La parentesi %1 non ha la corrispondente: aggiungi la parentesi mancante o rimuovi questa.</translation>
    </message>
    <message>
        <source>The quotation mark %1 has no partner: close the quotation or remove the mark.</source>
        <translation>Le virgolette %1 non hanno le corrispondenti: chiudi la citazione o rimuovi le virgolette.</translation>
    </message>
    <message>
        <source>The straight quotation marks &quot; are not paired: close the quotation or remove the mark.</source>
        <translation>Le virgolette diritte &quot; non sono appaiate: chiudi la citazione o rimuovi le virgolette.</translation>
    </message>
    <message>
        <source>The quotation mark %1 is not used in %2: use %3 instead.</source>
        <translation>Le virgolette %1 non si usano in %2: usa invece %3.</translation>
    </message>
    <message>
        <source>The word %1 is doubled: remove one.</source>
        <translation>La parola %1 è ripetuta: rimuovine una.</translation>
    </message>
    <message>
        <source>Two or more spaces in a row: use a single space.</source>
        <translation>Due o più spazi consecutivi: usa un solo spazio.</translation>
    </message>
    <message>
        <source>The source uses %1; the translation should use the approved term %2.</source>
        <translation>L&apos;originale usa %1; la traduzione dovrebbe usare il termine approvato %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1 must not be used.</source>
        <translation>%1 non deve essere usato.</translation>
    </message>
    <message>
        <source>%1 must not be used for %2: use %3.</source>
        <translation>%1 non deve essere usato per %2: usa %3.</translation>
    </message>
    <message>
        <source>The source has %1 list items, the translation %2: keep one item per source item.</source>
        <translation>L&apos;originale ha %1 voci di elenco, la traduzione %2: mantieni una voce per ogni voce dell&apos;originale.</translation>
    </message>
    <message>
        <source>The source has %1 paragraphs, the translation %2: keep the paragraphs of the source.</source>
        <translation>L&apos;originale ha %1 paragrafi, la traduzione %2: mantieni i paragrafi dell&apos;originale.</translation>
    </message>
</context>
<context>
    <name>TranslationReviewRepository</name>
    <message>
        <source>There is no template with id %1.</source>
        <translation>Non esiste un modello con id %1.</translation>
    </message>
    <message>
        <source>The template has no clause &quot;%1&quot;.</source>
        <translation>Il modello non ha la clausola &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a target language of this template.</source>
        <translation>&quot;%1&quot; non è una lingua di destinazione di questo modello.</translation>
    </message>
    <message>
        <source>Clause &quot;%1&quot; has no translation yet.</source>
        <translation>La clausola &quot;%1&quot; non ha ancora una traduzione.</translation>
    </message>
    <message>
        <source>Clause %1 has no translation to review.</source>
        <translation>La clausola %1 non ha una traduzione da revisionare.</translation>
    </message>
    <message>
        <source>Clause %1 is &quot;%2&quot;: review it before approving it.</source>
        <translation>La clausola %1 è &quot;%2&quot;: revisionala prima di approvarla.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has no target language &quot;%2&quot; (it has: %3).</source>
        <translation>Il modello &quot;%1&quot; non ha la lingua di destinazione &quot;%2&quot; (ha: %3).</translation>
    </message>
    <message>
        <source>The file is for template &quot;%1&quot; in &quot;%2&quot;, not for &quot;%3&quot;.</source>
        <translation>Il file è per il modello &quot;%1&quot; in &quot;%2&quot;, non per &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The file has a segment &quot;%1&quot; that the template does not have.</source>
        <translation>Il file contiene un segmento &quot;%1&quot; che il modello non ha.</translation>
    </message>
</context>
<context>
    <name>TranslationReviewView</name>
    <message>
        <source>The source changed since the translation was reviewed:</source>
        <translation>Il testo di origine è cambiato dopo la revisione della traduzione:</translation>
    </message>
    <message>
        <source>Next &amp;Unreviewed</source>
        <translation>Prossima &amp;non revisionata</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisiona</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approva</translation>
    </message>
    <message>
        <source>Next &amp;Finding</source>
        <translation>Prossimo ri&amp;lievo</translation>
    </message>
    <message>
        <source>Mark the translation reviewed and go to the next unreviewed clause (Ctrl+Return)</source>
        <translation>Segna la traduzione come revisionata e passa alla prossima clausola non revisionata (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Approve the reviewed translation for issue (Ctrl+Shift+Return)</source>
        <translation>Approva la traduzione revisionata per la pubblicazione (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non revisionata</translation>
    </message>
    <message>
        <source>All clauses</source>
        <translation>Tutte le clausole</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>Con rilievi</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clausola</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Rilievi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Originale</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduzione</translation>
    </message>
    <message>
        <source>QA findings</source>
        <translation>Rilievi QA</translation>
    </message>
    <message>
        <source>%1 (title)</source>
        <translation>%1 (titolo)</translation>
    </message>
    <message>
        <source>%1 of %2 segments reviewed, %3 with findings.</source>
        <translation>%1 segmenti su %2 revisionati, %3 con rilievi.</translation>
    </message>
    <message>
        <source>Edit translation of %1</source>
        <translation>Modifica la traduzione di %1</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Revisiona %1</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Approva %1</translation>
    </message>
    <message>
        <source>Every visible segment is reviewed.</source>
        <translation>Ogni segmento visibile è revisionato.</translation>
    </message>
    <message>
        <source>No visible segment has findings.</source>
        <translation>Nessun segmento visibile ha rilievi.</translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation>&amp;Glossario…</translation>
    </message>
    <message>
        <source>Edit the workspace glossary the glossary check uses (Ctrl+G)</source>
        <translation>Modifica il glossario dell&apos;area di lavoro usato dal controllo del glossario (Ctrl+G)</translation>
    </message>
</context>
<context>
    <name>Translator</name>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Olandese</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francese</translation>
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
<context>
    <name>XliffFile</name>
    <message>
        <source>Cannot write the XLIFF file: %1</source>
        <translation>Impossibile scrivere il file XLIFF: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1 (line %2, column %3).</source>
        <translation>Il file non è XML ben formato: %1 (riga %2, colonna %3).</translation>
    </message>
    <message>
        <source>This is not an XLIFF file (its root element is &lt;%1&gt;).</source>
        <translation>Questo non è un file XLIFF (il suo elemento radice è &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>This is XLIFF %1; Registro reads XLIFF 2.0 only. Export the file again as XLIFF 2.0.</source>
        <translation>Questo è XLIFF %1; Registro legge solo XLIFF 2.0. Esporta di nuovo il file come XLIFF 2.0.</translation>
    </message>
    <message>
        <source>of an unknown version</source>
        <translation>di una versione sconosciuta</translation>
    </message>
    <message>
        <source>The file is a translation into &quot;%1&quot;, not into &quot;%2&quot;.</source>
        <translation>Il file è una traduzione in &quot;%1&quot;, non in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The file holds more than one &lt;file&gt;; Registro exports and reads one template per file.</source>
        <translation>Il file contiene più di un &lt;file&gt;; Registro esporta e legge un modello per file.</translation>
    </message>
    <message>
        <source>The file belongs to the template &quot;%1&quot;, not to &quot;%2&quot;.</source>
        <translation>Il file appartiene al modello &quot;%1&quot;, non a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The file was exported from version %1 of the template; the template is now at version %2. Export it again.</source>
        <translation>Il file è stato esportato dalla versione %1 del modello; il modello è ora alla versione %2. Esportalo di nuovo.</translation>
    </message>
    <message>
        <source>A &lt;unit&gt; at line %1 has no id.</source>
        <translation>Un &lt;unit&gt; alla riga %1 non ha un id.</translation>
    </message>
    <message>
        <source>The clause &quot;%1&quot; occurs twice in the file.</source>
        <translation>La clausola &quot;%1&quot; compare due volte nel file.</translation>
    </message>
    <message>
        <source>The clause &quot;%1&quot; is split into several segments; Registro needs one segment per clause.</source>
        <translation>La clausola &quot;%1&quot; è suddivisa in più segmenti; Registro richiede un segmento per clausola.</translation>
    </message>
    <message>
        <source>The clause &quot;%1&quot; has the unknown state &quot;%2&quot;.</source>
        <translation>La clausola &quot;%1&quot; ha lo stato sconosciuto &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The XLIFF file holds no &lt;file&gt; element.</source>
        <translation>Il file XLIFF non contiene alcun elemento &lt;file&gt;.</translation>
    </message>
    <message>
        <source>The file has clauses that the template does not have: %1. Was it exported from another template?</source>
        <translation>Il file contiene clausole che il modello non ha: %1. È stato esportato da un altro modello?</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The GDPR register, sub-processors and DPAs.</source>
        <translation>Il registro GDPR, i sub-responsabili e i DPA.</translation>
    </message>
    <message>
        <source>Quit once the register table has been painted, printing the time it took and the peak memory use (for benchmarks).</source>
        <translation>Esce non appena la tabella del registro è stata disegnata, mostrando il tempo impiegato e il picco di memoria utilizzata (per i benchmark).</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Salva un&apos;immagine della finestra in &lt;file&gt; non appena viene mostrata, poi esce.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation>Il file dell&apos;area di lavoro da aprire.</translation>
    </message>
    <message>
        <source>Show the section &lt;id&gt; after opening the workspace.</source>
        <translation>Mostra la sezione &lt;id&gt; dopo l&apos;apertura dell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use the user interface language &lt;code&gt; (en, nl, it, fr) for this run.</source>
        <translation>Usa la lingua dell&apos;interfaccia utente &lt;code&gt; (en, nl, it, fr) per questa esecuzione.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
</context>
</TS>
