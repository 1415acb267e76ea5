"""The inventory's first visit from the keyboard: its table is painted before the detail
form's 35 editors are made (issue 15: a big audit's first visit must not freeze the window
for both at once), yet a keyboard user who arrives with Next finds the form where Tab
expects it, after the table and before the wizard's Back and Next, in French and English."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from helpers.by_hand_keys import focus, inside, next_step, press, type_text
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard

from ui import dialogs
from ui.wizard import PageId
from wizard.demo import demo_session
from wizard.sessions import store
from wizard.sessions.locking import LockInfo, lock_path

CTRL = Qt.KeyboardModifier.ControlModifier


class FirstPaint(QObject):
    """Notes whether the form was built when the table's viewport was first painted."""

    def __init__(self, page) -> None:
        super().__init__()
        self.page = page
        self.form_built_then: bool | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.form_built_then is None:
            self.form_built_then = self.page.form.built
        return False


def to_engagement(window):
    press(Qt.Key.Key_N, CTRL)
    type_text("Ville de Québec")
    page = window.wizard.currentPage()
    page.title_edit.setFocus()
    type_text("Audit 2026")
    return page


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_table_is_painted_before_the_form_is_built(make_window, qtbot, lang):
    window = make_window(lang)
    to_engagement(window)
    inventory = window.wizard.build_page(PageId.INVENTORY)  # ready behind the Next button
    assert not inventory.form.built, "a page not shown yet must not build its form"
    paint = FirstPaint(inventory)
    inventory.table.viewport().installEventFilter(paint)
    next_step(window)
    assert window.wizard.currentPage() is inventory
    qtbot.waitUntil(lambda: inventory.form.built)
    assert paint.form_built_then is False


@pytest.mark.parametrize(("lang", "handle"), [("fr", "villequebec"), ("en", "cityofquebec")])
def test_tab_goes_from_the_table_into_the_form_built_later(make_window, qtbot, lang, handle):
    window = make_window(lang)
    to_engagement(window)
    next_step(window)
    page = window.wizard.currentPage()
    assert window.wizard.currentId() == PageId.INVENTORY
    qtbot.waitUntil(lambda: page.form.built)
    page.action_buttons[0].setFocus()  # Add
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Escape)  # leave the new row's handle cell without typing
    assert inside(focus(), page.table)

    press(Qt.Key.Key_Tab)
    assert focus() is page.form, f"Tab from the table went to {focus()!r}"  # the pane
    press(Qt.Key.Key_Tab)
    assert focus() is page.form.editors["platform"], f"Tab from the pane went to {focus()!r}"
    press(Qt.Key.Key_Tab)
    assert focus() is page.form.editors["handle"]
    type_text(handle)
    press(Qt.Key.Key_Tab)
    assert window.document.audit.accounts[0].handle == handle

    last = list(page.form.editors.values())[-1]
    for _ in range(100):
        if focus() is last:
            break
        press(Qt.Key.Key_Tab)
    assert focus() is last, "Tab never reached the form's last field"
    press(Qt.Key.Key_Tab)
    back = window.wizard.button(QWizard.WizardButton.BackButton)
    assert focus() is back, f"after the form Tab went to {focus()!r}, not to Back"
    assert QApplication.focusWidget() is not None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_read_only_audits_form_is_locked_when_it_arrives(
    make_window, qtbot, monkeypatch, tmp_path, lang
):
    path = tmp_path / "demo.vigie"
    store.save_session(demo_session(), path)
    holder = LockInfo(user="alex", host="pc", pid=42, time=datetime(2026, 3, 1, tzinfo=UTC))
    lock_path(path).write_bytes(holder.to_json())
    window = make_window(lang)
    monkeypatch.setattr(dialogs, "get_open_path", lambda *a: path)
    monkeypatch.setattr(dialogs, "ask_lock_choice", lambda *a: dialogs.LockChoice.READ_ONLY)
    press(Qt.Key.Key_O, CTRL)
    assert window.document.read_only
    assert window.go_to(PageId.INVENTORY)
    page = window.wizard.currentPage()
    qtbot.waitUntil(lambda: page.form.built)
    lines = [e for e in page.form.editors.values() if isinstance(e, QLineEdit)]
    assert lines
    assert all(line.isReadOnly() for line in lines)
