"""An attachment's capture date typed from the keyboard on an assessment step, in both
languages: the date lands on the attachment (not on when it was attached), undoes, and
survives Save and reopen."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

import pytest
from helpers.by_hand_keys import focus, press, type_text
from helpers.by_hand_steps import go_by_step_list, new_audit_with_engagement, tab_to
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from ui import dialogs, opened_copies
from ui.wizard import assessment_id

CTRL = Qt.KeyboardModifier.ControlModifier


def _first_card_choosing(window, monkeypatch, file: Path, data: bytes):
    """A new audit's first criterion card, reached by the step list, with ``file`` (holding
    ``data``) as what the file chooser will answer."""
    new_audit_with_engagement(window)
    page = go_by_step_list(window, assessment_id(0))
    file.write_bytes(data)
    monkeypatch.setattr(dialogs, "get_open_path", lambda *a: file)
    return window, page.cards[0]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_capture_date_typed_by_keyboard_lands_and_survives_reopen(
    make_window, monkeypatch, tmp_path: Path, lang
):
    window, card = _first_card_choosing(
        make_window(lang), monkeypatch, tmp_path / "capture-facebook.png", b"\x89PNG screenshot"
    )
    press(Qt.Key.Key_Tab)
    tab_to(card.evidence.add_button)
    press(Qt.Key.Key_Space)  # Add file…
    (record,) = window.document.audit.evidence
    assert record.captured is None, "a new attachment's capture date is unknown"
    tab_to(card.evidence.list)
    press(Qt.Key.Key_Home)  # select the attachment
    assert card.evidence.captured.isEnabled()
    tab_to(card.evidence.captured)
    type_text("14/03/2026")
    assert focus() is card.evidence.captured, "typing moved the focus"
    press(Qt.Key.Key_Tab)  # leaving the field commits it
    assert window.document.audit.evidence[0].captured == date(2026, 3, 14)
    assert window.document.audit.evidence[0].added.date() != date(2026, 3, 14)

    window.document.undo_stack.undo()
    assert window.document.audit.evidence[0].captured is None
    assert card.evidence.captured.text() == ""
    window.document.undo_stack.redo()
    assert card.evidence.captured.text() == "2026-03-14"

    target = tmp_path / "audit.vigie"
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: target)
    press(Qt.Key.Key_S, CTRL)
    monkeypatch.setattr(dialogs, "get_open_path", lambda *a: target)
    window.new_audit()
    press(Qt.Key.Key_O, CTRL)
    assert window.document.audit.evidence[0].captured == date(2026, 3, 14)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_attachment_opened_by_keyboard_is_a_read_only_copy_removed_at_exit(
    make_window, monkeypatch, tmp_path: Path, lang
):
    """Enter on the selected attachment opens it with the system's viewer: a read-only copy
    (an edit there would be lost), deleted when Vigie quits (ui/opened_copies.py)."""
    window, card = _first_card_choosing(
        make_window(lang), monkeypatch, tmp_path / "policy.pdf", b"%PDF-1.4 policy"
    )
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()
    opened: list[Path] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(Path(url.toLocalFile()))),
    )
    press(Qt.Key.Key_Tab)
    tab_to(card.evidence.add_button)
    press(Qt.Key.Key_Space)  # Add file…
    tab_to(card.evidence.list)
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Return)  # open the attachment
    (copy,) = opened
    assert copy.name == "policy.pdf"
    assert copy.read_bytes() == b"%PDF-1.4 policy"
    assert stat.S_IMODE(copy.stat().st_mode) == stat.S_IRUSR
    assert focus() is card.evidence.list, "opening moved the focus"
    opened_copies.remove_all()  # what happens when Vigie quits
    assert not copy.parent.exists()
    assert window.document.session.blobs  # the original stays in the session
