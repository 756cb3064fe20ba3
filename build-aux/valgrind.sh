#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the test programs under valgrind's memcheck, in a virtual X server:
# the window tests (suite "ui") and the core tests, not the data checks.
# Not part of the test suite or of .ci/run: a run takes some minutes.
# Prints per program its result, the errors valgrind counted (invalid
# reads and writes, uses of uninitialised values, each definite leak), the
# bytes definitely and indirectly lost and the run time; then a summary.
# Exits 1 if any program failed or had an error.
#
#   build-aux/valgrind.sh [TEST...]
#
# TEST... are test names or meson test options (window print, --suite ui);
# none: every test but the data checks.  BUILD_DIR (default build-valgrind:
# a debug build without sanitizers, set up if missing), TIMEOUT_MULTIPLIER
# (default 10) and VALGRIND_ARGS may be set.  build-aux/valgrind.supp lists
# the leaks inside libraries (each one explained).  Each program's log, with
# a suppression for each error, is BUILD_DIR/valgrind/TEST.log.  Programs
# the tests start (hrplan, in the command-line tests) are not checked.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${BUILD_DIR:-build-valgrind}
multiplier=${TIMEOUT_MULTIPLIER:-10}

bash build-aux/deps.sh
if ! command -v valgrind > /dev/null; then
  echo "valgrind is not installed (Debian/Ubuntu: apt-get install valgrind)" >&2
  exit 1
fi
[ -d "$build" ] || meson setup "$build" --buildtype=debug
meson compile -C "$build"

out=$build/valgrind
rm -rf "$out"
mkdir -p "$out"
# meson names its log after the wrapper: testlog-valgrind.json.
rm -f "$build"/meson-logs/testlog-valgrind.*

# GLib's allocator straight to malloc, freed memory cleared; GL off (the
# cairo renderer) keeps Mesa's software GL out of it, as in .ci/run.
export G_SLICE=always-malloc
export G_DEBUG=gc-friendly
export GSK_RENDERER=cairo
export GDK_DEBUG=gl-disable

# Definite leaks are errors; "possibly lost" blocks (reached only through
# a pointer into them, not to their start) are counted in each log's
# summary, not reported.  VALGRIND_ARGS may add options, such as
# --track-origins=yes to find where an uninitialised value came from.
wrapper=(valgrind --tool=memcheck --error-exitcode=1
  --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite
  --num-callers=40 --child-silent-after-fork=yes
  "--suppressions=$PWD/build-aux/valgrind.supp" --gen-suppressions=all
  "--log-file=$PWD/$out/%p.log" ${VALGRIND_ARGS:-})

selection=(--no-suite data)
[ $# -gt 0 ] && selection=("$@")

status=0
xvfb-run -a -s '-screen 0 1280x1024x24' \
  dbus-run-session -- meson test -C "$build" --print-errorlogs \
    --wrapper "${wrapper[*]}" --timeout-multiplier "$multiplier" \
    "${selection[@]}" || status=1

# One log per program: named after the test (the program's name without
# "test-").
for log in "$out"/[0-9]*.log; do
  [ -e "$log" ] || continue
  program=$(sed -nE '/^==[0-9]+== Command: /{s|.* [^ ]*/test-([^ /]+).*|\1|p;q}' "$log")
  if [ -n "$program" ]; then
    mv "$log" "$out/$program.log"
  fi
done

# meson's log: each test's result and run time.
declare -A result seconds
while read -r name res secs; do
  result[$name]=$res
  seconds[$name]=$secs
done < <(python3 - "$build/meson-logs/testlog-valgrind.json" <<'EOF'
import json
import sys

with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        test = json.loads(line)
        print(test['name'].split(' / ')[-1], test['result'], '%.0f' % test['duration'])
EOF
)

bytes_lost () {
  # "definitely lost: 1,234 bytes in 5 blocks" → 1234 (none: 0)
  sed -nE "s/^==[0-9]+== +$1 lost: ([0-9,]+) bytes.*/\1/p" "$2" | tr -d , | tail -n 1 | grep . || echo 0
}

printf '%-16s %-8s %7s %12s %12s %8s\n' program result errors definitely indirectly seconds
programs=0 dirty=0 errors_total=0 definite_total=0
for name in $(printf '%s\n' "${!result[@]}" | sort); do
  log=$out/$name.log
  errors=? definite=? indirect=?
  if [ -f "$log" ]; then
    errors=$(sed -nE 's/^==[0-9]+== ERROR SUMMARY: ([0-9]+) errors.*/\1/p' "$log" | tail -n 1)
    errors=${errors:-?}
    definite=$(bytes_lost definitely "$log")
    indirect=$(bytes_lost indirectly "$log")
  fi
  printf '%-16s %-8s %7s %12s %12s %8s\n' "$name" "${result[$name]}" "$errors" \
    "$definite" "$indirect" "${seconds[$name]}"
  programs=$((programs + 1))
  if [ "${result[$name]}" != OK ] || [ "$errors" != 0 ]; then
    dirty=$((dirty + 1))
  fi
  [ "$errors" = "?" ] || errors_total=$((errors_total + errors))
  [ "$definite" = "?" ] || definite_total=$((definite_total + definite))
done
echo "$programs programs, $((programs - dirty)) clean, $dirty not;" \
  "$errors_total errors, $definite_total bytes definitely lost (logs in $out)"
[ "$dirty" -eq 0 ] || status=1
exit $status
