<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Registro</source>
        <translation>À propos de Registro</translation>
    </message>
    <message>
        <source>Registro %1</source>
        <translation>Registro %1</translation>
    </message>
    <message>
        <source>Keeps the GDPR register of processing activities, sub-processors and data processing agreements.</source>
        <translation>Tient le registre RGPD des activités de traitement, des sous-traitants ultérieurs et des accords de sous-traitance.</translation>
    </message>
    <message>
        <source>Copyright 2026 The Registro authors. Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). There is no warranty.</source>
        <translation>Copyright 2026 les auteurs de Registro. Distribué sous la GNU General Public License, version 3 ou ultérieure (GPL-3.0-or-later). Aucune garantie.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Construit avec :</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation>&amp;Soumettre pour revue</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Marquer comme revu</translation>
    </message>
    <message>
        <source>Records today as the last review and sets the next review date</source>
        <translation>Enregistre la date du jour comme dernière revue et fixe la date de la prochaine revue</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Fiche</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Rô&amp;le :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation>Finalités :</translation>
    </message>
    <message>
        <source>Filter legal bases</source>
        <translation>Filtrer les bases juridiques</translation>
    </message>
    <message>
        <source>Legal bases:</source>
        <translation>Bases juridiques :</translation>
    </message>
    <message>
        <source>Legal basis no&amp;tes:</source>
        <translation>No&amp;tes sur la base juridique :</translation>
    </message>
    <message>
        <source>Data subjects:</source>
        <translation>Personnes concernées :</translation>
    </message>
    <message>
        <source>Filter, or type a new category&apos;s name</source>
        <translation>Filtrer, ou saisir le nom d&apos;une nouvelle catégorie</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>Nouvelle catégorie…</translation>
    </message>
    <message>
        <source>Data categories:</source>
        <translation>Catégories de données :</translation>
    </message>
    <message>
        <source>&amp;Erasure time limits:</source>
        <translation>Délais d&apos;&amp;effacement :</translation>
    </message>
    <message>
        <source>Recipient categories:</source>
        <translation>Catégories de destinataires :</translation>
    </message>
    <message>
        <source>Recipient parties:</source>
        <translation>Destinataires :</translation>
    </message>
    <message>
        <source>Controllers:</source>
        <translation>Responsables du traitement :</translation>
    </message>
    <message>
        <source>Joint controllers:</source>
        <translation>Responsables conjoints du traitement :</translation>
    </message>
    <message>
        <source>Sub-processors:</source>
        <translation>Sous-traitants ultérieurs :</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>Module des CCT</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation>Ajouter un transfert</translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation>Supprimer le transfert</translation>
    </message>
    <message>
        <source>Transfers:</source>
        <translation>Transferts :</translation>
    </message>
    <message>
        <source>Filter measures</source>
        <translation>Filtrer les mesures</translation>
    </message>
    <message>
        <source>Security measures:</source>
        <translation>Mesures de sécurité :</translation>
    </message>
    <message>
        <source>Securit&amp;y description:</source>
        <translation>Descr&amp;iption de la sécurité :</translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation>Re&amp;quise</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>Ré&amp;alisée</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>DPIA:</source>
        <translation>AIPD :</translation>
    </message>
    <message>
        <source>Last:</source>
        <translation>Dernière :</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Prochaine :</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revue :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Lawfulness, Art. 6(1)</source>
        <translation>Licéité, art. 6(1)</translation>
    </message>
    <message>
        <source>Special categories, Art. 9(2)</source>
        <translation>Catégories particulières, art. 9(2)</translation>
    </message>
    <message>
        <source>Criminal data, Art. 10</source>
        <translation>Données pénales, art. 10</translation>
    </message>
    <message>
        <source>  [special category, Art. 9]</source>
        <translation>  [catégorie particulière, art. 9]</translation>
    </message>
    <message>
        <source>  [criminal data, Art. 10]</source>
        <translation>  [données pénales, art. 10]</translation>
    </message>
    <message>
        <source>No retention period set</source>
        <translation>Aucune durée de conservation définie</translation>
    </message>
    <message>
        <source>Other measures</source>
        <translation>Autres mesures</translation>
    </message>
    <message>
        <source>No activity selected</source>
        <translation>Aucune activité sélectionnée</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Module %1</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Modifier le rôle</translation>
    </message>
    <message>
        <source>Rename activity</source>
        <translation>Renommer l&apos;activité</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <source>Change department</source>
        <translation>Modifier le service</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Modifier le responsable</translation>
    </message>
    <message>
        <source>Change purposes</source>
        <translation>Modifier les finalités</translation>
    </message>
    <message>
        <source>Change data subjects</source>
        <translation>Modifier les personnes concernées</translation>
    </message>
    <message>
        <source>Change recipient categories</source>
        <translation>Modifier les catégories de destinataires</translation>
    </message>
    <message>
        <source>Change legal bases</source>
        <translation>Modifier les bases juridiques</translation>
    </message>
    <message>
        <source>Edit legal basis notes</source>
        <translation>Modifier les notes sur la base juridique</translation>
    </message>
    <message>
        <source>Change data categories</source>
        <translation>Modifier les catégories de données</translation>
    </message>
    <message>
        <source>Change recipient parties</source>
        <translation>Modifier les destinataires</translation>
    </message>
    <message>
        <source>Change controllers</source>
        <translation>Modifier les responsables du traitement</translation>
    </message>
    <message>
        <source>Change joint controllers</source>
        <translation>Modifier les responsables conjoints du traitement</translation>
    </message>
    <message>
        <source>Change sub-processors</source>
        <translation>Modifier les sous-traitants ultérieurs</translation>
    </message>
    <message>
        <source>Change transfers</source>
        <translation>Modifier les transferts</translation>
    </message>
    <message>
        <source>Edit erasure time limits</source>
        <translation>Modifier les délais d&apos;effacement</translation>
    </message>
    <message>
        <source>Change security measures</source>
        <translation>Modifier les mesures de sécurité</translation>
    </message>
    <message>
        <source>Edit security description</source>
        <translation>Modifier la description de la sécurité</translation>
    </message>
    <message>
        <source>Change DPIA</source>
        <translation>Modifier l&apos;AIPD</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Modifier les notes</translation>
    </message>
    <message>
        <source>Change review dates</source>
        <translation>Modifier les dates de revue</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Complete: no findings.</source>
        <translation>Complète : aucun constat.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Approuvée par %1 le %2</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Pas encore approuvée</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Soumettre pour revue</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marquer comme revu</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>Give the activity a name: the register identifies each activity by its name.</source>
        <translation>Donnez un nom à l&apos;activité : le registre identifie chaque activité par son nom.</translation>
    </message>
    <message>
        <source>Another activity is already called &quot;%1&quot;. Choose a name that tells them apart.</source>
        <translation>Une autre activité s&apos;appelle déjà « %1 ». Choisissez un nom qui les distingue.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a legal basis of Art. 6, 9(2) or 10 GDPR.</source>
        <translation>« %1 » n&apos;est pas une base juridique des art. 6, 9(2) ou 10 du RGPD.</translation>
    </message>
    <message>
        <source>The next review (%1) cannot come before the last review (%2).</source>
        <translation>Le prochain réexamen (%1) ne peut pas précéder le dernier réexamen (%2).</translation>
    </message>
    <message>
        <source>Every transfer needs its destination country.</source>
        <translation>Chaque transfert doit indiquer son pays de destination.</translation>
    </message>
    <message>
        <source>SCC modules are numbered 1 to 4.</source>
        <translation>Les modules des CCT sont numérotés de 1 à 4.</translation>
    </message>
    <message>
        <source>A controller record does not name controllers it acts for; make it a processor record.</source>
        <translation>Un registre du responsable du traitement ne nomme pas de responsables pour le compte desquels il agit ; faites-en un registre du sous-traitant.</translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation>L&apos;activité n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Complete</source>
        <translation>Complète</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s):</source>
        <translation>
            <numerusform>%n constat :</numerusform>
            <numerusform>%n constats :</numerusform>
        </translation>
    </message>
    <message>
        <source>Completeness and consistency findings</source>
        <translation>Constats de complétude et de cohérence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Bases juridiques</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>AgreementRepository</name>
    <message>
        <source>An agreement needs a reference.</source>
        <translation>Un accord doit avoir une référence.</translation>
    </message>
    <message>
        <source>An agreement needs at least one language.</source>
        <translation>Un accord doit avoir au moins une langue.</translation>
    </message>
    <message>
        <source>An agreement needs a template and a customer.</source>
        <translation>Un accord doit avoir un modèle et un client.</translation>
    </message>
    <message>
        <source>Agreement %1 is signed and can no longer be changed.</source>
        <translation>L&apos;accord %1 est signé et ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>An agreement is signed through signing, which stores its text.</source>
        <translation>Un accord est signé par la procédure de signature, qui en enregistre le texte.</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>Il n&apos;existe aucun accord %1.</translation>
    </message>
    <message>
        <source>Agreement %1 is signed and can no longer be removed.</source>
        <translation>L&apos;accord %1 est signé et ne peut plus être supprimé.</translation>
    </message>
    <message>
        <source>Agreement %1 is already signed.</source>
        <translation>L&apos;accord %1 est déjà signé.</translation>
    </message>
    <message>
        <source>Agreement %1 has no rendered text in &quot;%2&quot;.</source>
        <translation>L&apos;accord %1 n&apos;a pas de texte généré en « %2 ».</translation>
    </message>
    <message>
        <source>An option needs the key of its clause.</source>
        <translation>Une option doit avoir la clé de sa clause.</translation>
    </message>
</context>
<context>
    <name>AgreementsView</name>
    <message>
        <source>Save agreement %1</source>
        <translation>Enregistrer l&apos;accord %1</translation>
    </message>
    <message>
        <source>&amp;New Agreement</source>
        <translation>&amp;Nouvel accord</translation>
    </message>
    <message>
        <source>&amp;Save Agreement</source>
        <translation>&amp;Enregistrer l&apos;accord</translation>
    </message>
    <message>
        <source>Mark as Si&amp;gned</source>
        <translation>Marquer comme si&amp;gné</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>jours calendaires</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>jours ouvrés</translation>
    </message>
    <message>
        <source>en, nl, it, fr</source>
        <translation>en, nl, it, fr</translation>
    </message>
    <message>
        <source>Name, title</source>
        <translation>Nom, fonction</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>&amp;Effective date:</source>
        <translation>Date de prise d&apos;e&amp;ffet :</translation>
    </message>
    <message>
        <source>Ser&amp;vices:</source>
        <translation>Ser&amp;vices :</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>Governing &amp;law:</source>
        <translation>Droit &amp;applicable :</translation>
    </message>
    <message>
        <source>C&amp;ourt:</source>
        <translation>&amp;Tribunal :</translation>
    </message>
    <message>
        <source>Sub-processor notice:</source>
        <translation>Notification des sous-traitants ultérieurs :</translation>
    </message>
    <message>
        <source>Objection period:</source>
        <translation>Délai d&apos;opposition :</translation>
    </message>
    <message>
        <source>Breach notification (&amp;hours):</source>
        <translation>Notification des violations (&amp;heures) :</translation>
    </message>
    <message>
        <source>&amp;Audit notice (days):</source>
        <translation>Préavis d&apos;a&amp;udit (jours) :</translation>
    </message>
    <message>
        <source>Liability ca&amp;p:</source>
        <translation>Plafond de res&amp;ponsabilité :</translation>
    </message>
    <message>
        <source>Signatory (processor):</source>
        <translation>Signataire (sous-traitant) :</translation>
    </message>
    <message>
        <source>Signatory (customer):</source>
        <translation>Signataire (client) :</translation>
    </message>
    <message>
        <source>Signed on %1: the text below is the signed text.</source>
        <translation>Signé le %1 : le texte ci-dessous est le texte signé.</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nouvel accord</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Mark as Se&amp;nt</source>
        <translation>Marquer comme e&amp;nvoyé</translation>
    </message>
    <message>
        <source>Record that the agreement was sent to the customer (issued)</source>
        <translation>Enregistrer que l&apos;accord a été envoyé au client (émis)</translation>
    </message>
    <message>
        <source>Optional clauses</source>
        <translation>Clauses facultatives</translation>
    </message>
    <message>
        <source>Optional clauses of the template: unchecked ones are left out of this agreement.</source>
        <translation>Clauses facultatives du modèle : celles qui ne sont pas cochées sont exclues de cet accord.</translation>
    </message>
    <message>
        <source>Optional c&amp;lauses:</source>
        <translation>C&amp;lauses facultatives :</translation>
    </message>
    <message>
        <source>%1
