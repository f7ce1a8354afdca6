// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "subprocessors/SubProcessorSchema.h"

namespace SubProcessorSchema {

QStringList statements()
{
    return {
        // One row per version of a sub-processor; valid_to is exclusive, NULL while current.
        // No foreign key: the history outlives a deleted sub-processor. SQLite may give a new
        // sub-processor the id of a deleted one, so the versions of one sub-processor share a
        // lineage: the id of its first version (minus the sub-processor's id for the versions
        // this migration records).
        QStringLiteral(R"(CREATE TABLE subprocessor_version (
            id INTEGER PRIMARY KEY,
            subprocessor_id INTEGER NOT NULL,
            lineage INTEGER NOT NULL,
            legal_name TEXT NOT NULL,
            valid_from TEXT NOT NULL,
            valid_to TEXT CHECK (valid_to IS NULL OR valid_to >= valid_from),
            recorded_at TEXT NOT NULL,
            snapshot TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX subprocessor_version_period ON subprocessor_version (valid_from, valid_to)"),
        QStringLiteral("CREATE INDEX subprocessor_version_sp ON subprocessor_version (subprocessor_id)"),
        QStringLiteral(R"(INSERT INTO subprocessor_version (subprocessor_id, lineage, legal_name, valid_from, valid_to, recorded_at, snapshot)
            SELECT s.id, -s.id, s.legal_name, COALESCE(s.date_added, date('now')), NULL, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
                json_object('legal_name', s.legal_name, 'service', s.service,
                    'processing_actions', s.processing_actions,
                    'countries', json((SELECT json_group_array(country) FROM (SELECT country FROM subprocessor_location
                        WHERE subprocessor_id = s.id ORDER BY country))),
                    'safeguard', s.safeguard, 'scc_module', s.scc_module, 'website', s.website,
                    'contact_email', s.contact_email, 'status', s.status, 'date_added', s.date_added,
                    'date_removed', s.date_removed,
                    'data_categories', json((SELECT json_group_array(name) FROM (SELECT c.name FROM subprocessor_data_category l
                        JOIN data_category c ON c.id = l.data_category_id WHERE l.subprocessor_id = s.id
                        ORDER BY c.name COLLATE NOCASE))),
                    'notes', s.notes)
            FROM subprocessor s)"),
        QStringLiteral(R"(CREATE TABLE planned_change (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('add', 'replace', 'remove')),
            subprocessor_id INTEGER NOT NULL REFERENCES subprocessor(id) ON DELETE CASCADE,
            replaces_id INTEGER REFERENCES subprocessor(id) ON DELETE SET NULL,
            effective_date TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            CHECK ((kind = 'replace') = (replaces_id IS NOT NULL)),
            CHECK (replaces_id IS NULL OR replaces_id <> subprocessor_id)))"),
        QStringLiteral("CREATE INDEX planned_change_effective ON planned_change (effective_date)"),
        QStringLiteral(R"(CREATE TABLE change_notice (
            id INTEGER PRIMARY KEY,
            planned_change_id INTEGER NOT NULL REFERENCES planned_change(id) ON DELETE CASCADE,
            party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE,
            sent_date TEXT,
            objection_received INTEGER NOT NULL DEFAULT 0 CHECK (objection_received IN (0, 1)),
            objection_date TEXT,
            notes TEXT NOT NULL DEFAULT '',
            UNIQUE (planned_change_id, party_id)))"),
        QStringLiteral("CREATE INDEX change_notice_party ON change_notice (party_id)"),
    };
}

} // namespace SubProcessorSchema
