#!/usr/bin/env bash
# Builds the standalone Vigie for this system: dist/vigie/ (run dist/vigie/vigie) and an
# archive of it in dist/. Installs what the build needs in .venv first. Arguments go to
# tools/build_app.py (--dist DIR, --work DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/system-deps.sh --build
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[build]'
exec .venv/bin/python tools/build_app.py "$@"
