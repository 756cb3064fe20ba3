#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what HR Plan needs to build, run and test, on Debian 12 / Ubuntu.
# Does nothing when everything is there already; uses sudo only when not root.
set -euo pipefail

packages=(
  build-essential pkg-config meson ninja-build gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libsqlite3-dev libxml2-dev libxml2-utils
  libpoppler-cpp-dev libthai-dev libdatrie-dev libthai-data libzip-dev
  fonts-tlwg-laksaman fonts-dejavu-core dconf-gsettings-backend
  xvfb xauth dbus dbus-x11 poppler-utils desktop-file-utils appstream
  at-spi2-core python3-gi gir1.2-atspi-2.0 xdotool
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
export DEBIAN_FRONTEND=noninteractive
# Wait for another apt/dpkg (an unattended upgrade) rather than failing.
apt_opts=(-o DPkg::Lock::Timeout=600 -q)
"${as_root[@]}" apt-get "${apt_opts[@]}" update
"${as_root[@]}" apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}"
