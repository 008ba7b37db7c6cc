#!/usr/bin/env bash
# Builds Pathlight and starts it: the GUI on the given file (or the built-in demo, the
# forced-tunneling KMS case). Without a display it shows the same demo through pathlight-cli.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/app/pathlight "$@"
fi
demo="resources/examples/01-forced-tunneling-kms.pathlight.json"
echo "pathlight: no display found. The GUI runs under a virtual display with:"
echo "  xvfb-run -a bash scripts/run.sh ${*:-}"
echo "Meanwhile, the demo traced by pathlight-cli:"
echo
./build/app/pathlight-cli trace "${1:-$demo}" || true
