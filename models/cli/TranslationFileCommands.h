// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "cli/CommandLine.h"

/** registro-cli qa-file: translation QA on a template file in the "registro-template" JSON format. */
namespace TranslationFileCommands {

QList<CommandLine::Command> commands();

int qaFile(CommandLine::Context& context);

} // namespace TranslationFileCommands
