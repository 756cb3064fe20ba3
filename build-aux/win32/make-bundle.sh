#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds HR Plan inside MSYS2 (UCRT64 shell) and collects it with the DLLs
# it needs, its translations, icons, the GLib schemas and the Laksaman
# font into a folder (and a .zip) that runs on a Windows PC without MSYS2.
#
#   pacman -S --needed zip mingw-w64-ucrt-x86_64-toolchain mingw-w64-ucrt-x86_64-meson \
#     mingw-w64-ucrt-x86_64-pkgconf mingw-w64-ucrt-x86_64-gtk4 \
#     mingw-w64-ucrt-x86_64-sqlite3 mingw-w64-ucrt-x86_64-libxml2 \
#     mingw-w64-ucrt-x86_64-poppler mingw-w64-ucrt-x86_64-libthai \
#     mingw-w64-ucrt-x86_64-libzip mingw-w64-ucrt-x86_64-gettext \
#     mingw-w64-ucrt-x86_64-ntldd \
#     mingw-w64-ucrt-x86_64-adwaita-icon-theme
#   LAKSAMAN_DIR=/path/to/laksaman build-aux/win32/make-bundle.sh
#
# LAKSAMAN_DIR holds Laksaman*.otf (Debian's fonts-tlwg-laksaman,
# /usr/share/fonts/opentype/tlwg/; TLWG fonts are GPL-2+ with the font
# exception, so they may be shipped with the program: keep their
# COPYING beside them).  Without it the bundle uses the fonts of Windows
# (Tahoma, Leelawadee UI), which print Thai well enough.
#
# The quarters' ticks print as "✓", which Laksaman lacks: Windows' own
# Segoe UI Symbol has it; DEJAVU_DIR (holding DejaVuSans.ttf, Debian's
# fonts-dejavu-core, /usr/share/fonts/truetype/dejavu/; free to ship)
# bundles DejaVu Sans, the font the tick is asked of first.
set -euo pipefail
cd "$(dirname "$0")/../.."

case "${MSYSTEM:-}" in
  UCRT64|MINGW64|CLANG64) ;;
  *) echo "Run this in an MSYS2 UCRT64 shell." >&2; exit 1 ;;
esac

prefix=$MINGW_PREFIX
version=$(sed -n "s/^  version: '\(.*\)',/\1/p" meson.build)
stage=$PWD/build-win32/HRPlan-$version
rm -rf build-win32
meson setup build-win32/build --prefix=/ --buildtype=release
meson compile -C build-win32/build
DESTDIR=$stage meson install -C build-win32/build

# The DLLs the program and GTK's modules load, found with ntldd.
copy_dlls () {
  ntldd -R "$@" | sed -n 's/.*=> \(.*\.dll\).*/\1/p' | tr '\\' '/' |
    while read -r dll; do
      dll=$(cygpath -u "$dll")
      case "$dll" in "$prefix"/*) cp -n "$dll" "$stage/bin/" ;; esac
    done
}
copy_dlls "$stage/bin/hrplan.exe"

# libthai's word list (thbrk.tri): Pango breaks Thai lines with it, and
# the repair of Thai imported from PDFs checks its words against it.  Both
# find it in share/libthai beside the program's folder.
mkdir -p "$stage/share/libthai"
cp "$prefix"/share/libthai/thbrk.tri "$stage/share/libthai/"

# GTK's data: pixbuf loaders, GLib schemas, the icon theme's symbolic icons.
mkdir -p "$stage/lib" "$stage/share/glib-2.0/schemas" "$stage/share/icons"
cp -r "$prefix/lib/gdk-pixbuf-2.0" "$stage/lib/"
copy_dlls "$stage"/lib/gdk-pixbuf-2.0/2.10.0/loaders/*.dll
cp "$prefix"/share/glib-2.0/schemas/org.gtk.* "$stage/share/glib-2.0/schemas/"
glib-compile-schemas "$stage/share/glib-2.0/schemas"
cp -r "$prefix/share/icons/Adwaita" "$stage/share/icons/"
cp -r "$prefix/share/icons/hicolor" "$stage/share/icons/" 2>/dev/null || true
gtk4-update-icon-cache -q -t -f "$stage/share/icons/Adwaita" || true

# Catalogs of GTK itself in Thai, beside ours.
for domain in gtk40 glib20; do
  [ -f "$prefix/share/locale/th/LC_MESSAGES/$domain.mo" ] &&
    cp "$prefix/share/locale/th/LC_MESSAGES/$domain.mo" "$stage/share/locale/th/LC_MESSAGES/"
done

# The font: registered privately by hrplan.exe at start (see src/main.c).
if [ -n "${LAKSAMAN_DIR:-}" ]; then
  mkdir -p "$stage/share/fonts"
  cp "$LAKSAMAN_DIR"/Laksaman*.otf "$stage/share/fonts/"
  [ -f "$LAKSAMAN_DIR/COPYING" ] && cp "$LAKSAMAN_DIR/COPYING" "$stage/share/fonts/COPYING.Laksaman"
fi
if [ -n "${DEJAVU_DIR:-}" ]; then
  mkdir -p "$stage/share/fonts"
  cp "$DEJAVU_DIR/DejaVuSans.ttf" "$stage/share/fonts/"
fi

(cd build-win32 && zip -qr "HRPlan-$version-windows.zip" "HRPlan-$version")
echo "Done: build-win32/HRPlan-$version (run bin/hrplan.exe) and build-win32/HRPlan-$version-windows.zip"
