#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start: install what is missing, build, and start HR Plan.
# The first start imports the sample plan (Nong Kaew SAO, FY 2568).
set -euo pipefail
cd "$(dirname "$0")/.."
bash build-aux/deps.sh
[ -d build ] || meson setup build
meson compile -C build
# From the build tree, as `meson devenv` would: its settings schema (the
# window size, the language… are kept) and its Thai catalog.
export GSETTINGS_SCHEMA_DIR=$PWD/build/data
export HRPLAN_LOCALEDIR=$PWD/build/po
exec ./build/src/hrplan "$@"
