"""Case 13: a stale lock left by a crash on this machine (its process is dead) is taken over
silently, by the store and by the GUI (no dialog at all)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.reliability import python

from wizard.sessions.locking import lock_path, read_lock
from wizard.sessions.session import Session
from wizard.sessions.store import acquire_lock, save_session

_CRASH_WHILE_HOLDING = """
import os, signal, sys
from pathlib import Path
from wizard.sessions.store import acquire_lock
acquire_lock(Path(sys.argv[1]))
print(os.getpid(), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.fixture
def crashed(tmp_path: Path) -> tuple[Path, int]:
    """A session whose lock belongs to a process that was killed while holding it."""
    path = tmp_path / "audit.vigie"
    session = Session.new()
    session.audit.engagement.organisation.name = "Ville de Saguenay"
    save_session(session, path)
    done = python(_CRASH_WHILE_HOLDING, str(path))
    assert done.returncode == -9, done.stderr
    pid = int(done.stdout)
    info = read_lock(path)
    assert info is not None
    assert info.pid == pid
    assert info.is_stale()
    return path, pid


def test_store_takes_it_over_silently(crashed: tuple[Path, int]) -> None:
    path, dead = crashed
    with acquire_lock(path) as lock:
        info = read_lock(path)
        assert info is not None
        assert info.token == lock.info.token
        assert info.pid != dead
    assert not lock_path(path).exists()


def test_gui_opens_without_asking(window, crashed: tuple[Path, int]) -> None:
    """Every dialog fails this test if it is shown (conftest's make_window)."""
    path, dead = crashed
    assert window.controller.open_file(path)
    assert not window.document.read_only
    assert window.document.audit.engagement.organisation.name == "Ville de Saguenay"
    info = read_lock(path)
    assert info is not None
    assert info.pid != dead
