"""The core (``wizard/``) must import and pass its tests on a machine without Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import wizard

ROOT = Path(__file__).resolve().parent.parent
CORE_TESTS_EXCLUDED = {"test_core_without_qt.py", "test_pyside_refcount.py"}
NOT_CORE_FOLDERS = {"gui", "packaging", "reliability"}
"""The GUI's tests, the built app's, and the reliability cases (some of which drive the GUI)."""


def _run(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_every_core_module_imports_without_qt():
    modules = [m.name for m in pkgutil.walk_packages(wizard.__path__, "wizard.")]
    code = (
        "import importlib, sys\n"
        "from tests.tools.block_qt import install\n"
        "install()\n"
        "for name in sys.argv[1:]:\n"
        "    importlib.import_module(name)\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
    )
    result = _run(code, *modules)
    assert result.returncode == 0, result.stderr
    assert len(modules) >= 8


@pytest.mark.timeout(900)  # the whole core suite, in a subprocess allowed 600 s
def test_core_tests_pass_without_qt(tmp_path):
    core_tests = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "tests").rglob("test_*.py")
        if p.name not in CORE_TESTS_EXCLUDED
        and p.relative_to(ROOT / "tests").parts[0] not in NOT_CORE_FOLDERS
    )
    ini = tmp_path / "pytest.ini"
    ini.write_text(
        "[pytest]\n"
        f"pythonpath = {ROOT / 'tests'}\n"
        "addopts = --import-mode=importlib\n"
        "timeout = 300\n"
        "filterwarnings = error\n"
        "markers =\n    libreoffice\n    slow\n"
    )
    code = (
        "import sys, pytest\n"
        "from tests.tools.block_qt import install\n"
        "install()\n"
        "sys.exit(pytest.main(sys.argv[1:]))\n"
    )
    args = ["-q", "-p", "no:pytest-qt", "-p", "no:cacheprovider", "-c", str(ini)]
    args += ["--rootdir", str(ROOT), "-m", "not libreoffice and not slow", *core_tests]
    result = _run(code, *args)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout
