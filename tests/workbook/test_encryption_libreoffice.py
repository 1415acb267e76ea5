"""LibreOffice, an independent reader, opens the password-protected workbook with its
password and refuses it with another (through UNO: ``--convert-to`` takes no password)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest
from helpers.libreoffice import find_soffice

from wizard.demo import demo_session
from wizard.workbook import export_workbook, strings
from wizard.workbook.encryption import Password

pytestmark = pytest.mark.libreoffice

SECRET = "Motdepasse-Été-2026"
SCRIPT = Path(__file__).resolve().parents[1] / "helpers" / "lo_open_encrypted.py"


def _uno_python() -> str:
    """The system Python with LibreOffice's ``uno`` (python3-uno); CI installs it."""
    python = shutil.which("python3", path="/usr/bin:/usr/local/bin") or "python3"
    found = subprocess.run([python, "-c", "import uno"], capture_output=True, check=False)
    if found.returncode == 0:
        return python
    if os.environ.get("CI"):
        pytest.fail("python3-uno is required under CI (tools/system-deps.sh --test installs it)")
    pytest.skip("LibreOffice's Python bridge (python3-uno) is not installed")
    raise AssertionError  # unreachable


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _open(python: str, workbook: Path, password: str, profile: Path) -> str:
    done = subprocess.run(
        [python, str(SCRIPT), str(workbook), password, str(profile), str(_free_port())],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return done.stdout.strip()


def test_libreoffice_opens_the_protected_workbook_with_its_password_only(tmp_path: Path):
    find_soffice()
    python = _uno_python()
    session = demo_session()
    target = tmp_path / "protected.xlsx"
    export_workbook(session, target, lang="fr", password=Password(SECRET))
    opened = _open(python, target, SECRET, tmp_path / "profile")
    name = session.audit.engagement.organisation.name
    assert opened == f"OPENED\t{strings.sheet_name('cover', 'fr')}\t{name}"
    refused = _open(python, target, "not the password", tmp_path / "profile")
    assert refused.startswith("ERROR"), refused
