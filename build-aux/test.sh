#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start: install what is missing, build, and run the whole test suite
# (window tests in a virtual X server).  BUILD_DIR and MESON_ARGS may be set.
set -euo pipefail
cd "$(dirname "$0")/.."
bash build-aux/deps.sh
build=${BUILD_DIR:-build}
[ -d "$build" ] || meson setup "$build" ${MESON_ARGS:-}
meson compile -C "$build"
status=0
xvfb-run -a -s '-screen 0 1280x1024x24' \
  dbus-run-session -- meson test -C "$build" --print-errorlogs "$@" || status=1
# Test cases, not programs: skipped ones with their reasons, then
# "<build>: N passed, N failed".
if [ -f "$build/meson-logs/testlog.json" ]; then
  python3 build-aux/count-tests.py --label "$(basename "$build")" "$build/meson-logs/testlog.json" || status=1
fi
exit $status
