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
</TS>
