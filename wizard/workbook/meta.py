"""The very hidden ``_vigie`` sheet: what a later import needs to recognise this workbook.

It records the audit id, the workbook format version, the language and the export time, so
an import (issue 7) can match the workbook to its session and refuse a foreign one.
"""

from __future__ import annotations

from wizard import __version__ as app_version
from wizard.workbook.cells import write_text
from wizard.workbook.context import ExportContext
from wizard.workbook.strings import META_SHEET

WORKBOOK_FORMAT = "vigie-workbook"
WORKBOOK_FORMAT_VERSION = 2
"""1: the legal checklist and the risk register on one sheet; 2: a sheet each (so each repeats
its header row on every printed page). A returned workbook of either is read; an older Vigie
refuses a newer format instead of misreading it."""


def build(ctx: ExportContext) -> None:
    ws = ctx.new_sheet(META_SHEET)
    ws.sheet_state = "veryHidden"
    rows = {
        "format": WORKBOOK_FORMAT,
        "format_version": str(WORKBOOK_FORMAT_VERSION),
        "audit_id": ctx.audit.audit_id,
        "framework": ctx.audit.framework.id,
        "framework_version": ctx.audit.framework.version,
        "lang": ctx.lang,
        "exported_at": ctx.exported_at.isoformat(),
        "app_version": app_version,
        "include_names": "yes" if ctx.include_names else "no",
    }
    for row, (key, value) in enumerate(rows.items(), start=1):
        write_text(ws, key, row=row, column=1)
        write_text(ws, value, row=row, column=2)
    ws.flush()
