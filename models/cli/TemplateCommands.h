// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "cli/CommandLine.h"

/** registro-cli render: an agreement as Markdown or HTML. */
namespace TemplateCommands {

QList<CommandLine::Command> commands();

int render(CommandLine::Context& context);

} // namespace TemplateCommands
