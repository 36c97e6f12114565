#!/usr/bin/env bash
# Build the wheel, install it (not editable) into build/pack-venv with PyInstaller, draw the icons, and
# freeze the one-folder bundle into build/bundle/leadapp. Every installer is made from that folder.
# Usage: packaging/build-bundle.sh [PYTHON]   (PYTHON makes the venv; default python3)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${1:-python3}
VENV=build/pack-venv

# The wheel is built from a clean copy of the source: setuptools' build/lib and the editable install's
# leadapp.egg-info/SOURCES.txt in the checkout would carry in modules the package itself leaves out.
rm -rf build/source build/wheel
mkdir -p build/source
tar --exclude=./build --exclude=./dist --exclude=./.venv --exclude=./.git --exclude='*.egg-info' \
    --exclude=__pycache__ --exclude=./docs -cf - . | tar -C build/source -xf -
"$PYTHON" -m pip wheel --quiet --no-deps -w build/wheel build/source
[ -d "$VENV/bin" ] || [ -d "$VENV/Scripts" ] || "$PYTHON" -m venv "$VENV"
VBIN=$VENV/bin
[ -d "$VBIN" ] || VBIN=$VENV/Scripts  # Windows
# A fresh copy of LeadApp each time, so nothing left from an earlier build hides a missing file.
"$VBIN/python" -m pip uninstall --quiet --yes leadapp >/dev/null 2>&1 || true
WHEEL=$(ls build/wheel/leadapp-*.whl)
"$VBIN/python" -m pip install --quiet --no-warn-script-location "$WHEEL[packaging]"

"$VBIN/python" packaging/make_icons.py build/icons
rm -rf build/bundle
"$VBIN/pyinstaller" --noconfirm --log-level WARN --distpath build/bundle --workpath build/pyinstaller \
    packaging/leadapp.spec
echo "Bundle: build/bundle/leadapp ($(du -sm build/bundle/leadapp | cut -f1) MB installed)"
