"""Case 12: the session is open elsewhere (another process, another machine): the user
sees who, where and since when, and chooses: open read-only, open a copy, or take over.
Two real processes here; lock mechanics in tests/sessions/test_store_locking.py."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers.reliability import ROOT, answer

from wizard.sessions.locking import LockInfo, lock_path
from wizard.sessions.session import Session
from wizard.sessions.store import LockedError, acquire_lock, load_session, save_session

_HOLDER = """
import sys
from pathlib import Path
from wizard.sessions.store import acquire_lock
lock = acquire_lock(Path(sys.argv[1]))
print("locked", flush=True)
sys.stdin.readline()
lock.release()
print("released", flush=True)
"""


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "audit.vigie"
    session = Session.new()
    session.audit.engagement.organisation.name = "Ville de Trois-Rivières"
    save_session(session, path)
    return path


def test_second_process_sees_the_first_ones_lock(session_file: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(session_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    ) as holder:
        assert holder.stdout is not None
        assert holder.stdin is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(LockedError) as caught:
            acquire_lock(session_file)
        info = caught.value.info
        assert (info.pid, info.host) == (holder.pid, socket.gethostname())
        assert not info.is_stale()
        assert f"audit.vigie is open by {info.user} on {info.host} since " in caught.value.reason
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "released"
    with acquire_lock(session_file):  # free again
        pass


def _their_lock(path: Path) -> bytes:
    info = LockInfo("marie", "PC-COMPTA-07", 4242, datetime(2026, 3, 1, 9, 30, tzinfo=UTC))
    lock_path(path).write_bytes(info.to_json())
    return lock_path(path).read_bytes()


def test_gui_dialog_names_user_host_and_time(
    window, session_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import dialogs

    theirs = _their_lock(session_file)
    asked = answer(monkeypatch, "ask_lock_choice", dialogs.LockChoice.READ_ONLY)
    assert window.controller.open_file(session_file)
    since = datetime(2026, 3, 1, 9, 30, tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
    assert asked[0][1:] == ("marie", "PC-COMPTA-07", since)
    assert window.document.read_only
    assert lock_path(session_file).read_bytes() == theirs


def test_gui_read_only_never_writes_over_their_file(
    window, session_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import dialogs

    _their_lock(session_file)
    before = session_file.read_bytes()
    answer(monkeypatch, "ask_lock_choice", dialogs.LockChoice.READ_ONLY)
    assert window.controller.open_file(session_file)
    window.document.audit.engagement.title = "My notes"
    window.document.mark_changed()
    copy = tmp_path / "mine.vigie"
    offered = answer(monkeypatch, "get_save_path", copy)
    assert window.controller.save()  # Save on a read-only audit means "Save as"
    assert offered
    assert session_file.read_bytes() == before
    assert load_session(copy).session.audit.engagement.title == "My notes"


def test_gui_take_over_replaces_their_lock(
    window, session_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import dialogs

    _their_lock(session_file)
    answer(monkeypatch, "ask_lock_choice", dialogs.LockChoice.TAKE_OVER)
    assert window.controller.open_file(session_file)
    info = json.loads(lock_path(session_file).read_text(encoding="utf-8"))
    assert (info["pid"], info["host"]) == (os.getpid(), socket.gethostname())
    assert not window.document.read_only


def test_another_hosts_lock_is_never_taken_silently(session_file: Path) -> None:
    """Its process cannot be checked from here: the lock stays until the user decides."""
    theirs = _their_lock(session_file)
    with pytest.raises(LockedError):
        acquire_lock(session_file)
    assert lock_path(session_file).read_bytes() == theirs
