#!/usr/bin/env bash
# From the bundle (packaging/build-bundle.sh) build, in dist/:
#   leadapp_<version>_amd64.deb            installs under /opt/leadapp, /usr/bin/leadapp, menu entry, icons
#   leadapp-<version>-linux-x86_64.tar.gz  per-user: ./install.sh puts it in ~/.local, no admin rights
set -euo pipefail
cd "$(dirname "$0")/../.."
BUNDLE=build/bundle/leadapp
ICONS=build/icons
HERE=packaging/linux
APP_ID=org.leadapp.LeadApp
[ -x "$BUNDLE/leadapp" ] || { echo "build-linux: no bundle in $BUNDLE (run packaging/build-bundle.sh)" >&2; exit 1; }
VERSION=$(grep -m1 '^version = ' pyproject.toml | cut -d'"' -f2)
umask 022

# The shared part of both: menu entry, icons in the hicolor sizes, AppStream metainfo.
SHARE=build/linux/share
rm -rf build/linux && mkdir -p "$SHARE/applications" "$SHARE/metainfo" "$SHARE/icons/hicolor/scalable/apps"
cp "$HERE/$APP_ID.desktop" "$SHARE/applications/"
sed "s/@VERSION@/$VERSION/; s/@DATE@/$(date -u +%Y-%m-%d)/" "$HERE/$APP_ID.metainfo.xml" \
    > "$SHARE/metainfo/$APP_ID.metainfo.xml"
cp "$ICONS/leadapp.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
    cp "$ICONS/leadapp-$size.png" "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
desktop-file-validate "$SHARE/applications/$APP_ID.desktop"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic "$SHARE/metainfo/$APP_ID.metainfo.xml" >/dev/null || \
        appstreamcli validate --no-net "$SHARE/metainfo/$APP_ID.metainfo.xml"
fi

# The .deb
ROOT=build/linux/deb
mkdir -p "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/doc/leadapp" "$ROOT/DEBIAN"
cp -a "$BUNDLE" "$ROOT/opt/leadapp"
ln -s ../../opt/leadapp/leadapp "$ROOT/usr/bin/leadapp"
cp -R "$SHARE/." "$ROOT/usr/share/"
cp resources/fonts/LICENSE-DejaVu.txt "$ROOT/usr/share/doc/leadapp/"
printf 'LeadApp %s\nLicence: MIT. Fonts: DejaVu (see LICENSE-DejaVu.txt). Qt (PySide6): LGPL-3.0.\n' \
    "$VERSION" > "$ROOT/usr/share/doc/leadapp/copyright"
SIZE=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
# The bundle needs at least the C library it was built against.
GLIBC=$(getconf GNU_LIBC_VERSION | cut -d' ' -f2)
sed "s/@VERSION@/$VERSION/; s/@SIZE@/$SIZE/; s/@GLIBC@/$GLIBC/" "$HERE/control.in" > "$ROOT/DEBIAN/control"
mkdir -p dist
DEB=dist/leadapp_${VERSION}_amd64.deb
dpkg-deb --root-owner-group -Zxz -z3 --build "$ROOT" "$DEB" >/dev/null
echo "Built $DEB ($(du -m "$DEB" | cut -f1) MB; $((SIZE / 1024)) MB installed)"

# The per-user archive
NAME=leadapp-$VERSION
TREE=build/linux/tar/$NAME
mkdir -p "$TREE"
cp -a "$BUNDLE" "$TREE/app"
cp -R "$SHARE" "$TREE/share"
cp "$HERE/install.sh" "$HERE/uninstall.sh" "$TREE/"
TARBALL=dist/$NAME-linux-x86_64.tar.gz
tar -C build/linux/tar -czf "$TARBALL" "$NAME"
echo "Built $TARBALL ($(du -m "$TARBALL" | cut -f1) MB)"
