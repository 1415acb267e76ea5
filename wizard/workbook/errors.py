"""What an export can raise, importable without openpyxl (the GUI catches these)."""

from __future__ import annotations

from collections.abc import Callable

ProgressFn = Callable[[int, int], None]
"""Called with (steps done, total steps)."""
CancelFn = Callable[[], bool]
"""Returns True when the user asked to stop."""


class ExportError(Exception):
    """The workbook could not be written; the message says why, in plain words."""


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written."""
