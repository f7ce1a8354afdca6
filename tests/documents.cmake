# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Registro authors
# Documents: the PDF and ODT writers, checked on real files with poppler-utils.
registro_add_test(TestPagedTextLayout GUI LIBRARIES registro_models)
registro_add_test(TestPdfJoiner GUI LIBRARIES registro_models SOURCES PdfProbe.h)
registro_add_test(TestPdfDocumentWriter GUI LIBRARIES registro_models SOURCES PdfProbe.h)
registro_add_test(TestRegisterDocument GUI LIBRARIES registro_models SOURCES PdfProbe.h)
add_dependencies(TestRegisterDocument registro-cli)
registro_add_test(TestAgreementDocument LIBRARIES registro_models SOURCES PdfProbe.h)
add_dependencies(TestAgreementDocument registro-cli)
registro_add_test(TestSubProcessorListDocument GUI LIBRARIES registro_models SOURCES PdfProbe.h)
registro_add_test(TestNoticeLetterDocument GUI LIBRARIES registro_models SOURCES PdfProbe.h)
add_dependencies(TestNoticeLetterDocument registro-cli)
registro_add_test(TestExportDialog GUI LIBRARIES registro_widgets SOURCES PdfProbe.h)
