"""Read-only mode on screen: every editor of a page locked, view controls left alone.

An audit opened read-only (someone else has it open) must not be changed by a stray key:
text fields become read-only (still selectable and copyable), choices, action buttons and
the pages' own shortcuts (Delete…) are disabled, tables stop editing. Controls that only
change what is shown (filters, export options, guidance toggles) are marked with
:func:`mark_view_only` and stay usable.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

VIEW_ONLY = "vigie_view_only"


def mark_view_only(*widgets: QWidget) -> None:
    """These widgets change only the view, never the audit: read-only mode leaves them."""
    for widget in widgets:
        widget.setProperty(VIEW_ONLY, True)


def _view_only(widget: QWidget, root: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None:
        if current.property(VIEW_ONLY):
            return True
        if current is root:
            return False
        current = current.parentWidget()
    return False


def lock_editors(root: QWidget) -> None:
    """Make every editor under ``root`` read-only (view-only controls excepted)."""
    # chosen first, changed after: removing a line edit's clear button deletes a child
    targets = [
        widget
        for widget in root.findChildren(QWidget)
        if not isinstance(widget.parentWidget(), QLineEdit) and not _view_only(widget, root)
    ]
    for widget in targets:
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
            widget.setReadOnly(True)
            if isinstance(widget, QLineEdit):
                widget.setClearButtonEnabled(False)
        elif isinstance(widget, QComboBox | QAbstractButton):
            widget.setEnabled(False)
        elif isinstance(widget, QAbstractItemView):
            widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for action in root.findChildren(QAction):  # the pages' keys: Delete, Ctrl+D, Ctrl+V…
        if not action.property(VIEW_ONLY):
            action.setEnabled(False)
