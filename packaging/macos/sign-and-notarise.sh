#!/usr/bin/env bash
# Sign LeadApp for macOS with the trust's Developer ID and have Apple notarise it.
#   sign-and-notarise.sh app build/bundle/LeadApp.app   sign the app (hardened runtime, secure timestamp)
#   sign-and-notarise.sh dmg dist/LeadApp-<version>.dmg sign the image, notarise it, staple the ticket
# The trust supplies, never this repository:
#   MACOS_SIGN_IDENTITY  "Developer ID Application: <Trust name> (<TEAMID>)", in the login keychain
#   MACOS_NOTARY_PROFILE a notarytool keychain profile, made once with
#       xcrun notarytool store-credentials <profile> --apple-id <id> --team-id <TEAMID> --password <app pw>
set -euo pipefail
KIND=${1:?app or dmg}
TARGET=${2:?path}
IDENTITY=${MACOS_SIGN_IDENTITY:?set MACOS_SIGN_IDENTITY to the trust's Developer ID Application identity}

case "$KIND" in
app)
    # Inside out: every library and plugin first, then the app itself.
    find "$TARGET/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -u+x \) -print0 |
        xargs -0 codesign --force --timestamp --options runtime --sign "$IDENTITY"
    codesign --force --timestamp --options runtime --sign "$IDENTITY" "$TARGET"
    codesign --verify --deep --strict --verbose=2 "$TARGET"
    ;;
dmg)
    PROFILE=${MACOS_NOTARY_PROFILE:?set MACOS_NOTARY_PROFILE to a notarytool keychain profile}
    codesign --force --timestamp --sign "$IDENTITY" "$TARGET"
    xcrun notarytool submit "$TARGET" --keychain-profile "$PROFILE" --wait
    xcrun stapler staple "$TARGET"
    spctl --assess --type open --context context:primary-signature --verbose "$TARGET"
    ;;
*)
    echo "usage: sign-and-notarise.sh app|dmg PATH" >&2
    exit 2
    ;;
esac
