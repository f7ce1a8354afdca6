#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Registro authors
#
# packaging/deb-install-check.sh [DEB]: installs the .deb built by CPack into a clean, minimal
# Debian 13 root and runs the installed programs there, so that a missing dependency or file
# shows up before a user finds it. DEB defaults to the newest build/registro_*.deb.
#
# The clean root (debootstrap --variant=minbase trixie) is created once in
# REGISTRO_CLEAN_ROOT (default /var/cache/registro/debian13-clean) and never changed: each run
# works on a throw-away copy (cp -a) that is deleted afterwards, after checking that nothing is
# mounted below it. Everything that mounts runs in `unshare --mount --propagation private`,
# like packaging/dev, so no mount outlives the command. Downloaded packages are kept in
# /var/cache/registro/deb-check-archives between runs.
#
# Environment: REGISTRO_CLEAN_ROOT, REGISTRO_MIRROR (default http://deb.debian.org/debian).
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
CLEAN=${REGISTRO_CLEAN_ROOT:-/var/cache/registro/debian13-clean}
ARCHIVES=/var/cache/registro/deb-check-archives
MIRROR=${REGISTRO_MIRROR:-http://deb.debian.org/debian}
START=$SECONDS

say() { printf '%s\n' "deb-check: $*" >&2; }
die() { printf '%s\n' "deb-check: error: $*" >&2; exit 1; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
mounts_below() {
    local path=$1
    awk -v p="$path" '$2 == p || index($2, p "/") == 1 { print $2 }' /proc/self/mounts
}

deb=${1:-}
if [[ -z "$deb" ]]; then
    deb=$(ls -t "$SRC"/build/registro_*.deb 2>/dev/null | head -n1 || true)
    [[ -n "$deb" ]] || die "no .deb given and none in build/; run: packaging/dev exec -- bash -c 'cd build && cpack -G DEB'"
fi
[[ -f "$deb" ]] || die "$deb does not exist"
deb=$(cd "$(dirname "$deb")" && pwd -P)/$(basename "$deb")
command -v unshare >/dev/null && command -v chroot >/dev/null || die "unshare and chroot are needed"

# 1. The clean root, once.
if [[ ! -f "$CLEAN/.registro-clean" ]]; then
    if [[ -e "$CLEAN" ]]; then
        [[ -z "$(mounts_below "$CLEAN")" ]] || die "$CLEAN is incomplete and has mounts below it"
        say "removing the incomplete clean root $CLEAN"
        as_root rm -rf --one-file-system "$CLEAN"
    fi
    command -v debootstrap >/dev/null || [[ -x /usr/sbin/debootstrap ]] || {
        as_root apt-get update && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y debootstrap
    }
    say "creating the clean Debian 13 root in $CLEAN (once)"
    as_root mkdir -p "$CLEAN"
    as_root unshare --mount --propagation private -- \
        env PATH="/usr/sbin:/usr/bin:/sbin:/bin:$PATH" \
        debootstrap --variant=minbase --components=main trixie "$CLEAN" "$MIRROR"
    as_root sh -c "printf 'deb %s trixie main\ndeb %s trixie-updates main\n' '$MIRROR' '$MIRROR' > '$CLEAN/etc/apt/sources.list'"
    # What a user's apt does by default, except that recommended packages stay out: the
    # check is that Depends alone make a working program.
    as_root sh -c "printf 'APT::Install-Recommends \"false\";\n' > '$CLEAN/etc/apt/apt.conf.d/90registro'"
    as_root touch "$CLEAN/.registro-clean"
fi

# 2. A throw-away copy.
work=$(as_root mktemp -d /var/tmp/registro-deb-check.XXXXXX)
cleanup() {
    local left
    left=$(mounts_below "$work")
    if [[ -n "$left" ]]; then
        say "NOT deleting $work: still mounted below it:"
        printf '%s\n' "$left" >&2
        return
    fi
    as_root rm -rf --one-file-system "$work"
}
trap cleanup EXIT
as_root cp -a "$CLEAN" "$work/root"
as_root cp "$deb" "$work/root/tmp/"
as_root mkdir -p "$ARCHIVES/partial"
say "copied the clean root in $((SECONDS - START)) s"

# 3. Install and run, inside a private mount namespace.
as_root unshare --mount --propagation private -- bash -euo pipefail -c '
    root=$1 archives=$2 debname=$3
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --make-rslave "$root/dev"
    [[ -f /etc/resolv.conf ]] && mount --bind -o ro /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    mount --bind "$archives" "$root/var/cache/apt/archives"
    exec chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin:/usr/sbin:/sbin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen debname="$debname" /bin/bash -euo pipefail -c '\''
        cd /tmp
        apt-get update -qq
        apt-get install -y -q "./$debname" >/tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }
        echo "installed: $(dpkg-query -W -f="\${Package} \${Version}" registro)"
        # Every shared library the programs need came with the dependencies.
        for program in /usr/bin/registro /usr/bin/registro-cli; do
            if ldd "$program" | grep "not found"; then echo "FAIL: $program misses libraries"; exit 1; fi
        done
        for file in /usr/share/applications/io.github.registro.Registro.desktop \
                    /usr/share/metainfo/io.github.registro.Registro.metainfo.xml \
                    /usr/share/icons/hicolor/scalable/apps/io.github.registro.Registro.svg \
                    /usr/share/mime/packages/io.github.registro.Registro.xml; do
            [[ -f "$file" ]] || { echo "FAIL: $file is not installed"; exit 1; }
        done
        registro-cli --version
        registro-cli init --demo /tmp/x.registro
        registro-cli check /tmp/x.registro
        # The demo agreement as PDF, from the installed files (fonts, platform plugin, filters).
        registro-cli export /tmp/x.registro agreement DPA-DELINDE --lang nl -o /tmp/agreement.pdf
        test -s /tmp/agreement.pdf
        head -c 5 /tmp/agreement.pdf | grep -q "%PDF-" || { echo "FAIL: not a PDF"; exit 1; }
        # A draft: rendered by the template engine plugin and its filters.
        registro-cli render /tmp/x.registro --agreement DPA-ORTOFRESCO --lang it --format md >/tmp/render.md 2>&1 || true
        grep -q "Ortofresco" /tmp/render.md || { cat /tmp/render.md; echo "FAIL: the agreement did not render"; exit 1; }
        registro-cli export /tmp/x.registro agreement DPA-ORTOFRESCO --lang en -o /tmp/draft.pdf
    '\''
' inner "$work/root" "$ARCHIVES" "$(basename "$deb")"

say "ok: $(basename "$deb") installs and runs in a clean Debian 13 ($((SECONDS - START)) s)"
