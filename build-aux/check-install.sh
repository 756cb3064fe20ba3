#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build tree into a temporary DESTDIR and checks that every
# part of the application is there and works from where it was put: the
# program, its translations, menu entry, AppStream metadata, icons and
# settings schema.  Run by `meson test` (suite data).
#
#   build-aux/check-install.sh BUILD_DIR
set -euo pipefail

build=$1
dest=$(mktemp -d "${TMPDIR:-/tmp}/hrplan-install-XXXXXX")
trap 'rm -rf "$dest"' EXIT

meson install -C "$build" --no-rebuild --quiet --destdir "$dest" >/dev/null

prefix=$(meson introspect "$build" --buildoptions |
         python3 -c 'import json, sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"))')
root=$dest$prefix
status=0
fail () { echo "not installed right: $*"; status=1; }

for f in \
    bin/hrplan \
    share/applications/org.hrplan.HrPlan.desktop \
    share/metainfo/org.hrplan.HrPlan.metainfo.xml \
    share/icons/hicolor/scalable/apps/org.hrplan.HrPlan.svg \
    share/icons/hicolor/symbolic/apps/org.hrplan.HrPlan-symbolic.svg \
    share/glib-2.0/schemas/org.hrplan.HrPlan.gschema.xml \
    share/locale/th/LC_MESSAGES/hrplan.mo; do
  [ -s "$root/$f" ] || fail "$f is missing"
done

# The program runs from there, with its resources compiled in.
"$root/bin/hrplan" --version | grep -q '^hrplan ' || fail "bin/hrplan --version"

# The menu entry opens files (%f) and is in Thai too.
grep -q '^Exec=hrplan %f$' "$root/share/applications/org.hrplan.HrPlan.desktop" || fail "Exec with %f"
grep -q '^Categories=Office;' "$root/share/applications/org.hrplan.HrPlan.desktop" || fail "Categories=Office"
grep -q '^Comment\[th\]=' "$root/share/applications/org.hrplan.HrPlan.desktop" || fail "Comment[th]"

# The metadata has screenshots and release notes.
grep -q '<screenshot' "$root/share/metainfo/org.hrplan.HrPlan.metainfo.xml" || fail "screenshots"
grep -q '<release ' "$root/share/metainfo/org.hrplan.HrPlan.metainfo.xml" || fail "releases"

# The schema compiles where it was installed and holds every setting.
if command -v glib-compile-schemas >/dev/null && command -v gsettings >/dev/null; then
  glib-compile-schemas "$root/share/glib-2.0/schemas"
  keys=$(gsettings --schemadir "$root/share/glib-2.0/schemas" list-keys org.hrplan.HrPlan | sort | tr '\n' ' ')
  for k in fiscal-year language page-setup print-settings thai-digits window-height window-maximized window-width; do
    case " $keys" in *" $k "*) ;; *) fail "setting $k" ;; esac
  done
fi

[ "$status" -eq 0 ] && echo "installed: $(cd "$root" && find . -type f | wc -l) files under $prefix"
exit "$status"
