"""Fixtures for the docs/reliability.md case tests.

Every test gets its own state folder (recovery copies never reach the real one). GUI tests
get a main window whose every dialog fails the test unless the test answers it
(:func:`helpers.reliability.answer`); Qt is imported only by the tests that ask for one.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "state"
    monkeypatch.setenv("VIGIE_STATE_DIR", str(folder))
    return folder


def _unexpected(name: str) -> Callable[..., object]:
    def fail(*args: object, **kwargs: object) -> object:
        raise AssertionError(f"unexpected dialog {name}{args[1:]}")

    return fail


@pytest.fixture
def make_window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Build shown main windows; each is closed (discarding changes) at the end."""
    from ui import dialogs, i18n
    from ui.main_window import MainWindow
    from ui.settings import AppSettings
    from ui.widgets import modal

    monkeypatch.setenv("VIGIE_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setenv("VIGIE_SETTINGS", str(tmp_path / "settings.ini"))
    for name, function in vars(dialogs).items():
        ours = inspect.isfunction(function) and function.__module__ == dialogs.__name__
        if ours and not name.startswith("_") and not name.endswith("_filter"):
            monkeypatch.setattr(dialogs, name, _unexpected(name))
    monkeypatch.setattr(modal, "run", _unexpected("modal.run"))
    settings = AppSettings.at_path(tmp_path / "settings.ini")

    def discard_on_close(_window: Any) -> None:
        monkeypatch.setattr(
            dialogs, "ask_save_discard_cancel", lambda *a: dialogs.SaveChoice.DISCARD
        )

    def make() -> Any:
        window = MainWindow(settings)
        qtbot.addWidget(window, before_close_func=discard_on_close)
        window.show()
        return window

    yield make
    i18n.install("en")


@pytest.fixture
def window(make_window: Callable[[], Any]) -> Any:
    return make_window()
