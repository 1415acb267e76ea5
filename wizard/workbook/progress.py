"""The Progress sheet: what changed since the baseline audit (last year's file).

Written only when the audit names a baseline that loads
(:func:`wizard.history.baseline.load_baseline`);
every figure comes from :func:`wizard.history.compare.compare_audits`, the same comparison the
summary page and ``vigie compare`` show. Four tables, each with its own header row: score
changes (the change is a live formula), inventory changes, answers changed, and findings
resolved, new and not yet re-assessed. Titles, handles and values typed by users reach the
cells through :func:`wizard.workbook.cells.write_text` only.
"""

from __future__ import annotations

from typing import Any

from wizard.audit import labels
from wizard.history.compare import NOT_APPLICABLE, AccountChange, Comparison, ScoreChange
from wizard.history.report import account_label, show_value
from wizard.workbook import page, styles
from wizard.workbook.blocks import headers, subtitle
from wizard.workbook.cells import write_formula, write_text, write_value
from wizard.workbook.context import ExportContext
from wizard.workbook.sheet import Sheet as Worksheet
from wizard.workbook.strings import inventory_header

WIDTHS = {"A": 2, "B": 46, "C": 18, "D": 18, "E": 16, "F": 56}
WRAPPED = {2: WIDTHS["B"], 6: WIDTHS["F"]}
ACCOUNT_HEADERS = (
    "accounts",
    "progress_outcome",
    "progress_before",
    "progress_after",
    "progress_detail",
)


def _texts(ws: Worksheet, row: int, values: list[str], first: int = 2) -> int:
    """One table row of texts (user text or labels) from column ``first``; the next row."""
    for col, value in enumerate(values, start=first):
        write_text(ws, value, row=row, column=col, style=styles.WRAP)
    page.fit_row(ws, row, WRAPPED)
    return row + 1


def _heading(ctx: ExportContext, ws: Worksheet, c: Comparison) -> int:
    write_text(ws, ctx.sheet("progress"), row=1, column=2, style=styles.TITLE)
    ws.row_dimensions[1].height = 30
    row = 3
    for key, title, when in (
        ("progress_baseline", c.old_title, c.old_date),
        ("progress_current", c.new_title, c.new_date),
    ):
        write_text(ws, ctx.t(key), row=row, column=2, style=styles.LABEL)
        write_text(ws, title or "—", row=row, column=3, style=styles.WRAP)
        write_value(ws, when, row=row, column=4, style=styles.DATE)
        row += 1
    notes = c.bank.lines(ctx.lang) if c.bank is not None else []
    if not notes and not c.same_bank:
        notes = [ctx.t("progress_other_bank")]
    for note in notes:
        write_text(ws, note, row=row, column=2, style=styles.MUTED_STYLE)
        row += 1
    return row + 1


def _score_row(ws: Worksheet, row: int, label: str, change: ScoreChange) -> int:
    write_text(ws, label, row=row, column=2, style=styles.WRAP)
    write_value(ws, change.old, row=row, column=3, style=styles.DECIMAL)
    write_value(ws, change.new, row=row, column=4, style=styles.DECIMAL)
    formula = f'=IF(OR(C{row}="",D{row}=""),"",D{row}-C{row})'
    write_formula(ws, formula, row=row, column=5, style=styles.DECIMAL)
    page.fit_row(ws, row, WRAPPED)
    return row + 1


def _scores(ctx: ExportContext, ws: Worksheet, row: int, c: Comparison) -> int:
    row = subtitle(ws, row, ctx.t("progress_scores"))
    row = headers(ctx, ws, row, ("item", "progress_before", "progress_after", "progress_change"))
    row = _score_row(ws, row, ctx.t("overall_score"), c.overall)
    row = _score_row(ws, row, ctx.t("progress_completeness"), c.completeness)
    for section in c.sections:
        title = section.title.get(ctx.lang) if section.title else ""
        row = _score_row(ws, row, f"{section.item_id} {title}".strip(), section)
    return row + 1


def _field_name(field: str, lang: str) -> str:
    try:
        return inventory_header(field, lang)
    except KeyError:
        return field


def _other_changes(change: AccountChange, lang: str) -> str:
    return "\n".join(
        f"{_field_name(f.field, lang)}: {show_value(f.old, lang)} → {show_value(f.new, lang)}"
        for f in change.other_changes
    )


