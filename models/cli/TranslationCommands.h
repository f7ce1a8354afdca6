// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "cli/CommandLine.h"

/** registro-cli qa and xliff: translation QA and XLIFF 2.0 exchange of a workspace's templates. */
namespace TranslationCommands {

QList<CommandLine::Command> commands();

int qa(CommandLine::Context& context);
int xliff(CommandLine::Context& context);

} // namespace TranslationCommands
