"""A consultant's own question bank that cannot be used says why in the interface language: a
French user reads « feuille 'Criteria', ligne 5 : … » and an English user "sheet 'Criteria',
row 5: …", by keyboard, in File → New Audit on a Question Bank… (a file opened from anywhere,
and a file of the bank folder)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.bank_dialog import drive
from helpers.banks import sized_bank
from helpers.by_hand_keys import focus, press
from helpers.by_hand_steps import tab_to
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from ui import dialogs
from ui.bank_choice import BankChoiceDialog
from ui.widgets import modal
from wizard.bank.template import write_bank_workbook
from wizard.bank.toml_writer import bank_to_toml

WORKBOOK_PROBLEMS = {
    "fr": [
        "feuille 'Criteria', cellule D4 : contient une formule (=1+1) ; une banque ne contient "
        "que des valeurs",
        "feuille 'Criteria', ligne 5, colonne section : section inconnue 'NOPE'",
        "feuille 'Criteria', ligne 3, colonne text_en (E) : la cellule est vide (la banque est "
        "rédigée en français et en anglais)",
        "feuille 'Sections', ligne 3, colonne weight (C) : valeur refusée (Input should be a "
        "valid number)",
    ],
    "en": [
        "sheet 'Criteria', cell D4: holds a formula (=1+1); a bank holds values only",
        "sheet 'Criteria', row 5, column section: unknown section 'NOPE'",
        "sheet 'Criteria', row 3, column text_en (E): the cell is empty (the bank is written in "
        "French and English)",
        "sheet 'Sections', row 3, column weight (C): Input should be a valid number",
    ],
}


def _broken_workbook(path: Path) -> Path:
    write_bank_workbook(path, sized_bank(3))
    book = load_workbook(path)
    criteria = book["Criteria"]
    criteria["E3"] = None  # text_en empty
    criteria["D4"] = "=1+1"  # a formula
    criteria["A5"] = "NOPE"  # an unknown section
    book["Sections"]["C3"] = "heavy"  # a weight that is not a number
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("fr", "Banque inutilisable", "bad.xlsx ne peut pas servir de banque de questions :"),
        ("en", "Cannot use this bank", "bad.xlsx cannot be used as a question bank:"),
    ],
)
def test_a_broken_workbook_opened_by_keyboard_says_where_in_the_language(
    make_window, monkeypatch, qtbot, tmp_path, lang, title, text
):
    bad = _broken_workbook(tmp_path / "bad.xlsx")
    warned: list[tuple] = []
    monkeypatch.setattr(dialogs, "get_open_path", lambda *a: bad)
    monkeypatch.setattr(dialogs, "warn", lambda *a: warned.append(a))

    def steps(dialog: BankChoiceDialog) -> None:
        tab_to(dialog.open_button)  # Open a Bank File…
        press(Qt.Key.Key_Space)
        assert dialog.list.count() == 1  # refused: not added to the list
        press(Qt.Key.Key_Escape)

    monkeypatch.setattr(modal, "run", drive(qtbot, steps))
    window = make_window(lang)
    window.menu_actions.new_on_bank.trigger()
    [(_parent, shown_title, shown_text, details)] = warned
    assert (shown_title, shown_text) == (title, text)
    lines = details.splitlines()
    for line in WORKBOOK_PROBLEMS[lang]:
        assert line in lines, (line, lines)
    other = "en" if lang == "fr" else "fr"
    assert not set(WORKBOOK_PROBLEMS[other]) & set(lines)


@pytest.mark.parametrize(
    ("lang", "reasons"),
    [
        (
            "fr",
            "scale[2].value : vaut 7, 2 attendu (les niveaux sont numérotés 0, 1, 2… dans "
            "l'ordre) (et 1 autre problème)",
        ),
        (
            "en",
            "scale[2].value: is 7, expected 2 (levels are numbered 0, 1, 2… in order) "
            "(and 1 more problem)",
        ),
    ],
)
def test_a_broken_bank_of_the_folder_shows_its_problem_in_the_language(
    make_window, settings, monkeypatch, qtbot, tmp_path, lang, reasons
):
    folder = tmp_path / "banks"
    folder.mkdir()
    text = bank_to_toml(sized_bank(2, 1)).replace("value = 2\n", "value = 7\n")
    text = text.replace('id = "S2"', 'id = "S1"')  # a section id used twice
    (folder / "levels.toml").write_text(text, encoding="utf-8")
    settings.set_bank_folder(folder)
    seen: dict[str, object] = {}

    def steps(dialog: BankChoiceDialog) -> None:
        assert isinstance(focus(), QListWidget)
        press(Qt.Key.Key_Down)  # the folder's broken bank, below the shipped one
        seen["details"] = dialog.details.text()
        seen["create"] = dialog.ok.isEnabled()
        press(Qt.Key.Key_Escape)

    monkeypatch.setattr(modal, "run", drive(qtbot, steps))
    window = make_window(lang)
    window.menu_actions.new_on_bank.trigger()
    assert seen == {"details": reasons, "create": False}
