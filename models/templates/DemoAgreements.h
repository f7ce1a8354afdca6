// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "demo/DemoWorkspace.h"

#include <QJsonObject>

/** The demo's part for DPA templates: the sample template and the "agreements" section. */
namespace DemoAgreements {

/**
 * Imports the shipped sample template and creates the agreements of @p root's "agreements"
 * section (customers by their demo keys in @p keys); signed ones are signed with the text
 * rendered from the demo register. Runs inside DemoWorkspace's transaction.
 */
bool load(Database& db, const QJsonObject& root, const DemoWorkspace::KeyMap& keys, QString* error);

} // namespace DemoAgreements
