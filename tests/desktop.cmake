# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Registro authors

# Desktop integration, translations and the settings/about/help dialogs.
set(REGISTRO_LINUX_DIR ${PROJECT_SOURCE_DIR}/packaging/linux)

find_program(APPSTREAMCLI appstreamcli)
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(UPDATE_MIME_DATABASE update-mime-database)
if(APPSTREAMCLI)
    add_test(NAME metainfo-validate
        COMMAND ${APPSTREAMCLI} validate --no-net --explain ${REGISTRO_LINUX_DIR}/io.github.registro.Registro.metainfo.xml)
endif()
if(DESKTOP_FILE_VALIDATE)
    add_test(NAME desktop-file-validate
        COMMAND ${DESKTOP_FILE_VALIDATE} ${REGISTRO_LINUX_DIR}/io.github.registro.Registro.desktop)
    # desktop-file-validate prints its findings and still exits 0 for hints; any line is a failure.
    set_tests_properties(desktop-file-validate PROPERTIES FAIL_REGULAR_EXPRESSION "error|warning|hint")
endif()
if(UPDATE_MIME_DATABASE)
    add_test(NAME mime-type-validate
        COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/desktop/check-mime.sh ${REGISTRO_LINUX_DIR}/io.github.registro.Registro.xml)
endif()

# Runs lupdate into temporary copies first, so strings that were never extracted count too.
add_test(NAME translations-complete
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/desktop/check-translations.py ${PROJECT_SOURCE_DIR}
        --lupdate $<TARGET_FILE:Qt6::lupdate>
        --project ${CMAKE_BINARY_DIR}/translations/.lupdate/lupdate_project.cmake
        --generator ${Qt6LinguistTools_DIR}/GenerateLUpdateProject.cmake
        --cmake ${CMAKE_COMMAND})

registro_add_test(TestTranslator LIBRARIES registro_models)
registro_add_test(TestSettingsDialog GUI LIBRARIES registro_widgets Qt6::Svg)
target_compile_definitions(TestSettingsDialog PRIVATE REGISTRO_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

# The Flatpak manifest cannot be built offline; at least it must stay valid JSON.
add_test(NAME flatpak-manifest-json
    COMMAND python3 -m json.tool ${PROJECT_SOURCE_DIR}/packaging/flatpak/io.github.registro.Registro.json)
set_tests_properties(flatpak-manifest-json PROPERTIES FAIL_REGULAR_EXPRESSION "Expecting|Invalid")

registro_add_test(TestWorkspaceMimeType LIBRARIES registro_models)
target_compile_definitions(TestWorkspaceMimeType PRIVATE REGISTRO_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
