"""PySide6 6.12.0 on Python 3.11 leaks a reference to None on every void call and the
interpreter aborts after a few thousand calls (docs/reliability.md). The pin keeps us off it;
this test fails if a faulty build comes back."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit


def test_thousand_settext_calls_leave_none_refcount_unchanged(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setText("warm-up")
    before = sys.getrefcount(None)
    for index in range(1000):
        edit.setText(f"value {index}")
    after = sys.getrefcount(None)
    assert abs(after - before) < 50, f"None refcount moved by {after - before}"
