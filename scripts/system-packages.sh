#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the app and its tests need, only those missing.
# Usage: scripts/system-packages.sh app|test
set -euo pipefail

# Qt's xcb platform plugin (a real window) and what Qt loads even offscreen.
qt_libs=(libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0
         libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
         libxcb-randr0 libxcb-xkb1 fonts-dejavu-core)
wanted=("${qt_libs[@]}")
if [ "${1:-app}" = test ]; then
  # pdftotext/pdftoppm read PDFs back; Xvfb for screenshots of a real window.
  wanted+=(poppler-utils xvfb xauth)
  # tests/test_build.py builds the app: PyInstaller reads libraries with ldd and objdump, build.spec strips with strip.
  wanted+=(binutils)
fi

missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Mangler systempakker: ${missing[*]} (kjør som root)" >&2; exit 1; }
  sudo="sudo"
fi
echo "Installerer systempakker: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
