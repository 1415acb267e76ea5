"""Help → User guide: in the interface language, without developer notes, closed by Escape."""

from __future__ import annotations

import pytest
from helpers.by_hand_keys import focus, next_step, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.help import GuideDialog
from ui.wizard import PageId


def open_guides() -> list[GuideDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog) and w.isVisible()
    ]


def open_guide(window, qtbot) -> GuideDialog:
    press(Qt.Key.Key_F1)  # Help → User guide (the platform's help key)
    guides = open_guides()
    assert len(guides) == 1
    qtbot.waitExposed(guides[0])
    return guides[0]


@pytest.mark.parametrize(
    ("lang", "mine", "other"), [("fr", "Mandat", "Engagement"), ("en", "Engagement", "Mandat")]
)
def test_guide_in_the_interface_language_without_developer_notes(
    make_window, qtbot, lang, mine, other
):
    window = make_window(lang)
    guide = open_guide(window, qtbot)
    text = guide.browser.toPlainText()
    assert mine in text
    assert f"1. {other}" not in text
    assert "tools/screenshots.py" not in text
    guide.close()


def test_escape_closes_the_guide(make_window, qtbot):
    window = make_window("en")
    guide = open_guide(window, qtbot)
    guide.activateWindow()
    guide.browser.setFocus()
    assert focus() is guide.browser
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not open_guides())


def visible_heading(guide: GuideDialog) -> str:
    """The text of the first line shown at the top of the guide's view."""
    cursor = guide.browser.cursorForPosition(guide.browser.viewport().rect().topLeft())
    return cursor.block().text()


@pytest.mark.parametrize(("lang", "heading"), [("fr", "2. Inventaire"), ("en", "2. Account")])
def test_f1_opens_the_guide_at_the_section_of_the_step_shown(make_window, qtbot, lang, heading):
    window = make_window(lang)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text("Ville de Québec")
    window.wizard.currentPage().title_edit.setFocus()
    type_text("Audit 2026")
    next_step(window)
    assert window.wizard.currentId() == PageId.INVENTORY
    guide = open_guide(window, qtbot)
    qtbot.waitUntil(lambda: visible_heading(guide).startswith(heading))
    guide.close()
