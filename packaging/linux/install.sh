#!/usr/bin/env bash
# Installs Vigie for the current user, without root: the app in ~/.local/share/vigie/app,
# the `vigie` command in ~/.local/bin, a menu entry, the icon, and the *.vigie file type so a
# double-click on a session opens it in Vigie. `install.sh --uninstall` removes all of it.
#
# Run it from the unpacked standalone folder (./install.sh), or from a source checkout
# (packaging/linux/install.sh) after `pipx install vigie-audit`: it then links the `vigie`
# found on PATH instead of copying an app folder.
# Honours XDG_DATA_HOME (default ~/.local/share) and VIGIE_BIN_DIR (default ~/.local/bin).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
bin="${VIGIE_BIN_DIR:-$HOME/.local/bin}"
app="$data/vigie/app"
mime_type="application/vnd.vigie.audit+zip"
mime_icon="application-vnd.vigie.audit+zip"

if [ -d "$here/_internal/resources" ]; then          # the standalone folder
  assets="$here/_internal/linux"; icons="$here/_internal/resources/icons"; frozen=1
else                                                 # a source checkout
  root="$(cd "$here/../.." && pwd)"
  assets="$here"; icons="$root/resources/icons"; frozen=0
fi

refresh() {
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" >/dev/null 2>&1 || true
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" >/dev/null 2>&1 || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$data/vigie/app"
  rm -f "$bin/vigie" "$data/applications/vigie.desktop" "$data/mime/packages/vigie.xml"
  rm -f "$data"/icons/hicolor/*/apps/vigie.png "$data/icons/hicolor/scalable/apps/vigie.svg"
  rm -f "$data"/icons/hicolor/*/mimetypes/"$mime_icon".png
  refresh
  echo "Vigie removed."
  exit 0
fi

mkdir -p "$bin" "$data/applications" "$data/mime/packages" "$data/icons/hicolor/scalable/apps"
if [ "$frozen" = 1 ]; then
  if [ "$here" != "$app" ]; then
    rm -rf "$app.new" && mkdir -p "$(dirname "$app")"
    cp -a "$here" "$app.new" && rm -rf "$app" && mv "$app.new" "$app"
  fi
  exe="$bin/vigie"
  printf '#!/bin/sh\nexec "%s/vigie" "$@"\n' "$app" >"$exe.new" && chmod 755 "$exe.new" && mv "$exe.new" "$exe"
else
  exe="$(command -v vigie || true)"
  [ -n "$exe" ] || { echo "install.sh: no 'vigie' on PATH: run 'pipx install vigie-audit' first" >&2; exit 1; }
fi

case "$exe" in
  *[\"\`\$\\%]*) echo "install.sh: cannot write a menu entry for $exe (quotes, \$, % or \\ in the path)" >&2; exit 1;;
esac
quoted="\"$exe\""  # the Desktop Entry way to keep spaces in a path
while IFS= read -r line; do printf '%s\n' "${line//@EXEC@/"$quoted"}"; done \
  <"$assets/vigie.desktop" >"$data/applications/vigie.desktop"
cp "$assets/vigie-mime.xml" "$data/mime/packages/vigie.xml"
cp "$icons/vigie.svg" "$data/icons/hicolor/scalable/apps/vigie.svg"
for png in "$icons"/vigie-*.png; do
  size="${png##*/vigie-}"; size="${size%.png}"
  for kind in apps mimetypes; do mkdir -p "$data/icons/hicolor/${size}x${size}/$kind"; done
  cp "$png" "$data/icons/hicolor/${size}x${size}/apps/vigie.png"
  cp "$png" "$data/icons/hicolor/${size}x${size}/mimetypes/$mime_icon.png"
done
refresh
command -v xdg-mime >/dev/null 2>&1 && xdg-mime default vigie.desktop "$mime_type" >/dev/null 2>&1 || true

echo "Vigie installed: run 'vigie' (in $bin) or open it from the applications menu."
case ":$PATH:" in *":$bin:"*) ;; *) echo "Note: $bin is not on your PATH; add it to run 'vigie' from a terminal.";; esac
