#!/usr/bin/env bash
# Installs what Pathlight needs from Debian 12 (only what is missing), then configures and
# builds into ./build with Ninja. Safe to run again: it does only the work that is left.
set -euo pipefail
cd "$(dirname "$0")/.."

# --sanitize: the packages of the robustness stage only (clang with libFuzzer and the sanitizer
# runtimes); the build itself is scripts/sanitize.sh's.
sanitize=0
[ "${1:-}" = "--sanitize" ] && sanitize=1

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libgl-dev
  libqcustomplot-dev nlohmann-json3-dev libgraphviz-dev
  xvfb xauth fonts-dejavu-core fonts-noto-cjk
  # The Debian package and its checks (README, "Install"): dpkg-shlibdeps, file (CPack finds the
  # programs with it), the validators of the desktop entry, AppStream file and MIME type, man.
  dpkg-dev file desktop-file-utils appstream libxml2-utils shared-mime-info man-db
)
((sanitize)) && packages+=(clang libclang-rt-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "pathlight: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

((sanitize)) && exit 0

build_type="${PATHLIGHT_BUILD_TYPE:-RelWithDebInfo}"
if [ ! -f build/build.ninja ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
fi
cmake --build build --parallel "$(nproc)"
