"""An audit opened read-only (someone else has it) cannot be changed from the keyboard.

The file is opened with File → Open while another computer holds its lock, and the user
chooses "Open read-only". On every step, Tab visits each control and keys are typed into
it; nothing may change in the audit, the title must not gain ``*``, Save must be disabled
(Ctrl+S opens nothing) and a banner says who has the file.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from helpers.by_hand_keys import focus, inside, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from ui import dialogs
from ui.wizard import PageId, assessment_id
from wizard.demo import demo_session
from wizard.sessions import store
from wizard.sessions.locking import LockInfo, lock_path

CTRL = Qt.KeyboardModifier.ControlModifier
STEPS = [
    PageId.ENGAGEMENT,
    PageId.INVENTORY,
    assessment_id(0),
    PageId.LEGAL,
    PageId.FINDINGS,
    PageId.SUMMARY,
]


@pytest.fixture
def locked_file(tmp_path):
    path = tmp_path / "demo.vigie"
    store.save_session(demo_session(), path)
    info = LockInfo(
        user="alex", host="other-pc", pid=4242, time=datetime(2026, 3, 1, 14, 2, tzinfo=UTC)
    )
    lock_path(path).write_bytes(info.to_json())
    return path


def open_read_only(window, monkeypatch, path):
    monkeypatch.setattr(dialogs, "get_open_path", lambda *a: path)
    monkeypatch.setattr(dialogs, "ask_lock_choice", lambda *a: dialogs.LockChoice.READ_ONLY)
    press(Qt.Key.Key_O, CTRL)
    assert window.document.read_only


def type_everywhere(page) -> int:
    """Tab through ``page`` typing into each control; how many controls were tried."""
    start = focus()
    tried = 0
    for _ in range(600):
        widget = focus()
        if inside(widget, page) and not isinstance(widget, QAbstractButton):
            type_text("zz9")
            press(Qt.Key.Key_Delete)
            press(Qt.Key.Key_Backspace)
            tried += 1
        press(Qt.Key.Key_Tab)
        if focus() is start:
            return tried
    raise AssertionError("Tab never came back to where it started")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_read_only_audit_cannot_be_typed_into_or_saved(make_window, monkeypatch, locked_file, lang):
    window = make_window(lang)
    open_read_only(window, monkeypatch, locked_file)
    before = window.document.audit.model_dump_json()
    assert window.banner.isVisible()
    assert "alex" in window.banner.label.text()
    assert not window.menu_actions.save.isEnabled()
    for step in STEPS:
        assert window.go_to(step)
        page = window.wizard.currentPage()
        window.focus_page()
        assert inside(focus(), page), step
        assert type_everywhere(page) > 0, step
        assert window.document.audit.model_dump_json() == before, f"step {step} changed"
        assert not window.document.dirty
        assert not window.isWindowModified()
    press(Qt.Key.Key_S, CTRL)  # no Save As: the seam fails the test if a dialog opens
    assert window.document.audit.model_dump_json() == before
    assert store.load_session(locked_file).session.audit.model_dump_json() == before
