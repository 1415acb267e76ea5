"""What can stop an import, as exceptions whose ``reason`` can be shown as is."""

from __future__ import annotations


class ImportFileError(Exception):
    """The input file cannot be imported; ``reason`` is one user-facing line, no traceback.

    Raised before anything in the audit changes: a refused file costs the user nothing.
    """

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class ImportCancelled(Exception):
    """The user cancelled; raised from the progress loop, the audit is unchanged."""
