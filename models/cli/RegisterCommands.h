// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "cli/CommandLine.h"

/** registro-cli init, check and list: the workspace and its register. */
namespace RegisterCommands {

QList<CommandLine::Command> commands();

int init(CommandLine::Context& context);
int check(CommandLine::Context& context);
int list(CommandLine::Context& context);

} // namespace RegisterCommands
