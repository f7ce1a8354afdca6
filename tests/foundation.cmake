# SPDX-License-Identifier: GPL-3.0-or-later
# Foundation: the workspace, the register's repositories and checks, the demo and the CLI.
registro_add_test(TestActivityRepository LIBRARIES registro_models)
registro_add_test(TestCatalogRepository LIBRARIES registro_models)
registro_add_test(TestRegisterChecker LIBRARIES registro_models)
registro_add_test(TestDemoWorkspace LIBRARIES registro_models)
registro_add_test(TestRegisterCommands LIBRARIES registro_models)
registro_add_test(TestSettings LIBRARIES registro_models)
registro_add_test(TestVerifiedWorkspace LIBRARIES registro_models)
