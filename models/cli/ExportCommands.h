// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "cli/CommandLine.h"

/** registro-cli export: the register and the sub-processor list as PDF or ODT. */
namespace ExportCommands {

QList<CommandLine::Command> commands();

int exportDocument(CommandLine::Context& context);

} // namespace ExportCommands
