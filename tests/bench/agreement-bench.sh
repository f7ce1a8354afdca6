#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Registro authors
#
# Whole-process timings of agreement exports on the demo workspace, and the comparison with
# LibreOffice (what a legal team would otherwise use to turn the agreement into a PDF):
#
#   - the demo agreement DPA-ORTOFRESCO in English as PDF (PDF/A, as agreements are exported);
#   - the bundle: every template language (en, nl, it, fr), one after the other in one PDF;
#   - the bilingual version (Italian and English side by side);
#   - the English agreement as ODT, then `soffice --headless --convert-to pdf` of that ODT,
#     run alternately with Registro's English PDF in the same session, and the ratio of the medians;
#   - the instructions each export executes (callgrind, all threads): unlike wall time, the same
#     on a loaded or a quiet machine, so a change can be measured where the clock is noisy.
#
#   packaging/dev exec -- tests/bench/agreement-bench.sh [BUILD_DIR] [RUNS]
#
# LibreOffice and valgrind are not build dependencies: when `soffice` or `valgrind` is missing the
# script installs libreoffice-writer-nogui or valgrind with apt (inside the build environment;
# needs root there, which packaging/dev gives). A benchmark, not a test: it prints a table and
# never fails on slow numbers.
set -euo pipefail

BUILD_DIR=${1:-build}
RUNS=${2:-7}
CLI="$BUILD_DIR/bin/registro-cli"
[[ -x $CLI ]] || { echo "agreement-bench: build registro-cli first ($CLI not found)" >&2; exit 1; }
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

# Installs Debian package $2 when command $1 is missing, if it can.
ensure() {
    command -v "$1" >/dev/null && return
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        echo "agreement-bench: installing $2" >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" >/dev/null \
            || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                "$2" >/dev/null; }
    else
        echo "agreement-bench: $1 not found and cannot install $2; its rows are left out" >&2
    fi
}
ensure soffice libreoffice-writer-nogui
ensure valgrind valgrind

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$CLI" init --demo "$WORK/demo.registro" >/dev/null
AGREEMENT=DPA-ORTOFRESCO
# The demo issues this agreement in Italian only; for the bundle it is issued in all four
# template languages here (on the benchmark's own copy).
sqlite3 "$WORK/demo.registro" "UPDATE agreement SET languages = 'it,en,nl,fr' WHERE reference = '$AGREEMENT'"

now_ns() { date +%s%N; }
# Runs "$@" once and prints its wall time in ms.
timed() {
    local start end
    start=$(now_ns)
    "$@" >/dev/null 2>&1
    end=$(now_ns)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) / 1000000 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
minimum() { sort -n | head -1; }
maximum() { sort -n | tail -1; }
pages() { if [[ $1 == *.pdf ]] && command -v pdfinfo >/dev/null; then pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; else echo -; fi; }
row() { # name pages times...
    local name=$1 count=$2
    shift 2
    local all
    all=$(printf '%s\n' "$@")
    printf '%-44s %6s %10s %10s %10s\n' "$name" "$count" "$(median <<<"$all")" "$(minimum <<<"$all")" "$(maximum <<<"$all")"
}

printf '%-44s %6s %10s %10s %10s\n' "export (whole process)" "pages" "median ms" "min ms" "max ms"
printf '%-44s %6s %10s %10s %10s\n' "--------------------------------------------" "------" "----------" "----------" "----------"

# Registro alone.
declare -A CASES=(
    ["agreement en PDF/A"]="--lang en -o $WORK/en.pdf"
    ["bundle en+nl+it+fr PDF/A"]="--lang all -o $WORK/all.pdf"
    ["bilingual it | en PDF/A"]="--lang it --bilingual en -o $WORK/bilingual.pdf"
    ["agreement en ODT"]="--lang en -o $WORK/en.odt"
)
for name in "agreement en PDF/A" "bundle en+nl+it+fr PDF/A" "bilingual it | en PDF/A" "agreement en ODT"; do
    read -r -a args <<<"${CASES[$name]}"
    "$CLI" export "$WORK/demo.registro" agreement "$AGREEMENT" "${args[@]}" >/dev/null # warm the page cache
    times=()
    for ((i = 0; i < RUNS; i++)); do
        times+=("$(timed "$CLI" export "$WORK/demo.registro" agreement "$AGREEMENT" "${args[@]}")")
    done
    row "$name" "$(pages "${args[-1]}")" "${times[@]}"
done

# Registro against LibreOffice on the same English agreement, alternately.
if command -v soffice >/dev/null; then
    profile="file://$WORK/lo-profile"
    convert() { soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$WORK/lo" "$WORK/en.odt"; }
    convert >/dev/null 2>&1 # the first start creates the profile; not measured
    ours=()
    theirs=()
    for ((i = 0; i < RUNS; i++)); do
        ours+=("$(timed "$CLI" export "$WORK/demo.registro" agreement "$AGREEMENT" --lang en -o "$WORK/en.pdf")")
        theirs+=("$(timed convert)")
    done
    row "Registro: agreement en PDF/A (alternating)" "$(pages "$WORK/en.pdf")" "${ours[@]}"
    row "LibreOffice: soffice --convert-to pdf en.odt" "$(pages "$WORK/lo/en.pdf")" "${theirs[@]}"
    a=$(printf '%s\n' "${ours[@]}" | median)
    b=$(printf '%s\n' "${theirs[@]}" | median)
    awk -v a="$a" -v b="$b" 'BEGIN { printf "\nLibreOffice / Registro (medians): %.1fx\n", b / a }'
    echo "LibreOffice: $(soffice --version 2>/dev/null | head -1)"
fi
# Instructions, all threads together (callgrind counts them; the run is 50 times slower).
if command -v valgrind >/dev/null; then
    echo
    printf '%-44s %14s\n' "export (whole process)" "instructions"
    for name in "agreement en PDF/A" "bundle en+nl+it+fr PDF/A"; do
        read -r -a args <<<"${CASES[$name]}"
        count=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$CLI" export "$WORK/demo.registro" agreement \
            "$AGREEMENT" "${args[@]}" 2>&1 | awk '/Collected/ { print $4 }')
        printf '%-44s %14s\n' "$name" "$(printf "%'d" "$count")"
    done
fi
echo "Machine: $(nproc) cores; $(date -u +%Y-%m-%d)"
