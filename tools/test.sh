#!/usr/bin/env bash
# Installs Vigie with its test and build dependencies in .venv and runs the whole test suite
# (which builds the standalone app once and runs it: tests/packaging/).
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/system-deps.sh --test
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test,build]'
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports  # the layers: core without Qt or ui (pyproject.toml [tool.importlinter])
.venv/bin/mypy  # types of wizard/ and ui/ (pyproject.toml [tool.mypy]; cache: .mypy_cache)
.venv/bin/vulture  # dead code (pyproject.toml [tool.vulture], tools/vulture_whitelist.py)
exec .venv/bin/python -m pytest "$@"
