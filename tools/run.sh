#!/usr/bin/env bash
# Installs Vigie in .venv (once) and starts it; arguments go to `vigie` (e.g. --demo).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/system-deps.sh
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
exec .venv/bin/vigie "$@"
