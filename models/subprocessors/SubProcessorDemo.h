// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "demo/DemoWorkspace.h"

#include <QJsonObject>
#include <QString>

class Database;

/** The sub-processor part of the demo workspace: planned changes and the notices sent so far. */
namespace SubProcessorDemo {

/**
 * Loads "planned_changes" from the demo content @p root, resolving keys through @p keys, and
 * records a few notices as sent or objected to so that the demo shows differing states.
 */
bool load(Database& db, const QJsonObject& root, const DemoWorkspace::KeyMap& keys, QString* error);

} // namespace SubProcessorDemo
