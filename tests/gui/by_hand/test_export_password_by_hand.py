"""Protect with a password, from the keyboard, in both languages: the password typed twice
encrypts the workbook, a mismatch is said inline and writes nothing, and the password is found
nowhere afterwards (settings, session, recovery copies, logs, the fields themselves)."""

from __future__ import annotations

import io
from pathlib import Path

import msoffcrypto
import pytest
from helpers.by_hand_keys import focus, press, type_text
from helpers.by_hand_steps import go_by_step_list, tab_to
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from ui import dialogs
from ui.wizard import PageId
from wizard.workbook import strings

CTRL = Qt.KeyboardModifier.ControlModifier
SECRET = "Motdepasse-Été-2026"


def _summary_panel(window):
    window.controller.open_demo()
    page = go_by_step_list(window, PageId.SUMMARY)
    press(Qt.Key.Key_Tab)
    return page.export_panel


def _type_passwords(panel, first: str, second: str) -> None:
    tab_to(panel.protect)
    press(Qt.Key.Key_Space)
    assert panel.protect.isChecked()
    assert panel.password.isVisible()
    tab_to(panel.password)
    type_text(first)
    assert focus() is panel.password, "typing moved the focus"
    press(Qt.Key.Key_Tab)
    assert focus() is panel.password_again
    type_text(second)


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_password_typed_twice_encrypts_and_is_kept_nowhere(
    make_window, monkeypatch, qtbot, tmp_path: Path, lang
):
    window = make_window(lang)
    panel = _summary_panel(window)
    _type_passwords(panel, SECRET, SECRET)
    target = tmp_path / "out" / "audit.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: target)
    tab_to(panel.export_button)
    with qtbot.waitSignal(panel.sig_exported, timeout=60_000):
        press(Qt.Key.Key_Space)
    qtbot.waitUntil(panel.export_button.isEnabled)
    assert panel.password.text() == ""
    assert panel.password_again.text() == ""
    assert "2026" not in panel.status.text()

    office = msoffcrypto.OfficeFile(io.BytesIO(target.read_bytes()))
    office.load_key(password=SECRET)
    plain = io.BytesIO()
    office.decrypt(plain)
    cover = load_workbook(plain)[strings.sheet_name("cover", panel.language.currentData())]
    assert cover["B3"].value == window.document.audit.engagement.organisation.name

    window.document.audit.engagement.title = "Changed after the export"
    window.document.mark_changed()
    keeper = window.controller.recovery
    keeper.write_now()
    assert keeper.written, "no recovery copy was written to look into"
    session = tmp_path / "audit.vigie"
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: session)
    press(Qt.Key.Key_S, CTRL)
    assert session.exists()
    window.settings.sync()
    for encoding in ("utf-8", "utf-16-le"):
        needle = SECRET.encode(encoding)
        assert needle not in _all_bytes(tmp_path), f"the password was written ({encoding})"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_two_different_passwords_are_said_inline_and_nothing_is_written(
    make_window, monkeypatch, tmp_path: Path, lang
):
    window = make_window(lang)
    panel = _summary_panel(window)
    _type_passwords(panel, SECRET, SECRET + "x")
    tab_to(panel.export_button)
    press(Qt.Key.Key_Space)  # no file chooser: the seam fails the test if one opens
    assert panel.password_problem.isVisible()
    assert panel.password_problem.text()
    assert focus() is panel.password_again
    assert list(tmp_path.glob("**/*.xlsx")) == []
