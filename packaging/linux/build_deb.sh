#!/usr/bin/env bash
# Build the Debian package from the frozen app:  packaging/linux/build_deb.sh [DIST] [OUT]
#   DIST  the PyInstaller one-folder build (default dist/Steward)
#   OUT   where the .deb goes (default dist)
#
# Layout: the app under /opt/steward, the launcher /usr/bin/steward (a symlink; the PyInstaller
# bootloader finds its _internal folder through /proc/self/exe), the .desktop file, hicolor icons
# and AppStream metadata under /usr/share. Depends is computed from the bundle's ELF files by
# dpkg-shlibdeps (the spec leaves the system's own libraries out of the bundle), so it names
# exactly the libraries the build links to, with their minimum versions.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIST="$(realpath "${1:-$ROOT/dist/Steward}")"
OUT="$(realpath -m "${2:-$ROOT/dist}")"
HERE="$ROOT/packaging/linux"
APP_ID="io.steward.Steward"

for tool in dpkg-deb dpkg-shlibdeps objdump; do
  command -v "$tool" >/dev/null || { echo "build_deb: $tool is missing (apt-get install dpkg-dev binutils)" >&2; exit 1; }
done
[ -x "$DIST/steward" ] || { echo "build_deb: no frozen app at $DIST (run make dist)" >&2; exit 1; }

VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/app/__init__.py")"
[ -n "$VERSION" ] || { echo "build_deb: cannot read __version__ from app/__init__.py" >&2; exit 1; }
ARCH="$(dpkg --print-architecture)"
DATE="$(git -C "$ROOT" log -1 --format=%cs 2>/dev/null || date -u +%F)"
STAGE="$(mktemp -d "${TMPDIR:-/tmp}/steward-deb.XXXXXX")"
trap 'rm -rf "$STAGE"' EXIT
PKG="$STAGE/steward_${VERSION}_${ARCH}"

install -d "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
  "$PKG/usr/share/metainfo" "$PKG/usr/share/doc/steward" "$PKG/usr/share/icons/hicolor/scalable/apps"
cp -a "$DIST" "$PKG/opt/steward"
ln -s /opt/steward/steward "$PKG/usr/bin/steward"
install -m 644 "$HERE/$APP_ID.desktop" "$PKG/usr/share/applications/$APP_ID.desktop"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$DATE/" "$HERE/$APP_ID.metainfo.xml.in" \
  > "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml"
install -m 644 "$ROOT/resources/icons/steward.svg" "$PKG/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in "$ROOT"/resources/icons/hicolor/*/apps/steward.png; do
  size="$(basename "$(dirname "$(dirname "$png")")")"
  install -D -m 644 "$png" "$PKG/usr/share/icons/hicolor/$size/apps/$APP_ID.png"
done
{
  echo "Steward $VERSION. Proprietary; see the project's licence terms."
  echo
  echo "Bundled font (opt/steward/_internal/resources/fonts): SIL Open Font License 1.1:"
  echo
  cat "$ROOT/resources/fonts/LICENSE-OFL.txt"
} > "$PKG/usr/share/doc/steward/copyright"
install -m 755 "$HERE/postrm" "$PKG/DEBIAN/postrm"

# Depends: ask dpkg-shlibdeps about every ELF file in the bundle. Libraries inside the bundle
# resolve through -l (they belong to no package, hence --ignore-missing-info).
mkdir -p "$STAGE/src/debian"
printf 'Source: steward\nMaintainer: Steward <steward@localhost>\n\nPackage: steward\nArchitecture: any\n' \
  > "$STAGE/src/debian/control"
mapfile -t elves < <(find "$PKG/opt/steward" -type f \( -name '*.so*' -o -name steward \) \
  -exec sh -c 'head -c4 "$1" | grep -q ELF && echo "$1"' _ {} \;)
mapfile -t libdirs < <(printf '%s\n' "${elves[@]}" | xargs -n1 dirname | sort -u)
shlibs="$(cd "$STAGE/src" && dpkg-shlibdeps -O --ignore-missing-info \
  "${libdirs[@]/#/-l}" "${elves[@]}" 2>"$STAGE/shlibdeps.log")" || {
  cat "$STAGE/shlibdeps.log" >&2; exit 1; }
DEPENDS="${shlibs#shlibs:Depends=}"
# Loaded at run time without being linked: the xcb cursor theme support Qt needs on X11 (6.5+
# refuses to start the xcb platform without it) and the fontconfig configuration.
for extra in "libxcb-cursor0" "fontconfig-config"; do
  case ", $DEPENDS," in *", $extra"[\ ,]*) ;; *) DEPENDS="$DEPENDS, $extra" ;; esac
done

INSTALLED_KB="$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)"
cat > "$PKG/DEBIAN/control" <<EOF
Package: steward
Version: $VERSION
Architecture: $ARCH
Maintainer: Steward <steward@localhost>
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Suggests: gnome-keyring
Section: misc
Priority: optional
Description: desktop community manager for chat-group operators
 Steward keeps the members, notes, tags, reminders and moderation cases of
 WeChat, Telegram, Discord, Slack and WhatsApp groups in one encrypted
 database on your computer, in English or Simplified Chinese. It works
 offline. The database key is kept in the desktop keyring (GNOME Keyring,
 KWallet) or derived from a passphrase.
EOF

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$PKG/usr/share/applications/$APP_ID.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --explain "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml"
fi

mkdir -p "$OUT"
DEB="$OUT/steward_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$PKG" "$DEB" >/dev/null
echo "build_deb: $DEB ($(du -h "$DEB" | cut -f1), installs $((INSTALLED_KB / 1024)) MB)"
echo "build_deb: Depends: $DEPENDS"
