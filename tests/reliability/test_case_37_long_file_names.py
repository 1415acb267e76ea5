"""Issue 18, case 10: legal names near the 255-byte limit.

``export -o`` with a 250-byte name exited 70 (the check for an office lock file built a
name too long to exist), and a session named with 243 bytes or more could be checked but
never saved (its lock, temp and backup names were too long). Side files now take a
shortened, hashed name when the plain one would not fit.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers.reliability import leftovers, vigie

from wizard.sessions.locking import lock_path
from wizard.sessions.store import acquire_lock, backup_path, load_session

NAMES = {
    "250 ASCII bytes": "a" * 244 + ".vigie",
    "multibyte, 252 bytes": "é" * 123 + ".vigie",
}


@pytest.mark.parametrize("name", NAMES.values(), ids=NAMES.keys())
def test_a_long_session_name_saves_with_its_lock_and_backup(tmp_path: Path, name: str) -> None:
    session = tmp_path / name
    assert len(os.fsencode(session.name)) >= 250
    assert vigie("demo", str(session)).returncode == 0
    urls = tmp_path / "urls.txt"
    urls.write_text("https://x.com/long\n", encoding="utf-8")

    done = vigie("import-accounts", str(session), str(urls), "--apply")

    assert done.returncode == 0, done.stderr
    assert "internal error" not in done.stderr
    assert backup_path(session).exists()
    assert len(os.fsencode(backup_path(session).name)) <= 255
    assert len(load_session(session).session.audit.accounts) == 42
    assert leftovers(tmp_path) == []
    assert not lock_path(session).exists()


def test_the_lock_of_a_long_name_still_keeps_others_out(tmp_path: Path) -> None:
    session = tmp_path / NAMES["250 ASCII bytes"]
    assert vigie("demo", str(session)).returncode == 0
    before = session.read_bytes()
    with acquire_lock(session):
        assert len(os.fsencode(lock_path(session).name)) <= 255
        done = vigie("demo", str(session))
    assert done.returncode == 1
    assert "is open by" in done.stderr
    assert session.read_bytes() == before


def test_export_to_a_250_byte_name(tmp_path: Path) -> None:
    session = tmp_path / "audit.vigie"
    assert vigie("demo", str(session)).returncode == 0
    target = tmp_path / ("b" * 245 + ".xlsx")
    done = vigie("export", str(session), "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert target.stat().st_size > 0
    assert leftovers(tmp_path) == []
