"""Starting Vigie as a user does: ``vigie --demo`` and ``vigie FILE``.

The window is drawn on its start page first, before any audit is open, saying what it is
opening; what was asked opens on the turns of the event loop after its first frame
(``ui.app.start_window``). The user must then find the demo or the file on its engagement
step with the keyboard in its first field, as before.
"""

from __future__ import annotations

from argparse import Namespace
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers.by_hand_keys import activate, focus, press, select_all_and_type
from helpers.shell import answer
from PySide6.QtCore import Qt

from ui import dialogs, i18n
from ui.app import start_window
from ui.main_window import MainWindow
from ui.settings import AppSettings
from ui.wizard import PageId
from wizard.sessions import store
from wizard.sessions.session import Session

LANGS = ["fr", "en"]
OPENING_DEMO = {
    "fr": "Ouverture de l’audit de démonstration…",
    "en": "Opening the demonstration audit…",
}
OPENING_FILE = {"fr": "Ouverture de levis.vigie…", "en": "Opening levis.vigie…"}


@pytest.fixture
def start(qtbot, settings: AppSettings, monkeypatch) -> Iterator[Callable[..., MainWindow]]:
    """``start(lang, demo=…, file=…, then=…)``: the window as ``vigie`` starts it."""

    def discard_on_close(_window: MainWindow) -> None:
        monkeypatch.setattr(
            dialogs, "ask_save_discard_cancel", lambda *a: dialogs.SaveChoice.DISCARD
        )

    def make(lang: str, *, demo: bool = False, file: Path | None = None, then=None) -> MainWindow:
        settings.set_language(lang)
        i18n.install(lang)
        window = start_window(settings, Namespace(demo=demo, file=file), then)
        qtbot.addWidget(window, before_close_func=discard_on_close)
        return window

    yield make
    i18n.install("en")


def saved_audit(path: Path, name: str = "Ville de Lévis") -> Path:
    session = Session.new()
    session.audit.engagement.organisation.name = name
    session.audit.engagement.title = "Audit 2026"
    store.save_session(session, path)
    return path


def _typed_into_the_first_field_then_tab(window: MainWindow) -> None:
    page = window.wizard.currentPage()
    assert focus() is page.org_name  # the first field of the engagement step
    select_all_and_type("Ville de Sherbrooke")
    assert window.document.audit.engagement.organisation.name == "Ville de Sherbrooke"
    press(Qt.Key.Key_Tab)
    assert focus() is not page.org_name
    assert page.isAncestorOf(focus())  # Tab stays in the step's fields


@pytest.mark.parametrize("lang", LANGS)
def test_the_demo_shows_its_start_page_first_then_its_engagement_step(start, qtbot, lang):
    done: list[bool] = []
    window = start(lang, demo=True, then=lambda: done.append(True))
    # the first frame: the start page, saying what opens; no audit open, no step built yet
    assert not window.attached
    assert window.wizard.currentId() == PageId.START
    assert window.wizard.built_page(PageId.ENGAGEMENT) is None
    assert window.statusBar().currentMessage() == OPENING_DEMO[lang]
    assert done == []
    qtbot.waitUntil(lambda: window.wizard.currentId() == PageId.ENGAGEMENT)
    assert done == [True]
    activate(qtbot, window)
    assert window.steps.currentItem().data(Qt.ItemDataRole.UserRole) == PageId.ENGAGEMENT
    _typed_into_the_first_field_then_tab(window)


@pytest.mark.parametrize("lang", LANGS)
def test_a_file_given_opens_after_the_first_frame_on_its_engagement_step(
    start, qtbot, tmp_path, lang
):
    path = saved_audit(tmp_path / "levis.vigie")
    window = start(lang, file=path)
    assert not window.attached  # the start page is drawn first, the file opens after
    assert window.wizard.currentId() == PageId.START
    assert window.statusBar().currentMessage() == OPENING_FILE[lang]
    qtbot.waitUntil(lambda: window.wizard.currentId() == PageId.ENGAGEMENT)
    assert window.document.path == path.absolute()
    assert window.wizard.currentPage().org_name.text() == "Ville de Lévis"
    activate(qtbot, window)
    _typed_into_the_first_field_then_tab(window)


def test_a_damaged_file_given_is_explained_and_the_start_page_stays(
    start, qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "damaged.vigie"
    path.write_bytes(b"PK\x03\x04 not a session")
    warned = answer(monkeypatch, "warn", None)
    done: list[bool] = []
    window = start("fr", file=path, then=lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done))
    assert len(warned) == 1
    assert "damaged.vigie" not in window.windowTitle()
    assert window.wizard.currentId() == PageId.START
    activate(qtbot, window)
    start_page = window.wizard.currentPage()
    assert focus() is start_page.new_button  # where a new start puts the keyboard
    press(Qt.Key.Key_Tab)
    assert focus() is start_page.open_button


def test_a_window_closed_on_its_first_frame_opens_nothing(start, qtbot):
    """Closed before the demo came (Alt+F4 on the first frame): the core does not open it."""
    done: list[bool] = []
    window = start("en", demo=True, then=lambda: done.append(True))
    window.close()
    qtbot.waitUntil(lambda: bool(done))
    assert not window.attached
    assert window.wizard.built_page(PageId.ENGAGEMENT) is None
