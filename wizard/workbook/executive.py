"""The executive summary at the top of the Summary: what an executive reads on page 1.

A verdict sentence and what the stage means (formulas over the Summary's live figures, so
they follow the client's edits), the five priorities (the most severe findings, merged with
the criteria they repeat, each with its planned action, owner, due date and effort as of
the report date) and how many actions still lack an owner or a due date (a formula over the Action
plan, so it drops as the client fills them in).
"""

from __future__ import annotations

from openpyxl.styles import Alignment

from wizard.audit import labels
from wizard.scoring.findings import ReviewedFinding
from wizard.workbook import action_plan, page, styles
from wizard.workbook.blocks import subtitle
from wizard.workbook.cells import write_formula, write_text, write_value
from wizard.workbook.context import ExportContext
from wizard.workbook.sheet import Sheet as Worksheet

PRIORITIES = 5
TEXT_SPAN = (2, 9)
"""Columns B–I: the sentences are merged across the printed width."""


def _q(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _sentence_row(ws: Worksheet, row: int, lines: int) -> None:
    first, last = TEXT_SPAN
    ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
    ws.cell(row=row, column=first).alignment = Alignment(vertical="top", wrap_text=True)
    ws.row_dimensions[row].height = lines * page.LINE_HEIGHT + 4


def reserve(ctx: ExportContext, ws: Worksheet, row: int) -> tuple[dict[str, int], int]:
    """Write the block's fixed parts from ``row``; return the rows whose formulas
    :func:`fill` writes once the figures they quote are placed, and the next free row."""
    rows: dict[str, int] = {}
    row = subtitle(ws, row, ctx.t("executive_summary"))
    for key in ("verdict", "stage_meaning"):
        rows[key] = row
        _sentence_row(ws, row, 3)
        row += 1
    row = subtitle(ws, row + 1, ctx.t("priorities"))
    columns = ((2, "severity"), (3, "finding"), (4, "action"), (7, "owner"), (8, "due"))
    for col, key in (*columns, (9, "effort")):
        write_text(ws, ctx.t(key), row=row, column=col, style=styles.HEADER)
    for col in (5, 6):
        ws.cell(row=row, column=col).style = styles.HEADER
    ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=6)
    row += 1
    for finding in merged_findings(ctx)[:PRIORITIES]:
        _priority(ctx, ws, row, finding)
        row += 1
    rows["actions"] = row + 1
    _sentence_row(ws, row + 1, 2)
    return rows, row + 3


def _priority(ctx: ExportContext, ws: Worksheet, row: int, merged: tuple) -> None:
    finding, repeated = merged
    lang = ctx.lang
    cell = write_text(ws, labels.label(finding.severity, lang), row=row, column=2)
    cell.style = styles.TEXT
    cell.fill = styles.fill(styles.SEVERITY_FILL[finding.severity.value])
    title = finding.title(lang)
    if repeated:
        title += " — " + ctx.t("with_criteria").format(items=", ".join(repeated))
    write_text(ws, title, row=row, column=3, style=styles.WRAP)
    action = next((a for a in ctx.audit.actions if _answers(a, finding)), None)
    text = action.title if action else ctx.t("no_action_yet")
    write_text(ws, text, row=row, column=4, style=styles.WRAP)
    for col in (5, 6):
        ws.cell(row=row, column=col).style = styles.WRAP
    ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=6)
    write_text(ws, action.owner if action else "", row=row, column=7, style=styles.WRAP)
    write_value(ws, action.due if action else None, row=row, column=8, style=styles.DATE)
    effort = labels.label(action.effort, lang) if action else ""
    write_text(ws, effort, row=row, column=9, style=styles.WRAP)
    page.fit_row(ws, row, {3: 44, 4: 42, 7: 22, 9: 13})


def _answers(action, finding) -> bool:
    return action.finding in (finding.key, finding.key.removeprefix("own:"))


def merged_findings(ctx: ExportContext) -> list[tuple[ReviewedFinding, list[str]]]:
    """Active findings, most severe first, a weak section's finding carrying the ids of the
    low-criterion findings of the same section it repeats (those are left out)."""
    weak = {f.framework_item for f in ctx.findings if f.rule_id == "asm.weak_section"}
    section_of = {c.id: s.id for s in ctx.audit.framework.sections for c in s.criteria}
    repeated: dict[str, list[str]] = {}
    kept = []
    for finding in ctx.findings:
        section = section_of.get(finding.framework_item)
        if finding.rule_id == "asm.low_criterion" and section in weak:
            repeated.setdefault(section, []).append(finding.framework_item)
        else:
            kept.append(finding)
    return [
        (f, repeated.get(f.framework_item, []) if f.rule_id == "asm.weak_section" else [])
        for f in kept
    ]


def fill(ctx: ExportContext, ws: Worksheet, rows: dict[str, int], cells: dict[str, str]) -> None:
    """The live sentences, quoting the Summary's figure cells (``cells``: key → address)."""
    t = ctx.t
    score, stage = cells["overall_score"], cells["stage"]
    verdict = (
        f'=IF({score}="",{_q(t("verdict_none"))},'
        f'{_q(t("verdict_1"))}&TEXT({score},"0.0")&{_q(t("verdict_2"))}&{stage}'
        f'&{_q(t("verdict_3"))}&TEXT({cells["completeness"]}*100,"0")'
        f"&{_q(t('verdict_4'))}&{cells['accounts_total']}&{_q(t('verdict_5'))}"
        f"&{cells['dormant']}&{_q(t('verdict_6'))}&{cells['without_owner']}"
        f'&{_q(t("verdict_7"))}&IFERROR(TEXT({cells["mfa_coverage"]},"0%"),"—")'
        f"&{_q(t('verdict_8'))})"
    )
    write_formula(ws, verdict, row=rows["verdict"], column=2)
    meaning = '""'
    for item in ctx.audit.framework.stages:
        name, text = item.name.get(ctx.lang), item.description.get(ctx.lang)
        colon = " : " if ctx.lang == "fr" else ": "
        meaning = f"IF({stage}={_q(name)},{_q(name + colon + text)},{meaning})"
    write_formula(ws, "=" + meaning, row=rows["stage_meaning"], column=2)
    owner = action_plan.column_range(ctx, "G")
    due = action_plan.column_range(ctx, "H")
    title = action_plan.column_range(ctx, "F")
    lacking = f"SUMPRODUCT((LEN({title})>0)*(((LEN({owner})=0)+(LEN({due})=0))>0))"
    planned = f"SUMPRODUCT((LEN({title})>0)*1)"
    actions = (
        f"={lacking}&{_q(t('actions_lacking_1'))}&{planned}&{_q(t('actions_lacking_2'))}"
        f"&{len(action_plan.unplanned(ctx))}&{_q(t('actions_lacking_3'))}"
    )
    write_formula(ws, actions, row=rows["actions"], column=2)
    for key in ("verdict", "stage_meaning", "actions"):
        ws.cell(row=rows[key], column=2).alignment = Alignment(vertical="top", wrap_text=True)
