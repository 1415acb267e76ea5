"""Write-only sheets kept in memory, for a workbook whose plaintext must never reach the disk.

openpyxl's write-only sheets stream their rows into temporary files (in the system's temp
folder) until the workbook is saved. For an encrypted export those files would be the audit in
clear on disk, so :func:`keep_in_memory` gives a sheet an in-memory writer instead, and
:class:`MemoryAwareWriter` copies such a sheet into the archive from memory. Memory costs about
the size of the uncompressed sheet XML (≈ 30 MB for 10,000 accounts).
"""

from __future__ import annotations

from io import BytesIO
from types import MethodType
from typing import Any

from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter


def _memory_writer(self: Any) -> None:
    """``WriteOnlyWorksheet._get_writer`` with a ``BytesIO`` where openpyxl uses a temp file
    (``self`` is a ``WriteOnlyWorksheet``; its private slots are not in the stubs)."""
    if self._writer is None:
        self._writer = WorksheetWriter(self, out=BytesIO())
        self._writer.write_top()


def keep_in_memory(ws: WriteOnlyWorksheet) -> None:
    """Make ``ws`` write its XML to memory; call before its first row."""
    ws._get_writer = MethodType(_memory_writer, ws)  # type: ignore[attr-defined]  # private method replaced


def in_memory(ws: Any) -> bool:
    writer = getattr(ws, "_writer", None)
    return writer is not None and isinstance(writer.out, BytesIO)


class MemoryAwareWriter(ExcelWriter):
    """openpyxl's writer, able to store a write-only sheet that was kept in memory."""

    def write_worksheet(self, ws: Any) -> None:
        if not (self.workbook.write_only and in_memory(ws)):
            super().write_worksheet(ws)
            return
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        if not ws.closed:
            ws.close()
        writer = ws._writer
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], writer.read())  # type: ignore[attr-defined]  # set by ExcelWriter.__init__
        self.manifest.append(ws)
