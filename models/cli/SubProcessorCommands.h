// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "cli/CommandLine.h"

/** registro-cli subprocessors list|diff|deadlines: the sub-processor list, its history and notices. */
namespace SubProcessorCommands {

QList<CommandLine::Command> commands();

/** Dispatches to list, diff or deadlines by the first argument. */
int subprocessors(CommandLine::Context& context);

} // namespace SubProcessorCommands
