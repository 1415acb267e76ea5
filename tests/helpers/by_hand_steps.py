"""Moves a person makes through the main window with the keyboard only: a new audit typed in,
a step chosen in the step list, Tab pressed until a widget has the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt

from helpers.by_hand_keys import focus, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def new_audit_with_engagement(window) -> None:
    """Ctrl+N, then the organisation and the audit's title typed."""
    press(Qt.Key.Key_N, CTRL)
    type_text("Ville de Québec")
    window.wizard.currentPage().title_edit.setFocus()
    type_text("Audit 2026")


def go_by_step_list(window, page_id: int):
    """Choose ``page_id`` in the step list with Home, Down and Enter; the page reached."""
    steps = window.steps
    steps.setFocus()
    press(Qt.Key.Key_Home)
    for _ in range(steps.count()):
        if steps.currentItem().data(Qt.ItemDataRole.UserRole) == page_id:
            break
        press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    assert window.wizard.currentId() == page_id
    return window.wizard.currentPage()


def tab_to(widget, limit: int = 300) -> None:
    """Press Tab until ``widget`` has the focus (fails after ``limit`` presses)."""
    for _ in range(limit):
        if focus() is widget:
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget!r}")
