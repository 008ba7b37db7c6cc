#!/usr/bin/env bash
# Builds Pathlight and runs every test (model, views, CLI, scenario regressions) through CTest,
# then the robustness stage: the model, the CLI and their tests built again with AddressSanitizer,
# UndefinedBehaviorSanitizer and LeakSanitizer (clang), the whole suite run there, and every
# libFuzzer target run for a short time. GUI tests use Qt's offscreen platform: no display needed.
# PATHLIGHT_SKIP_SANITIZE=1 runs the first stage only.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
(
  cd build
  QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j "$(nproc)"
)
if [ "${PATHLIGHT_SKIP_SANITIZE:-0}" != 1 ]; then
  bash scripts/sanitize.sh
fi
