"""The Action plan sheet: the planned actions, each beside the finding it answers.

One row per action (with its owner, due date, effort and status), in the order of the
findings they answer (most severe first); actions that answer no finding come last. Findings
nobody has planned an action for yet are not padded into the table: the line above it counts
them by severity (the Summary lists the main ones). Due dates are real date cells so the
client can sort and filter them.
"""

from __future__ import annotations

from collections import Counter

from openpyxl.utils import quote_sheetname
from openpyxl.worksheet.table import Table, TableStyleInfo

from wizard.audit import labels
from wizard.audit.model import Action, Severity
from wizard.scoring.findings import ReviewedFinding
from wizard.workbook import page, styles
from wizard.workbook.cells import write_text, write_value
from wizard.workbook.context import BATCH, ExportContext
from wizard.workbook.lists import Lists
from wizard.workbook.sheet import Sheet as Worksheet

TABLE_NAME = "tblActions"
HEADER_ROW = 3
HEADERS = (
    "id",
    "finding_key",
    "severity",
    "finding",
    "recommendation",
    "action",
    "owner",
    "due",
    "effort",
    "status",
)
WIDTHS = {"A": 10, "B": 10, "C": 11, "D": 32, "E": 36, "F": 34, "G": 16, "H": 11, "I": 13, "J": 12}
"""Columns C–J print across a landscape page at about 88 % (body text over 8 pt)."""
LAST = "J"


def _rows(ctx: ExportContext) -> list[tuple[ReviewedFinding | None, Action | None]]:
    """(finding, action) pairs in plan order.

    ``Action.finding`` holds a generated finding's key or an own finding's id (whose key is
    ``own:<id>``), so both spellings are matched.
    """
    by_finding: dict[str, list[Action]] = {}
    for action in ctx.audit.actions:
        by_finding.setdefault(action.finding, []).append(action)
    rows: list[tuple[ReviewedFinding | None, Action | None]] = []
    used: set[str] = set()
    for finding in ctx.findings:
        keys = dict.fromkeys((finding.key, finding.key.removeprefix("own:")))
        actions = [a for key in keys for a in by_finding.get(key, [])]
        used.update(keys)
        rows += [(finding, a) for a in actions]
    rows += [(None, a) for a in ctx.audit.actions if a.finding not in used]
    return rows


def unplanned(ctx: ExportContext) -> list[ReviewedFinding]:
    """Active findings no action answers yet."""
    planned = {a.finding for a in ctx.audit.actions}
    return [
        f
        for f in ctx.findings
        if f.key not in planned and f.key.removeprefix("own:") not in planned
    ]


def last_row(ctx: ExportContext) -> int:
    return HEADER_ROW + max(len(_rows(ctx)), 1)


def column_range(ctx: ExportContext, letter: str) -> str:
    """An absolute range of one column of the plan's rows (for the Summary's formulas)."""

    sheet = quote_sheetname(ctx.sheet("action_plan"))
    return f"{sheet}!${letter}${HEADER_ROW + 1}:${letter}${last_row(ctx)}"


def _unplanned_line(ctx: ExportContext) -> str:

    counts = Counter(f.severity for f in unplanned(ctx))
    if not counts:
        return ctx.t("all_findings_planned")
    parts = ", ".join(
        f"{counts[s]} {labels.label(s, ctx.lang).lower()}" for s in Severity if counts[s]
    )
    return ctx.t("unplanned_findings").format(count=sum(counts.values()), parts=parts)


def action_text(action: Action) -> str:
    """The plan's Action cell: the title, and the detail below it when there is one (even
    only blank lines: every character the auditor typed is written)."""
    return f"{action.title}\n{action.detail}" if action.detail else action.title


def _write(
    ctx: ExportContext,
    ws: Worksheet,
    r: int,
    finding: ReviewedFinding | None,
    action: Action | None,
) -> None:
    lang = ctx.lang
    if finding is not None:
        severity = finding.severity
    elif action is not None:
        severity = action.priority
    else:
        raise ValueError("a row of the plan has a finding, an action or both")
    write_text(ws, action.id if action else "", row=r, column=1)
    write_text(ws, finding.key if finding else "", row=r, column=2)
    cell = write_text(ws, labels.label(severity, lang), row=r, column=3, style=styles.TEXT)
    cell.fill = styles.fill(styles.SEVERITY_FILL[severity.value])
    write_text(ws, finding.title(lang) if finding else "", row=r, column=4, style=styles.WRAP)
    write_text(
        ws, finding.recommendation(lang) if finding else "", row=r, column=5, style=styles.WRAP
    )
    write_text(ws, action_text(action) if action else "", row=r, column=6, style=styles.WRAP)
    write_text(ws, action.owner if action else "", row=r, column=7, style=styles.WRAP)
    write_value(ws, action.due if action else None, row=r, column=8, style=styles.DATE)
    effort = labels.label(action.effort, lang) if action else ""
    write_text(ws, effort, row=r, column=9, style=styles.WRAP)
    status = labels.label(action.status, lang) if action else ""
    write_text(ws, status, row=r, column=10, style=styles.TEXT)


def build(ctx: ExportContext, lists: Lists) -> None:
    ws = ctx.new_sheet(ctx.sheet("action_plan"))
    page.set_widths(ws, WIDTHS)
    write_text(ws, ctx.sheet("action_plan"), row=1, column=3, style=styles.TITLE)
    ws.row_dimensions[1].height = 30
    write_text(ws, _unplanned_line(ctx), row=2, column=3, style=styles.MUTED_STYLE)
    for col, key in enumerate(HEADERS, start=1):
        write_text(ws, ctx.t(key), row=HEADER_ROW, column=col, style=styles.HEADER)
    for letter in ("A", "B"):
        ws.column_dimensions[letter].hidden = True
    page.fit_header(ws, HEADER_ROW, 1, len(HEADERS))
    rows = _rows(ctx)
    for offset, (finding, action) in enumerate(rows, start=1):
        _write(ctx, ws, HEADER_ROW + offset, finding, action)
        if offset % BATCH == 0:
            ctx.step(0)
    last = HEADER_ROW + max(len(rows), 1)
    page.fit_rows(ws, HEADER_ROW + 1, last, page.widths_of(ws, "DEFGI"))
    table = Table(displayName=TABLE_NAME, ref=f"A{HEADER_ROW}:{LAST}{last}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(table, [ctx.t(key) for key in HEADERS])
    status = lists.validation("action_status")
    status.add(f"J{HEADER_ROW + 1}:J{last}")
    effort = lists.validation("effort")
    effort.add(f"I{HEADER_ROW + 1}:I{last}")
    severity = lists.validation("severity")
    severity.add(f"C{HEADER_ROW + 1}:C{last}")
    for dv in (status, effort, severity):
        ws.add_data_validation(dv)
    for letter in ("A", "B"):
        ws.column_dimensions[letter].hidden = True
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    page.setup(ctx, ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
    ws.print_area = f"C1:{LAST}{last}"
    ws.flush()
    ctx.step()
