"""An audit saved on a step opens again on that step, as a user does it with the keyboard.

The auditor opens a file, walks to an assessment section with the step list, saves with
Ctrl+S and closes the window; a new window then opens the file from the start page's recent
list (Enter) or from the command line (``ui.app._open_requested``) and must show that section
with the keyboard in its first field. A step that cannot be shown (a section gone from the
bank, an engagement not filled in) opens on the engagement step, as before.
"""

from __future__ import annotations

import json
import zipfile
from argparse import Namespace
from pathlib import Path

import pytest
from helpers.by_hand_keys import activate, focus, press, type_text
from helpers.by_hand_steps import go_by_step_list
from PySide6.QtCore import Qt

from ui import dialogs
from ui.app import _open_requested
from ui.main_window import MainWindow
from ui.pages.start import StartPage
from ui.wizard import PageId, assessment_id, focusable_fields
from wizard.demo import demo_session
from wizard.sessions import store
from wizard.sessions.session import Session

LANGS = ["fr", "en"]
SECTION = 1
"""The bank's second section: not the first step after the inventory, so a landing there is
no accident."""


def demo_file(path: Path, last_step: str | None = None) -> Path:
    session = demo_session()
    session.audit.last_step = last_step
    store.save_session(session, path)
    return path


def recorded(path: Path) -> str | None:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("audit.json")).get("last_step")


def open_from_recent_list(window: MainWindow, path: Path) -> None:
    """On the start page: the recent list focused, the file's row chosen, Enter."""
    start = window.wizard.currentPage()
    assert isinstance(start, StartPage)
    view = start.recent_view
    view.setFocus()
    press(Qt.Key.Key_Home)
    for _ in range(view.model().rowCount()):
        if view.currentIndex().data(Qt.ItemDataRole.ToolTipRole) == str(path):
            break
        press(Qt.Key.Key_Down)
    assert view.currentIndex().data(Qt.ItemDataRole.ToolTipRole) == str(path)
    press(Qt.Key.Key_Return)


def assert_typing_lands_in_the_first_field(window: MainWindow) -> None:
    page = window.wizard.currentPage()
    first = focusable_fields(page)[0]
    assert focus() is first
    assert page.isAncestorOf(focus())


@pytest.mark.parametrize("lang", LANGS)
def test_an_audit_saved_on_a_section_opens_again_on_it_from_the_recent_list(
    make_window, qtbot, tmp_path, lang
):
    path = demo_file(tmp_path / "demo.vigie")
    window = make_window(lang)
    _open_requested(window, Namespace(file=path, demo=False))
    assert window.wizard.currentId() == PageId.ENGAGEMENT  # nothing recorded: as before
    section = window.document.audit.framework.sections[SECTION]
    go_by_step_list(window, assessment_id(SECTION))
    assert not window.document.dirty  # moving between steps changes nothing
    assert not window.isWindowModified()
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert recorded(path) == f"section:{section.id}"
    window.close()
    assert not window.isVisible()

    again = make_window(lang)  # the same settings: the file is first in the recent list
    assert again.wizard.currentId() == PageId.START
    open_from_recent_list(again, path.absolute())
    assert again.document.path == path.absolute()
    assert again.wizard.currentId() == assessment_id(SECTION)
    assert again.wizard.currentPage().section_id == section.id
    activate(qtbot, again)
    assert_typing_lands_in_the_first_field(again)
    card = again.wizard.currentPage().cards[0]
    criterion = card.criterion.id
    before = again.document.audit.answer(criterion).level
    level = 1 if before != 1 else 2
    type_text(str(level))  # the card's keyboard scale: a digit sets that level
    assert again.document.audit.answer(criterion).level == level
    assert again.document.dirty


@pytest.mark.parametrize("lang", LANGS)
def test_the_command_line_opens_the_file_on_its_step_and_saving_records_the_new_one(
    make_window, tmp_path, lang
):
    path = demo_file(tmp_path / "demo.vigie", last_step="legal")
    window = make_window(lang)
    _open_requested(window, Namespace(file=path, demo=False))
    assert window.wizard.currentId() == PageId.LEGAL
    assert_typing_lands_in_the_first_field(window)
    go_by_step_list(window, PageId.INVENTORY)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert recorded(path) == "inventory"


@pytest.mark.parametrize("lang", LANGS)
def test_a_section_gone_from_the_bank_opens_on_the_engagement(make_window, tmp_path, lang):
    session = demo_session()
    audit = session.audit
    gone = audit.framework.sections[-1]
    ids = {c.id for c in gone.criteria}
    audit.answers = {k: v for k, v in audit.answers.items() if k not in ids}
    audit.framework.sections = audit.framework.sections[:-1]
    audit.last_step = f"section:{gone.id}"
    path = tmp_path / "changed-bank.vigie"
    store.save_session(session, path)
    window = make_window(lang)
    _open_requested(window, Namespace(file=path, demo=False))
    assert window.document.path == path.absolute()
    assert window.wizard.currentId() == PageId.ENGAGEMENT
    page = window.wizard.currentPage()
    assert focus() is page.org_name
    press(Qt.Key.Key_End)
    type_text("!")
    assert window.document.audit.engagement.organisation.name.endswith("!")


@pytest.mark.parametrize("lang", LANGS)
def test_a_step_beyond_an_unfilled_engagement_opens_on_the_engagement(make_window, tmp_path, lang):
    session = Session.new()
    session.audit.last_step = "summary"
    path = tmp_path / "blank.vigie"
    store.save_session(session, path)
    window = make_window(lang)
    _open_requested(window, Namespace(file=path, demo=False))
    assert window.wizard.currentId() == PageId.ENGAGEMENT
    assert focus() is window.wizard.currentPage().org_name


@pytest.mark.parametrize("lang", LANGS)
def test_work_restored_after_a_crash_comes_back_on_the_step_it_was_on(
    make_window, qtbot, monkeypatch, tmp_path, lang
):
    path = demo_file(tmp_path / "demo.vigie")
    crashed = make_window(lang)
    _open_requested(crashed, Namespace(file=path, demo=False))
    section = go_by_step_list(crashed, assessment_id(SECTION))
    criterion = section.cards[0].criterion.id
    section.cards[0].buttons[0].setFocus()
    type_text("0")  # an unsaved answer, kept in the recovery copy
    assert crashed.document.dirty
    crashed.controller.recovery.write_now()  # what the timer does; then the process dies
    assert crashed.controller.recovery.written == 1

    monkeypatch.setattr(dialogs, "ask_recovery", lambda *a: dialogs.RecoveryChoice.RESTORE)
    window = make_window(lang)
    _open_requested(window, Namespace(file=None, demo=False))  # ``vigie`` started again
    assert window.document.audit.answer(criterion).level == 0
    assert window.wizard.currentId() == assessment_id(SECTION)
    activate(qtbot, window)
    assert_typing_lands_in_the_first_field(window)
