"""Messages a person meets when something cannot be done: in their language, saying why."""

from __future__ import annotations

import pytest
from helpers.by_hand_keys import press
from PySide6.QtCore import Qt

from ui import dialogs
from ui.wizard import PageId


@pytest.mark.parametrize(
    ("lang", "title", "words"),
    [
        ("fr", "Pas un audit Vigie", "n’est pas un fichier d’audit Vigie"),
        ("en", "Not a Vigie audit", "is not a Vigie audit file"),
    ],
)
def test_opening_a_non_vigie_file_says_so_in_the_interface_language(
    make_window, monkeypatch, tmp_path, lang, title, words
):
    other = tmp_path / "comptes.csv"
    other.write_text("platform,handle\nx,villequebec\n", encoding="utf-8")
    shown: list[tuple] = []
    monkeypatch.setattr(dialogs, "get_open_path", lambda *a: other)
    monkeypatch.setattr(dialogs, "warn", lambda *a: shown.append(a))
    make_window(lang)
    press(Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1
    _parent, shown_title, text, *details = shown[0]
    assert shown_title == title
    assert words in text
    assert "comptes.csv" in text
    assert "damaged" not in " ".join([text, *details]).lower()
    assert "zip" not in " ".join([text, *details])


@pytest.mark.parametrize("missing", [True, False])
def test_open_the_workbook_says_why_it_cannot(make_window, monkeypatch, tmp_path, missing):
    workbook = tmp_path / "audit.xlsx"
    if not missing:
        workbook.write_bytes(b"PK")
    shown: list[tuple] = []
    monkeypatch.setattr(dialogs, "open_path", lambda _p: False)  # no program for it
    monkeypatch.setattr(dialogs, "warn", lambda *a: shown.append(a))
    window = make_window("fr")
    window.controller.open_demo()
    assert window.go_to(PageId.SUMMARY)
    panel = window.wizard.currentPage().export_panel
    panel.last_path = workbook
    panel.open_button.setEnabled(True)
    panel.open_button.setFocus()
    press(Qt.Key.Key_Space)
    assert len(shown) == 1
    _parent, title, reason, detail = shown[0]
    assert title == "Ouverture impossible"
    assert str(workbook) == detail
    assert ("n’est plus là" in reason) if missing else ("Aucun programme" in reason)
