// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Schema.h"

#include "core/SqlDialect.h"
#include "subprocessors/SubProcessorSchema.h"

namespace {

// Version 1: the Article 30 register.
QStringList registerSchema()
{
    return {
        QStringLiteral(R"(CREATE TABLE organisation (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            registration_number TEXT NOT NULL DEFAULT '',
            vat_number TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            contact_email TEXT NOT NULL DEFAULT '',
            contact_phone TEXT NOT NULL DEFAULT '',
            dpo_name TEXT NOT NULL DEFAULT '',
            dpo_email TEXT NOT NULL DEFAULT '',
            dpo_phone TEXT NOT NULL DEFAULT '',
            representative_name TEXT NOT NULL DEFAULT '',
            representative_address TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("INSERT INTO organisation (id) VALUES (1)"),
        QStringLiteral(R"(CREATE TABLE party (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('client', 'joint_controller', 'processor', 'recipient')),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            address TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            contact_name TEXT NOT NULL DEFAULT '',
            contact_email TEXT NOT NULL DEFAULT '',
            registration_number TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'en',
            notice_days INTEGER NOT NULL DEFAULT 0 CHECK (notice_days >= 0),
            notice_unit TEXT NOT NULL DEFAULT 'working' CHECK (notice_unit IN ('working', 'calendar')),
            objection_days INTEGER NOT NULL DEFAULT 0 CHECK (objection_days >= 0),
            objection_unit TEXT NOT NULL DEFAULT 'working' CHECK (objection_unit IN ('working', 'calendar')),
            notes TEXT NOT NULL DEFAULT '',
            UNIQUE (kind, name)))"),
        QStringLiteral(R"(CREATE TABLE data_category (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
            description TEXT NOT NULL DEFAULT '',
            special INTEGER NOT NULL DEFAULT 0 CHECK (special IN (0, 1)),
            criminal INTEGER NOT NULL DEFAULT 0 CHECK (criminal IN (0, 1)),
            retention TEXT NOT NULL DEFAULT '',
            retention_justification TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE security_measure (
            id INTEGER PRIMARY KEY,
            section TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            description TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0,
            UNIQUE (section, title)))"),
        QStringLiteral(R"(CREATE TABLE vocabulary (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('purpose', 'data_subject', 'recipient_category')),
            name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
            UNIQUE (kind, name)))"),
        QStringLiteral(R"(CREATE TABLE subprocessor (
            id INTEGER PRIMARY KEY,
            legal_name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(legal_name)) > 0),
            service TEXT NOT NULL DEFAULT '',
            processing_actions TEXT NOT NULL DEFAULT '',
            safeguard TEXT NOT NULL DEFAULT 'not_required'
                CHECK (safeguard IN ('not_required', 'adequacy', 'scc', 'bcr', 'dpf', 'derogation', 'none')),
            scc_module INTEGER CHECK (scc_module IS NULL OR scc_module BETWEEN 1 AND 4),
            website TEXT NOT NULL DEFAULT '',
            contact_email TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('planned', 'active', 'being_removed', 'removed')),
            date_added TEXT,
            date_removed TEXT,
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE subprocessor_location (
            subprocessor_id INTEGER NOT NULL REFERENCES subprocessor(id) ON DELETE CASCADE,
            country TEXT NOT NULL CHECK (length(country) = 2),
            PRIMARY KEY (subprocessor_id, country)))"),
        QStringLiteral(R"(CREATE TABLE subprocessor_data_category (
            subprocessor_id INTEGER NOT NULL REFERENCES subprocessor(id) ON DELETE CASCADE,
            data_category_id INTEGER NOT NULL REFERENCES data_category(id) ON DELETE RESTRICT,
            PRIMARY KEY (subprocessor_id, data_category_id)))"),
        QStringLiteral(R"(CREATE TABLE processing_activity (
            id INTEGER PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('controller', 'processor')),
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
            description TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'in_review', 'approved', 'retired')),
            legal_basis_notes TEXT NOT NULL DEFAULT '',
            erasure_time_limit TEXT NOT NULL DEFAULT '',
            security_description TEXT NOT NULL DEFAULT '',
            dpia_required INTEGER NOT NULL DEFAULT 0 CHECK (dpia_required IN (0, 1)),
            dpia_done INTEGER NOT NULL DEFAULT 0 CHECK (dpia_done IN (0, 1)),
            dpia_reference TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            last_reviewed TEXT,
            next_review TEXT,
            approved_by TEXT NOT NULL DEFAULT '',
            approved_at TEXT))"),
        QStringLiteral("CREATE INDEX processing_activity_role ON processing_activity (role, status)"),
        QStringLiteral("CREATE INDEX processing_activity_department ON processing_activity (department)"),
        QStringLiteral("CREATE INDEX processing_activity_next_review ON processing_activity (next_review)"),
        QStringLiteral(R"(CREATE TABLE activity_vocabulary (
            activity_id INTEGER NOT NULL REFERENCES processing_activity(id) ON DELETE CASCADE,
            vocabulary_id INTEGER NOT NULL REFERENCES vocabulary(id) ON DELETE RESTRICT,
            PRIMARY KEY (activity_id, vocabulary_id)))"),
        QStringLiteral("CREATE INDEX activity_vocabulary_term ON activity_vocabulary (vocabulary_id)"),
        QStringLiteral(R"(CREATE TABLE activity_legal_basis (
            activity_id INTEGER NOT NULL REFERENCES processing_activity(id) ON DELETE CASCADE,
            basis TEXT NOT NULL,
            PRIMARY KEY (activity_id, basis)))"),
        QStringLiteral("CREATE INDEX activity_legal_basis_basis ON activity_legal_basis (basis)"),
        QStringLiteral(R"(CREATE TABLE activity_data_category (
            activity_id INTEGER NOT NULL REFERENCES processing_activity(id) ON DELETE CASCADE,
            data_category_id INTEGER NOT NULL REFERENCES data_category(id) ON DELETE RESTRICT,
            PRIMARY KEY (activity_id, data_category_id)))"),
        QStringLiteral("CREATE INDEX activity_data_category_category ON activity_data_category (data_category_id)"),
        QStringLiteral(R"(CREATE TABLE activity_party (
            activity_id INTEGER NOT NULL REFERENCES processing_activity(id) ON DELETE CASCADE,
            party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE RESTRICT,
            relation TEXT NOT NULL CHECK (relation IN ('controller', 'joint_controller', 'recipient')),
            PRIMARY KEY (activity_id, party_id, relation)))"),
        QStringLiteral("CREATE INDEX activity_party_party ON activity_party (party_id)"),
        QStringLiteral(R"(CREATE TABLE activity_measure (
            activity_id INTEGER NOT NULL REFERENCES processing_activity(id) ON DELETE CASCADE,
            measure_id INTEGER NOT NULL REFERENCES security_measure(id) ON DELETE RESTRICT,
            PRIMARY KEY (activity_id, measure_id)))"),
        QStringLiteral("CREATE INDEX activity_measure_measure ON activity_measure (measure_id)"),
        QStringLiteral(R"(CREATE TABLE activity_subprocessor (
            activity_id INTEGER NOT NULL REFERENCES processing_activity(id) ON DELETE CASCADE,
            subprocessor_id INTEGER NOT NULL REFERENCES subprocessor(id) ON DELETE RESTRICT,
            PRIMARY KEY (activity_id, subprocessor_id)))"),
        QStringLiteral("CREATE INDEX activity_subprocessor_sp ON activity_subprocessor (subprocessor_id)"),
        QStringLiteral(R"(CREATE TABLE transfer (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES processing_activity(id) ON DELETE CASCADE,
            recipient TEXT NOT NULL DEFAULT '',
            subprocessor_id INTEGER REFERENCES subprocessor(id) ON DELETE SET NULL,
            country TEXT NOT NULL CHECK (length(country) = 2),
            safeguard TEXT NOT NULL DEFAULT 'none'
                CHECK (safeguard IN ('not_required', 'adequacy', 'scc', 'bcr', 'dpf', 'derogation', 'none')),
            scc_module INTEGER CHECK (scc_module IS NULL OR scc_module BETWEEN 1 AND 4),
            derogation TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX transfer_activity ON transfer (activity_id)"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL DEFAULT '',
            table_name TEXT NOT NULL,
            row_id INTEGER NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT))"),
        QStringLiteral("CREATE INDEX audit_log_row ON audit_log (table_name, row_id)"),
        SqlDialect::createFullTextTable(QStringLiteral("activity_search"),
                                        {QStringLiteral("name"), QStringLiteral("description"),
                                         QStringLiteral("department"), QStringLiteral("owner"),
                                         QStringLiteral("details")}),
    };
}

