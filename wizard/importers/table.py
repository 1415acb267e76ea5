"""What every reader of an input file returns, and the limits and progress they share.

The CSV reader (:mod:`wizard.importers.sources`) and the XLSX reader
(:mod:`wizard.importers.workbook`) both fill a :class:`Table` through a :class:`Ticker`; the
shared pieces live here so neither reader imports the other's module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from wizard.importers.errors import ImportCancelled
from wizard.messages import Message

Progress = Callable[[int, int], None]
"""Called with (rows read, rows expected or 0 when unknown)."""
Cancel = Callable[[], bool]
"""Returns True when the user asked to stop."""

MAX_ROWS = 100_000
"""Twice the largest list the issue asks for; the audit itself holds at most 200,000."""
MAX_COLS = 200
STEP = 500
"""Rows between progress reports and cancel checks."""


@dataclass
class Table:
    """The cells of one sheet or text file, with where each row came from."""

    name: str
    kind: str
    """"csv", "xlsx" or "list" (one URL or handle per line, no header)."""
    rows: list[tuple[int, tuple[object, ...]]]
    """(row or line number as the user sees it, cells), blank rows left out."""
    encoding: str = ""
    separator: str = ""
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """One line for the report: what was read and how."""
        if self.kind == "xlsx":
            return Message(
                "import.source.sheet", name=self.name, sheet=self.sheet, count=len(self.sheets)
            )
        if self.kind == "list":
            return Message("import.source.list", name=self.name, encoding=self.encoding)
        sep = {"\t": Message("import.separator.tab"), ";": "';'", ",": "','", "|": "'|'"}.get(
            self.separator, Message("import.separator.none")
        )
        return Message("import.source.csv", name=self.name, separator=sep, encoding=self.encoding)


class Ticker:
    """Progress and cancel every :data:`STEP` rows, so a 50,000-row file stays responsive."""

    def __init__(self, progress: Progress | None, cancel: Cancel | None, total: int) -> None:
        self.progress, self.cancel, self.total = progress, cancel, total

    def tick(self, done: int) -> None:
        if done % STEP:
            return
        if self.cancel is not None and self.cancel():
            raise ImportCancelled()
        if self.progress is not None:
            self.progress(done, self.total)


def blank_row(cells: tuple[object, ...]) -> bool:
    """No cell holds anything but spaces: the row is left out of the table."""
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)
