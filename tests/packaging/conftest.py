"""Fixtures for the packaging tests: the standalone app built once per test run.

``frozen_archive`` runs ``tools/build_app.py`` (PyInstaller, about a minute) into a temporary
folder and returns the archive; a failed build fails every frozen test with PyInstaller's last
lines. Without PyInstaller the frozen tests skip on a developer machine and fail under CI
(CI installs the ``build`` extra through ``tools/test.sh``). ``VIGIE_FROZEN_ARCHIVE`` may name
an archive built earlier (``tools/build-app.sh``) to skip the build while working on the tests.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.programs import need_program
from helpers.standalone import ROOT


@pytest.fixture(scope="session")
def frozen_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("VIGIE_FROZEN_ARCHIVE")
    if given:
        return Path(given).resolve()
    if importlib.util.find_spec("PyInstaller") is None:
        message = "PyInstaller is not installed: pip install -e '.[build]'"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    out = tmp_path_factory.mktemp("frozen-build")
    command = [sys.executable, str(ROOT / "tools" / "build_app.py")]
    command += ["--dist", str(out / "dist"), "--work", str(out / "work")]
    done = subprocess.run(command, capture_output=True, text=True, timeout=1800, check=False)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-60:])
        pytest.fail(f"the standalone build failed (exit {done.returncode}):\n{tail}")
    return Path(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def unpacked(frozen_archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The archive unpacked with ``tar`` into an empty folder, as a user would: the folder
    holding the ``vigie`` executable."""
    where = tmp_path_factory.mktemp("unpacked")
    tar = need_program("tar", "tar")
    subprocess.run([tar, "-xzf", str(frozen_archive), "-C", str(where)], check=True)
    return where / "vigie"
