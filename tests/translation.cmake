# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Registro authors

# Translation review: segments, QA checks, glossary, word diff, XLIFF 2.0, registro-cli qa-file.
# The tests read the shipped sample template from the source tree (REGISTRO_RESOURCES_DIR).
foreach(test IN ITEMS TestClauseSegment TestNumberWords TestGlossary TestGlossaryRepository TestGlossaryTableModel TestTranslationQa TestWordDiff TestXliffFile TestTranslationFileCommands
                    TestTranslationReviewRepository)
    registro_add_test(${test} LIBRARIES registro_models)
    target_compile_definitions(${test} PRIVATE REGISTRO_RESOURCES_DIR="${PROJECT_SOURCE_DIR}/resources")
endforeach()
registro_add_test(TestTranslationReviewView GUI LIBRARIES registro_widgets)
registro_add_test(TestGlossaryEditor GUI LIBRARIES registro_widgets)
