# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Registro authors
registro_add_test(TestActivityTableModel GUI LIBRARIES registro_models)
registro_add_test(TestRecentFiles LIBRARIES registro_models)
registro_add_test(TestMainWindow GUI LIBRARIES registro_widgets)
