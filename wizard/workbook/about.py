"""The About sheet: the maturity scale, the stages, how each figure is computed, versions.

A reader who only has the workbook can check every score by hand from this sheet.
"""

from __future__ import annotations

from wizard import __version__ as app_version
from wizard.audit.model import FORMAT_VERSION
from wizard.bank.languages import missing_language_notice
from wizard.workbook import page, styles
from wizard.workbook.blocks import headers, subtitle
from wizard.workbook.cells import write_text, write_value
from wizard.workbook.context import ExportContext
from wizard.workbook.meta import WORKBOOK_FORMAT_VERSION
from wizard.workbook.sheet import Sheet as Worksheet

WIDTHS = {"A": 2, "B": 22, "C": 24, "D": 56}
"""Columns A–D print across a portrait page at full size."""


def _scale(ctx: ExportContext, ws: Worksheet, row: int) -> int:
    row = headers(ctx, ws, subtitle(ws, row, ctx.t("scale")), ("value", "name", "description"))
    for level in ctx.audit.framework.scale:
        write_value(ws, level.value, row=row, column=2, style=styles.TEXT)
        write_text(ws, level.name.get(ctx.lang), row=row, column=3, style=styles.WRAP)
        write_text(ws, level.description.get(ctx.lang), row=row, column=4, style=styles.WRAP)
        page.fit_row(ws, row, {3: WIDTHS["C"], 4: WIDTHS["D"]})
        row += 1
    return row + 1


def _stages(ctx: ExportContext, ws: Worksheet, row: int) -> int:
    row = headers(ctx, ws, subtitle(ws, row, ctx.t("stages")), ("min_score", "name", "description"))
    for stage in ctx.audit.framework.stages:
        write_value(ws, stage.min_score, row=row, column=2, style=styles.DECIMAL)
        write_text(ws, stage.name.get(ctx.lang), row=row, column=3, style=styles.WRAP)
        write_text(ws, stage.description.get(ctx.lang), row=row, column=4, style=styles.WRAP)
        page.fit_row(ws, row, {3: WIDTHS["C"], 4: WIDTHS["D"]})
        row += 1
    return row + 1


def _method(ctx: ExportContext, ws: Worksheet, row: int) -> int:
    row = subtitle(ws, row, ctx.t("method"))
    for key in (
        "method_section",
        "method_overall",
        "method_completeness",
        "method_risk",
        "method_live",
    ):
        write_text(ws, ctx.t(key), row=row, column=2, style=styles.WRAP)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
        page.fit_row(ws, row, {2: WIDTHS["B"] + WIDTHS["C"] + WIDTHS["D"]})
        row += 1
    return row + 1


def _versions(ctx: ExportContext, ws: Worksheet, row: int) -> int:
    framework = ctx.audit.framework
    row = subtitle(ws, row, ctx.t("versions"))
    names = ctx.t("names_included") if ctx.include_names else ctx.t("names_excluded")
    rows = [
        ("framework", f"{framework.title.get(ctx.lang)} ({framework.id})"),
        ("framework_version", framework.version),
        ("source", framework.source.get(ctx.lang)),
        ("app_version", app_version),
        ("file_format", str(WORKBOOK_FORMAT_VERSION)),
        ("session_format", str(FORMAT_VERSION)),
        ("audit_id", ctx.audit.audit_id),
        ("names_policy", names),
    ]
    notice = missing_language_notice(framework, ctx.lang)
    if notice:
        rows.insert(3, ("bank_language", notice))
    for key, value in rows:
        write_text(ws, ctx.t(key), row=row, column=2, style=styles.LABEL)
        write_text(ws, value, row=row, column=3, style=styles.WRAP)
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=4)
        page.fit_row(ws, row, {3: WIDTHS["C"] + WIDTHS["D"]})
        row += 1
    return row


def build(ctx: ExportContext) -> None:
    ws = ctx.new_sheet(ctx.sheet("about"))
    page.set_widths(ws, WIDTHS)
    write_text(ws, ctx.sheet("about"), row=1, column=2, style=styles.TITLE)
    ws.row_dimensions[1].height = 30
    row = _scale(ctx, ws, 3)
    row = _stages(ctx, ws, row)
    row = _method(ctx, ws, row)
    _versions(ctx, ws, row)
    ws.sheet_view.showGridLines = False
    page.setup(ctx, ws, landscape=False)
    ws.flush()
    ctx.step()
