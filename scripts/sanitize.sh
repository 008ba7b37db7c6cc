#!/usr/bin/env bash
# The robustness stage (README, "Robustness"): builds build-sanitize/ with clang, ASan + UBSan
# (+ LeakSanitizer) and the libFuzzer targets, without the GUI; runs every test there, then each
# fuzz target for PATHLIGHT_FUZZ_SECONDS (default 15) from the seed corpora.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --sanitize
seconds="${PATHLIGHT_FUZZ_SECONDS:-15}"
if [ ! -f build-sanitize/build.ninja ]; then
  cmake -S . -B build-sanitize -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DPATHLIGHT_GUI=OFF -DPATHLIGHT_SANITIZE=address,undefined \
    -DPATHLIGHT_FUZZ=ON -DPATHLIGHT_FUZZ_SECONDS="$seconds" >/dev/null
else
  cmake build-sanitize -DPATHLIGHT_FUZZ_SECONDS="$seconds" >/dev/null
fi
cmake --build build-sanitize --parallel "$(nproc)"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
cd build-sanitize
echo "pathlight: the suite under AddressSanitizer, UndefinedBehaviorSanitizer and LeakSanitizer"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 -j "$(nproc)" -LE fuzz
echo "pathlight: each fuzz target for ${seconds} s"
ctest --output-on-failure --timeout 900 -j "$(nproc)" -L fuzz
