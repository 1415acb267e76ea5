"""Case 11: the export target is open in another program, or the folder is read-only: a
clear message that offers another name; nothing lost (the old workbook and the session are
as they were, no temp file)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from helpers.audits import make_session
from helpers.reliability import answer, leftovers, remount, tmpfs, vigie

from wizard.sessions.store import SaveError, save_session
from wizard.workbook import ExportError, export_workbook


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "audit.vigie"
    save_session(make_session(org="Ville de Sherbrooke"), path)
    return path


@pytest.mark.parametrize(
    ("lock", "program"), [(".~lock.out.xlsx#", "LibreOffice"), ("~$out.xlsx", "Excel")]
)
def test_command_refuses_a_workbook_open_elsewhere(
    session_file: Path, tmp_path: Path, lock: str, program: str
) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"the client's annotated copy")
    (tmp_path / lock).write_text("locked", encoding="utf-8")
    session_before = session_file.read_bytes()
    done = vigie("export", str(session_file), "-o", str(target))
    assert done.returncode == 1
    assert f"out.xlsx is open in {program}; close it there or choose another file name" in (
        done.stderr
    )
    assert "Traceback" not in done.stderr
    assert target.read_bytes() == b"the client's annotated copy"
    assert session_file.read_bytes() == session_before
    assert leftovers(tmp_path) == []


def test_real_read_only_folder(tmp_path: Path) -> None:
    """A read-only file system refuses even root: the export and the save both say so."""
    with tmpfs(tmp_path / "disk", 2048) as disk:
        target = disk / "out.xlsx"
        export_workbook(make_session(), target)
        save_session(make_session(org="On the disk"), disk / "audit.vigie")
        before = target.read_bytes()
        remount(disk, "ro")
        try:
            with pytest.raises(ExportError, match=r"out\.xlsx is read-only; choose another file"):
                export_workbook(make_session(org="New"), target)
            with pytest.raises(ExportError, match="this folder is not writable; choose another"):
                export_workbook(make_session(org="New"), disk / "new.xlsx")
            with pytest.raises(SaveError, match=r"read-only disk\. The previous version is"):
                save_session(make_session(org="New"), disk / "audit.vigie")
            assert target.read_bytes() == before
            assert leftovers(disk) == []
        finally:
            remount(disk, "rw")


def test_replace_refused_by_the_program_holding_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace a file Excel holds open: ``PermissionError`` at the swap."""
    target = tmp_path / "out.xlsx"
    export_workbook(make_session(org="Old"), target)
    before = target.read_bytes()
    real_replace = os.replace

    def replace(src: str, dst: str) -> None:
        if Path(dst) == target:
            raise PermissionError(errno.EACCES, "Access is denied")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(ExportError, match=r"permission denied \(read-only folder, or the file is"):
        export_workbook(make_session(org="New"), target)
    assert target.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_gui_says_choose_another_name_and_keeps_the_work(
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.wizard import PageId

    target = tmp_path / "out.xlsx"
    target.write_bytes(b"previous")
    (tmp_path / ".~lock.out.xlsx#").write_text("locked", encoding="utf-8")
    answer(monkeypatch, "get_save_path", target)
    warned = answer(monkeypatch, "warn", None)
    audit_before = window.document.audit.model_copy(deep=True)
    panel = window.wizard.page(PageId.SUMMARY).export_panel
    panel.choose_and_export()
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    [(_, title, text, reason)] = warned
    assert title == "Export failed"
    assert "Choose another name or folder" in text
    assert "open in LibreOffice" in reason
    assert target.read_bytes() == b"previous"
    assert window.document.audit == audit_before
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=10_000)
    assert panel.export_button.isEnabled()  # ready to try another name
