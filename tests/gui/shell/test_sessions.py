"""Opening, saving, locks, conflicts, damaged files and crash recovery, through the GUI."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime

from helpers.shell import answer, fill_engagement, type_text

from ui import dialogs
from ui.app import CrashHandler
from ui.wizard import PageId
from wizard.sessions import recovery, store
from wizard.sessions.locking import LockInfo, lock_path
from wizard.sessions.session import Session


def saved_file(tmp_path, name="Ville de Lévis"):
    session = Session.new()
    session.audit.engagement.organisation.name = name
    session.audit.engagement.title = "Audit"
    path = tmp_path / "levis.vigie"
    store.save_session(session, path)
    return path


def test_open_file_locks_it_and_lists_it_as_recent(window, tmp_path):
    path = saved_file(tmp_path)
    assert window.controller.open_file(path)
    assert window.document.audit.engagement.organisation.name == "Ville de Lévis"
    assert lock_path(path).exists()
    assert window.settings.recent_files() == [path]
    assert window.settings.recent_organisation(path) == "Ville de Lévis"
    assert [a.text() for a in window.menu_actions.recent_menu.actions()] == ["&1 Ville de Lévis"]


def test_an_opened_audit_joins_the_desktops_recent_documents(window, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = saved_file(tmp_path)
    assert window.controller.open_file(path)
    listed = (tmp_path / "data" / "recently-used.xbel").read_text(encoding="utf-8")
    assert f'href="{path.as_uri()}"' in listed
    assert "application/vnd.vigie.audit+zip" in listed
    start = window.wizard.page(PageId.START)
    assert start.recent_model.item(0, 0).text() == "Ville de Lévis"
    window.close()
    assert not lock_path(path).exists()


def _foreign_lock(path):
    info = LockInfo(
        user="marie",
        host="other-pc",
        pid=4242,
        time=datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
    )
    lock_path(path).write_bytes(info.to_json())


def test_lock_from_another_host_read_only(window, tmp_path, monkeypatch):
    path = saved_file(tmp_path)
    _foreign_lock(path)
    calls = answer(monkeypatch, "ask_lock_choice", dialogs.LockChoice.READ_ONLY)
    assert window.controller.open_file(path)
    assert calls[0][1:3] == ("marie", "other-pc")
    assert window.document.read_only
    assert window.state_label.text() == "Read-only"
    assert b"other-pc" in lock_path(path).read_bytes()  # their lock is untouched


def test_lock_from_another_host_copy_and_take_over(window, tmp_path, monkeypatch):
    path = saved_file(tmp_path)
    _foreign_lock(path)
    answer(monkeypatch, "ask_lock_choice", dialogs.LockChoice.COPY)
    assert window.controller.open_file(path)
    assert window.document.path is None
    assert window.document.audit.engagement.organisation.name == "Ville de Lévis"
    answer(monkeypatch, "ask_lock_choice", dialogs.LockChoice.TAKE_OVER)
    assert window.controller.open_file(path)
    assert window.document.path == path
    assert str(os.getpid()).encode() in lock_path(path).read_bytes()


def test_lock_cancel_opens_nothing(window, tmp_path, monkeypatch):
    path = saved_file(tmp_path)
    _foreign_lock(path)
    answer(monkeypatch, "ask_lock_choice", dialogs.LockChoice.CANCEL)
    assert not window.controller.open_file(path)
    assert window.document.audit.engagement.organisation.name == ""


def test_damaged_file_is_reported_and_nothing_loaded(window, tmp_path, monkeypatch):
    path = tmp_path / "broken.vigie"
    path.write_bytes(b"PK\x03\x04 this is not a whole zip")
    calls = answer(monkeypatch, "warn", None)
    assert not window.controller.open_file(path)
    assert calls
    assert calls[0][1] == "Damaged file"
    assert calls[0][3]  # the reason
    assert window.document.audit.engagement.organisation.name == ""
    assert not lock_path(path).exists()


def test_damaged_file_offers_the_backup(window, tmp_path, monkeypatch):
    path = saved_file(tmp_path)
    store.save_session(Session.new(), path)  # the good version becomes .bak
    path.write_bytes(b"garbage")
    asked = answer(monkeypatch, "ask_yes_no", True)
    assert not window.controller.open_file(path)
    assert "levis.vigie.bak" in asked[0][2]
    assert window.document.audit.engagement.organisation.name == "Ville de Lévis"
    assert window.document.path is None  # saved under a name the user chooses


def test_file_changed_on_disk_is_never_overwritten(window, tmp_path, monkeypatch):
    path = saved_file(tmp_path)
    assert window.controller.open_file(path)
    other = store.load_session(path).session
    other.audit.engagement.title = "Changed by a colleague"
    store.save_session(other, path)
    fill_engagement(window, "Ville de Lévis (mine)")
    conflict = answer(monkeypatch, "ask_conflict", dialogs.ConflictChoice.SAVE_COPY)
    copy = tmp_path / "mine.vigie"
    answer(monkeypatch, "get_save_path", copy)
    assert window.controller.save()
    assert conflict
    assert store.load_session(path).session.audit.engagement.title == "Changed by a colleague"
    assert store.load_session(copy).session.audit.engagement.organisation.name.endswith("(mine)")
    assert window.document.path == copy


def test_save_failure_keeps_the_work(window, tmp_path, monkeypatch):
    fill_engagement(window)
    folder = tmp_path / "no-such-folder" / "x.vigie"
    answer(monkeypatch, "get_save_path", folder)
    warned = answer(monkeypatch, "warn", None)
    assert not window.controller.save()
    assert warned
    assert warned[0][1] == "Not saved"
    assert window.document.dirty
    assert window.state_label.text() == "Unsaved changes"


def test_recovery_copy_within_two_seconds_then_restore(make_window, qtbot, monkeypatch):
    first = make_window()
    fill_engagement(first, "Ville de Gatineau")
    qtbot.waitUntil(lambda: len(recovery.list_recoveries()) == 1, timeout=2000)
    # the process "crashes": the window goes without a clean close
    first.controller.recovery.unwatch()
    second = make_window()
    assert second.wizard.page(PageId.START).recover_button.isEnabled()
    answer(monkeypatch, "ask_recovery", dialogs.RecoveryChoice.LATER)
    assert not second.controller.offer_recoveries()
    assert len(recovery.list_recoveries()) == 1  # "later" keeps it
    asked = answer(monkeypatch, "ask_recovery", dialogs.RecoveryChoice.RESTORE)
    assert second.controller.offer_recoveries()
    assert "Ville de Gatineau" in asked[0][1]
    assert second.document.audit.engagement.organisation.name == "Ville de Gatineau"
    assert second.document.dirty
    assert len(recovery.list_recoveries()) == 1  # kept until the work is saved


def test_recovery_discard_and_clean_save(make_window, qtbot, monkeypatch, tmp_path):
    window = make_window()
    fill_engagement(window)
    qtbot.waitUntil(lambda: len(recovery.list_recoveries()) == 1, timeout=2000)
    answer(monkeypatch, "get_save_path", tmp_path / "q.vigie")
    assert window.controller.save()
    assert recovery.list_recoveries() == []  # a successful save removes the copy
    type_text(window.wizard.page(PageId.ENGAGEMENT).sector, "Municipal")
    qtbot.waitUntil(lambda: len(recovery.list_recoveries()) == 1, timeout=2000)
    window.controller.recovery.unwatch()
    answer(monkeypatch, "ask_recovery", dialogs.RecoveryChoice.DISCARD)
    assert not window.controller.offer_recoveries()
    assert recovery.list_recoveries() == []


def test_crash_handler_logs_and_keeps_the_work(window, tmp_path, monkeypatch):
    fill_engagement(window)
    warned = answer(monkeypatch, "warn", None)
    handler = CrashHandler(window)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        handler(*sys.exc_info())
    log_file = tmp_path / "log" / "vigie.log"
    assert "RuntimeError: boom" in log_file.read_text(encoding="utf-8")
    assert str(log_file) in warned[0][3]
    assert "Traceback" not in warned[0][2] + warned[0][3]
    assert len(recovery.list_recoveries()) == 1
