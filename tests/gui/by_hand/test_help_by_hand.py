"""Help → User guide: in the interface language, without developer notes, closed by Escape."""

from __future__ import annotations

import pytest
from by_hand_keys import focus, press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.help import GuideDialog


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