def _account_rows(ctx: ExportContext, c: Comparison) -> list[list[str]]:
    lang = ctx.lang
    rows = [[account_label(a, lang), ctx.t("progress_added"), "", "", ""] for a in c.added]
    rows += [
        [account_label(a, lang), ctx.t("progress_removed"), labels.label(a.status, lang), "", ""]
        for a in c.removed
    ]
    for change in c.changed:
        status = change.status_change
        if change.became_closed:
            what = ctx.t("progress_closed")
        elif status is not None:
            what = ctx.t("progress_status")
        else:
            what = ctx.t("progress_changed")
        old = show_value(status.old, lang) if status else ""
        new = show_value(status.new, lang) if status else ""
        rows.append([account_label(change.new, lang), what, old, new, _other_changes(change, lang)])
    return rows


def _accounts(ctx: ExportContext, ws: Worksheet, row: int, c: Comparison) -> int:
    row = subtitle(ws, row, ctx.t("progress_accounts"))
    counts = [
        ("progress_accounts_before", c.accounts_before),
        ("progress_accounts_after", c.accounts_after),
        ("progress_added", len(c.added)),
        ("progress_removed", len(c.removed)),
        ("progress_closed", len(c.closed)),
        ("progress_status", len(c.status_changed)),
        ("progress_changed", len(c.fields_changed)),
    ]
    if ctx.follower_changes:
        counts.append(("progress_followers", sum(ctx.follower_changes.values())))
    for key, count in counts:
        write_text(ws, ctx.t(key), row=row, column=2, style=styles.LABEL)
        write_value(ws, count, row=row, column=3, style=styles.NUMBER)
        row += 1
    rows = _account_rows(ctx, c)
    if rows:
        row = headers(
            ctx,
            ws,
            row + 1,
            ACCOUNT_HEADERS,
        )
        for values in rows:
            row = _texts(ws, row, values)
    return row + 1


def _rating(ctx: ExportContext, value: Any) -> str:
    if value is None:
        return ctx.t("progress_unassessed")
    if value == NOT_APPLICABLE:
        return ctx.t("na_token")
    level = next((lv for lv in ctx.audit.framework.scale if lv.value == value), None)
    return f"{value} · {level.name.get(ctx.lang)}" if level else str(value)


def _criteria(ctx: ExportContext, ws: Worksheet, row: int, c: Comparison) -> int:
    row = subtitle(ws, row, ctx.t("progress_criteria"))
    if not c.criteria:
        write_text(ws, ctx.t("progress_none"), row=row, column=2, style=styles.MUTED_STYLE)
        row += 1
    else:
        row = headers(ctx, ws, row, ("criterion", "progress_before", "progress_after"))
        texts = {cr.id: cr.text.get(ctx.lang) for cr in ctx.audit.framework.criteria()}
        for change in c.criteria:
            renamed = change.old_id not in (None, change.criterion_id)
            moved = f" ({change.old_id})" if renamed else ""
            label = f"{change.criterion_id}{moved} {texts.get(change.criterion_id, '')}".strip()
            row = _texts(ws, row, [label, _rating(ctx, change.old), _rating(ctx, change.new)])
    if c.unmapped:
        write_text(ws, ctx.t("progress_unmapped"), row=row, column=2, style=styles.LABEL)
        write_text(ws, ", ".join(c.unmapped), row=row, column=3, style=styles.WRAP)
        row += 1
    return row + 1


def _findings(ctx: ExportContext, ws: Worksheet, row: int, c: Comparison) -> int:
    row = subtitle(ws, row, ctx.t("progress_findings"))
    groups = [
        ("progress_resolved", c.findings_resolved),
        ("progress_new", c.findings_new),
        ("progress_pending", c.findings_pending),
    ]
    for key, found in groups:
        write_text(ws, ctx.t(key), row=row, column=2, style=styles.LABEL)
        write_value(ws, len(found), row=row, column=3, style=styles.NUMBER)
        row += 1
    if any(found for _key, found in groups):
        row = headers(ctx, ws, row + 1, ("finding", "severity", "progress_outcome"))
        for key, found in groups:
            for finding in found:
                severity = labels.label(finding.severity, ctx.lang)
                row = _texts(ws, row, [finding.title(ctx.lang), severity, ctx.t(key)])
    return row


def build(ctx: ExportContext) -> None:
    """The sheet, when ``ctx.comparison`` exists (the audit has a loadable baseline)."""
    comparison = ctx.comparison
    if comparison is None:
        return
    ws = ctx.new_sheet(ctx.sheet("progress"))
    page.set_widths(ws, WIDTHS)
    row = _heading(ctx, ws, comparison)
    row = _scores(ctx, ws, row, comparison)
    row = _accounts(ctx, ws, row, comparison)
    row = _criteria(ctx, ws, row, comparison)
    last = _findings(ctx, ws, row, comparison)
    ws.sheet_view.showGridLines = False
    page.setup(ctx, ws)  # 154 columns wide: landscape keeps the text over 8 pt
    ws.print_area = f"B1:F{max(last, 2)}"
    ws.flush()
    ctx.step()
