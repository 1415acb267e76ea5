"""Fixtures for the application shell tests (main window, sessions, languages).

Every test gets its own settings file, state folder (recovery copies) and log folder under
``tmp_path``, and every dialog of the seam fails the test unless the test answers it
(:func:`helpers.shell.answer`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers.dialog_seam import SEAM, unexpected

from ui import dialogs, i18n
from ui.main_window import MainWindow
from ui.settings import AppSettings
from ui.widgets import modal


@pytest.fixture
def shell_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppSettings:
    monkeypatch.setenv("VIGIE_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("VIGIE_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setenv("VIGIE_SETTINGS", str(tmp_path / "settings.ini"))
    for name in SEAM:
        monkeypatch.setattr(dialogs, name, unexpected(name))
    monkeypatch.setattr(modal, "run", unexpected("modal.run"))
    return AppSettings.at_path(tmp_path / "settings.ini")


@pytest.fixture
def make_window(qtbot, shell_env, monkeypatch) -> Iterator[Callable[[], MainWindow]]:
    """Build main windows (shown); they are closed, discarding changes, at the end."""

    def discard_on_close(_window: MainWindow) -> None:
        monkeypatch.setattr(
            dialogs, "ask_save_discard_cancel", lambda *a: dialogs.SaveChoice.DISCARD
        )

    def make() -> MainWindow:
        window = MainWindow(shell_env)
        qtbot.addWidget(window, before_close_func=discard_on_close)
        window.show()
        return window

    yield make
    i18n.install("en")


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()
