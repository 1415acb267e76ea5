"""The GUI's dialog seam (``ui/dialogs.py``) as tests see it: every question the app can ask,
and a stand-in that fails the test when the app asks one the test did not expect."""

from __future__ import annotations

from collections.abc import Callable

SEAM = [
    "ask_save_discard_cancel",
    "ask_lock_choice",
    "ask_recovery",
    "ask_conflict",
    "ask_yes_no",
    "warn",
    "info",
    "about",
    "get_open_path",
    "get_directory",
    "get_open_paths",
    "get_save_path",
    "open_path",
]


def unexpected(name: str) -> Callable[..., object]:
    def fail(*args: object, **kwargs: object) -> object:
        raise AssertionError(f"unexpected dialog {name}{args[1:]}")

    return fail
