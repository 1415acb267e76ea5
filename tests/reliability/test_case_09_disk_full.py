"""Case 9: the disk fills up during a save: the error is shown, the previous file and its
backup are intact, no temp file is left, and the work is still in memory (and saves once
there is room again). The store-level basics are in tests/sessions/test_store_save_failures.py; here
the disk is a real full file system where possible, and the failure lands at every stage."""

from __future__ import annotations

import errno
import gc
import os
import random
from pathlib import Path

import pytest
from helpers.audits import make_session
from helpers.reliability import (
    answer,
    disk_fills_after,
    leftovers,
    remount,
    tmpfs,
    type_organisation,
)

from wizard.sessions.recovery import list_recoveries, load_recovery, write_recovery
from wizard.sessions.session import Session
from wizard.sessions.store import SaveError, SessionError, backup_path, load_session, save_session


def _heavy(org: str) -> Session:
    """A session with 400 KB of incompressible evidence: it cannot fit a 256 KB disk."""
    session = make_session(accounts=40, org=org)
    session.add_evidence("scan.bin", random.Random(9).randbytes(400_000))
    return session


def _saved_twice(path: Path) -> tuple[bytes, bytes]:
    save_session(make_session(org="Version A"), path)
    save_session(make_session(org="Version B"), path)
    return path.read_bytes(), backup_path(path).read_bytes()


def _assert_untouched(path: Path, before: bytes, backup: bytes) -> None:
    assert path.read_bytes() == before
    assert backup_path(path).read_bytes() == backup
    assert leftovers(path.parent) == []
    assert load_session(path).session.audit.engagement.organisation.name == "Version B"


def test_real_full_disk(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", 256) as disk:
        path = disk / "audit.vigie"
        before, backup = _saved_twice(path)
        session = _heavy("Version C")
        with pytest.raises(SaveError) as caught:
            save_session(session, path)
        assert "the disk is full" in caught.value.reason
        assert "The previous version is unchanged" in caught.value.reason
        _assert_untouched(path, before, backup)
        assert len(session.blobs) == 2  # the work, attachments included, is still in memory
        remount(disk, "size=4m")  # room again: the same work saves
        save_session(session, path)
        assert load_session(path).session.blobs == session.blobs
        assert backup_path(path).read_bytes() == before


def _file_size(tmp_path: Path, session: Session) -> int:
    probe = tmp_path / "probe" / "audit.vigie"
    probe.parent.mkdir()
    save_session(session, probe)
    return probe.stat().st_size


@pytest.mark.parametrize("fraction", [0.0, 0.01, 0.1, 0.5, 0.9, 0.99])
def test_disk_full_part_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fraction: float):
    path = tmp_path / "audit.vigie"
    before, backup = _saved_twice(path)
    session = _heavy("Version C")
    budget = int(_file_size(tmp_path, session) * fraction)
    with monkeypatch.context() as patch:
        disk_fills_after(patch, budget)
        with pytest.raises(SaveError, match="the disk is full"):
            save_session(session, path)
    _assert_untouched(path, before, backup)
    save_session(session, path)  # the space came back
    assert load_session(path).session.audit.engagement.organisation.name == "Version C"


@pytest.mark.parametrize(
    ("error", "message"),
    [(errno.ENOSPC, "the disk is full"), (errno.EDQUOT, "the disk quota is exceeded")],
)
def test_full_disk_reported_only_at_fsync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: int, message: str
) -> None:
    """Network and delayed-allocation file systems report a full disk at ``fsync``."""
    path = tmp_path / "audit.vigie"
    before, backup = _saved_twice(path)

    def fsync(fd: int) -> None:
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(SaveError, match=message):
        save_session(_heavy("Version C"), path)
    _assert_untouched(path, before, backup)


def test_recovery_copy_survives_a_full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    write_recovery(make_session(org="First draft"), "doc")
    with monkeypatch.context() as patch:
        disk_fills_after(patch, 1000)
        with pytest.raises(SessionError, match="the disk is full"):
            write_recovery(_heavy("Second draft"), "doc")
    [info] = list_recoveries()
    assert info.problem == ""
    assert load_recovery(info).session.audit.engagement.organisation.name == "First draft"
    assert leftovers(info.path.parent) == []


def _export_on_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from wizard.workbook import ExportError, export_workbook

    target = tmp_path / "audit.xlsx"
    export_workbook(make_session(org="Version A"), target)
    before = target.read_bytes()
    with monkeypatch.context() as patch:
        disk_fills_after(patch, 5000)
        with pytest.raises(ExportError, match="the disk is full"):
            export_workbook(make_session(org="Version B"), target)
    assert target.read_bytes() == before
    assert leftovers(tmp_path) == []
    gc.collect()  # an abandoned zip writer complains here, if one was left open


UNCLOSED_ZIP = (
    "openpyxl's save() leaves its ZipFile open when a write fails; when it is collected, "
    "ZipFile.__del__ seeks the closed temp file (ValueError, 'Exception ignored'). "
    "Harmless to the user; wizard/workbook/writer.py should close it"
)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_workbook_export_on_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _export_on_a_full_disk(tmp_path, monkeypatch)


def test_failed_export_leaves_no_open_zip_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _export_on_a_full_disk(tmp_path, monkeypatch)


def test_gui_says_not_saved_and_keeps_the_work(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "audit.vigie"
    before, backup = _saved_twice(path)
    assert window.controller.open_file(path)
    type_organisation(window, "Version C")
    warned = answer(monkeypatch, "warn", None)
    with monkeypatch.context() as patch:
        disk_fills_after(patch, 100)
        assert not window.controller.save()
    [(_, title, text, reason)] = warned
    assert title == "Not saved"
    assert "Your work is still open" in text
    assert "the disk is full" in reason
    assert window.document.dirty
    assert window.document.audit.engagement.organisation.name == "Version C"
    _assert_untouched(path, before, backup)
    assert window.controller.save()
    assert load_session(path).session.audit.engagement.organisation.name == "Version C"
