"""The Cover sheet: who, what, when, under which framework, and a linked table of contents.

Personal names (auditors, client contact) appear only when the export includes names;
otherwise their roles stand in (:meth:`ExportContext.person`).
"""

from __future__ import annotations

from datetime import date

from openpyxl.styles import Alignment
from openpyxl.utils import quote_sheetname

from wizard.audit import labels
from wizard.workbook import names, page, styles
from wizard.workbook.brand import add_logo, paint_accent
from wizard.workbook.cells import internal_link, write_text, write_value
from wizard.workbook.context import ExportContext
from wizard.workbook.sheet import Sheet as Worksheet
from wizard.workbook.strings import sheet_keys

WIDTHS = {"A": 2, "B": 28, "C": 70}


def _period(ctx: ExportContext) -> str:
    engagement = ctx.audit.engagement
    start, end = engagement.start_date, engagement.end_date
    if start and end:
        return f"{start.isoformat()} {ctx.t('to')} {end.isoformat()}"
    day = start or end
    return day.isoformat() if day else ""


def _field(ws: Worksheet, row: int, label: str, value: str | date | None) -> int:
    write_text(ws, label, row=row, column=2, style=styles.LABEL)
    if isinstance(value, date):
        write_value(ws, value, row=row, column=3, style=styles.DATE)
    else:
        write_text(ws, value or "", row=row, column=3, style=styles.WRAP)
    return row + 1


def _confidentiality(ctx: ExportContext) -> str:
    """The level, and the brand's confidentiality line under it when it has one."""
    level = labels.label(ctx.audit.engagement.confidentiality, ctx.lang)
    line = ctx.audit.brand.confidentiality_line
    return f"{level}\n{line}" if line else level


def _fields(ctx: ExportContext, ws: Worksheet, row: int) -> int:
    audit, lang = ctx.audit, ctx.lang
    engagement = audit.engagement
    auditors = "\n".join(p for p in (ctx.person(a) for a in engagement.auditors) if p)
    framework = audit.framework
    rows: list[tuple[str, str | date | None]] = [
        ("organisation", engagement.organisation.name),
        ("audit_title", engagement.title),
        ("auditors", auditors),
        ("client_contact", ctx.person(engagement.client_contact)),
        ("period", _period(ctx)),
        ("report_date", engagement.report_date),
        ("as_of", ctx.today),
        ("scope", engagement.scope),
        ("objectives", engagement.objectives),
        ("framework", framework.title.get(lang)),
        ("framework_version", framework.version),
        ("confidentiality", _confidentiality(ctx)),
        ("prepared_by", "\n".join(t for t in (audit.brand.firm, audit.brand.contact) if t)),
        ("generated", ctx.exported_at.replace(tzinfo=None).date()),
    ]
    for key, value in rows:
        if key == "prepared_by" and not value:
            continue
        if key == "as_of":
            where = f"{quote_sheetname(ws.title)}!$C${row}"
            names.define(ctx.workbook, names.REPORT_DATE, where)
        row = _field(ws, row, ctx.t(key), value)
        page.fit_row(ws, row - 1, {3: WIDTHS["C"]})
    return row


def _contents(ctx: ExportContext, ws: Worksheet, row: int) -> int:
    write_text(ws, ctx.t("contents"), row=row, column=2, style=styles.SUBTITLE)
    row += 1
    for key in sheet_keys(progress=ctx.baseline is not None)[1:]:
        name = ctx.sheet(key)
        cell = write_text(ws, name, row=row, column=2, style=styles.LINK)
        internal_link(cell, f"{quote_sheetname(name)}!A1")
        write_text(ws, ctx.t(f"toc_{key}"), row=row, column=3, style=styles.TEXT)
        row += 1
    return row


def _brand_row(ctx: ExportContext, ws: Worksheet) -> None:
    """Row 1: the logo on the left, the firm's name on the right (nothing without a brand)."""
    brand = ctx.audit.brand
    height = add_logo(ws, brand.logo, "B1") if brand.logo is not None else 0
    if brand.firm:
        cell = write_text(ws, brand.firm, row=1, column=3, style=styles.SUBTITLE)
        cell.alignment = Alignment(horizontal="right", vertical="center")
    if height or brand.firm:
        ws.row_dimensions[1].height = max(height * 0.75 + 6, 24)  # pixels → points


def build(ctx: ExportContext) -> None:
    ws = ctx.new_sheet(ctx.sheet("cover"))
    page.set_widths(ws, WIDTHS)
    _brand_row(ctx, ws)
    title = write_text(ws, ctx.t("report"), row=2, column=2, style=styles.TITLE)
    ws.row_dimensions[2].height = 34
    accent = ctx.audit.brand.accent
    if accent:
        paint_accent(title, accent, 18)
        paint_accent(write_text(ws, "", row=2, column=3, style=styles.TITLE), accent, 18)
    name = ctx.audit.engagement.organisation.name
    write_text(ws, name, row=3, column=2, style=styles.SUBTITLE)
    ws.row_dimensions[3].height = 24
    row = _fields(ctx, ws, 5)
    _contents(ctx, ws, row + 1)
    ws.sheet_view.showGridLines = False
    page.setup(ctx, ws, landscape=False)
    page.protect(ws)  # the report-date cell every time-based formula reads
    ws.flush()
    ctx.step()
