"""Fixtures of the by-hand tests: a shown main window with its own settings, state and log
folders, and the dialog seam failing the test unless a test answers it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers.by_hand_keys import activate
from helpers.dialog_seam import SEAM, unexpected

from ui import dialogs, i18n
from ui.main_window import MainWindow
from ui.settings import AppSettings
from ui.widgets import modal


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppSettings:
    monkeypatch.setenv("VIGIE_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("VIGIE_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setenv("VIGIE_SETTINGS", str(tmp_path / "settings.ini"))
    for name in SEAM:
        monkeypatch.setattr(dialogs, name, unexpected(name))
    monkeypatch.setattr(modal, "run", unexpected("modal.run"))
    return AppSettings.at_path(tmp_path / "settings.ini")


@pytest.fixture
def make_window(qtbot, settings, monkeypatch) -> Iterator[Callable[[str], MainWindow]]:
    """Main windows in a language, shown and active; closed discarding changes at the end."""

    def discard_on_close(_window: MainWindow) -> None:
        monkeypatch.setattr(
            dialogs, "ask_save_discard_cancel", lambda *a: dialogs.SaveChoice.DISCARD
        )

    def make(lang: str = "en") -> MainWindow:
        settings.set_language(lang)
        i18n.install(lang)
        window = MainWindow(settings)
        qtbot.addWidget(window, before_close_func=discard_on_close)
        window.resize(1366, 768)
        window.show()
        activate(qtbot, window)
        return window

    yield make
    i18n.install("en")
