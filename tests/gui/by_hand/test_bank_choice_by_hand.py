"""Issue 17: a consultant starts an audit on a bank of their own, by keyboard, in French and
English: File → New Audit on a Question Bank… (or New Audit once a bank folder is set)
lists the shipped bank and the folder's banks, opens a bank file kept elsewhere, and the
chosen bank is the audit's: its sections are the steps, it survives save and reopen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers.bank_dialog import drive
from helpers.banks import sized_bank
from helpers.by_hand_keys import focus, press
from helpers.by_hand_steps import tab_to
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPushButton

from ui import dialogs
from ui.bank_choice import BankChoiceDialog
from ui.widgets import modal
from ui.wizard import PageId, assessment_id
from wizard.bank.template import write_bank_workbook
from wizard.bank.toml_writer import write_bank_toml
from wizard.sessions.store import load_session

SHOT_DIR = os.environ.get("VIGIE_SCREENSHOT_DIR")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "banks"
    folder.mkdir()
    write_bank_toml(folder / "a-three.toml", sized_bank(3, 2, bank_id="three-sections"))
    write_bank_workbook(folder / "b-sixty.xlsx", sized_bank(60, 2, groups=4, bank_id="sixty"))
    (folder / "c-broken.toml").write_text('id = "x"\n', encoding="utf-8")
    return folder


def _texts(dialog: BankChoiceDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


@pytest.mark.parametrize(
    ("lang", "shipped", "broken", "create", "missing"),
    [
        (
            "fr",
            "(fournie avec Vigie)",
            "c-broken.toml — inutilisable",
            "Créer l’audit",
            "version : clé obligatoire absente (et 6 autres problèmes)",
        ),
        (
            "en",
            "(shipped with Vigie)",
            "c-broken.toml — cannot be used",
            "Create Audit",
            "version: required key is missing (and 6 more problems)",
        ),
    ],
)
def test_new_audit_on_a_bank_of_the_folder(
    make_window, settings, monkeypatch, qtbot, tmp_path, lang, shipped, broken, create, missing
):
    settings.set_bank_folder(_folder(tmp_path))
    seen: dict[str, object] = {}

    def steps(dialog: BankChoiceDialog) -> None:
        assert isinstance(focus(), QListWidget)  # the list has the focus: arrows choose
        texts = _texts(dialog)
        seen["texts"] = texts
        assert texts[0].endswith(shipped)
        assert texts[3] == broken
        press(Qt.Key.Key_Down)  # the 3-section bank
        seen["details"] = dialog.details.text()
        press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Down)  # the broken file: its reason shown, Create disabled
        seen["broken"] = (dialog.details.text(), dialog.ok.isEnabled())
        press(Qt.Key.Key_Up)
        press(Qt.Key.Key_Up)
        chain = []
        for _ in range(6):  # Tab reaches the buttons, the create button last but one
            press(Qt.Key.Key_Tab)
            chain.append(focus())
        seen["create"] = [w.text() for w in chain if isinstance(w, QPushButton)]
        target = next(w for w in chain if isinstance(w, QPushButton) and w.text() == create)
        while focus() is not target:
            press(Qt.Key.Key_Tab)
        if SHOT_DIR:
            dialog.grab().save(str(Path(SHOT_DIR) / f"bank-choice-{lang}.png"))
        press(Qt.Key.Key_Space)

    monkeypatch.setattr(modal, "run", drive(qtbot, steps))
    window = make_window(lang)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # New Audit: the folder is set
    assert (
        "sections : 3 · critères : 6" in str(seen["details"])
        if lang == "fr"
        else ("sections: 3 · criteria: 6" in str(seen["details"]))
    )
    problem, enabled = seen["broken"]
    assert problem == missing  # the folder's broken file: its first problem, in the language
    assert enabled is False
    assert create in seen["create"]
    audit = window.document.audit
    assert audit.framework.id == "three-sections"
    steps_shown = [window.steps.item(i).text() for i in range(window.steps.count())]
    assert [s for s in steps_shown if s.startswith("Section")] == [
        "Section 1" + (" (fr)" if lang == "fr" else ""),
        "Section 2" + (" (fr)" if lang == "fr" else ""),
        "Section 3" + (" (fr)" if lang == "fr" else ""),
    ]
    assert window.wizard.step_ids().count(assessment_id(2)) == 1
    assert assessment_id(3) not in window.wizard.step_ids()
    path = tmp_path / "client.vigie"
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: path)
    window.controller.save_as()
    assert load_session(path).session.audit.framework == audit.framework


@pytest.mark.parametrize(
    ("lang", "notice"),
    [
        ("fr", "Banque rédigée en anglais seulement : le français manque"),
        ("en", None),
    ],
)
def test_open_a_bank_file_kept_elsewhere(make_window, monkeypatch, qtbot, tmp_path, lang, notice):
    kept = write_bank_workbook(tmp_path / "english.xlsx", sized_bank(3, 2, langs=("en",)))
    monkeypatch.setattr(dialogs, "get_open_path", lambda *a: kept)

    def steps(dialog: BankChoiceDialog) -> None:
        assert dialog.list.count() == 1  # no folder: the shipped bank only
        tab_to(dialog.open_button)  # Open a Bank File…
        press(Qt.Key.Key_Space)
        assert dialog.list.count() == 2
        assert dialog.list.currentRow() == 1
        assert "english.xlsx" in dialog.list.currentItem().text()
        dialog.list.setFocus()
        press(Qt.Key.Key_Return)  # Enter on the chosen bank creates the audit

    monkeypatch.setattr(modal, "run", drive(qtbot, steps))
    window = make_window(lang)
    window.menu_actions.new_on_bank.trigger()
    audit = window.document.audit
    assert audit.framework.languages == ("en",)
    assert audit.engagement.language == "en"  # the report starts in the bank's language
    page = window.wizard.build_page(assessment_id(0))  # the first step of the bank
    assert page.title() == "Section 1"
    if notice:
        assert not page.language_notice.isHidden()
        assert notice in page.language_notice.text()
    else:
        assert page.language_notice.isHidden()


def test_a_bad_bank_file_is_refused_with_its_problems(make_window, monkeypatch, qtbot, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("id = \n", encoding="utf-8")
    warned: list[tuple] = []
    monkeypatch.setattr(dialogs, "get_open_path", lambda *a: bad)
    monkeypatch.setattr(dialogs, "warn", lambda *a: warned.append(a))

    def steps(dialog: BankChoiceDialog) -> None:
        tab_to(dialog.open_button)
        press(Qt.Key.Key_Space)
        assert dialog.list.count() == 1
        press(Qt.Key.Key_Escape)

    monkeypatch.setattr(modal, "run", drive(qtbot, steps))
    window = make_window("en")
    before = window.document.audit.audit_id
    window.menu_actions.new_on_bank.trigger()
    assert window.document.audit.audit_id == before  # cancelled: nothing replaced
    _parent, title, text, details = warned[0]
    assert title == "Cannot use this bank"
    assert "bad.toml cannot be used as a question bank" in text
    assert "not valid TOML" in details
    assert window.wizard.currentId() == PageId.START


def test_sixty_sections_are_sixty_steps(make_window, settings, monkeypatch, qtbot, tmp_path):
    settings.set_bank_folder(_folder(tmp_path))

    def steps(dialog: BankChoiceDialog) -> None:
        press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Down)  # the 60-section bank, read from its spreadsheet
        press(Qt.Key.Key_Return)

    monkeypatch.setattr(modal, "run", drive(qtbot, steps))
    window = make_window("en")
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.document.audit.framework.id == "sixty"
    shown = [window.steps.item(i).text() for i in range(window.steps.count())]
    assert [s for s in shown if s.startswith("Section ")] == [f"Section {n}" for n in range(1, 61)]
    assert [s for s in shown if s.startswith("Group ")] == [f"Group {n}" for n in range(1, 5)]
    assert [i for i in window.wizard.step_ids() if assessment_id(0) <= i < PageId.LEGAL] == [
        assessment_id(n) for n in range(60)
    ]
    page = window.wizard.build_page(assessment_id(59))
    assert page.title() == "Section 60"
    assert len(page.cards) == 2
