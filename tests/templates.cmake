# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Registro authors
registro_add_test(TestClauseNumbering LIBRARIES registro_models)
registro_add_test(TestTemplateImporter LIBRARIES registro_models)
registro_add_test(TestTemplateRenderer LIBRARIES registro_models)
registro_add_test(TestAgreementRepository LIBRARIES registro_models)
registro_add_test(TestTemplateSyntax GUI LIBRARIES registro_models KF6::SyntaxHighlighting)
registro_add_test(TestTemplateCommands LIBRARIES registro_models)
registro_add_test(TestTemplateEditorView GUI LIBRARIES registro_widgets)
