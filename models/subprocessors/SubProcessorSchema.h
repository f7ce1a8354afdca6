// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QStringList>

/** The schema step of the sub-processor features: list history, planned changes, notices. */
namespace SubProcessorSchema {

/** Statements that add the tables and record the existing list as its first version. */
QStringList statements();

} // namespace SubProcessorSchema
