# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Registro authors

registro_add_test(TestWorkingDayCalendar LIBRARIES registro_models)
registro_add_test(TestSubProcessorHistory LIBRARIES registro_models)
registro_add_test(TestNoticeSchedule LIBRARIES registro_models)
registro_add_test(TestSubProcessorChecker LIBRARIES registro_models)
registro_add_test(TestSubProcessorCommands LIBRARIES registro_models)
add_dependencies(TestSubProcessorCommands registro-cli)
registro_add_test(TestNoticeLetter LIBRARIES registro_models)
