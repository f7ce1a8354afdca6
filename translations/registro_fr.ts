<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Registro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registro %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the GDPR register of processing activities, sub-processors and data processing agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright 2026 The Registro authors. Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). There is no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>Give the activity a name: the register identifies each activity by its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another activity is already called &quot;%1&quot;. Choose a name that tells them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a legal basis of Art. 6, 9(2) or 10 GDPR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review (%1) cannot come before the last review (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every transfer needs its destination country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCC modules are numbered 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A controller record does not name controllers it acts for; make it a processor record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>The organisation&apos;s name is mandatory (Art. 30(1)(a)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the party a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice and objection periods cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a party called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This party is named in %n processing activities; remove it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the data category a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a data category called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category is still used by %n processing activities (%1). Remove it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category is still sent to %n sub-processors. Remove it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the measure a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; already has a measure called &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure is still linked to %n processing activities. Remove it there first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>registro-cli: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: registro-cli COMMAND [OPTIONS] ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this help and exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryCatalog</name>
    <message>
        <source>The country list has no countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code; choose the country from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the EEA: record the adequacy decision (%2) as the safeguard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an adequacy decision (%2): record it as the safeguard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EU-US Data Privacy Framework covers only recipients in the United States; choose the safeguard that applies in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the EEA and has no adequacy decision: &quot;not required&quot; is wrong here. Record the SCCs, BCRs or Art. 49 derogation that covers the transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no adequacy decision covering this recipient. Record the SCCs, BCRs or Art. 49 derogation that covers the transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the EEA and has no adequacy decision, and no safeguard is recorded. Put SCCs (2021/914) or BCRs in place, or document an Art. 49 derogation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial adequacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a safeguard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not configure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1 is not one this version of Registro can write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Registro workspace (it is not a SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Registro workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check failed: %2). Restore it from a backup; Registro has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Registro (schema %2; this version reads up to %3). Update Registro to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a complete Registro workspace (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; Registro needs to write to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it to the new format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the upgrade of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 (%3) failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the upgrade of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists (%1 %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo content is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo content is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo content refers to an unknown %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not Registro demo content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalBasis</name>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vital interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legitimate interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explicit consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employment and social security law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vital interests, consent impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not-for-profit body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made public by the data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substantial public interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health or social care, occupational medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archiving, research or statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criminal convictions and offences, authorised by law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. %1(%2)(%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterChecker</name>
    <message>
        <source>Give the activity a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the purposes of the processing (Art. 30(1)(b)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the categories of data subjects (Art. 30(1)(c)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the categories of personal data (Art. 30(1)(c)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the categories of recipients (Art. 30(1)(d)); if the data goes to no one outside the organisation, record &quot;None&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the time limits for erasure (Art. 30(1)(f)), or why none can be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Art. 6(1) legal basis of the processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A processor record must name each controller on whose behalf the processing is carried out (Art. 30(2)(a)). Add the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the categories of processing carried out on behalf of each controller (Art. 30(2)(b)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the technical and organisational security measures, or describe them (Art. 30(1)(g), 30(2)(d)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data category &quot;%1&quot; has no retention period; set it under Data categories &amp; retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special-category data is processed but no Art. 9(2) condition is recorded. Choose the condition that applies, e.g. Art. 9(2)(b) for employment law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal convictions data is processed: record the Art. 10 authorisation in Union or Member State law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to %1: say which SCC module (1 to 4) applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review was due on %1. Review the record and mark it reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DPIA is required (Art. 35) but not recorded as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the organisation&apos;s name (Art. 30(1)(a), 30(2)(a)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the organisation&apos;s contact details (Art. 30(1)(a), 30(2)(a)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the data protection officer&apos;s contact details, where one is designated (Art. 30(1)(a), 30(2)(a)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation outside the EEA must record its EU representative (Art. 27).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <source>Create a new workspace (with --demo: the demo company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file, then report missing Art. 30 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List part of the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: registro-cli init [--demo] FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo workspace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the workspace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: registro-cli check [--json] FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is a sound Registro workspace (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activities, %2 with findings: %3 errors, %4 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: registro-cli list activities|subprocessors|categories FILE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Configure Registro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create PDF/A documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark unsigned documents with a DRAFT watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holiday region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubProcessorRepository</name>
    <message>
        <source>Give the sub-processor its legal name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a sub-processor called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCC modules are numbered 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sub-processor cannot be removed before it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n processing activities still use this sub-processor. Remove it there first, or mark it &quot;being removed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Registro User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client (controller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required (EEA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequacy decision (Art. 45)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard contractual clauses 2021/914</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding corporate rules (Art. 47)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU-US Data Privacy Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derogation (Art. 49)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
