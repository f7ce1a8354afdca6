#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Registro authors
#
# Takes the README's screenshots of the real application under Xvfb, on the demo workspace.
# After a build:
#     packaging/dev exec -- packaging/screenshots/take-screenshots.sh
set -eu
BUILD=${BUILD:-build}
OUT=$(dirname "$0")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$BUILD/bin/registro-cli" init --demo "$WORK/Tulipa demo.registro" >/dev/null

shot() { # shot NAME LANGUAGE SECTION
    XDG_CONFIG_HOME="$WORK/config-$1" HOME="$WORK" LANGUAGE=en LC_ALL=C.UTF-8 \
        xvfb-run -a -s "-screen 0 1280x800x24" \
        "$BUILD/bin/registro" --language "$2" --section "$3" --screenshot "$OUT/$1.png" "$WORK/Tulipa demo.registro"
    echo "$OUT/$1.png"
}
shot register en register
shot subprocessors en subprocessors
shot template-editor en dpa-templates
shot agreements en agreements
shot translation-review en translation-review
shot glossary en glossary
shot register-nl nl register
shot register-it it register

# Page images of the documents, as PNG at 60 dpi: the first page showing TEXT in PDF.
page() { # page NAME PDF TEXT
    n=1
    pages=$(pdfinfo "$2" | awk '/^Pages:/ { print $2 }')
    while [ "$n" -le "$pages" ] && ! pdftotext -f "$n" -l "$n" "$2" - | grep -q "$3"; do n=$((n + 1)); done
    pdftoppm -r 60 -png -singlefile -f "$n" -l "$n" "$2" "$OUT/$1"
    echo "$OUT/$1.png (page $n)"
}
DEMO="$WORK/Tulipa demo.registro"
cli() { QT_QPA_PLATFORM=offscreen "$BUILD/bin/registro-cli" "$@" >/dev/null; }
cli export "$DEMO" agreement DPA-ORTOFRESCO --lang en -o "$WORK/agreement.pdf"
page agreement-page1 "$WORK/agreement.pdf" "Parties"
page agreement-appendix-b "$WORK/agreement.pdf" "authorises the engagement of the following"
cli export "$DEMO" agreement DPA-ORTOFRESCO --lang it --bilingual en -o "$WORK/bilingual.pdf"
page agreement-bilingual "$WORK/bilingual.pdf" "^11\.1"
cli export "$DEMO" register --role controller -o "$WORK/register.pdf"
page register-page1 "$WORK/register.pdf" "Record of processing"
page register-page3 "$WORK/register.pdf" "Summary of processing"
cli export "$DEMO" subprocessors --as-of 2026-11-23 -o "$WORK/subprocessors.pdf"
page subprocessors-history "$WORK/subprocessors.pdf" "Changes to the list"
cli export "$DEMO" notice 3 --customer "Stichting Zorgcentrum De Linde" --date 2026-11-24 -o "$WORK/notice.pdf"
page notice-letter "$WORK/notice.pdf" "Geachte"
# The export dialog, from its test (which opens its own demo workspace).
LANGUAGE=en LC_ALL=C.UTF-8 REGISTRO_SCREENSHOT_DIR="$WORK" xvfb-run -a -s "-screen 0 1280x1000x24" \
    "$BUILD/tests/TestExportDialog" screenshots -platform xcb >/dev/null
cp "$WORK/export-dialog.png" "$OUT/export-dialog.png"
echo "$OUT/export-dialog.png"
