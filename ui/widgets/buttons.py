"""Push buttons as every page makes them: accessible name from the label, added to a row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QBoxLayout, QPushButton


def accessible_label(text: str) -> str:
    """The spoken name of a button label: no mnemonic ampersand, no trailing ellipsis."""
    return text.replace("&", "").rstrip("…")


def add_button(row: QBoxLayout, text: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible_label(text))
    button.clicked.connect(slot)
    row.addWidget(button)
    return button
