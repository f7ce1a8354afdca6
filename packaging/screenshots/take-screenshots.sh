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
shot register-nl nl register
shot register-it it register
# The export dialog, from its test (which opens its own demo workspace).
LANGUAGE=en LC_ALL=C.UTF-8 REGISTRO_SCREENSHOT_DIR="$WORK" xvfb-run -a -s "-screen 0 1280x1000x24" \
    "$BUILD/tests/TestExportDialog" screenshots -platform xcb >/dev/null
cp "$WORK/export-dialog.png" "$OUT/export-dialog.png"
echo "$OUT/export-dialog.png"
