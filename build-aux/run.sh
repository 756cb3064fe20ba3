#!/usr/bin/env bash
# Quick start: install what is missing, build, and start HR Plan.
# The first start imports the sample plan (Nong Kaew SAO, FY 2568).
set -euo pipefail
cd "$(dirname "$0")/.."
bash build-aux/deps.sh
[ -d build ] || meson setup build
meson compile -C build
exec ./build/src/hrplan "$@"
