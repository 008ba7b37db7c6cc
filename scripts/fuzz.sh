#!/usr/bin/env bash
# Runs every libFuzzer target for as long as asked (seconds, default 600), all at once, each
# with its corpus kept in build-sanitize/fuzz-corpus/ (so later runs start where this one
# stopped) and any crashing input in build-sanitize/fuzz-artifacts/. Prints each target's
# executions and whether it found anything. Usage: bash scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
PATHLIGHT_FUZZ_SECONDS=1 bash scripts/sanitize.sh >/dev/null
targets=("$@")
((${#targets[@]})) || targets=(fuzz_topology_reader fuzz_trace fuzz_paste fuzz_patch)
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
seeds_topology=(resources/examples tests/regressions/field tests/regressions/hostile tests/fuzz/seeds/topology)
[ -d ../shared/data ] && seeds_topology+=(../shared/field ../shared/hostile)
mkdir -p build-sanitize/fuzz-logs build-sanitize/fuzz-artifacts
pids=()
for t in "${targets[@]}"; do
  case "$t" in
    fuzz_paste) seeds=(tests/fuzz/seeds/paste) ;;
    fuzz_patch) seeds=(tests/fuzz/seeds/patch) ;;
    *) seeds=("${seeds_topology[@]}") ;;
  esac
  mkdir -p "build-sanitize/fuzz-corpus/$t"
  build-sanitize/tests/fuzz/"$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 \
    -print_final_stats=1 -artifact_prefix="build-sanitize/fuzz-artifacts/$t-" \
    "build-sanitize/fuzz-corpus/$t" "${seeds[@]}" >"build-sanitize/fuzz-logs/$t.log" 2>&1 &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
for t in "${targets[@]}"; do
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "build-sanitize/fuzz-logs/$t.log" | grep -o '[0-9]*$' || echo "?")
  if grep -qE 'ERROR: |fuzz check failed|SUMMARY: ' "build-sanitize/fuzz-logs/$t.log"; then
    echo "$t: FOUND A PROBLEM after $runs runs (see build-sanitize/fuzz-logs/$t.log)"
    status=1
  else
    echo "$t: $runs runs in ${seconds} s, nothing found"
  fi
done
exit $status
