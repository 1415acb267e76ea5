"""The lock file beside a session: RELIABILITY cases 12 (open on another machine) and 13
(stale lock left by a crash on this machine)."""

from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wizard.sessions import locking
from wizard.sessions.locking import LockInfo, acquire_lock, lock_path, read_lock
from wizard.sessions.store import LockedError, LockUnavailableError


def _dead_pid() -> int:
    """The pid of a process that has exited and been reaped."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _write_lock(session: Path, **fields: object) -> Path:
    data = {
        "user": "marie",
        "host": "PC-COMPTA-07",
        "pid": 4242,
        "time": "2024-05-01T14:20:00+00:00",
        "app_version": "0.9.0",
        "boot_id": "",
        "token": "theirs",
    }
    data.update(fields)
    target = lock_path(session)
    target.write_text(json.dumps(data), encoding="utf-8")
    return target


def test_acquire_writes_who_and_release_removes(tmp_path: Path) -> None:
    session = tmp_path / "audit.vigie"
    assert read_lock(session) is None
    with acquire_lock(session) as lock:
        assert lock.lock_file == tmp_path / ".audit.vigie.lock"
        info = read_lock(session)
        assert info is not None
        assert (info.host, info.pid) == (socket.gethostname(), os.getpid())
        assert info.user
        assert info.app_version
        assert abs((datetime.now(UTC) - info.time).total_seconds()) < 5
        assert not info.is_stale()
        assert lock.is_held()
    assert read_lock(session) is None
    lock.release()  # twice is harmless


def test_second_open_in_a_live_process_is_locked(tmp_path: Path) -> None:
    session = tmp_path / "audit.vigie"
    with acquire_lock(session), pytest.raises(LockedError) as caught:
        acquire_lock(session)
    assert caught.value.info.pid == os.getpid()


def test_case12_lock_from_another_host(tmp_path: Path) -> None:
    session = tmp_path / "audit.vigie"
    _write_lock(session)
    with pytest.raises(LockedError) as caught:
        acquire_lock(session)
    info = caught.value.info
    assert (info.user, info.host) == ("marie", "PC-COMPTA-07")
    assert info.time == datetime(2024, 5, 1, 14, 20, tzinfo=UTC)
    since = info.time.astimezone().strftime("%Y-%m-%d %H:%M")
    assert caught.value.reason == f"audit.vigie is open by marie on PC-COMPTA-07 since {since}"
    assert not info.is_stale()  # another machine's process cannot be checked


def test_case12_take_over_when_the_user_chooses(tmp_path: Path) -> None:
    session = tmp_path / "audit.vigie"
    _write_lock(session)
    with acquire_lock(session, take_over=True) as lock:
        info = read_lock(session)
        assert info is not None
        assert info.token == lock.info.token
        assert info.host == socket.gethostname()


def test_case13_stale_lock_with_a_dead_pid_is_taken_over(tmp_path: Path) -> None:
    session = tmp_path / "audit.vigie"
    _write_lock(session, host=socket.gethostname(), pid=_dead_pid(), boot_id=locking._boot_id())
    stale = read_lock(session)
    assert stale is not None
    assert stale.is_stale()
    with acquire_lock(session) as lock:
        assert read_lock(session) == lock.info


@pytest.mark.skipif(sys.platform != "linux", reason="the boot id is Linux's")
def test_case13_lock_from_before_a_restart_is_stale(tmp_path: Path) -> None:
    assert locking._boot_id()
    session = tmp_path / "audit.vigie"
    _write_lock(session, host=socket.gethostname(), pid=os.getpid(), boot_id="previous-boot")
    with acquire_lock(session):
        pass


def test_taken_over_holder_does_not_remove_the_new_lock(tmp_path: Path) -> None:
    session = tmp_path / "audit.vigie"
    first = acquire_lock(session)
    second = acquire_lock(session, take_over=True)
    assert not first.is_held()
    first.release()
    assert second.is_held()
    second.release()
    assert read_lock(session) is None


def test_garbled_lock_young_is_respected_old_is_stale(tmp_path: Path) -> None:
    session = tmp_path / "audit.vigie"
    target = lock_path(session)
    target.write_bytes(b"")  # a crash between create and write
    with pytest.raises(LockedError, match="unreadable"):
        acquire_lock(session)
    old = time.time() - 120
    os.utime(target, (old, old))
    with acquire_lock(session) as lock:
        assert lock.is_held()


def test_only_one_of_many_simultaneous_openers_wins(tmp_path: Path) -> None:
    session = tmp_path / "audit.vigie"
    barrier = threading.Barrier(12)
    outcomes: list[str] = []

    def open_it() -> None:
        barrier.wait()
        try:
            acquire_lock(session)
            outcomes.append("won")
        except LockedError:
            outcomes.append("locked")

    threads = [threading.Thread(target=open_it) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("won") == 1
    assert outcomes.count("locked") == 11


def test_read_only_folder_cannot_be_locked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def open_(name: os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        if flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(name, flags, mode)

    monkeypatch.setattr(os, "open", open_)
    with pytest.raises(LockUnavailableError, match="cannot create the lock file"):
        acquire_lock(tmp_path / "audit.vigie")


def test_lock_info_round_trips_through_json(tmp_path: Path) -> None:
    info = LockInfo("léa", "poste-1", 12, datetime(2024, 1, 2, 3, 4, tzinfo=UTC), "1.0")
    assert locking._parse(info.to_json(), 0.0) == info
