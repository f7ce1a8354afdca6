#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Registro authors
#
# Takes the README's screenshots under Xvfb on the demo workspace. After a build:
#     packaging/dev exec -- docs/screenshots/take-screenshots.sh
set -eu
BUILD=${BUILD:-build}
OUT=$(dirname "$0")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$BUILD/bin/registro-cli" init --demo "$WORK/Tulipa demo.registro" >/dev/null
XDG_CONFIG_HOME="$WORK" HOME="$WORK" LANGUAGE=en LC_ALL=C.UTF-8 \
    xvfb-run -a -s "-screen 0 1400x900x24" \
    "$BUILD/bin/registro" --screenshot "$OUT/register.png" "$WORK/Tulipa demo.registro"
echo "$OUT/register.png"
