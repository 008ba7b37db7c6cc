#!/usr/bin/env bash
# Builds Pathlight and runs every test (model, views, CLI, scenario regressions) through CTest.
# GUI tests use Qt's offscreen platform, so no display is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j "$(nproc)"
