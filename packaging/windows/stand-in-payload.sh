#!/usr/bin/env bash
# A stand-in for the Windows one-folder bundle, shaped like it (leadapp.exe, _internal\ with LeadApp's
# resources), so the MSI definition can be built and inspected on Linux. Never ship an MSI built from it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:?output folder}
rm -rf "$OUT"
mkdir -p "$OUT/_internal/leadapp"
printf 'Stand-in for the PyInstaller leadapp.exe built on Windows.\n' > "$OUT/leadapp.exe"
cp -R "$ROOT/resources" "$OUT/_internal/leadapp/resources"
find "$OUT" -name __pycache__ -prune -exec rm -rf {} +
echo "Stand-in Windows payload in $OUT"
