#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Registro authors
#
# Whole-process timings of `registro-cli export` on the demo workspace (process start, opening
# the workspace, building the document, writing the file), RUNS runs each, median and range.
#
#   packaging/dev exec -- tests/bench/export-bench.sh [BUILD_DIR] [RUNS]
#
# A benchmark, not a test: it prints a table and never fails on slow numbers.
set -euo pipefail

BUILD_DIR=${1:-build}
RUNS=${2:-5}
CLI="$BUILD_DIR/bin/registro-cli"
[[ -x $CLI ]] || { echo "export-bench: build registro-cli first ($CLI not found)" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$CLI" init --demo "$WORK/demo.registro" >/dev/null

now_ms() { date +%s%N | awk '{ printf "%.1f", $1 / 1000000 }'; }

# name | arguments after "export FILE"
CASES=(
    "register controller nl PDF|register --role controller --lang nl -o $WORK/out.pdf"
    "register controller nl PDF/A|register --role controller --lang nl --pdfa -o $WORK/out.pdf"
    "register processor en PDF|register --role processor --lang en -o $WORK/out.pdf"
    "register both fr PDF|register --lang fr -o $WORK/out.pdf"
    "register controller nl ODT|register --role controller --lang nl --format odt -o $WORK/out.odt"
    "sub-processors en PDF|subprocessors --as-of 2026-11-23 -o $WORK/out.pdf"
)

printf '%-32s %6s %10s %10s %10s\n' "export" "pages" "median ms" "min ms" "max ms"
printf '%-32s %6s %10s %10s %10s\n' "--------------------------------" "------" "----------" "----------" "----------"
for case in "${CASES[@]}"; do
    name=${case%%|*}
    read -r -a args <<<"${case#*|}"
    times=()
    for ((i = 0; i < RUNS; i++)); do
        start=$(now_ms)
        "$CLI" export "$WORK/demo.registro" "${args[@]}" >/dev/null
        end=$(now_ms)
        times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')")
    done
    sorted=$(printf '%s\n' "${times[@]}" | sort -n)
    median=$(printf '%s\n' "$sorted" | awk -v n="$RUNS" 'NR == int((n + 1) / 2) { print }')
    min=$(printf '%s\n' "$sorted" | head -1)
    max=$(printf '%s\n' "$sorted" | tail -1)
    out="${args[-1]}"
    pages="-"
    if [[ $out == *.pdf ]] && command -v pdfinfo >/dev/null; then
        pages=$(pdfinfo "$out" | awk '/^Pages:/ { print $2 }')
    fi
    printf '%-32s %6s %10s %10s %10s\n' "$name" "$pages" "$median" "$min" "$max"
done
