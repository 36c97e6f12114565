#!/usr/bin/env bash
# Install the Debian tools the packaging build and its test need, and the libraries the .deb depends on
# (so `dpkg -i` can configure it), but only those missing: on a machine that has them this does nothing.
# Needs root (CI runs as root); without root it lists what is missing and stops.
set -euo pipefail
cd "$(dirname "$0")"

# objdump for PyInstaller; wixl/msiinfo for the MSI; validators for the menu entry and metainfo.
TOOLS="binutils wixl msitools appstream desktop-file-utils"
# The .deb's Depends, first choice of each alternative, without version constraints.
RUNTIME=$(sed -n 's/^Depends: //p' control.in | tr ',' '\n' | sed 's/([^)]*)//g')

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }
refreshed=""
refresh_once() {
    # apt-cache knows nothing on a fresh machine until the package lists are fetched.
    if [ -z "$refreshed" ] && [ "$(id -u)" -eq 0 ]; then apt-get update -qq; fi
    refreshed=yes
}

missing=()
for package in $TOOLS; do
    installed "$package" || missing+=("$package")
done
while IFS= read -r choice; do
    [ -n "${choice// /}" ] || continue
    found=""
    for alternative in ${choice//|/ }; do
        if installed "$alternative"; then found=yes; break; fi
    done
    [ -n "$found" ] && continue
    refresh_once
    for alternative in ${choice//|/ }; do
        # Debian 13 renamed some libraries (…t64): take the first name this release offers.
        if apt-cache show "$alternative" >/dev/null 2>&1; then
            missing+=("$alternative"); found=yes; break
        fi
    done
    [ -n "$found" ] || missing+=("${choice%%|*}")
done <<< "$RUNTIME"

if [ ${#missing[@]} -eq 0 ]; then
    echo "build-deps: everything needed is installed."
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "build-deps: missing ${missing[*]}; install them as root: apt-get install -y ${missing[*]}" >&2
    exit 1
fi
echo "build-deps: installing ${missing[*]}"
refresh_once
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 \
    "${missing[@]}"
