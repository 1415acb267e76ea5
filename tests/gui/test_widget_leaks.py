"""The check that fails a test leaving a window open (tests/conftest.py) names and closes it."""

from __future__ import annotations

from helpers.widget_leaks import close_new_windows, visible_top_levels
from PySide6.QtWidgets import QWidget


def test_a_window_left_open_is_named_and_closed(qapp) -> None:
    before = visible_top_levels()
    widget = QWidget()
    widget.setWindowTitle("Left open")
    widget.show()
    assert close_new_windows(before) == ["QWidget 'Left open'"]
    assert not widget.isVisible()
    assert close_new_windows(before) == []


def test_windows_open_before_the_test_are_not_blamed(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    before = visible_top_levels()
    hidden = QWidget()
    qtbot.addWidget(hidden)  # never shown: not a window the user would see
    assert close_new_windows(before) == []
    assert widget.isVisible()
