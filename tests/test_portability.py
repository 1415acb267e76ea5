"""Windows and macOS behaviour that can be checked from here: paths written on Windows, lock
files on a Windows share, and Windows' "file in use" refusal when a save swaps the file in.

Windows refuses to replace or delete a file that another program holds open (error 32,
sharing violation); antivirus scanners, the search indexer and sync clients (OneDrive,
Dropbox) hold freshly written files for a moment, so the swap is tried again briefly. Nor can
a file be deleted while another process reads it: on a share, a colleague's Vigie reading
the lock file when this one releases or takes it over.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path, PureWindowsPath

import pytest
from helpers.audits import make_session

from wizard.demo import demo_session
from wizard.history.baseline import baseline_file
from wizard.sessions import atomic
from wizard.sessions.locking import LockUnavailableError, acquire_lock, lock_path
from wizard.sessions.store import SaveError, backup_path, load_session, save_session


def _in_use(winerror: int = 32) -> PermissionError:
    """The exception Windows raises for a file held by another program."""
    exc = PermissionError(errno.EACCES, "The process cannot access the file")
    exc.winerror = winerror  # type: ignore[attr-defined]  # set by Python on Windows only
    return exc


@pytest.fixture
def no_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic.time, "sleep", lambda _seconds: None)


def test_save_goes_through_when_windows_briefly_holds_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_wait: None
) -> None:
    path = tmp_path / "audit.vigie"
    save_session(make_session(org="Version A"), path)
    real_replace = os.replace
    refusals = []

    def replace(src: os.PathLike[str], dst: os.PathLike[str]) -> None:
        if Path(dst) == path and len(refusals) < 2:
            refusals.append(dst)
            raise _in_use()
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    save_session(make_session(org="Version B"), path)
    assert len(refusals) == 2
    assert load_session(path).session.audit.engagement.organisation.name == "Version B"
    assert load_session(backup_path(path)).session.audit.engagement.organisation.name == "Version A"


def test_a_file_kept_open_by_another_program_is_named_and_nothing_is_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_wait: None
) -> None:
    path = tmp_path / "audit.vigie"
    save_session(make_session(org="Version A"), path)
    before = path.read_bytes()
    real_replace = os.replace

    def replace(src: os.PathLike[str], dst: os.PathLike[str]) -> None:
        if Path(dst) == path:
            raise _in_use()
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(SaveError) as caught:
        save_session(make_session(org="Version B"), path)
    message = str(caught.value.reason)
    assert "another program has the file open" in message
    assert "previous version is unchanged" in message
    assert "\n" not in message
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["audit.vigie"]  # no temp file left


def test_lock_file_sits_beside_a_session_on_a_windows_share() -> None:
    session = PureWindowsPath(r"\\serveur\partage\Audits 2026\Client é.vigie")
    lock = lock_path(session)  # type: ignore[arg-type]  # pure path arithmetic only
    assert lock == PureWindowsPath(r"\\serveur\partage\Audits 2026\.Client é.vigie.lock")
    assert not set(lock.name) & set('<>:"/\\|?*')  # a name Windows and SMB shares accept


def test_a_baseline_typed_on_windows_is_found_on_macos_and_linux(tmp_path: Path) -> None:
    (tmp_path / "2025").mkdir()
    (tmp_path / "2026").mkdir()
    session = demo_session()
    session.path = tmp_path / "2026" / "audit.vigie"
    session.audit.engagement.baseline = r"..\2025\audit 2025.vigie"
    found = baseline_file(session)
    assert found is not None
    assert found.resolve() == (tmp_path / "2025" / "audit 2025.vigie").resolve()


def _refuse_unlink(monkeypatch: pytest.MonkeyPatch, target: Path, times: int) -> list[Path]:
    """``Path.unlink`` of ``target`` fails like Windows' for its first ``times`` calls."""
    real_unlink = Path.unlink
    refusals: list[Path] = []

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self == target and len(refusals) < times:
            refusals.append(self)
            raise _in_use()
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    return refusals


def test_releasing_a_lock_a_colleague_is_reading_still_removes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_wait: None
) -> None:
    session = tmp_path / "audit.vigie"
    lock = acquire_lock(session)
    refusals = _refuse_unlink(monkeypatch, lock_path(session), times=2)
    lock.release()
    assert len(refusals) == 2
    assert not lock_path(session).exists()


def test_a_lock_that_stays_in_use_is_left_without_an_error_on_close(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_wait: None
) -> None:
    session = tmp_path / "audit.vigie"
    lock = acquire_lock(session)
    _refuse_unlink(monkeypatch, lock_path(session), times=1000)
    lock.release()  # closing the session must not fail because of the lock file
    assert lock_path(session).exists()


def test_taking_over_a_lock_held_open_elsewhere_says_so_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_wait: None
) -> None:
    session = tmp_path / "audit.vigie"
    acquire_lock(session)
    _refuse_unlink(monkeypatch, lock_path(session), times=1000)
    with pytest.raises(LockUnavailableError) as caught:
        acquire_lock(session, take_over=True)
    assert "another program has it open" in caught.value.reason
    assert "\n" not in caught.value.reason
