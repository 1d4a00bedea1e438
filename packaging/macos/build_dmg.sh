#!/usr/bin/env bash
# Build Steward.app and a signed, notarised, stapled Steward-<version>.dmg on macOS.
#
#   packaging/macos/build_dmg.sh
#
# Identity and credentials come from the environment, never from the repository:
#   STEWARD_CODESIGN_IDENTITY   "Developer ID Application: <Name> (<TEAMID>)", a certificate in
#                               the login keychain (or the one the release workflow imports)
#   notarisation, either        STEWARD_NOTARY_PROFILE  a profile saved once with
#                               `xcrun notarytool store-credentials <profile> --apple-id ...`
#   or all of                   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD (an app-specific
#                               password from appleid.apple.com)
# Explicit opt-outs, for local builds only (Gatekeeper blocks such a dmg on other Macs):
#   STEWARD_SKIP_SIGNING=1       ad-hoc signature, no notarisation
#   STEWARD_SKIP_NOTARIZATION=1  signed but not notarised
# Anything else missing is an error, so a release can never ship unsigned by accident.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/packaging/macos"
cd "$ROOT"
PY="${PY:-$ROOT/.venv/bin/python}"

die() { echo "build_dmg: $*" >&2; exit 1; }
[ "$(uname -s)" = Darwin ] || die "run this on macOS (PyInstaller does not cross-compile)"
for tool in codesign xcrun hdiutil; do command -v "$tool" >/dev/null || die "$tool is missing (install the Xcode command line tools)"; done
[ -x "$PY" ] || die "no Python at $PY (run: make dist, or set PY)"

SKIP_SIGNING="${STEWARD_SKIP_SIGNING:-0}"
SKIP_NOTARIZATION="${STEWARD_SKIP_NOTARIZATION:-$SKIP_SIGNING}"
IDENTITY="${STEWARD_CODESIGN_IDENTITY:-}"
if [ "$SKIP_SIGNING" != 1 ] && [ -z "$IDENTITY" ]; then
  die "STEWARD_CODESIGN_IDENTITY is not set (a 'Developer ID Application: ...' identity; see
  security find-identity -v -p codesigning). Set STEWARD_SKIP_SIGNING=1 for an unsigned local build."
fi
notary_args=()
if [ "$SKIP_NOTARIZATION" != 1 ]; then
  if [ -n "${STEWARD_NOTARY_PROFILE:-}" ]; then
    notary_args=(--keychain-profile "$STEWARD_NOTARY_PROFILE")
  elif [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    notary_args=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
  else
    die "no notarisation credentials: set STEWARD_NOTARY_PROFILE, or APPLE_ID, APPLE_TEAM_ID and
  APPLE_APP_PASSWORD. Set STEWARD_SKIP_NOTARIZATION=1 to sign without notarising."
  fi
fi

VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' app/__init__.py)"
APP="dist/Steward.app"
DMG="dist/Steward-$VERSION.dmg"
ENTITLEMENTS="$HERE/entitlements.plist"

echo "build_dmg: building $APP"
rm -rf build dist/Steward dist/Steward.app "$DMG"
if [ "$SKIP_SIGNING" = 1 ]; then
  # PyInstaller signs ad hoc (arm64 Macs refuse unsigned code).
  env -u STEWARD_CODESIGN_IDENTITY "$PY" -m PyInstaller --noconfirm --clean packaging/steward.spec
else
  # With an identity, PyInstaller signs every binary it collects, then the bundle.
  STEWARD_CODESIGN_IDENTITY="$IDENTITY" "$PY" -m PyInstaller --noconfirm --clean packaging/steward.spec
  # The outer signature again, explicitly with the hardened runtime, a secure timestamp and the
  # entitlements: notarisation rejects anything less.
  codesign --force --options runtime --timestamp --entitlements "$ENTITLEMENTS" \
    --sign "$IDENTITY" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
fi

echo "build_dmg: frozen self-check and smoke test"
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
"$APP/Contents/MacOS/Steward" --data-dir "$SCRATCH/data" --self-check
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/Steward" --data-dir "$SCRATCH/data" --smoke-test

echo "build_dmg: building $DMG"
"$PY" -m dmgbuild -s "$HERE/dmg_settings.py" -D app="$APP" "Steward $VERSION" "$DMG"

if [ "$SKIP_SIGNING" != 1 ]; then
  codesign --force --timestamp --sign "$IDENTITY" "$DMG"
fi
if [ "$SKIP_NOTARIZATION" != 1 ]; then
  echo "build_dmg: notarising (this waits for Apple, usually a few minutes)"
  xcrun notarytool submit "$DMG" "${notary_args[@]}" --wait --output-format json \
    | tee "$SCRATCH/notary.json"
  status="$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["status"])' "$SCRATCH/notary.json")"
  if [ "$status" != "Accepted" ]; then
    id="$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$SCRATCH/notary.json")"
    xcrun notarytool log "$id" "${notary_args[@]}" || true
    die "notarisation ended with status $status (the log above says why)"
  fi
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
fi
echo "build_dmg: $DMG"
