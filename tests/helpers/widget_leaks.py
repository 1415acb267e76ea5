"""Top-level windows a test leaves open, found and closed after it (tests/conftest.py).

A window left visible by one test receives the next test's events, keeps its document
alive and can answer the next test's focus questions, so a leak makes later tests pass or
fail for the wrong reason. Qt is looked at only when the test process already imported it:
the core's Qt-free run never loads it.
"""

from __future__ import annotations

import sys
from typing import Any


def visible_top_levels() -> list[Any]:
    """The visible top-level widgets of the running application (none without Qt)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return []
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return []
    return [widget for widget in app.topLevelWidgets() if widget.isVisible()]


def close_new_windows(before: list[Any]) -> list[str]:
    """Close the visible top-level widgets that are not in ``before``; describe each."""
    leaked = [w for w in visible_top_levels() if not any(w is seen for seen in before)]
    described = [f"{type(w).__name__} {w.windowTitle()!r}" for w in leaked]
    for widget in leaked:
        widget.close()
        widget.deleteLater()
    return described
