// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

/**
 * The merge ids of the register's undo commands, in one enum: consecutive commands with the same
 * id on the same record merge into one undo step (QUndoCommand::id()).
 */
enum class RegisterUndoId {
    None = -1, ///< never merges
    ActivityName = 1,
    ActivityDescription,
    ActivityDepartment,
    ActivityOwner,
    ActivityLegalBasisNotes,
    ActivityErasure,
    ActivitySecurityDescription,
    ActivityDpiaReference,
    ActivityNotes,
    CategoryText = 100,
    MeasureText = 200,
};
