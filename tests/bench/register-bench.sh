#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Registro authors
#
# The register benchmark (not a test). Run inside the build environment, after a build:
#     packaging/dev exec -- tests/bench/register-bench.sh [FILE] [N]
# Generates FILE (default build/bench/register-100k.registro) with N activities (default
# 100000) once, then measures open-to-first-paint of the register table (median of 5 runs),
# full-text searches for a common, a middling and a rare word, and peak memory (VmHWM).
set -eu

BUILD=${BUILD:-build}
FILE=${1:-$BUILD/bench/register-100k.registro}
N=${2:-100000}
RUNS=5

if [ ! -f "$FILE" ]; then
    mkdir -p "$(dirname "$FILE")"
    "$BUILD/bin/registro-bench-generate" "$FILE" "$N"
fi

# Keep the benchmark's settings (recent files, window geometry) out of the user's.
SETTINGS_HOME=$(mktemp -d)
trap 'rm -rf "$SETTINGS_HOME"' EXIT

paint=""
rss_gui=""
i=0
while [ $i -lt $RUNS ]; do
    out=$(XDG_CONFIG_HOME="$SETTINGS_HOME" HOME="$SETTINGS_HOME" \
          "$BUILD/bin/registro" --quit-after-first-paint "$FILE" -platform offscreen 2>&1 >/dev/null)
    paint="$paint $(printf '%s\n' "$out" | awk '/^first-paint-ms/ {print $2}')"
    rss_gui=$(printf '%s\n' "$out" | awk '/^peak-rss/ {print $2}')
    i=$((i + 1))
done
median=$(printf '%s\n' $paint | sort -n | awk '{v[NR]=$1} END {print v[int((NR + 1) / 2)]}')

search=$("$BUILD/bin/registro-bench-search" "$FILE" customer newsletter quetzal)

echo
echo "Register benchmark: $FILE ($(du -h "$FILE" | cut -f1))"
echo
printf '%-44s %12s %10s\n' "Measurement" "Result" "Target"
printf '%-44s %12s %10s\n' "--------------------------------------------" "------------" "----------"
printf '%-44s %9s ms %10s\n' "Open to first paint, median of $RUNS (runs:$paint)" "$median" "< 150 ms"
open_ms=$(printf '%s\n' "$search" | awk '/^open-ms/ {print $2}')
model_ms=$(printf '%s\n' "$search" | awk '/^model-ms/ {print $2}')
printf '%-44s %9s ms %10s\n' "  of which Database::open (integrity check)" "$open_ms" ""
printf '%-44s %9s ms %10s\n' "  register model: sorted ids + 40 rows checked" "$model_ms" ""
printf '%s\n' "$search" | awk '/^search/ {
    printf "%-44s %9s ms %10s\n", "FTS search \"" $2 "\" (" $4 " matches), index only", $6, ""
    printf "%-44s %9s ms %10s\n", "FTS search \"" $2 "\", sorted ids + first rows", $8, "< 20 ms" }'
printf '%-44s %9s MB %10s\n' "Peak RSS, registro to first paint" "$((rss_gui / 1024))" "< 120 MB"
rss_search=$(printf '%s\n' "$search" | awk '/^peak-rss/ {print $2}')
printf '%-44s %9s MB %10s\n' "Peak RSS, search program" "$((rss_search / 1024))" ""
