// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QByteArray>
#include <QString>

class Database;

/**
 * Imports a template file ("format": "registro-template", as resources/templates/sample-dpa.json)
 * into a workspace. The whole file is checked before anything is written; a malformed file is
 * refused with a message saying what is wrong and the workspace is left unchanged.
 */
class TemplateImporter
{
public:
    /** The shipped sample DPA. */
    static QByteArray sampleJson();
    /** Imports @p json; returns the new template's id, or 0 with @p error set. */
    static qint64 importJson(Database& db, const QByteArray& json, QString* error);
    static qint64 importFile(Database& db, const QString& path, QString* error);
    /** Imports the shipped sample DPA. */
    static qint64 importSample(Database& db, QString* error);
};
