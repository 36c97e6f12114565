#!/usr/bin/env bash
# Build LeadApp-<version>.msi from a Windows one-folder bundle (leadapp.exe + _internal\) with wixl.
# Usage: packaging/windows/build-msi.sh PAYLOAD_FOLDER OUT.msi
# The payload is built by PyInstaller on Windows (see .github/workflows/release.yml); here a stand-in
# folder is enough to build and inspect the installer's tables (tests/packaging).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PAYLOAD=${1:?payload folder}
OUT=${2:?output msi}
VERSION=$(grep -m1 '^version = ' "$ROOT/pyproject.toml" | cut -d'"' -f2)
ICON=${LEADAPP_ICO:-$ROOT/build/icons/leadapp.ico}
[ -f "$PAYLOAD/leadapp.exe" ] || { echo "build-msi: no leadapp.exe in $PAYLOAD" >&2; exit 1; }
[ -f "$ICON" ] || { echo "build-msi: no icon at $ICON (run packaging/make_icons.py)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# wixl takes source paths relative to where it runs: give it one folder with short names.
ln -s "$(cd "$PAYLOAD" && pwd)" "$WORK/payload"
cp "$ICON" "$WORK/leadapp.ico"
cp "$ROOT/packaging/windows/leadapp.wxs" "$WORK/"
(cd "$WORK" && find payload/ -type f | sort) \
    | wixl-heat --win64 --prefix payload/ --var var.SourceDir --directory-ref INSTALLDIR --component-group LeadAppFiles \
    > "$WORK/files.wxs"
mkdir -p "$(dirname "$OUT")"
OUT=$(cd "$(dirname "$OUT")" && pwd)/$(basename "$OUT")
(cd "$WORK" && wixl --arch x64 -D Win64=yes -D Version="$VERSION" -D SourceDir=payload -D IconFile=leadapp.ico \
    -o "$OUT" leadapp.wxs files.wxs)
echo "Built $OUT"