// Version 3: DPA templates (clause tree, clause text per language) and agreements.
QStringList templateSchema()
{
    return {
        QStringLiteral(R"(CREATE TABLE template (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            version TEXT NOT NULL DEFAULT '1.0',
            source_language TEXT NOT NULL DEFAULT 'en',
            languages TEXT NOT NULL DEFAULT 'en',
            titles TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (name, version)))"),
        QStringLiteral(R"(CREATE TABLE clause (
            id INTEGER PRIMARY KEY,
            template_id INTEGER NOT NULL REFERENCES template(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES clause(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            key TEXT NOT NULL CHECK (length(trim(key)) > 0),
            kind TEXT NOT NULL DEFAULT 'article' CHECK (kind IN ('article', 'clause', 'appendix')),
            optional INTEGER NOT NULL DEFAULT 0 CHECK (optional IN (0, 1)),
            condition TEXT NOT NULL DEFAULT '',
            UNIQUE (template_id, key)))"),
        QStringLiteral("CREATE INDEX clause_tree ON clause (template_id, parent_id, position)"),
        QStringLiteral(R"(CREATE TABLE clause_text (
            id INTEGER PRIMARY KEY,
            clause_id INTEGER NOT NULL REFERENCES clause(id) ON DELETE CASCADE,
            language TEXT NOT NULL CHECK (length(language) = 2),
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'translated',
            reviewed_by TEXT NOT NULL DEFAULT '',
            reviewed_at TEXT,
            source_hash_at_review TEXT NOT NULL DEFAULT '',
            UNIQUE (clause_id, language)))"),
        QStringLiteral(R"(CREATE TABLE agreement (
            id INTEGER PRIMARY KEY,
            template_id INTEGER NOT NULL REFERENCES template(id) ON DELETE RESTRICT,
            party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE RESTRICT,
            reference TEXT NOT NULL UNIQUE CHECK (length(trim(reference)) > 0),
            languages TEXT NOT NULL DEFAULT 'en',
            effective_date TEXT,
            services TEXT NOT NULL DEFAULT '',
            term TEXT NOT NULL DEFAULT '',
            governing_law TEXT NOT NULL DEFAULT '',
            court TEXT NOT NULL DEFAULT '',
            notice_days INTEGER NOT NULL DEFAULT 30 CHECK (notice_days >= 0),
            notice_unit TEXT NOT NULL DEFAULT 'calendar' CHECK (notice_unit IN ('working', 'calendar')),
            objection_days INTEGER NOT NULL DEFAULT 14 CHECK (objection_days >= 0),
            objection_unit TEXT NOT NULL DEFAULT 'calendar' CHECK (objection_unit IN ('working', 'calendar')),
            breach_notification_hours INTEGER NOT NULL DEFAULT 48 CHECK (breach_notification_hours >= 0),
            audit_notice_days INTEGER NOT NULL DEFAULT 30 CHECK (audit_notice_days >= 0),
            liability_cap TEXT NOT NULL DEFAULT '',
            signatory_processor_name TEXT NOT NULL DEFAULT '',
            signatory_processor_title TEXT NOT NULL DEFAULT '',
            signatory_customer_name TEXT NOT NULL DEFAULT '',
            signatory_customer_title TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'signed')),
            signed_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX agreement_party ON agreement (party_id)"),
        QStringLiteral(R"(CREATE TABLE agreement_signed_text (
            id INTEGER PRIMARY KEY,
            agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
            language TEXT NOT NULL CHECK (length(language) = 2),
            markdown TEXT NOT NULL,
            UNIQUE (agreement_id, language)))"),
    };
}
// Version 4: translation review. The source text of a clause as it was when its translation was
// last reviewed (NULL: never reviewed), so that a later change of the source marks the translation
// "needs review" and the reviewer sees a word diff of what moved.
QStringList translationReviewSchema()
{
    return {
        QStringLiteral("ALTER TABLE clause_text ADD COLUMN source_title_at_review TEXT"),
        QStringLiteral("ALTER TABLE clause_text ADD COLUMN source_body_at_review TEXT"),
    };
}
// Version 5: choices per agreement and the workspace's term base.
// - agreement_option: whether an optional clause (by its key, which stays the same across
//   template versions) is included in one agreement; no row means the clause's default.
// - glossary_term / glossary_target: the term base the translation QA checks against, edited
//   in the GUI and kept in the workspace so that it travels with the templates.
QStringList choicesAndGlossarySchema()
{
    return {
        QStringLiteral(R"(CREATE TABLE agreement_option (
            agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
            clause_key TEXT NOT NULL CHECK (length(trim(clause_key)) > 0),
            included INTEGER NOT NULL CHECK (included IN (0, 1)),
            PRIMARY KEY (agreement_id, clause_key)))"),
        QStringLiteral(R"(CREATE TABLE glossary_term (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(source)) > 0),
            note TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE glossary_target (
            id INTEGER PRIMARY KEY,
            term_id INTEGER NOT NULL REFERENCES glossary_term(id) ON DELETE CASCADE,
            language TEXT NOT NULL CHECK (length(language) = 2),
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            forbidden INTEGER NOT NULL DEFAULT 0 CHECK (forbidden IN (0, 1)),
            position INTEGER NOT NULL DEFAULT 0,
            UNIQUE (term_id, language, text)))"),
    };
}
} // namespace

namespace Schema {

const QList<Migration>& migrations()
{
    static const QList<Migration> steps = {
        {1, QStringLiteral("Article 30 register"), registerSchema()},
        {2, QStringLiteral("Sub-processor history, planned changes and change notices"), SubProcessorSchema::statements()},
        {3, QStringLiteral("DPA templates and agreements"), templateSchema()},
        {4, QStringLiteral("Translation review"), translationReviewSchema()},
        {5, QStringLiteral("Agreement options and glossary"), choicesAndGlossarySchema()},
    };
    return steps;
}

} // namespace Schema
