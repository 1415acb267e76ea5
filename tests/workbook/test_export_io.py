"""Writing the file: atomic, refuses locked or unwritable targets, progress and cancel, CLI."""

from __future__ import annotations

import os

import pytest
from helpers.sample import generated_audit
from helpers.workbook import load

from wizard.sessions.session import Session
from wizard.sessions.store import save_session
from wizard.workbook import ExportCancelled, ExportError, export_workbook, strings
from wizard.workbook.command import run_export


@pytest.fixture
def audit():
    return generated_audit(30, seed=2)


def _leftovers(folder):
    return [p.name for p in folder.iterdir() if p.name.startswith(".")]


def test_default_language_is_the_engagements(tmp_path, audit):
    audit.engagement.language = "en"
    path = export_workbook(Session(audit=audit), tmp_path / "a.xlsx")
    assert load(path).sheetnames[:9] == strings.sheet_names("en")


@pytest.mark.parametrize("lock", [".~lock.out.xlsx#", "~$out.xlsx"])
def test_target_open_elsewhere_is_refused_and_kept(tmp_path, audit, lock):
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"previous")
    (tmp_path / lock).write_text("locked")
    with pytest.raises(ExportError, match="is open in"):
        export_workbook(audit, target)
    assert target.read_bytes() == b"previous"


def test_folder_or_missing_directory_target(tmp_path, audit):
    (tmp_path / "dir.xlsx").mkdir()
    with pytest.raises(ExportError, match="folder"):
        export_workbook(audit, tmp_path / "dir.xlsx")
    with pytest.raises(ExportError, match="does not exist"):
        export_workbook(audit, tmp_path / "missing" / "x.xlsx")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_folder(tmp_path, audit):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="not writable"):
            export_workbook(audit, folder / "x.xlsx")
    finally:
        folder.chmod(0o700)


def test_write_failure_keeps_the_old_file_and_leaves_no_temp(tmp_path, audit, monkeypatch):
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"previous")

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("openpyxl.writer.excel.ExcelWriter.save", full_disk)
    with pytest.raises(ExportError, match="full"):
        export_workbook(audit, target)
    assert target.read_bytes() == b"previous"
    assert _leftovers(tmp_path) == []


def test_progress_reaches_the_end(tmp_path, audit):
    seen = []
    export_workbook(audit, tmp_path / "p.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1]
    assert [d / t for d, t in seen] == sorted(d / t for d, t in seen)


def test_cancel_writes_nothing(tmp_path):
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(ExportCancelled):
        export_workbook(generated_audit(600, seed=1), tmp_path / "c.xlsx", cancel=cancel)
    assert list(tmp_path.iterdir()) == []


def test_command(tmp_path, audit, capsys):
    session_path = tmp_path / "a.vigie"
    save_session(Session(audit=audit), session_path)
    out = tmp_path / "a.xlsx"
    assert run_export([str(session_path), "-o", str(out), "--lang", "en"]) == 0
    assert load(out).sheetnames[:9] == strings.sheet_names("en")
    assert run_export([str(tmp_path / "none.vigie"), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert run_export([str(session_path), "-o", str(tmp_path / "no" / "a.xlsx")]) == 1