Also only included when: %2</source>
        <translation>%1
En outre incluse uniquement si : %2</translation>
    </message>
    <message>
        <source>The template has no optional clauses.</source>
        <translation>Le modèle n&apos;a pas de clauses facultatives.</translation>
    </message>
    <message>
        <source>Include clause %1 in %2</source>
        <translation>Inclure la clause %1 dans %2</translation>
    </message>
    <message>
        <source>Leave clause %1 out of %2</source>
        <translation>Exclure la clause %1 de %2</translation>
    </message>
    <message>
        <source>It cannot be sent or signed until its template renders in every language. First error: %1</source>
        <translation>Il ne peut être ni envoyé ni signé tant que son modèle ne se génère pas dans toutes les langues. Première erreur : %1</translation>
    </message>
    <message>
        <source>Agreement %1 cannot be sent: %2</source>
        <translation>L&apos;accord %1 ne peut pas être envoyé : %2</translation>
    </message>
    <message>
        <source>Mark agreement %1 as sent</source>
        <translation>Marquer l&apos;accord %1 comme envoyé</translation>
    </message>
    <message>
        <source>Agreement %1 cannot be signed: %2</source>
        <translation>L&apos;accord %1 ne peut pas être signé : %2</translation>
    </message>
    <message>
        <source>Agreement %1 is signed already.</source>
        <translation>L&apos;accord %1 est déjà signé.</translation>
    </message>
    <message>
        <source>Agreement %1 has been sent already.</source>
        <translation>L&apos;accord %1 a déjà été envoyé.</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>The organisation&apos;s name is mandatory (Art. 30(1)(a)).</source>
        <translation>Le nom de l&apos;organisation est obligatoire (art. 30(1)(a)).</translation>
    </message>
    <message>
        <source>Give the party a name.</source>
        <translation>Donnez un nom à la partie.</translation>
    </message>
    <message>
        <source>Notice and objection periods cannot be negative.</source>
        <translation>Les délais de préavis et d&apos;opposition ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>There is already a party called &quot;%1&quot;.</source>
        <translation>Il existe déjà une partie nommée « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>This party is named in %n processing activities; remove it there first.</source>
        <translation>
            <numerusform>Cette partie est citée dans %n activité de traitement ; retirez-la d&apos;abord de celle-ci.</numerusform>
            <numerusform>Cette partie est citée dans %n activités de traitement ; retirez-la d&apos;abord de celles-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the data category a name.</source>
        <translation>Donnez un nom à la catégorie de données.</translation>
    </message>
    <message>
        <source>There is already a data category called &quot;%1&quot;.</source>
        <translation>Il existe déjà une catégorie de données nommée « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>The category is still used by %n processing activities (%1). Remove it there first.</source>
        <translation>
            <numerusform>La catégorie est encore utilisée par %n activité de traitement (%1). Retirez-la d&apos;abord de celle-ci.</numerusform>
            <numerusform>La catégorie est encore utilisée par %n activités de traitement (%1). Retirez-la d&apos;abord de celles-ci.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The category is still sent to %n sub-processors. Remove it there first.</source>
        <translation>
            <numerusform>La catégorie est encore transmise à %n sous-traitant ultérieur. Retirez-la d&apos;abord de celui-ci.</numerusform>
            <numerusform>La catégorie est encore transmise à %n sous-traitants ultérieurs. Retirez-la d&apos;abord de ceux-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the measure a title.</source>
        <translation>Donnez un titre à la mesure.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; already has a measure called &quot;%2&quot;.</source>
        <translation>La section « %1 » a déjà une mesure nommée « %2 ».</translation>
    </message>
    <message numerus="yes">
        <source>The measure is still linked to %n processing activities. Remove it there first.</source>
        <translation>
            <numerusform>La mesure est encore liée à %n activité de traitement. Retirez-la d&apos;abord de celle-ci.</numerusform>
            <numerusform>La mesure est encore liée à %n activités de traitement. Retirez-la d&apos;abord de celles-ci.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPicker</name>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Filter, or type a new term and press Enter</source>
        <translation>Filtrer, ou saisir un nouveau terme et appuyer sur Entrée</translation>
    </message>
    <message>
        <source>Creates an item named by the text typed on the left</source>
        <translation>Crée un élément portant le nom saisi à gauche</translation>
    </message>
</context>
<context>
    <name>ClauseSegment</name>
    <message>
        <source>Not translated</source>
        <translation>Non traduit</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Traduit</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revu</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À revoir</translation>
    </message>
</context>
<context>
    <name>ClauseTextCommand</name>
    <message>
        <source>Edit clause text (%1)</source>
        <translation>Modifier le texte de la clause (%1)</translation>
    </message>
    <message>
        <source>Edit clause title (%1)</source>
        <translation>Modifier le titre de la clause (%1)</translation>
    </message>
</context>
<context>
    <name>ClauseTreeCommand</name>
    <message>
        <source>Add appendix</source>
        <translation>Ajouter une annexe</translation>
    </message>
    <message>
        <source>Add sub-clause</source>
        <translation>Ajouter une sous-clause</translation>
    </message>
    <message>
        <source>Add article</source>
        <translation>Ajouter un article</translation>
    </message>
    <message>
        <source>Remove clause %1</source>
        <translation>Supprimer la clause %1</translation>
    </message>
    <message>
        <source>Move clause %1</source>
        <translation>Déplacer la clause %1</translation>
    </message>
    <message>
        <source>Change clause %1</source>
        <translation>Modifier la clause %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>registro-cli: unknown command &quot;%1&quot;.</source>
        <translation>registro-cli : commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Usage: registro-cli COMMAND [OPTIONS] ...</source>
        <translation>Utilisation : registro-cli COMMANDE [OPTIONS] ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Print the version and exit</source>
        <translation>Afficher la version et quitter</translation>
    </message>
    <message>
        <source>Print this help and exit</source>
        <translation>Afficher cette aide et quitter</translation>
    </message>
</context>
<context>
    <name>CountryCatalog</name>
    <message>
        <source>The country list has no countries.</source>
        <translation>La liste des pays est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code; choose the country from the list.</source>
        <translation>« %1 » n&apos;est pas un code pays ISO 3166 ; choisissez le pays dans la liste.</translation>
    </message>
    <message>
        <source>%1 is outside the EEA: record the adequacy decision (%2) as the safeguard.</source>
        <translation>%1 est hors de l&apos;EEE : enregistrez la décision d&apos;adéquation (%2) comme garantie.</translation>
    </message>
    <message>
        <source>%1 has an adequacy decision (%2): record it as the safeguard.</source>
        <translation>%1 bénéficie d&apos;une décision d&apos;adéquation (%2) : enregistrez-la comme garantie.</translation>
    </message>
    <message>
        <source>The EU-US Data Privacy Framework covers only recipients in the United States; choose the safeguard that applies in %1.</source>
        <translation>Le cadre de protection des données UE-États-Unis ne couvre que des destinataires aux États-Unis ; choisissez la garantie applicable en %1.</translation>
    </message>
    <message>
        <source>%1 is outside the EEA and has no adequacy decision: &quot;not required&quot; is wrong here. Record the SCCs, BCRs or Art. 49 derogation that covers the transfer.</source>
        <translation>%1 est hors de l&apos;EEE et sans décision d&apos;adéquation : « non requise » est incorrect ici. Enregistrez les CCT, les BCR ou la dérogation de l&apos;art. 49 qui couvre le transfert.</translation>
    </message>
    <message>
        <source>%1 has no adequacy decision covering this recipient. Record the SCCs, BCRs or Art. 49 derogation that covers the transfer.</source>
        <translation>%1 n&apos;a pas de décision d&apos;adéquation couvrant ce destinataire. Enregistrez les CCT, les BCR ou la dérogation de l&apos;art. 49 qui couvre le transfert.</translation>
    </message>
    <message>
        <source>%1 is outside the EEA and has no adequacy decision, and no safeguard is recorded. Put SCCs (2021/914) or BCRs in place, or document an Art. 49 derogation.</source>
        <translation>%1 est hors de l&apos;EEE, sans décision d&apos;adéquation, et aucune garantie n&apos;est enregistrée. Mettez en place des CCT (2021/914) ou des BCR, ou documentez une dérogation de l&apos;art. 49.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>EEA</source>
        <translation>EEE</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Décision d&apos;adéquation</translation>
    </message>
    <message>
        <source>Partial adequacy</source>
        <translation>Adéquation partielle</translation>
    </message>
    <message>
        <source>Needs a safeguard</source>
        <translation>Garantie nécessaire</translation>
    </message>
</context>
<context>
    <name>DataCategoryEditor</name>
    <message>
        <source>&amp;Special category (Art. 9)</source>
        <translation>Catégorie &amp;particulière (art. 9)</translation>
    </message>
    <message>
        <source>&amp;Criminal convictions and offences (Art. 10)</source>
        <translation>&amp;Condamnations pénales et infractions (art. 10)</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>&amp;Ajouter une catégorie</translation>
    </message>
    <message>
        <source>&amp;Delete category</source>
        <translation>&amp;Supprimer la catégorie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Particulière</translation>
    </message>
    <message>
        <source>Criminal</source>
        <translation>Pénale</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>Conser&amp;vation :</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Where used:</source>
        <translation>Utilisée dans :</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Not used by any processing activity</source>
        <translation>Utilisée par aucune activité de traitement</translation>
    </message>
    <message>
        <source>Edit data category</source>
        <translation>Modifier la catégorie de données</translation>
    </message>
    <message>
        <source>New data category</source>
        <translation>Nouvelle catégorie de données</translation>
    </message>
    <message>
        <source>New data category %1</source>
        <translation>Nouvelle catégorie de données %1</translation>
    </message>
    <message>
        <source>Add data category</source>
        <translation>Ajouter une catégorie de données</translation>
    </message>
    <message>
        <source>Delete data category</source>
        <translation>Supprimer la catégorie de données</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Could not configure %1: %2</source>
        <translation>Impossible de configurer %1 : %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Schema version %1 is not one this version of Registro can write.</source>
        <translation>Cette version de Registro ne peut pas écrire la version de schéma %1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Registro workspace (it is not a SQLite database).</source>
        <translation>%1 n&apos;est pas un espace de travail Registro (ce n&apos;est pas une base SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation>%1 est endommagé et ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Registro workspace.</source>
        <translation>%1 est une base SQLite mais pas un espace de travail Registro.</translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check failed: %2). Restore it from a backup; Registro has not changed it.</source>
        <translation>%1 est endommagé (le contrôle d&apos;intégrité a échoué : %2). Restaurez-le depuis une sauvegarde ; Registro ne l&apos;a pas modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Registro (schema %2; this version reads up to %3). Update Registro to open it.</source>
        <translation>%1 a été écrit par une version plus récente de Registro (schéma %2 ; cette version lit jusqu&apos;à %3). Mettez Registro à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1 is not a complete Registro workspace (schema version %2).</source>
        <translation>%1 n&apos;est pas un espace de travail Registro complet (version de schéma %2).</translation>
    </message>
    <message>
        <source>%1 is read-only; Registro needs to write to the workspace.</source>
        <translation>%1 est en lecture seule ; Registro doit pouvoir écrire dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it to the new format.</source>
        <translation>Impossible de sauvegarder %1 avant sa mise à niveau au nouveau format.</translation>
    </message>
    <message>
        <source>Could not start the upgrade of %1: %2</source>
        <translation>Impossible de démarrer la mise à niveau de %1 : %2</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 (%3) failed: %4</source>
        <translation>La mise à niveau de %1 vers le schéma %2 (%3) a échoué : %4</translation>
    </message>
    <message>
        <source>Could not save the upgrade of %1: %2</source>
        <translation>Impossible d&apos;enregistrer la mise à niveau de %1 : %2</translation>
    </message>
    <message>
        <source>The record no longer exists (%1 %2).</source>
        <translation>L&apos;enregistrement n&apos;existe plus (%1 %2).</translation>
    </message>
