#!/usr/bin/env bash
# Installs the system libraries Vigie needs on Debian/Ubuntu when they are missing:
# Qt's runtime libraries (offscreen and X11); with --build, what PyInstaller needs to freeze
# the standalone app (binutils: objdump); with --test, that too, plus LibreOffice (Calc, and
# Writer for the Word report; python3-uno to open a password-protected workbook) and poppler,
# which the tests use to verify the exported workbook independently of openpyxl, and a virtual
# X display (Xvfb, xwininfo, xdotool) on which the tests open the standalone app's window.
# On other systems, or without root or sudo, it says what is missing and carries on.
set -euo pipefail

want=(libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libx11-6 libxcb1 libxkbcommon0
      libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
      libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1
      libxcb-glx0 libxkbcommon-x11-0 libdbus-1-3 fonts-dejavu-core)
case "${1:-}" in
  --build) want+=(binutils) ;;
  --test) want+=(binutils libreoffice-calc-nogui libreoffice-writer-nogui python3-uno poppler-utils xvfb xauth x11-utils xdotool) ;;
esac

command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not Debian/Ubuntu; install Qt's runtime libraries yourself" >&2; exit 0; }

missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
  echo "system-deps: missing ${missing[*]}; install them (as root) and run again" >&2; exit 0
fi
echo "system-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
