"""Helpers for the shell tests: the dialog seam's names, typing, answering dialogs."""

from __future__ import annotations

import pytest

from ui import dialogs
from ui.main_window import MainWindow
from ui.wizard import PageId


def fill_engagement(window: MainWindow, name: str = "Ville de Québec") -> None:
    """Go to the engagement page and fill the required fields as a user would."""
    assert window.go_to(PageId.ENGAGEMENT)
    page = window.wizard.page(PageId.ENGAGEMENT)
    type_text(page.org_name, name)
    type_text(page.title_edit, "Audit 2026")


def type_text(edit, text: str) -> None:
    """Replace a line edit's text as typing does (``textEdited`` is a user-only signal)."""
    edit.setText(text)
    edit.textEdited.emit(text)


def answer(monkeypatch: pytest.MonkeyPatch, name: str, *values: object) -> list[tuple]:
    """Answer dialog ``name`` with ``values`` in turn; returns the calls seen."""
    calls: list[tuple] = []
    queue = list(values)

    def reply(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return queue.pop(0) if len(queue) > 1 else queue[0] if queue else None

    monkeypatch.setattr(dialogs, name, reply)
    return calls
