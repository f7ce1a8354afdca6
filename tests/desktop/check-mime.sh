#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Registro authors
#
# check-mime.sh MIME_XML: compiles the shared-mime-info package into a temporary MIME database
# with update-mime-database and checks that it parses and yields our type, glob and magic.
set -euo pipefail
xml=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp "$xml" "$tmp/mime/packages/"
if ! out=$(update-mime-database -V "$tmp/mime" 2>&1); then
    printf '%s\n' "$out" >&2
    echo "FAIL: update-mime-database rejected $xml" >&2
    exit 1
fi
if grep -Eiq 'error|warning|invalid|unknown' <<<"$out"; then
    printf '%s\n' "$out" >&2
    echo "FAIL: update-mime-database complained about $xml" >&2
    exit 1
fi
grep -q '^80:application/x-registro-workspace:\*\.registro$' "$tmp/mime/globs2" \
    || { echo "FAIL: no *.registro glob in the compiled database" >&2; cat "$tmp/mime/globs2" >&2; exit 1; }
grep -aq 'application/x-registro-workspace' "$tmp/mime/magic" \
    || { echo "FAIL: no magic for application/x-registro-workspace" >&2; exit 1; }
[[ -f "$tmp/mime/application/x-registro-workspace.xml" ]] \
    || { echo "FAIL: the type was not compiled" >&2; exit 1; }
echo "ok: $xml"