</context>
<context>
    <name>DemoAgreements</name>
    <message>
        <source>Sample template: %1</source>
        <translation>Modèle d&apos;exemple : %1</translation>
    </message>
    <message>
        <source>Agreement &quot;%1&quot; refers to an unknown customer &quot;%2&quot;.</source>
        <translation>L&apos;accord « %1 » fait référence à un client inconnu « %2 ».</translation>
    </message>
    <message>
        <source>Agreement &quot;%1&quot;: %2</source>
        <translation>Accord « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo content is missing from this build.</source>
        <translation>Le contenu de démonstration est absent de cette version.</translation>
    </message>
    <message>
        <source>The demo content is not valid JSON: %1</source>
        <translation>Le contenu de démonstration n&apos;est pas du JSON valide : %1</translation>
    </message>
    <message>
        <source>The demo content refers to an unknown %1 &quot;%2&quot;.</source>
        <translation>Le contenu de démonstration fait référence à un %1 inconnu « %2 ».</translation>
    </message>
    <message>
        <source>This is not Registro demo content.</source>
        <translation>Ce n&apos;est pas du contenu de démonstration de Registro.</translation>
    </message>
    <message>
        <source>Activity &quot;%1&quot;: %2</source>
        <translation>Activité « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;exportation a été annulée.</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>Il n&apos;existe pas d&apos;accord %1.</translation>
    </message>
    <message>
        <source>Building the bilingual agreement…</source>
        <translation>Composition de l&apos;accord bilingue…</translation>
    </message>
    <message>
        <source>Building the agreement in %1 (%2 of %3)…</source>
        <translation>Composition de l&apos;accord en %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>Building the agreement…</source>
        <translation>Composition de l&apos;accord…</translation>
    </message>
    <message>
        <source>Building the register…</source>
        <translation>Composition du registre…</translation>
    </message>
    <message>
        <source>Building the sub-processor list…</source>
        <translation>Composition de la liste des sous-traitants ultérieurs…</translation>
    </message>
    <message>
        <source>Building the notice letter…</source>
        <translation>Composition de la lettre de notification…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Écriture de la page %1 sur %2…</translation>
    </message>
    <message>
        <source>Writing page %1…</source>
        <translation>Écriture de la page %1…</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue %1.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L&apos;option %1 nécessite une valeur.</translation>
    </message>
    <message>
        <source>Unknown document language %1: use en, nl, it or fr.</source>
        <translation>Langue de document inconnue %1 : utilisez en, nl, it ou fr.</translation>
    </message>
    <message>
        <source>Unknown format %1: use pdf or odt.</source>
        <translation>Format inconnu %1 : utilisez pdf ou odt.</translation>
    </message>
    <message>
        <source>Unknown role %1: use controller or processor.</source>
        <translation>Rôle inconnu %1 : utilisez controller ou processor.</translation>
    </message>
    <message>
        <source>Invalid date %1: use YYYY-MM-DD.</source>
        <translation>Date non valide %1 : utilisez AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>registro-cli: exporting needs the GUI library (run registro-cli itself).</source>
        <translation>registro-cli : l&apos;exportation nécessite la bibliothèque graphique (lancez registro-cli lui-même).</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n pages).</source>
        <translation>
            <numerusform>%1 écrit (%n page).</numerusform>
            <numerusform>%1 écrit (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>registro-cli: there is no agreement %1.</source>
        <translation>registro-cli : il n&apos;existe aucun accord %1.</translation>
    </message>
    <message>
        <source>--bilingual needs one document language (en, nl, it or fr) and --lang with another.</source>
        <translation>--bilingual nécessite une langue de document (en, nl, it ou fr) et --lang avec une autre.</translation>
    </message>
    <message>
        <source>Usage: registro-cli export FILE agreement ID|REFERENCE [--lang en|nl|it|fr|all] [--bilingual LANG] [--no-pdfa] -o OUT
       registro-cli export FILE register [--role controller|processor] [--lang en|nl|it|fr] [--format pdf|odt] [--letter] [--no-watermark] [--pdfa] -o OUT
       registro-cli export FILE subprocessors [--as-of YYYY-MM-DD] [--lang en|nl|it|fr] [--format pdf|odt] [--letter] [--pdfa] [--no-history] -o OUT
       registro-cli export FILE notice CHANGE-ID [--customer ID|NAME] [--date YYYY-MM-DD] [--format pdf|odt] [--letter] -o OUT (without --customer: OUT is a folder, one letter per customer)</source>
        <translation>Utilisation : registro-cli export FILE agreement ID|REFERENCE [--lang en|nl|it|fr|all] [--bilingual LANG] [--no-pdfa] -o OUT
       registro-cli export FILE register [--role controller|processor] [--lang en|nl|it|fr] [--format pdf|odt] [--letter] [--no-watermark] [--pdfa] -o OUT
       registro-cli export FILE subprocessors [--as-of YYYY-MM-DD] [--lang en|nl|it|fr] [--format pdf|odt] [--letter] [--pdfa] [--no-history] -o OUT
       registro-cli export FILE notice CHANGE-ID [--customer ID|NAME] [--date YYYY-MM-DD] [--format pdf|odt] [--letter] -o OUT (sans --customer : OUT est un dossier, une lettre par client)</translation>
    </message>
    <message>
        <source>registro-cli: there is no planned change %1 with customers to notify.</source>
        <translation>registro-cli : il n&apos;existe pas de changement prévu %1 comportant des clients à notifier.</translation>
    </message>
    <message>
        <source>registro-cli: %1 is not a customer to notify of planned change %2.</source>
        <translation>registro-cli : %1 n&apos;est pas un client à notifier du changement prévu %2.</translation>
    </message>
    <message>
        <source>registro-cli: cannot create the folder %1.</source>
        <translation>registro-cli : impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Write an agreement, the register, the sub-processor list or change notices as PDF or ODT</source>
        <translation>Écrire un accord, le registre, la liste des sous-traitants ultérieurs ou des notifications de changement en PDF ou ODT</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF/&amp;A-1b, for archiving</source>
        <translation>PDF/&amp;A-1b, pour l&apos;archivage</translation>
    </message>
    <message>
        <source>&amp;Open the file when done</source>
        <translation>&amp;Ouvrir le fichier une fois terminé</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Aperçu a&amp;vant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Export Document</source>
        <translation>Exporter le document</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>Texte OpenDocument (ODT)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>PDF/A-1b embeds everything the document needs, for long-term archiving.</source>
        <translation>PDF/A-1b intègre tout ce dont le document a besoin, pour l&apos;archivage à long terme.</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document :</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>&amp;Taille de page :</translation>
    </message>
    <message>
        <source>Agreement and languages</source>
        <translation>Accord et langues</translation>
    </message>
    <message>
        <source>No agreements yet</source>
        <translation>Aucun accord pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>One &amp;language:</source>
        <translation>Une &amp;langue :</translation>
    </message>
    <message>
        <source>&amp;Bilingual, side by side:</source>
        <translation>&amp;Bilingue, côte à côte :</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>A&amp;ccord :</translation>
    </message>
    <message>
        <source>beside</source>
        <translation>à côté de</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>All its languages, one after the other</source>
        <translation>Toutes ses langues, l&apos;une après l&apos;autre</translation>
    </message>
    <message>
        <source>All its languages, one after the other (%1)</source>
        <translation>Toutes ses langues, l&apos;une après l&apos;autre (%1)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Records and language</source>
        <translation>Registres et langue</translation>
    </message>
    <message>
        <source>Controller and processor records</source>
        <translation>Registres du responsable du traitement et du sous-traitant</translation>
    </message>
    <message>
        <source>Controller records</source>
        <translation>Registre du responsable du traitement</translation>
    </message>
    <message>
        <source>Processor records</source>
        <translation>Registre du sous-traitant</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Registres :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Register of processing activities</source>
        <translation>Registre des activités de traitement</translation>
    </message>
    <message>
        <source>Language and date</source>
        <translation>Langue et date</translation>
    </message>
    <message>
        <source>With announced changes and the &amp;history of the list</source>
        <translation>Avec les changements annoncés et l&apos;&amp;historique de la liste</translation>
    </message>
    <message>
        <source>Sub-processors engaged o&amp;n:</source>
        <translation>Sous-traitants ultérieurs engagés a&amp;u :</translation>
    </message>
    <message>
        <source>Sub-processor list</source>
        <translation>Liste des sous-traitants ultérieurs</translation>
    </message>
    <message>
        <source>Planned change and customer</source>
        <translation>Changement prévu et client</translation>
    </message>
    <message>
        <source>%1: %2 (from %3)</source>
        <translation>%1 : %2 (à partir du %3)</translation>
    </message>
    <message>
        <source>&amp;Planned change:</source>
        <translation>&amp;Changement prévu :</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>Clie&amp;nt :</translation>
    </message>
    <message>
        <source>Letter &amp;date:</source>
        <translation>Date de la &amp;lettre :</translation>
    </message>
    <message>
        <source>The letter is written in the customer&apos;s language, with its objection deadline.</source>
        <translation>La lettre est rédigée dans la langue du client, avec son délai d&apos;opposition.</translation>
    </message>
    <message>
        <source>Sub-processor change notice</source>
        <translation>Notification de changement de sous-traitant ultérieur</translation>
    </message>
    <message>
        <source>Print Document</source>
        <translation>Imprimer le document</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Préparation du document…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose Two Languages</source>
        <translation>Choisir deux langues</translation>
    </message>
    <message>
        <source>A bilingual agreement needs two different languages side by side.</source>
        <translation>Un accord bilingue nécessite deux langues différentes côte à côte.</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Impossible d&apos;exporter</translation>
    </message>
    <message>
        <source>The document was not written to %1.

%2</source>
        <translation>Le document n&apos;a pas été écrit dans %1.

%2</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Impossible d&apos;ouvrir</translation>
    </message>
    <message>
        <source>%1 was written, but no application opened it.</source>
        <translation>%1 a été écrit, mais aucune application ne l&apos;a ouvert.</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Impression de la page %1 sur %2…</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>Impossible d&apos;imprimer</translation>
    </message>
    <message>
        <source>The document was not printed.

%1</source>
        <translation>Le document n&apos;a pas été imprimé.

%1</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>This is not a Registro glossary (the &quot;format&quot; is not &quot;registro-glossary&quot;).</source>
        <translation>Ce n&apos;est pas un glossaire Registro (le « format » n&apos;est pas « registro-glossary »).</translation>
    </message>
    <message>
        <source>This glossary has version %1; this version of Registro reads version 1.</source>
        <translation>Ce glossaire est en version %1 ; cette version de Registro lit la version 1.</translation>
    </message>
    <message>
        <source>Term %1 of the glossary has no source term.</source>
        <translation>Le terme %1 du glossaire n&apos;a pas de terme source.</translation>
    </message>
    <message>
        <source>Cannot read the glossary %1: %2</source>
        <translation>Impossible de lire le glossaire %1 : %2</translation>
    </message>
    <message>
        <source>The glossary %1 is not valid JSON: %2 (at character %3).</source>
        <translation>Le glossaire %1 n&apos;est pas un JSON valide : %2 (au caractère %3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The &quot;terms&quot; of the glossary are not a list.</source>
        <translation>Les « terms » du glossaire ne sont pas une liste.</translation>
    </message>
    <message>
        <source>Term %1 of the glossary is not an object with a &quot;source&quot;.</source>
        <translation>Le terme %1 du glossaire n&apos;est pas un objet avec un « source ».</translation>
    </message>
    <message>
        <source>The translations of the term &quot;%1&quot; are not lists of texts per language.</source>
        <translation>Les traductions du terme « %1 » ne sont pas des listes de textes par langue.</translation>
    </message>
</context>
<context>
    <name>GlossaryEditor</name>
    <message>
        <source>&amp;Add Term</source>
        <translation>&amp;Ajouter un terme</translation>
    </message>
    <message>
        <source>&amp;Remove Term</source>
        <translation>&amp;Supprimer le terme</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Filter Terms</source>
        <translation>&amp;Filtrer les termes</translation>
    </message>
    <message>
        <source>Add a term after the selected one (Insert)</source>
        <translation>Ajouter un terme après celui sélectionné (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected terms (Delete)</source>
        <translation>Supprimer les termes sélectionnés (Delete)</translation>
    </message>
    <message>
        <source>Replace the glossary by a registro-glossary JSON file</source>
        <translation>Remplacer le glossaire par un fichier JSON registro-glossary</translation>
    </message>
    <message>
        <source>Save the glossary as a registro-glossary JSON file</source>
        <translation>Enregistrer le glossaire comme fichier JSON registro-glossary</translation>
    </message>
    <message>
        <source>Filter terms (Ctrl+F)</source>
        <translation>Filtrer les termes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter terms</source>
        <translation>Filtrer les termes</translation>
    </message>
    <message>
        <source>The glossary check of the translation review uses these terms: where the English term occurs, one of the approved translations is expected, and a forbidden translation is an error. Separate several translations with commas.</source>
        <translation>Le contrôle du glossaire de la revue des traductions utilise ces termes : là où le terme anglais apparaît, l&apos;une des traductions approuvées est attendue, et une traduction interdite est une erreur. Séparez plusieurs traductions par des virgules.</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Termes du glossaire</translation>
    </message>
    <message>
        <source>%1 of %2 terms</source>
        <translation>%1 sur %2 termes</translation>
    </message>
    <message>
        <source>new term</source>
        <translation>nouveau terme</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n glossary term(s)</source>
        <translation>
            <numerusform>Supprimer %n terme du glossaire</numerusform>
            <numerusform>Supprimer %n termes du glossaire</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Glossary</source>
        <translation>Importer un glossaire</translation>
    </message>
    <message>
        <source>Registro glossaries (*.json);;All files (*)</source>
        <translation>Glossaires Registro (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2 The glossary was not changed.</source>
        <translation>Impossible d&apos;importer %1 : %2 Le glossaire n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot Import Glossary</source>
        <translation>Impossible d&apos;importer le glossaire</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n term(s) from %1.</source>
        <translation>
            <numerusform>%n terme importé depuis %1.</numerusform>
            <numerusform>%n termes importés depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Glossary</source>
        <translation>Exporter le glossaire</translation>
    </message>
    <message>
        <source>Registro glossaries (*.json)</source>
        <translation>Glossaires Registro (*.json)</translation>
    </message>
    <message>
        <source>Cannot Export Glossary</source>
        <translation>Impossible d&apos;exporter le glossaire</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n term(s) to %1.</source>
        <translation>
            <numerusform>%n terme exporté vers %1.</numerusform>
            <numerusform>%n termes exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryRepository</name>
    <message>
        <source>A glossary term needs a source term.</source>
        <translation>Un terme du glossaire doit avoir un terme source.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be both approved and forbidden for &quot;%2&quot; in %3.</source>
        <translation>« %1 » ne peut pas être à la fois approuvé et interdit pour « %2 » en %3.</translation>
    </message>
    <message>
        <source>The glossary already has the term &quot;%1&quot;. Edit that term instead.</source>
        <translation>Le glossaire contient déjà le terme « %1 ». Modifiez plutôt ce terme.</translation>
    </message>
    <message>
        <source>The glossary has no term &quot;%1&quot; (any more).</source>
        <translation>Le glossaire ne contient pas (plus) le terme « %1 ».</translation>
    </message>
    <message>
        <source>The glossary&apos;s source terms are in &quot;%1&quot;; the workspace glossary has English (en) source terms.</source>
        <translation>Les termes source du glossaire sont en « %1 » ; le glossaire de l&apos;espace de travail a des termes source en anglais (en).</translation>
    </message>
    <message>
        <source>The term &quot;%1&quot; occurs more than once in the glossary.</source>
        <translation>Le terme « %1 » apparaît plus d&apos;une fois dans le glossaire.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>Le fichier n&apos;est pas un JSON valide : %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>This is not a Registro glossary (the file does not hold a JSON object).</source>
        <translation>Ce n&apos;est pas un glossaire Registro (le fichier ne contient pas d&apos;objet JSON).</translation>
    </message>
    <message>
        <source>The glossary has no terms.</source>
        <translation>Le glossaire n&apos;a aucun terme.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is refused: %2 The glossary was not changed.</source>
        <translation>%1 est refusé : %2 Le glossaire n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>GlossaryTableModel</name>
    <message>
        <source>Translations of the term that must not be used in %1 (separate them with commas)</source>
        <translation>Traductions du terme à ne pas utiliser en %1 (séparez-les par des virgules)</translation>
    </message>
    <message>
        <source>Approved translations of the term in %1 (separate them with commas)</source>
        <translation>Traductions approuvées du terme en %1 (séparez-les par des virgules)</translation>
    </message>
    <message>
        <source>Term (EN)</source>
        <translation>Terme (EN)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>%1 forbidden</source>
        <translation>%1 interdites</translation>
    </message>
    <message>
        <source>%1 approved</source>
        <translation>%1 approuvées</translation>
    </message>
    <message>
        <source>The glossary already has the term &quot;%1&quot;. Edit that term instead.</source>
        <translation>Le glossaire contient déjà le terme « %1 ». Modifiez plutôt ce terme.</translation>
    </message>
</context>
<context>
    <name>GlossaryTermCommand</name>
    <message>
        <source>Import glossary</source>
        <translation>Importer le glossaire</translation>
    </message>
</context>
<context>
    <name>LanguageDetector</name>
    <message>
        <source>No language model for &quot;%1&quot; in %2.</source>
        <translation>Aucun modèle de langue pour « %1 » dans %2.</translation>
    </message>
    <message>
        <source>Cannot write the language detector configuration: %1</source>
        <translation>Impossible d&apos;écrire la configuration du détecteur de langue : %1</translation>
    </message>
    <message>
        <source>Cannot load the language models from %1.</source>
        <translation>Impossible de charger les modèles de langue depuis %1.</translation>
    </message>
</context>
<context>
    <name>LegalBasis</name>
    <message>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contrat</translation>
    </message>
    <message>
        <source>legal obligation</source>
        <translation>obligation légale</translation>
    </message>
    <message>
        <source>vital interests</source>
        <translation>intérêts vitaux</translation>
    </message>
    <message>
        <source>public task</source>
        <translation>mission d&apos;intérêt public</translation>
    </message>
    <message>
        <source>legitimate interests</source>
        <translation>intérêts légitimes</translation>
    </message>
    <message>
        <source>explicit consent</source>
        <translation>consentement explicite</translation>
    </message>
    <message>
        <source>employment and social security law</source>
        <translation>droit du travail et de la sécurité sociale</translation>
    </message>
    <message>
        <source>vital interests, consent impossible</source>
        <translation>intérêts vitaux, consentement impossible</translation>
    </message>
    <message>
        <source>not-for-profit body</source>
        <translation>organisme à but non lucratif</translation>
    </message>
    <message>
        <source>made public by the data subject</source>
        <translation>rendues publiques par la personne concernée</translation>
    </message>
    <message>
        <source>legal claims</source>
        <translation>droits en justice</translation>
    </message>
    <message>
        <source>substantial public interest</source>
        <translation>intérêt public important</translation>
    </message>
    <message>
        <source>health or social care, occupational medicine</source>
        <translation>soins de santé ou sociaux, médecine du travail</translation>
    </message>
    <message>
        <source>public health</source>
        <translation>santé publique</translation>
    </message>
    <message>
        <source>archiving, research or statistics</source>
        <translation>archivage, recherche ou statistiques</translation>
    </message>
    <message>
        <source>criminal convictions and offences, authorised by law</source>
        <translation>condamnations pénales et infractions, autorisées par la loi</translation>
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
        <translation>&lt;h2&gt;Aucun espace de travail ouvert&lt;/h2&gt;&lt;p&gt;Ouvrez un espace de travail (Ctrl+O) ou créez-en un nouveau (Ctrl+N).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Fermer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>A&amp;ctivité</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>Configure &amp;Registro…</source>
        <translation>Configurer &amp;Registro…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Registro &amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur de Registro</translation>
    </message>
    <message>
        <source>&amp;About Registro</source>
        <translation>À &amp;propos de Registro</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Controller records</source>
        <translation>Fiches du responsable du traitement</translation>
    </message>
    <message>
        <source>Processor records</source>
        <translation>Fiches du sous-traitant</translation>
    </message>
    <message>
        <source>Data categories &amp; retention</source>
        <translation>Catégories de données et conservation</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <source>Sub-processors</source>
        <translation>Sous-traitants ultérieurs</translation>
    </message>
    <message>
        <source>DPA templates</source>
        <translation>Modèles d&apos;accords de sous-traitance</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Translation review</source>
        <translation>Revue des traductions</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Coming soon.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Bientôt disponible.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation>Impossible de créer l&apos;espace de travail</translation>
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
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Registro workspaces (*.registro)</source>
        <translation>Espaces de travail Registro (*.registro)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Registro workspaces (*.registro);;All files (*)</source>
        <translation>Espaces de travail Registro (*.registro);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>Remove Missing Workspaces</source>
        <translation>Retirer les espaces de travail introuvables</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export an agreement, the register or the sub-processor list as PDF or ODT (Ctrl+E)</source>
        <translation>Exporter un accord, le registre ou la liste des sous-traitants ultérieurs en PDF ou ODT (Ctrl+E)</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Aperçu a&amp;vant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
</context>
<context>
    <name>MeasureCatalogEditor</name>
    <message>
        <source>&amp;Add measure</source>
        <translation>&amp;Ajouter une mesure</translation>
    </message>
    <message>
        <source>&amp;Delete measure</source>
        <translation>&amp;Supprimer la mesure</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>Se&amp;ction :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>S&amp;ort order:</source>
        <translation>&amp;Ordre de tri :</translation>
    </message>
    <message>
        <source>Where used:</source>
        <translation>Utilisée dans :</translation>
    </message>
    <message>
        <source>Other measures</source>
        <translation>Autres mesures</translation>
    </message>
    <message>
        <source>Not used by any processing activity</source>
        <translation>Utilisée par aucune activité de traitement</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Modifier la mesure</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nouvelle mesure</translation>
    </message>
    <message>
        <source>New measure %1</source>
        <translation>Nouvelle mesure %1</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Supprimer la mesure</translation>
    </message>
</context>
<context>
    <name>NoticeLetterDocument</name>
    <message>
        <source>There is no planned change %1 with a customer %2.</source>
        <translation>Il n&apos;existe pas de changement prévu %1 avec un client %2.</translation>
    </message>
</context>
<context>
    <name>NoticeSchedule</name>
    <message>
        <source>Notice needed</source>
        <translation>Notification requise</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Objected</source>
        <translation>Opposition formée</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>OdtDocumentWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1 as OpenDocument.</source>
        <translation>Impossible d&apos;écrire %1 au format OpenDocument.</translation>
    </message>
</context>
<context>
    <name>PdfDocumentWriter</name>
    <message>
        <source>The fonts for documents are missing: install Liberation or DejaVu fonts.</source>
        <translation>Les polices des documents sont absentes : installez les polices Liberation ou DejaVu.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>The PDF written to %1 has no trailer.</source>
        <translation>Le PDF écrit dans %1 n&apos;a pas de trailer.</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>Impossible de commencer la page %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cannot paint on the printer.</source>
        <translation>Impossible de dessiner sur l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Cannot write the PDF.</source>
        <translation>Impossible d&apos;écrire le PDF.</translation>
    </message>
</context>
<context>
    <name>PlannedChangeRepository</name>
    <message>
        <source>Add</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Choose the sub-processor the change is about.</source>
        <translation>Choisissez le sous-traitant ultérieur concerné par le changement.</translation>
    </message>
    <message>
        <source>Give the date the change takes effect.</source>
        <translation>Indiquez la date de prise d&apos;effet du changement.</translation>
    </message>
    <message>
        <source>Choose the sub-processor that is replaced.</source>
        <translation>Choisissez le sous-traitant ultérieur remplacé.</translation>
    </message>
    <message>
        <source>A sub-processor cannot replace itself.</source>
        <translation>Un sous-traitant ultérieur ne peut pas se remplacer lui-même.</translation>
    </message>
    <message>
        <source>A notice belongs to a planned change and a customer.</source>
        <translation>Une notification se rattache à un changement prévu et à un client.</translation>
    </message>
    <message>
        <source>An objection cannot arrive before the notice was sent.</source>
        <translation>Une opposition ne peut pas être reçue avant l&apos;envoi de la notification.</translation>
    </message>
</context>
<context>
    <name>RegisterChecker</name>
    <message>
        <source>Give the activity a name.</source>
        <translation>Donnez un nom à l&apos;activité.</translation>
    </message>
    <message>
        <source>Record the purposes of the processing (Art. 30(1)(b)).</source>
        <translation>Indiquez les finalités du traitement (art. 30(1)(b)).</translation>
    </message>
    <message>
        <source>Record the categories of data subjects (Art. 30(1)(c)).</source>
        <translation>Indiquez les catégories de personnes concernées (art. 30(1)(c)).</translation>
    </message>
    <message>
        <source>Record the categories of personal data (Art. 30(1)(c)).</source>
        <translation>Indiquez les catégories de données à caractère personnel (art. 30(1)(c)).</translation>
    </message>
    <message>
        <source>Record the categories of recipients (Art. 30(1)(d)); if the data goes to no one outside the organisation, record &quot;None&quot;.</source>
        <translation>Indiquez les catégories de destinataires (art. 30(1)(d)) ; si les données ne vont à personne hors de l&apos;organisation, indiquez « Aucun ».</translation>
    </message>
    <message>
        <source>Record the time limits for erasure (Art. 30(1)(f)), or why none can be set.</source>
        <translation>Indiquez les délais d&apos;effacement (art. 30(1)(f)), ou pourquoi aucun ne peut être fixé.</translation>
    </message>
    <message>
        <source>Choose the Art. 6(1) legal basis of the processing.</source>
        <translation>Choisissez la base juridique du traitement au sens de l&apos;art. 6(1).</translation>
    </message>
    <message>
        <source>A processor record must name each controller on whose behalf the processing is carried out (Art. 30(2)(a)). Add the client.</source>
        <translation>Un registre du sous-traitant doit nommer chaque responsable du traitement pour le compte duquel le traitement est effectué (art. 30(2)(a)). Ajoutez le client.</translation>
    </message>
    <message>
        <source>Describe the categories of processing carried out on behalf of each controller (Art. 30(2)(b)).</source>
        <translation>Décrivez les catégories de traitements effectués pour le compte de chaque responsable du traitement (art. 30(2)(b)).</translation>
    </message>
    <message>
        <source>Link the technical and organisational security measures, or describe them (Art. 30(1)(g), 30(2)(d)).</source>
        <translation>Liez les mesures de sécurité techniques et organisationnelles, ou décrivez-les (art. 30(1)(g), 30(2)(d)).</translation>
    </message>
    <message>
        <source>The data category &quot;%1&quot; has no retention period; set it under Data categories &amp; retention.</source>
        <translation>La catégorie de données « %1 » n&apos;a pas de durée de conservation ; définissez-la dans Catégories de données et conservation.</translation>
    </message>
    <message>
        <source>Special-category data is processed but no Art. 9(2) condition is recorded. Choose the condition that applies, e.g. Art. 9(2)(b) for employment law.</source>
        <translation>Des catégories particulières de données sont traitées mais aucune condition de l&apos;art. 9(2) n&apos;est enregistrée. Choisissez la condition applicable, p. ex. art. 9(2)(b) pour le droit du travail.</translation>
    </message>
    <message>
        <source>Criminal convictions data is processed: record the Art. 10 authorisation in Union or Member State law.</source>
        <translation>Des données relatives aux condamnations pénales sont traitées : indiquez l&apos;autorisation de l&apos;art. 10 en droit de l&apos;Union ou d&apos;un État membre.</translation>
    </message>
    <message>
        <source>Transfer to %1: %2</source>
        <translation>Transfert vers %1 : %2</translation>
    </message>
    <message>
        <source>Transfer to %1: say which SCC module (1 to 4) applies.</source>
        <translation>Transfert vers %1 : indiquez quel module des CCT (1 à 4) s&apos;applique.</translation>
    </message>
    <message>
        <source>The review was due on %1. Review the record and mark it reviewed.</source>
        <translation>Le réexamen était prévu le %1. Réexaminez l&apos;enregistrement et marquez-le comme réexaminé.</translation>
    </message>
    <message>
        <source>A DPIA is required (Art. 35) but not recorded as done.</source>
        <translation>Une AIPD est requise (art. 35) mais n&apos;est pas enregistrée comme réalisée.</translation>
    </message>
    <message>
        <source>Record the organisation&apos;s name (Art. 30(1)(a), 30(2)(a)).</source>
        <translation>Indiquez le nom de l&apos;organisation (art. 30(1)(a), 30(2)(a)).</translation>
    </message>
    <message>
        <source>Record the organisation&apos;s contact details (Art. 30(1)(a), 30(2)(a)).</source>
        <translation>Indiquez les coordonnées de l&apos;organisation (art. 30(1)(a), 30(2)(a)).</translation>
    </message>
    <message>
        <source>Record the data protection officer&apos;s contact details, where one is designated (Art. 30(1)(a), 30(2)(a)).</source>
        <translation>Indiquez les coordonnées du délégué à la protection des données, s&apos;il a été désigné (art. 30(1)(a), 30(2)(a)).</translation>
    </message>
    <message>
        <source>An organisation outside the EEA must record its EU representative (Art. 27).</source>
        <translation>Une organisation hors de l&apos;EEE doit indiquer son représentant dans l&apos;UE (art. 27).</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <source>Create a new workspace (with --demo: the demo company)</source>
        <translation>Créer un nouvel espace de travail (avec --demo : l&apos;entreprise de démonstration)</translation>
    </message>
    <message>
        <source>Check the file, then report missing Art. 30 fields</source>
        <translation>Vérifier le fichier puis signaler les champs manquants de l&apos;art. 30</translation>
    </message>
    <message>
        <source>List part of the register</source>
        <translation>Lister une partie du registre</translation>
    </message>
    <message>
        <source>Usage: registro-cli init [--demo] FILE</source>
        <translation>Utilisation : registro-cli init [--demo] FICHIER</translation>
    </message>
    <message>
        <source>Created the demo workspace %1.</source>
        <translation>Espace de travail de démonstration %1 créé.</translation>
    </message>
    <message>
        <source>Created the workspace %1.</source>
        <translation>Espace de travail %1 créé.</translation>
    </message>
    <message>
        <source>Usage: registro-cli check [--json] FILE</source>
        <translation>Utilisation : registro-cli check [--json] FICHIER</translation>
    </message>
    <message>
        <source>%1: the file is a sound Registro workspace (schema %2).</source>
        <translation>%1 : le fichier est un espace de travail Registro sain (schéma %2).</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1 activities, %2 with findings: %3 errors, %4 warnings.</source>
        <translation>%1 activités, %2 avec constats : %3 erreurs, %4 avertissements.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue %1.</translation>
    </message>
    <message>
        <source>Usage: registro-cli list activities|subprocessors|categories FILE [--json]</source>
        <translation>Utilisation : registro-cli list activities|subprocessors|categories FICHIER [--json]</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Special categories</source>
        <translation>Catégories particulières</translation>
    </message>
    <message>
        <source>Transfers lacking a safeguard</source>
        <translation>Transferts sans garantie</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Revue en retard</translation>
    </message>
    <message>
        <source>Search all fields (Ctrl+F)</source>
        <translation>Rechercher dans tous les champs (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Rechercher dans le registre</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All legal bases</source>
        <translation>Toutes les bases juridiques</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>&amp;New Activity</source>
        <translation>&amp;Nouvelle activité</translation>
    </message>
    <message>
        <source>Add a processing activity to the register (Ctrl+Shift+N)</source>
        <translation>Ajouter une activité de traitement au registre (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Activity</source>
        <translation>D&amp;upliquer l&apos;activité</translation>
    </message>
    <message>
        <source>&amp;Delete Activity…</source>
        <translation>&amp;Supprimer l&apos;activité…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>%1 of %2 activities</source>
        <translation>%1 activités sur %2</translation>
    </message>
    <message>
        <source>Registro</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>New activity %1</source>
        <translation>Nouvelle activité %1</translation>
    </message>
    <message>
        <source>New activity “%1”</source>
        <translation>Nouvelle activité « %1 »</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Dupliquer « %1 »</translation>
    </message>
    <message>
        <source>Delete Activity</source>
        <translation>Supprimer l&apos;activité</translation>
    </message>
    <message>
        <source>Delete “%1” from the register? Undo (Ctrl+Z) brings it back.</source>
        <translation>Supprimer « %1 » du registre ? Annuler (Ctrl+Z) permet de la rétablir.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
</context>
<context>
    <name>SavePlannedChangeCommand</name>
    <message>
        <source>Edit planned change</source>
        <translation>Modifier le changement prévu</translation>
    </message>
    <message>
        <source>Plan change</source>
        <translation>Prévoir un changement</translation>
    </message>
</context>
<context>
    <name>SaveSubProcessorCommand</name>
    <message>
        <source>Edit sub-processor &quot;%1&quot;</source>
        <translation>Modifier le sous-traitant ultérieur « %1 »</translation>
    </message>
    <message>
        <source>Add sub-processor &quot;%1&quot;</source>
        <translation>Ajouter le sous-traitant ultérieur « %1 »</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Configure Registro</source>
        <translation>Configurer Registro</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
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
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Create PDF/A documents</source>
        <translation>Créer des documents PDF/A</translation>
    </message>
    <message>
        <source>Mark unsigned documents with a DRAFT watermark</source>
        <translation>Marquer les documents non signés d&apos;un filigrane BROUILLON</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Nom du réviseur :</translation>
    </message>
    <message>
        <source>Review &amp;interval:</source>
        <translation>&amp;Intervalle de réexamen :</translation>
    </message>
    <message>
        <source>&amp;Holiday region:</source>
        <translation>Région des jours &amp;fériés :</translation>
    </message>
    <message>
        <source>Export defaults</source>
        <translation>Paramètres d&apos;export par défaut</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Format du papier :</translation>
    </message>
</context>
<context>
    <name>SubProcessorChecker</name>
    <message>
        <source>Servers in %1, outside the EEA without an adequacy decision, and no safeguard recorded. Record the SCCs, BCRs, DPF certification or derogation that covers the transfer.</source>
        <translation>Serveurs situés en %1, hors de l&apos;EEE, sans décision d&apos;adéquation et sans garantie enregistrée. Enregistrez les clauses contractuelles types (CCT), les règles d&apos;entreprise contraignantes (BCR), la certification DPF ou la dérogation qui couvre le transfert.</translation>
    </message>
    <message>
        <source>The EU-US Data Privacy Framework covers only recipients in the United States, and no server location of this sub-processor is there. Choose the safeguard that applies.</source>
        <translation>Le cadre de protection des données UE–États-Unis (Data Privacy Framework) ne couvre que les destinataires situés aux États-Unis, et aucun serveur de ce sous-traitant ultérieur ne s&apos;y trouve. Choisissez la garantie applicable.</translation>
    </message>
    <message>
        <source>The transfer to %1 in &quot;%2&quot; is marked &quot;not required&quot;, but %1 is outside the EEA without an adequacy decision. Record the safeguard that covers it.</source>
        <translation>Le transfert vers %1 dans « %2 » est marqué « non requis », mais %1 est hors de l&apos;EEE et ne bénéficie pas d&apos;une décision d&apos;adéquation. Enregistrez la garantie qui le couvre.</translation>
    </message>
    <message>
        <source>No processing activity uses this sub-processor. Link it to the activities it serves, or mark it removed.</source>
        <translation>Aucune activité de traitement n&apos;utilise ce sous-traitant ultérieur. Reliez-le aux activités qu&apos;il sert, ou marquez-le comme retiré.</translation>
    </message>
</context>
<context>
    <name>SubProcessorCommands</name>
    <message>
        <source>The sub-processor list as of a date, its changes, notice deadlines</source>
        <translation>La liste des sous-traitants ultérieurs à une date donnée, ses modifications, les délais de notification</translation>
    </message>
</context>
<context>
    <name>SubProcessorDemo</name>
    <message>
        <source>The demo content has a planned change of unknown kind &quot;%1&quot;.</source>
        <translation>Le contenu de démonstration comporte un changement prévu de type inconnu « %1 ».</translation>
    </message>
    <message>
        <source>The demo content refers to an unknown subprocessor &quot;%1&quot;.</source>
        <translation>Le contenu de démonstration fait référence à un sous-traitant ultérieur inconnu « %1 ».</translation>
    </message>
</context>
<context>
    <name>SubProcessorHistory</name>
    <message>
        <source>A version needs a stored sub-processor and a date.</source>
        <translation>Une version nécessite un sous-traitant ultérieur enregistré et une date.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Dénomination sociale</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Processing actions</source>
        <translation>Opérations de traitement</translation>
    </message>
    <message>
        <source>Server locations</source>
        <translation>Emplacements des serveurs</translation>
    </message>
    <message>
        <source>Transfer safeguard</source>
        <translation>Garantie du transfert</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>Module des CCT</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Adresse e-mail de contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Date d&apos;ajout</translation>
    </message>
    <message>
        <source>Date removed</source>
        <translation>Date de retrait</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>SubProcessorRepository</name>
    <message>
        <source>Give the sub-processor its legal name.</source>
        <translation>Indiquez la dénomination légale du sous-traitant ultérieur.</translation>
    </message>
    <message>
        <source>There is already a sub-processor called &quot;%1&quot;.</source>
        <translation>Il existe déjà un sous-traitant ultérieur nommé « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code.</source>
        <translation>« %1 » n&apos;est pas un code pays ISO 3166.</translation>
    </message>
    <message>
        <source>SCC modules are numbered 1 to 4.</source>
        <translation>Les modules des CCT sont numérotés de 1 à 4.</translation>
    </message>
    <message>
        <source>A sub-processor cannot be removed before it was added.</source>
        <translation>Un sous-traitant ultérieur ne peut pas être retiré avant d&apos;avoir été ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>%n processing activities still use this sub-processor. Remove it there first, or mark it &quot;being removed&quot;.</source>
        <translation>
            <numerusform>%n activité de traitement utilise encore ce sous-traitant ultérieur. Retirez-le d&apos;abord de celle-ci, ou marquez-le « en cours de retrait ».</numerusform>
            <numerusform>%n activités de traitement utilisent encore ce sous-traitant ultérieur. Retirez-le d&apos;abord de celles-ci, ou marquez-le « en cours de retrait ».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubProcessorView</name>
    <message>
        <source>&amp;New Sub-processor</source>
        <translation>&amp;Nouveau sous-traitant ultérieur</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>&amp;Appliquer les modifications</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Dénomination sociale</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>non retiré</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Dénomination sociale :</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>S&amp;ervice :</translation>
    </message>
    <message>
        <source>Processing &amp;actions:</source>
        <translation>Opérations de &amp;traitement :</translation>
    </message>
    <message>
        <source>Server &amp;countries:</source>
        <translation>Pays des ser&amp;veurs :</translation>
    </message>
    <message>
        <source>Transfer s&amp;afeguard:</source>
        <translation>&amp;Garantie du transfert :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;ut :</translation>
    </message>
    <message>
        <source>Date a&amp;dded:</source>
        <translation>Date d&apos;a&amp;jout :</translation>
    </message>
    <message>
        <source>Date re&amp;moved:</source>
        <translation>Date de &amp;retrait :</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Constats :</translation>
    </message>
    <message>
        <source>List as of:</source>
        <translation>Liste au :</translation>
    </message>
    <message>
        <source>changes since:</source>
        <translation>modifications depuis :</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Notice by</source>
        <translation>Notification avant le</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Objections until</source>
        <translation>Oppositions jusqu&apos;au</translation>
    </message>
    <message>
        <source>Record Notice &amp;Sent</source>
        <translation>Enregistrer l&apos;envoi de la &amp;notification</translation>
    </message>
    <message>
        <source>Record &amp;Objection</source>
        <translation>Enregistrer une &amp;opposition</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Le :</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motif du changement</translation>
    </message>
    <message>
        <source>&amp;Plan Change</source>
        <translation>&amp;Prévoir un changement</translation>
    </message>
    <message>
        <source>replacing</source>
        <translation>en remplacement de</translation>
    </message>
    <message>
        <source>from</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <source>Planned Changes</source>
        <translation>Changements prévus</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Sub-processors as of %1:</source>
        <translation>Sous-traitants ultérieurs au %1 :</translation>
    </message>
    <message>
        <source>Changes from %1 to %2:</source>
        <translation>Modifications du %1 au %2 :</translation>
    </message>
    <message>
        <source>  + added: %1</source>
        <translation>  + ajouté : %1</translation>
    </message>
    <message>
        <source>  − removed: %1</source>
        <translation>  − retiré : %1</translation>
    </message>
    <message>
        <source>  ~ changed: %1</source>
        <translation>  ~ modifié : %1</translation>
    </message>
    <message>
        <source>%1: %2, effective %3</source>
        <translation>%1 : %2, avec effet au %3</translation>
    </message>
    <message>
        <source>Record objection of %1</source>
        <translation>Enregistrer l&apos;opposition de %1</translation>
    </message>
    <message>
        <source>Record notice sent to %1</source>
        <translation>Enregistrer la notification envoyée à %1</translation>
    </message>
</context>
<context>
    <name>TemplateCommands</name>
    <message>
        <source>Print an agreement rendered from its template and the register</source>
        <translation>Imprimer un accord généré à partir de son modèle et du registre</translation>
    </message>
    <message>
        <source>There is no agreement %1 in %2.</source>
        <translation>Il n&apos;existe aucun accord %1 dans %2.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorView</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview with:</source>
        <translation>Aperçu avec :</translation>
    </message>
    <message>
        <source>Clause text (%1)</source>
        <translation>Texte de la clause (%1)</translation>
    </message>
    <message>
        <source>Included when: %1</source>
        <translation>Incluse si : %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>O&amp;ptional: each agreement can leave it out</source>
        <translation>&amp;Facultative : chaque accord peut l&apos;exclure</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Sub-clause</source>
        <translation>Sous-clause</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <source>The clause&apos;s key: the same in every version of the template and in the translations.</source>
        <translation>La clé de la clause : la même dans chaque version du modèle et dans les traductions.</translation>
    </message>
    <message>
        <source>always included</source>
        <translation>toujours incluse</translation>
    </message>
    <message>
        <source>A template expression, e.g. register.has_non_eea_transfers: the clause is left out when it is false.</source>
        <translation>Une expression de modèle, p. ex. register.has_non_eea_transfers : la clause est exclue lorsqu&apos;elle est fausse.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>K&amp;ey:</source>
        <translation>C&amp;lé :</translation>
    </message>
    <message>
        <source>Con&amp;dition:</source>
        <translation>Con&amp;dition :</translation>
    </message>
    <message>
        <source>Add &amp;Article</source>
        <translation>Ajouter un &amp;article</translation>
    </message>
    <message>
        <source>+ Article</source>
        <translation>+ Article</translation>
    </message>
    <message>
        <source>Add &amp;Sub-clause</source>
        <translation>Ajouter une &amp;sous-clause</translation>
    </message>
    <message>
        <source>+ Sub-clause</source>
        <translation>+ Sous-clause</translation>
    </message>
    <message>
        <source>Add A&amp;ppendix</source>
        <translation>Ajouter une a&amp;nnexe</translation>
    </message>
    <message>
        <source>+ Appendix</source>
        <translation>+ Annexe</translation>
    </message>
    <message>
        <source>&amp;Remove Clause…</source>
        <translation>S&amp;upprimer la clause…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Déplacer vers le &amp;haut</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Déplacer vers le &amp;bas</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Move &amp;Out a Level</source>
        <translation>Remonter d&apos;un &amp;niveau</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Niveau sup.</translation>
    </message>
    <message>
        <source>Move &amp;In a Level</source>
        <translation>Descendre d&apos;un n&amp;iveau</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Niveau inf.</translation>
    </message>
    <message>
        <source>Clause tree</source>
        <translation>Arborescence des clauses</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (facultative)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key: use letters, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>« %1 » n&apos;est pas une clé valide : utilisez des lettres, des chiffres, « - » et « _ ».</translation>
    </message>
    <message>
        <source>The condition is not valid: %1</source>
        <translation>La condition n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>Select the clause the new sub-clause goes under.</source>
        <translation>Sélectionnez la clause sous laquelle placer la nouvelle sous-clause.</translation>
    </message>
    <message>
        <source>Remove clause %1 and its text in every language?</source>
        <translation>Supprimer la clause %1 et son texte dans toutes les langues ?</translation>
    </message>
    <message>
        <source>Remove clause %1 with its sub-clause and their texts in every language?</source>
        <translation>Supprimer la clause %1 avec sa sous-clause et leurs textes dans toutes les langues ?</translation>
    </message>
    <message>
        <source>Remove clause %1 with its %2 sub-clauses and their texts in every language?</source>
        <translation>Supprimer la clause %1 avec ses %2 sous-clauses et leurs textes dans toutes les langues ?</translation>
    </message>
    <message>
        <source>Remove Clause</source>
        <translation>Supprimer la clause</translation>
    </message>
    <message>
        <source>Clause %1 is already the first at its level.</source>
        <translation>La clause %1 est déjà la première à son niveau.</translation>
    </message>
    <message>
        <source>Clause %1 is already the last at its level.</source>
        <translation>La clause %1 est déjà la dernière à son niveau.</translation>
    </message>
    <message>
        <source>Clause %1 has no clause before it at its level to go under.</source>
        <translation>La clause %1 n&apos;a pas de clause précédente à son niveau sous laquelle se placer.</translation>
    </message>
    <message>
        <source>Clause %1 is already at the top level.</source>
        <translation>La clause %1 est déjà au niveau supérieur.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Clause title (%1)</source>
        <translation>Titre de la clause (%1)</translation>
    </message>
</context>
<context>
    <name>TemplateImporter</name>
    <message>
        <source>The sample template is missing from this build.</source>
        <translation>Le modèle d&apos;exemple est absent de cette version.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The template file is not valid JSON: %1</source>
        <translation>Le fichier de modèle n&apos;est pas un JSON valide : %1</translation>
    </message>
    <message>
        <source>This is not a Registro template file.</source>
        <translation>Ce n&apos;est pas un fichier de modèle Registro.</translation>
    </message>
    <message>
        <source>This template file has a format version this Registro cannot read.</source>
        <translation>Ce fichier de modèle a une version de format que cette version de Registro ne sait pas lire.</translation>
    </message>
    <message>
        <source>The template has no name.</source>
        <translation>Le modèle n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The template&apos;s languages must include its source language.</source>
        <translation>Les langues du modèle doivent inclure sa langue source.</translation>
    </message>
</context>
<context>
    <name>TemplateJsonSegments</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at character %3).</source>
        <translation>%1 n&apos;est pas un JSON valide : %2 (au caractère %3).</translation>
    </message>
    <message>
        <source>This is not a Registro template (the &quot;format&quot; is not &quot;registro-template&quot;).</source>
        <translation>Ce n&apos;est pas un modèle Registro (le « format » n&apos;est pas « registro-template »).</translation>
    </message>
    <message>
        <source>The template has no &quot;clauses&quot; list.</source>
        <translation>Le modèle n&apos;a pas de liste « clauses ».</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>There is no template %1.</source>
        <translation>Il n&apos;existe aucun modèle %1.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; is not maintained in &quot;%2&quot;.</source>
        <translation>Le modèle « %1 » n&apos;est pas tenu à jour en « %2 ».</translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>Condition : %1</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>Il n&apos;existe aucun accord %1.</translation>
    </message>
    <message>
        <source>Agreement %1 was not signed in &quot;%2&quot;.</source>
        <translation>L&apos;accord %1 n&apos;a pas été signé en « %2 ».</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer::Error</name>
    <message>
        <source>clause %1 (%2, %3)</source>
        <translation>clause %1 (%2, %3)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <source>A template needs a name.</source>
        <translation>Un modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>A template needs at least one language.</source>
        <translation>Un modèle doit avoir au moins une langue.</translation>
    </message>
    <message>
        <source>A clause needs a key.</source>
        <translation>Une clause doit avoir une clé.</translation>
    </message>
    <message>
        <source>There is no template %1.</source>
        <translation>Il n&apos;existe pas de modèle %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid clause key: use letters, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>« %1 » n&apos;est pas une clé de clause valide : utilisez des lettres, des chiffres, « - » et « _ ».</translation>
    </message>
    <message>
        <source>The template already has a clause with the key &quot;%1&quot;.</source>
        <translation>Le modèle a déjà une clause avec la clé « %1 ».</translation>
    </message>
    <message>
        <source>There is no clause %1 in this template.</source>
        <translation>Il n&apos;existe pas de clause %1 dans ce modèle.</translation>
    </message>
    <message>
        <source>An appendix stays at the top level; it cannot be placed below a clause.</source>
        <translation>Une annexe reste au niveau supérieur ; elle ne peut pas être placée sous une clause.</translation>
    </message>
    <message>
        <source>There is no clause %1.</source>
        <translation>Il n&apos;existe pas de clause %1.</translation>
    </message>
    <message>
        <source>There is nothing to restore.</source>
        <translation>Il n&apos;y a rien à restaurer.</translation>
    </message>
    <message>
        <source>Clause %1 exists already.</source>
        <translation>La clause %1 existe déjà.</translation>
    </message>
    <message>
        <source>The clause that held &quot;%1&quot; no longer exists.</source>
        <translation>La clause qui contenait « %1 » n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Clause %1: %2</source>
        <translation>Clause %1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot move into itself or into one of its own sub-clauses.</source>
        <translation>« %1 » ne peut pas être déplacée dans elle-même ni dans l&apos;une de ses propres sous-clauses.</translation>
    </message>
    <message>
        <source>An appendix stays at the top level: &quot;%1&quot; cannot be placed below a clause.</source>
        <translation>Une annexe reste au niveau supérieur : « %1 » ne peut pas être placée sous une clause.</translation>
    </message>
    <message>
        <source>A clause below another clause is a sub-clause; move it to the top level to make it an article or an appendix.</source>
        <translation>Une clause placée sous une autre clause est une sous-clause ; déplacez-la au niveau supérieur pour en faire un article ou une annexe.</translation>
    </message>
    <message>
        <source>A clause at the top level is an article or an appendix.</source>
        <translation>Une clause au niveau supérieur est un article ou une annexe.</translation>
    </message>
</context>
<context>
    <name>TextTemplateEngine</name>
    <message>
        <source>The template engine (%1) is not installed.</source>
        <translation>Le moteur de modèles (%1) n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The template engine cannot be loaded: %1</source>
        <translation>Impossible de charger le moteur de modèles : %1</translation>
    </message>
    <message>
        <source>%1 is not Registro&apos;s template engine.</source>
        <translation>%1 n&apos;est pas le moteur de modèles de Registro.</translation>
    </message>
</context>
<context>
    <name>TranslationCommands</name>
    <message>
        <source>Check the translations of a template in a workspace</source>
        <translation>Vérifier les traductions d&apos;un modèle dans un espace de travail</translation>
    </message>
    <message>
        <source>Exchange a template&apos;s translations as XLIFF 2.0</source>
        <translation>Échanger les traductions d&apos;un modèle au format XLIFF 2.0</translation>
    </message>
    <message>
        <source>registro-cli qa: unexpected argument &quot;%1&quot;.</source>
        <translation>registro-cli qa : argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>Usage: registro-cli %1</source>
        <translation>Utilisation : registro-cli %1</translation>
    </message>
    <message>
        <source>registro-cli: the language check is skipped: %1</source>
        <translation>registro-cli : la vérification de la langue est ignorée : %1</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings.</source>
        <translation>%1 erreurs, %2 avertissements.</translation>
    </message>
    <message>
        <source>registro-cli: cannot write %1: %2</source>
        <translation>registro-cli : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 segments written to %2.</source>
        <translation>%1 segments écrits dans %2.</translation>
    </message>
    <message>
        <source>registro-cli: cannot read %1: %2</source>
        <translation>registro-cli : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>registro-cli: %1 is refused: %2 Nothing was changed.</source>
        <translation>registro-cli : %1 est refusé : %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 of %2 segments changed.</source>
        <translation>%1 segments sur %2 modifiés.</translation>
    </message>
    <message>
        <source>registro-cli xliff: unexpected argument &quot;%1&quot;.</source>
        <translation>registro-cli xliff : argument inattendu « %1 ».</translation>
    </message>
</context>
<context>
    <name>TranslationFileCommands</name>
    <message>
        <source>Check the translations of a template file</source>
        <translation>Vérifier les traductions d&apos;un fichier de modèle</translation>
    </message>
    <message>
        <source>registro-cli qa-file: unexpected argument &quot;%1&quot;.</source>
        <translation>registro-cli qa-file : argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>Usage: registro-cli qa-file TEMPLATE.json [--lang nl] [--glossary FILE] [--json]</source>
        <translation>Usage : registro-cli qa-file TEMPLATE.json [--lang nl] [--glossary FILE] [--json]</translation>
    </message>
    <message>
        <source>registro-cli: the template has no target language &quot;%1&quot; (it has: %2).</source>
        <translation>registro-cli : le modèle n&apos;a pas de langue cible « %1 » (il a : %2).</translation>
    </message>
    <message>
        <source>registro-cli: the language check is skipped: %1</source>
        <translation>registro-cli : la vérification de la langue est ignorée : %1</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings.</source>
        <translation>%1 erreurs, %2 avertissements.</translation>
    </message>
</context>
<context>
    <name>TranslationQa</name>
    <message>
        <source>Missing translation</source>
        <translation>Traduction manquante</translation>
    </message>
    <message>
        <source>Template tags</source>
        <translation>Balises du modèle</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>Mauvaise langue</translation>
    </message>
    <message>
        <source>Markup and typing</source>
        <translation>Balisage et saisie</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Paragraphs and lists</source>
        <translation>Paragraphes et listes</translation>
    </message>
    <message>
        <source>There is no %1 translation: translate the clause.</source>
        <translation>Il n&apos;y a pas de traduction en %1 : traduisez la clause.</translation>
    </message>
    <message>
        <source>The translation is identical to the %1 source: translate it.</source>
        <translation>La traduction est identique à la source en %1 : traduisez-la.</translation>
    </message>
    <message>
        <source>The tag %1 of the source is missing: copy it unchanged into the translation.</source>
        <translation>La balise %1 de la source est absente : copiez-la telle quelle dans la traduction.</translation>
    </message>
    <message>
        <source>The tag %1 occurs %2 times in the source but %3 times in the translation: copy every occurrence.</source>
        <translation>La balise %1 apparaît %2 fois dans la source mais %3 fois dans la traduction : copiez chaque occurrence.</translation>
    </message>
    <message>
        <source>The tag %1 is not in the source: remove it or correct it to match the source.</source>
        <translation>La balise %1 ne figure pas dans la source : supprimez-la ou corrigez-la pour qu&apos;elle corresponde à la source.</translation>
    </message>
    <message>
        <source>The tag %1 occurs more often than in the source: remove the extra one.</source>
        <translation>La balise %1 apparaît plus souvent que dans la source : supprimez celle en trop.</translation>
    </message>
    <message>
        <source>%1 has no matching %2 before it: put the tags in the same order as in the source.</source>
        <translation>%1 n&apos;est précédée d&apos;aucune balise %2 correspondante : placez les balises dans le même ordre que dans la source.</translation>
    </message>
    <message>
        <source>%1 is not closed: add %2 where the source has it.</source>
        <translation>%1 n&apos;est pas fermée : ajoutez %2 à l&apos;endroit où la source l&apos;a.</translation>
    </message>
    <message>
        <source>The number %1 of the source is missing from the translation.</source>
        <translation>Le nombre %1 de la source est absent de la traduction.</translation>
    </message>
    <message>
        <source>The number %1 occurs %2 times in the source but %3 times in the translation (in digits or words).</source>
        <translation>Le nombre %1 apparaît %2 fois dans la source mais %3 fois dans la traduction (en chiffres ou en lettres).</translation>
    </message>
    <message>
        <source>The number %1 (%2) is not in the source: check the figure.</source>
        <translation>Le nombre %1 (%2) ne figure pas dans la source : vérifiez le chiffre.</translation>
    </message>
    <message>
        <source>The number %1 is not in the source: check the figure.</source>
        <translation>Le nombre %1 ne figure pas dans la source : vérifiez le chiffre.</translation>
    </message>
    <message>
        <source>The number %1 occurs more often than in the source.</source>
        <translation>Le nombre %1 apparaît plus souvent que dans la source.</translation>
    </message>
    <message>
        <source>The period after %1 differs: the source has %2, the translation %3. Use the same unit.</source>
        <translation>Le délai après %1 diffère : la source indique %2, la traduction %3. Utilisez la même unité.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The source writes %1 in words as well as in digits; write it the same way in the translation.</source>
        <translation>La source écrit %1 en lettres ainsi qu&apos;en chiffres ; écrivez-le de la même façon dans la traduction.</translation>
    </message>
    <message>
        <source>The translation writes %1 in words where the source uses digits; write it the same way as the source.</source>
        <translation>La traduction écrit %1 en lettres là où la source utilise des chiffres ; écrivez-le comme dans la source.</translation>
    </message>
    <message>
        <source>This sentence is copied unchanged from the %1 source: translate it.</source>
        <translation>Cette phrase est copiée telle quelle de la source en %1 : traduisez-la.</translation>
    </message>
    <message>
        <source>This sentence looks like %1, not %2: translate it into %2.</source>
        <translation>Cette phrase semble être en %1, et non en %2 : traduisez-la en %2.</translation>
    </message>
    <message>
        <source>%1 looks like left-over HTML: remove it or write the character itself.</source>
        <translation>%1 semble être un reste de HTML : supprimez-le ou écrivez le caractère lui-même.</translation>
    </message>
    <message>
        <source>The bold markers “**” are not paired: close the bold text or remove the marker.</source>
        <translation>Les marqueurs de gras « ** » ne sont pas appariés : fermez le texte en gras ou supprimez le marqueur.</translation>
    </message>
    <message>
        <source>The bracket %1 has no partner: add the missing bracket or remove this one.</source>
        <translation>La parenthèse ou le crochet %1 n&apos;a pas de correspondant : ajoutez celui qui manque ou supprimez celui-ci.</translation>
    </message>
    <message>
        <source>The quotation mark %1 has no partner: close the quotation or remove the mark.</source>
        <translation>Le guillemet %1 n&apos;a pas de correspondant : fermez la citation ou supprimez le guillemet.</translation>
    </message>
    <message>
        <source>The straight quotation marks &quot; are not paired: close the quotation or remove the mark.</source>
        <translation>Les guillemets droits &quot; ne sont pas appariés : fermez la citation ou supprimez le guillemet.</translation>
    </message>
    <message>
        <source>The quotation mark %1 is not used in %2: use %3 instead.</source>
        <translation>Le guillemet %1 ne s&apos;utilise pas en %2 : utilisez %3 à la place.</translation>
    </message>
    <message>
        <source>The word %1 is doubled: remove one.</source>
        <translation>Le mot %1 est répété : supprimez-en un.</translation>
    </message>
    <message>
        <source>Two or more spaces in a row: use a single space.</source>
        <translation>Plusieurs espaces consécutives : utilisez une seule espace.</translation>
    </message>
    <message>
        <source>The source uses %1; the translation should use the approved term %2.</source>
        <translation>La source utilise %1 ; la traduction doit utiliser le terme approuvé %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1 must not be used.</source>
        <translation>%1 ne doit pas être utilisé.</translation>
    </message>
    <message>
        <source>%1 must not be used for %2: use %3.</source>
        <translation>%1 ne doit pas être utilisé pour %2 : utilisez %3.</translation>
    </message>
    <message>
        <source>The source has %1 list items, the translation %2: keep one item per source item.</source>
        <translation>La source compte %1 éléments de liste, la traduction %2 : gardez un élément par élément de la source.</translation>
    </message>
    <message>
        <source>The source has %1 paragraphs, the translation %2: keep the paragraphs of the source.</source>
        <translation>La source compte %1 paragraphes, la traduction %2 : conservez les paragraphes de la source.</translation>
    </message>
</context>
<context>
    <name>TranslationReviewRepository</name>
    <message>
        <source>There is no template with id %1.</source>
        <translation>Il n&apos;existe aucun modèle avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The template has no clause &quot;%1&quot;.</source>
        <translation>Le modèle n&apos;a pas de clause « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a target language of this template.</source>
        <translation>« %1 » n&apos;est pas une langue cible de ce modèle.</translation>
    </message>
    <message>
        <source>Clause &quot;%1&quot; has no translation yet.</source>
        <translation>La clause « %1 » n&apos;a pas encore de traduction.</translation>
    </message>
    <message>
        <source>Clause %1 has no translation to review.</source>
        <translation>La clause %1 n&apos;a aucune traduction à revoir.</translation>
    </message>
    <message>
        <source>Clause %1 is &quot;%2&quot;: review it before approving it.</source>
        <translation>La clause %1 est « %2 » : revoyez-la avant de l&apos;approuver.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has no target language &quot;%2&quot; (it has: %3).</source>
        <translation>Le modèle « %1 » n&apos;a pas de langue cible « %2 » (il a : %3).</translation>
    </message>
    <message>
        <source>The file is for template &quot;%1&quot; in &quot;%2&quot;, not for &quot;%3&quot;.</source>
        <translation>Le fichier concerne le modèle « %1 » en « %2 », et non « %3 ».</translation>
    </message>
    <message>
        <source>The file has a segment &quot;%1&quot; that the template does not have.</source>
        <translation>Le fichier contient un segment « %1 » absent du modèle.</translation>
    </message>
</context>
<context>
    <name>TranslationReviewView</name>
    <message>
        <source>The source changed since the translation was reviewed:</source>
        <translation>La source a changé depuis la revue de la traduction :</translation>
    </message>
    <message>
        <source>Next &amp;Unreviewed</source>
        <translation>Suivant &amp;non revu</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revoir</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Next &amp;Finding</source>
        <translation>&amp;Constat suivant</translation>
    </message>
    <message>
        <source>Mark the translation reviewed and go to the next unreviewed clause (Ctrl+Return)</source>
        <translation>Marquer la traduction comme revue et passer à la clause non revue suivante (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Approve the reviewed translation for issue (Ctrl+Shift+Return)</source>
        <translation>Approuver la traduction revue pour publication (Ctrl+Maj+Entrée)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non revu</translation>
    </message>
    <message>
        <source>All clauses</source>
        <translation>Toutes les clauses</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>Avec constats</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>QA findings</source>
        <translation>Constats du contrôle qualité</translation>
    </message>
    <message>
        <source>%1 (title)</source>
        <translation>%1 (titre)</translation>
    </message>
    <message>
        <source>%1 of %2 segments reviewed, %3 with findings.</source>
        <translation>%1 segments sur %2 revus, %3 avec constats.</translation>
    </message>
    <message>
        <source>Edit translation of %1</source>
        <translation>Modifier la traduction de %1</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Revoir %1</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Approuver %1</translation>
    </message>
    <message>
        <source>Every visible segment is reviewed.</source>
        <translation>Tous les segments visibles sont revus.</translation>
    </message>
    <message>
        <source>No visible segment has findings.</source>
        <translation>Aucun segment visible n&apos;a de constats.</translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation>&amp;Glossaire…</translation>
    </message>
    <message>
        <source>Edit the workspace glossary the glossary check uses (Ctrl+G)</source>
        <translation>Modifier le glossaire de l&apos;espace de travail utilisé par le contrôle du glossaire (Ctrl+G)</translation>
    </message>
</context>
<context>
    <name>Translator</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Registro User Guide</source>
        <translation>Guide de l&apos;utilisateur de Registro</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Le guide de l&apos;utilisateur est absent de cette version.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En révision</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Client (controller)</source>
        <translation>Client (responsable du traitement)</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Responsable conjoint du traitement</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Being removed</source>
        <translation>En cours de retrait</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>jours ouvrés</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>jours calendaires</translation>
    </message>
    <message>
        <source>Not required (EEA)</source>
        <translation>Non requise (EEE)</translation>
    </message>
    <message>
        <source>Adequacy decision (Art. 45)</source>
        <translation>Décision d&apos;adéquation (art. 45)</translation>
    </message>
    <message>
        <source>Standard contractual clauses 2021/914</source>
        <translation>Clauses contractuelles types 2021/914</translation>
    </message>
    <message>
        <source>Binding corporate rules (Art. 47)</source>
        <translation>Règles d&apos;entreprise contraignantes (art. 47)</translation>
    </message>
    <message>
        <source>EU-US Data Privacy Framework</source>
        <translation>Cadre de protection des données UE-États-Unis</translation>
    </message>
    <message>
        <source>Derogation (Art. 49)</source>
        <translation>Dérogation (art. 49)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>XliffFile</name>
    <message>
        <source>Cannot write the XLIFF file: %1</source>
        <translation>Impossible d&apos;écrire le fichier XLIFF : %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1 (line %2, column %3).</source>
        <translation>Le fichier n&apos;est pas un XML bien formé : %1 (ligne %2, colonne %3).</translation>
    </message>
    <message>
        <source>This is not an XLIFF file (its root element is &lt;%1&gt;).</source>
        <translation>Ce n&apos;est pas un fichier XLIFF (son élément racine est &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>This is XLIFF %1; Registro reads XLIFF 2.0 only. Export the file again as XLIFF 2.0.</source>
        <translation>Ce fichier est au format XLIFF %1 ; Registro ne lit que XLIFF 2.0. Exportez à nouveau le fichier en XLIFF 2.0.</translation>
    </message>
    <message>
        <source>of an unknown version</source>
        <translation>d&apos;une version inconnue</translation>
    </message>
    <message>
        <source>The file is a translation into &quot;%1&quot;, not into &quot;%2&quot;.</source>
        <translation>Le fichier est une traduction en « %1 », et non en « %2 ».</translation>
    </message>
    <message>
        <source>The file holds more than one &lt;file&gt;; Registro exports and reads one template per file.</source>
        <translation>Le fichier contient plus d&apos;un élément &lt;file&gt; ; Registro exporte et lit un modèle par fichier.</translation>
    </message>
    <message>
        <source>The file belongs to the template &quot;%1&quot;, not to &quot;%2&quot;.</source>
        <translation>Le fichier appartient au modèle « %1 », et non à « %2 ».</translation>
    </message>
    <message>
        <source>The file was exported from version %1 of the template; the template is now at version %2. Export it again.</source>
        <translation>Le fichier a été exporté depuis la version %1 du modèle ; le modèle est maintenant à la version %2. Exportez-le à nouveau.</translation>
    </message>
    <message>
        <source>A &lt;unit&gt; at line %1 has no id.</source>
        <translation>Un élément &lt;unit&gt; à la ligne %1 n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>The clause &quot;%1&quot; occurs twice in the file.</source>
        <translation>La clause « %1 » apparaît deux fois dans le fichier.</translation>
    </message>
    <message>
        <source>The clause &quot;%1&quot; is split into several segments; Registro needs one segment per clause.</source>
        <translation>La clause « %1 » est divisée en plusieurs segments ; Registro exige un segment par clause.</translation>
    </message>
    <message>
        <source>The clause &quot;%1&quot; has the unknown state &quot;%2&quot;.</source>
        <translation>La clause « %1 » a un état inconnu « %2 ».</translation>
    </message>
    <message>
        <source>The XLIFF file holds no &lt;file&gt; element.</source>
        <translation>Le fichier XLIFF ne contient aucun élément &lt;file&gt;.</translation>
    </message>
    <message>
        <source>The file has clauses that the template does not have: %1. Was it exported from another template?</source>
        <translation>Le fichier contient des clauses absentes du modèle : %1. A-t-il été exporté depuis un autre modèle ?</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The GDPR register, sub-processors and DPAs.</source>
        <translation>Le registre RGPD, les sous-traitants ultérieurs et les accords de sous-traitance.</translation>
    </message>
    <message>
        <source>Quit once the register table has been painted, printing the time it took and the peak memory use (for benchmarks).</source>
        <translation>Quitter une fois le tableau du registre affiché, en indiquant le temps écoulé et le pic d&apos;utilisation de la mémoire (pour les mesures de performance).</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Enregistrer une capture de la fenêtre dans &lt;fichier&gt; dès qu&apos;elle est affichée, puis quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation>Le fichier d&apos;espace de travail à ouvrir.</translation>
    </message>
    <message>
        <source>Show the section &lt;id&gt; after opening the workspace.</source>
        <translation>Afficher la section &lt;id&gt; après l&apos;ouverture de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use the user interface language &lt;code&gt; (en, nl, it, fr) for this run.</source>
        <translation>Utiliser la langue d&apos;interface &lt;code&gt; (en, nl, it, fr) pour cette exécution.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
</context>
</TS>
