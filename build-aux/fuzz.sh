#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (tests/fuzz) with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in build-fuzz/, and runs each for SECONDS
# (default 600), all at once.  Prints per target the executions, execs/s,
# cov/ft and corpus size of libFuzzer's final stats, and the crashes.
#
#   build-aux/fuzz.sh [SECONDS]
#   TARGETS=word build-aux/fuzz.sh 600    # one target alone
#
# The targets: import (the exchange format), text (the text reader),
# word (last year's .docx and .odt).
# CC (default clang-14), CXX (default clang++-14: the core's one C++
# file makes C++ link the targets, and only clang++ knows libFuzzer) and
# BUILD_DIR (default build-fuzz) and TARGETS (default "import text word")
# may be set.  The corpus grows in
# BUILD_DIR/fuzz/corpus-TARGET (seeded from tests/fuzz and the sample
# plan); crashes are written to BUILD_DIR/fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
build=${BUILD_DIR:-build-fuzz}
cc=${CC:-clang-14}
cxx=${CXX:-clang++-14}
read -r -a targets <<< "${TARGETS:-import text word}"

if [ ! -d "$build" ]; then
  CC=$cc CXX=$cxx meson setup "$build" -Dfuzzing=true \
    -Db_sanitize=address,undefined -Db_lundef=false
fi
ninja -C "$build" "${targets[@]/#/tests/fuzz/fuzz-}"

out=$build/fuzz
mkdir -p "$out/artifacts"
for t in "${targets[@]}"; do
  mkdir -p "$out/corpus-$t"
done

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LC_ALL=C.UTF-8
# libFuzzer's fork mode keeps its jobs' files under TMPDIR.
export TMPDIR=$(cd "$out" && pwd)/tmp
mkdir -p "$TMPDIR"

pids=()
for t in "${targets[@]}"; do
  seeds=(tests/fuzz/corpus-$t)
  [ "$t" = import ] && seeds+=(data/sample)
  # Crashes do not stop the run: every one is written and counted.
  "$build/tests/fuzz/fuzz-$t" "$out/corpus-$t" "${seeds[@]}" \
    -dict=tests/fuzz/plan.dict \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$([ "$t" = word ] && echo 131072 || echo 65536)" \
    -print_final_stats=1 -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -artifact_prefix="$out/artifacts/$t-" \
    > "$out/fuzz-$t.log" 2>&1 &
  pids+=($!)
done

status=0
for pid in "${pids[@]}"; do
  wait "$pid" || status=1
done

printf '%-8s %12s %8s %7s %7s %7s %8s %s\n' \
  target execs execs/s cov ft corpus crashes oom/timeout/crash
for t in "${targets[@]}"; do
  log=$out/fuzz-$t.log
  # Fork mode reports "#N: cov: C ft: F corp: K exec/s E
  # oom/timeout/crash: O/T/C time: Ss job: J …"; the last one is final.
  last=$(grep -E '^#[0-9]+: cov: ' "$log" | tail -n 1 || true)
  execs=$(sed -nE 's/^#([0-9]+): .*/\1/p' <<< "$last")
  cov=$(sed -nE 's/.* cov: ([0-9]+) .*/\1/p' <<< "$last")
  ft=$(sed -nE 's/.* ft: ([0-9]+) .*/\1/p' <<< "$last")
  corp=$(sed -nE 's/.* corp: ([0-9]+) .*/\1/p' <<< "$last")
  time=$(sed -nE 's/.* time: ([0-9]+)s.*/\1/p' <<< "$last")
  otc=$(sed -nE 's/.* oom\/timeout\/crash: ([0-9/]+) .*/\1/p' <<< "$last")
  eps=?
  [ -n "$execs" ] && [ "${time:-0}" -gt 0 ] && eps=$((execs / time))
  crashes=$(ls "$out/artifacts" | grep -c "^$t-" || true)
  printf '%-8s %12s %8s %7s %7s %7s %8s %s\n' "$t" "${execs:-?}" "$eps" \
    "${cov:-?}" "${ft:-?}" "${corp:-?}" "$crashes" "${otc:-?}"
done
ls "$out/artifacts" | sed "s|^|  $out/artifacts/|"
[ -z "$(ls "$out/artifacts")" ] || status=1
exit $status
