#!/usr/bin/env bash
# macOS: put build/bundle/LeadApp.app (made by packaging/build-bundle.sh on a Mac) in dist/LeadApp-<version>.dmg.
# When MACOS_SIGN_IDENTITY is set, the app and the disk image are signed and notarised first
# (packaging/macos/sign-and-notarise.sh); without it the image is unsigned, for testing only.
set -euo pipefail
cd "$(dirname "$0")/../.."
APP=build/bundle/LeadApp.app
[ -d "$APP" ] || { echo "build-dmg: no $APP (run packaging/build-bundle.sh on macOS)" >&2; exit 1; }
VERSION=$(grep -m1 '^version = ' pyproject.toml | cut -d'"' -f2)
DMG=dist/LeadApp-$VERSION.dmg

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    bash packaging/macos/sign-and-notarise.sh app "$APP"
fi
STAGE=build/dmg
rm -rf "$STAGE" && mkdir -p "$STAGE" dist
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname LeadApp -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    bash packaging/macos/sign-and-notarise.sh dmg "$DMG"
fi
echo "Built $DMG"
