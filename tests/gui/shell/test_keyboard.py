"""Keyboard paths: on every step, in both languages, buttons have mnemonics (Alt+letter) and
no two controls a user can see share one, with the menu bar and the wizard buttons counted.

Controls repeated on every criterion card (level radios, evidence buttons) are left out:
they cannot have one letter each, and number keys and Tab reach them.
"""

from __future__ import annotations

from collections import Counter

import pytest
from helpers.walk import PAGES_STEPS, SHELL_STEPS, visible_widgets
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton

from ui.widgets.criterion_card import CriterionCard
from ui.wizard import PageId


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), upper-cased."""
    index = 0
    while (index := text.find("&", index)) >= 0 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].upper()
        index += 2
    return None


def _on_card(widget) -> bool:
    while widget is not None:
        if isinstance(widget, CriterionCard):
            return True
        widget = widget.parentWidget()
    return False


def _keyed_controls(window, step: int) -> tuple[list[tuple[str, str]], list[str]]:
    """(letter, text) of every visible mnemonic on ``step``, and push buttons without one."""
    assert window.go_to(step)
    keyed = [(mnemonic(a.text()), a.text()) for a in window.menuBar().actions()]
    missing = []
    for widget in visible_widgets(window.wizard):
        if _on_card(widget):
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            keyed.append((mnemonic(widget.text()), widget.text()))
            if isinstance(widget, QPushButton) and mnemonic(widget.text()) is None:
                missing.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            keyed.append((mnemonic(widget.text()), widget.text()))
    return [(key, text) for key, text in keyed if key], missing


def _duplicates(keyed: list[tuple[str, str]]) -> list[str]:
    counts = Counter(key for key, _text in keyed)
    return sorted(f"{key}: {text}" for key, text in keyed if counts[key] > 1)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("step", SHELL_STEPS + PAGES_STEPS)
def test_mnemonics_are_present_and_unique(window, lang, step):
    window.controller.open_demo()
    window.set_language(lang)
    keyed, missing = _keyed_controls(window, step)
    problems = {"without a mnemonic": missing, "sharing one": _duplicates(keyed)}
    assert problems == {"without a mnemonic": [], "sharing one": []}, sorted(keyed)


def test_every_step_reachable_from_the_keyboard(window, qtbot):
    """The side list takes focus and Enter opens the step under the cursor."""
    from PySide6.QtCore import Qt

    window.controller.open_demo()
    steps = window.steps
    steps.setFocus()
    for page_id in (PageId.INVENTORY, PageId.LEGAL, PageId.FINDINGS, PageId.SUMMARY):
        steps.setCurrentItem(steps.item_for(page_id))
        qtbot.keyClick(steps, Qt.Key.Key_Return)
        assert window.wizard.currentId() == page_id
