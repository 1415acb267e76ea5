"""Issue 18, case 8: a lock file whose ``pid`` is 2^31 or more made ``--apply`` exit 70
(``os.kill`` cannot take it). A lock field no process could have is a damaged lock: the
rules for an unreadable lock apply (refused while fresh, taken over once stale)."""

from __future__ import annotations

import json
import os
import socket
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers.reliability import vigie

from wizard.sessions.session import Session
from wizard.sessions.store import load_session, read_lock, save_session

BAD_FIELDS = {
    "pid 2^31": {"pid": 2**31},
    "pid 2^63": {"pid": 2**63},
    "pid 10^30": {"pid": 10**30},
    "negative pid": {"pid": -5},
    "pid as text": {"pid": "12"},
    "time without zone": {"time": "2026-01-01T10:00:00", "pid": 2**40},
}


def _lock(folder: Path, fields: dict[str, object], age_seconds: float) -> None:
    lock = {
        "user": "marie",
        "host": socket.gethostname(),
        "pid": 1,
        "time": datetime.now(UTC).isoformat(),
        **fields,
    }
    path = folder / ".audit.vigie.lock"
    path.write_text(json.dumps(lock), encoding="utf-8")
    stamp = time.time() - age_seconds
    os.utime(path, (stamp, stamp))


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path]:
    session = tmp_path / "audit.vigie"
    save_session(Session.new(), session)
    urls = tmp_path / "urls.txt"
    urls.write_text("https://x.com/a\n", encoding="utf-8")
    return session, urls


@pytest.mark.parametrize("fields", BAD_FIELDS.values(), ids=BAD_FIELDS.keys())
def test_a_fresh_damaged_lock_is_respected(setup: tuple[Path, Path], fields: dict) -> None:
    session, urls = setup
    _lock(session.parent, fields, age_seconds=0)
    before = session.read_bytes()
    done = vigie("import-accounts", str(session), str(urls), "--apply")
    assert done.returncode == 1, done.stderr
    assert "the lock file is unreadable" in done.stderr
    assert session.read_bytes() == before
    info = read_lock(session)
    assert info is not None
    assert not info.readable


@pytest.mark.parametrize("fields", BAD_FIELDS.values(), ids=BAD_FIELDS.keys())
def test_a_stale_damaged_lock_is_taken_over(setup: tuple[Path, Path], fields: dict) -> None:
    session, urls = setup
    _lock(session.parent, fields, age_seconds=3600)
    done = vigie("import-accounts", str(session), str(urls), "--apply")
    assert done.returncode == 0, done.stderr
    assert len(load_session(session).session.audit.accounts) == 1
