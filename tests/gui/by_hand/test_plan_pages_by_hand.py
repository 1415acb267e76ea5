"""The assessment, legal and findings steps filled in from the keyboard, in both languages.

From a new audit, each step is reached through the step list (arrows and Enter); text is
typed key by key into whatever has the focus; table cells are opened by typing into them;
a due date is typed day first; an effort is chosen from its list with the arrow keys. The
values reach the audit and survive Save and reopen.
"""

from __future__ import annotations

from datetime import date

import pytest
from helpers.by_hand_keys import focus, inside, press, type_text
from helpers.by_hand_steps import go_by_step_list, new_audit_with_engagement, tab_to
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QRadioButton

from ui import dialogs
from ui.models.legal_model import COL_NOTES
from ui.models.plan_models import ActionsModel, RisksModel
from ui.widgets.criterion_card import CriterionCard
from ui.widgets.delegates import ChoiceCombo
from ui.wizard import PageId, assessment_id
from wizard.audit import labels
from wizard.audit.model import Effort

CTRL = Qt.KeyboardModifier.ControlModifier


def type_in_cell(text: str) -> None:
    """Typing into a table cell opens its editor with the first key; Enter writes it."""
    type_text(text)
    assert isinstance(focus(), QLineEdit), "typing did not open the cell's editor"
    assert focus().text() == text
    press(Qt.Key.Key_Return)


def focused_card(page) -> CriterionCard | None:
    """The criterion card holding the keyboard focus, if any."""
    widget = page.focusWidget()
    while widget is not None and not isinstance(widget, CriterionCard):
        widget = widget.parentWidget()
    return widget


def fill_assessment(window) -> dict[str, str]:
    page = go_by_step_list(window, assessment_id(0))
    press(Qt.Key.Key_Tab)  # from the step list into the page
    notes: dict[str, str] = {}
    levels = 0
    start = focus()
    for _ in range(400):
        widget = focus()
        card = focused_card(page)
        if card is not None and isinstance(widget, QRadioButton) and levels < len(page.cards):
            if card.answer().level is None:
                press(Qt.Key.Key_2)  # a level from the keyboard
                levels += 1
        elif card is not None and widget is card.notes:
            text = f"Noté au clavier — {card.criterion.id}"
            type_text(text)
            assert focus() is widget, "typing moved the focus"
            assert card.notes.toPlainText() == text
            notes[card.criterion.id] = text
        press(Qt.Key.Key_Tab)
        if focus() is start or not inside(focus(), page):
            break
    assert notes, "Tab reached no notes field"
    assert levels == len(page.cards), "not every criterion got a level from the keyboard"
    return notes


def fill_legal(window) -> None:
    page = go_by_step_list(window, PageId.LEGAL)
    press(Qt.Key.Key_Tab)
    tab_to(page.legal_table)
    page.legal_table.setCurrentIndex(page.legal_table.model().index(0, 0))
    for _ in range(COL_NOTES):
        press(Qt.Key.Key_Right)
    type_in_cell("Avis publié au clavier")
    add = page.add_risk_button
    tab_to(add)
    press(Qt.Key.Key_Space)  # a new risk, its title being edited
    press(Qt.Key.Key_A, CTRL)
    type_text("Usurpation d’identité")
    press(Qt.Key.Key_Return)
    for _ in range(RisksModel.COL_OWNER - RisksModel.COL_TITLE):
        press(Qt.Key.Key_Right)
    type_in_cell("Direction des communications")


def fill_findings(window) -> None:
    page = go_by_step_list(window, PageId.FINDINGS)
    press(Qt.Key.Key_Tab)
    add = page.add_action_button
    tab_to(add)
    press(Qt.Key.Key_Space)
    tab_to(page.actions_table)
    table = page.actions_table
    table.setCurrentIndex(table.model().index(0, ActionsModel.COL_TITLE))
    for _ in range(ActionsModel.COL_OWNER):
        press(Qt.Key.Key_Right)
    type_in_cell("Équipe web")
    press(Qt.Key.Key_Right)
    type_in_cell("31/12/2026")
    choose_effort(table)


def choose_effort(table) -> None:
    """F2 opens the effort list; Home, then Down, picks the second choice; Enter keeps it."""
    press(Qt.Key.Key_Right)
    assert table.currentIndex().column() == ActionsModel.COL_EFFORT
    press(Qt.Key.Key_F2)
    combo = focus()
    assert isinstance(combo, ChoiceCombo), "F2 did not open the effort list"
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Down)
    assert combo.currentText() == labels.label(Effort.MEDIUM, table.model().lang)
    press(Qt.Key.Key_Return)
    assert focus() is table
    shown = table.model().index(0, ActionsModel.COL_EFFORT).data()
    assert shown == labels.label(Effort.MEDIUM, table.model().lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_plan_pages_typed_by_keyboard_survive_reopen(make_window, monkeypatch, tmp_path, lang):
    window = make_window(lang)
    new_audit_with_engagement(window)
    notes = fill_assessment(window)
    fill_legal(window)
    fill_findings(window)

    def check(audit) -> None:
        for criterion, text in notes.items():
            assert audit.answers[criterion].notes == text
        section = audit.framework.sections[0]
        assert all(audit.answers[c.id].level == 2 for c in section.criteria)
        first_item = audit.framework.legal[0].id
        assert audit.legal[first_item].notes == "Avis publié au clavier"
        assert [(r.title, r.owner) for r in audit.risks] == [
            ("Usurpation d’identité", "Direction des communications")
        ]
        assert [(a.owner, a.due, a.effort) for a in audit.actions] == [
            ("Équipe web", date(2026, 12, 31), Effort.MEDIUM)
        ]

    check(window.document.audit)
    target = tmp_path / "plan.vigie"
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: target)
    press(Qt.Key.Key_S, CTRL)
    window.new_audit()
    monkeypatch.setattr(dialogs, "get_open_path", lambda *a: target)
    press(Qt.Key.Key_O, CTRL)
    check(window.document.audit)
