"""The Assessment sheet: every criterion, grouped by section, with its answer.

The answer cell (0…max level, "N/A"/"S.O." or empty) is the single source of every derived
figure: the level label here, and the section and overall scores, completeness and stages on
the Summary, are formulas over these cells, so they stay right when the client edits an
answer. Three hidden helper columns restate :mod:`wizard.scoring.scores` per row (points =
level × weight, counted weight, assessed flag) so the summary needs only ``SUMIF``, which
Excel and LibreOffice evaluate identically.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from openpyxl.formatting.rule import FormulaRule
from openpyxl.utils import quote_sheetname

from wizard.audit import labels
from wizard.bank.framework import Criterion, Section
from wizard.scoring.rules.assessment import CRITICAL_GROUPS
from wizard.workbook import names, page, styles
from wizard.workbook.cells import write_formula, write_text, write_value
from wizard.workbook.context import ExportContext
from wizard.workbook.lists import Lists
from wizard.workbook.live import severity_formula
from wizard.workbook.sheet import Sheet as Worksheet

HEADER_ROW = 3
FIRST_ROW = HEADER_ROW + 1
NA_TOKENS = ("N/A", "S.O.")

# column letters
ID, NUMBER, SECTION, CRITERION, ANSWER, LEVEL = "A", "B", "C", "D", "E", "F"
JUSTIFICATION, NOTES, EVIDENCE, REVIEW, WEIGHT = "G", "H", "I", "J", "K"
GUIDANCE = "L"
POINTS, COUNTED, ASSESSED, FINDING = "M", "N", "O", "P"

_COLUMNS = (
    (ID, "id", 10),
    (NUMBER, "number", 7),
    (SECTION, "section", 8),
    (CRITERION, "criterion", 44),
    (ANSWER, "answer", 9),
    (LEVEL, "level_label", 14),
    (JUSTIFICATION, "justification", 32),
    (NOTES, "notes", 26),
    (EVIDENCE, "evidence", 15),
    (REVIEW, "to_review", 9),
    (WEIGHT, "weight", 7),
    # the guidance is the auditor's aid, one line each: on screen, out of the print area
    (GUIDANCE, "guidance", 60),
    (POINTS, "scored", 8),
    (COUNTED, "counted", 8),
    (ASSESSED, "assessed", 8),
)
INPUT_COLUMNS = (5, 7, 8, 9, 10)
"""Answer, justification, notes, evidence, to review: the cells a client edits (unlocked on
the protected sheet; the level label, weights and hidden helpers are not)."""

PRINTED_LAST = WEIGHT
"""The print area ends here: the guidance and the hidden helpers stay on screen."""


@dataclass(frozen=True)
class AssessmentRefs:
    """Absolute ranges of the assessment columns the summary formulas aggregate."""

    sections: str
    points: str
    counted: str
    assessed: str
    max_level: int
    findings: str = ""
    """The hidden column of each criterion's live "low level" finding severity."""
    rows: dict[str, int] = field(default_factory=dict)
    """Criterion id → its row (for the Summary's links to a criterion's live severity)."""


def _valid_answer(ref: str, max_level: int) -> str:
    return f"AND(ISNUMBER({ref}),{ref}>=0,{ref}<={max_level})"


def _is_na(ref: str) -> str:
    return "OR(" + ",".join(f'{ref}="{token}"' for token in NA_TOKENS) + ")"


def _answer_value(ctx: ExportContext, criterion: Criterion) -> int | str | None:
    answer = ctx.audit.answer(criterion.id)
    if answer.not_applicable:
        return ctx.t("na_token")
    return answer.level


def _header(ctx: ExportContext, ws: Worksheet) -> None:
    write_text(ws, ctx.sheet("assessment"), row=1, column=2, style=styles.TITLE)
    top = ctx.audit.framework.max_level
    write_text(ws, ctx.t("answer_help").format(max=top), row=2, column=2, style=styles.MUTED_STYLE)
    ws.column_dimensions[FINDING].width = 8
    for col, (letter, key, width) in enumerate(_COLUMNS, start=1):
        write_text(ws, ctx.t(key), row=HEADER_ROW, column=col, style=styles.HEADER)
        ws.column_dimensions[letter].width = width
    for letter in (ID, POINTS, COUNTED, ASSESSED, FINDING):
        ws.column_dimensions[letter].hidden = True
    page.fit_header(ws, HEADER_ROW, 1, len(_COLUMNS))


def _band(ctx: ExportContext, ws: Worksheet, row: int, section: Section) -> None:
    """The section's title row (no section id in column C, so SUMIF skips it)."""
    for col in range(2, len(_COLUMNS) - 2):
        ws.cell(row=row, column=col).style = styles.BAND_STYLE
    write_text(ws, section.id, row=row, column=2, style=styles.BAND_STYLE)
    write_text(ws, section.title.get(ctx.lang), row=row, column=4, style=styles.BAND_STYLE)
    # Bold text runs wider: estimate on a narrower column so the title never overlaps.
    page.fit_row(ws, row, {4: ws.column_dimensions[CRITERION].width * 0.8})


def _criterion_row(
    ctx: ExportContext, ws: Worksheet, row: int, section: Section, criterion: Criterion
) -> None:
    lang, top = ctx.lang, ctx.audit.framework.max_level
    answer = ctx.audit.answer(criterion.id)
    write_text(ws, criterion.id, row=row, column=1)
    write_text(ws, criterion.id, row=row, column=2, style=styles.TEXT)
    write_text(ws, section.id, row=row, column=3, style=styles.TEXT)
    write_text(ws, criterion.text.get(lang), row=row, column=4, style=styles.WRAP)
    write_text(ws, criterion.guidance.get(lang), row=row, column=12, style=styles.TEXT)
    value = _answer_value(ctx, criterion)
    if isinstance(value, str):
        write_text(ws, value, row=row, column=5, style=styles.ANSWER)
    else:
        write_value(ws, value, row=row, column=5, style=styles.ANSWER)
    a = f"{ANSWER}{row}"
    level = (
        f'=IF(ISNUMBER({a}),IFERROR(INDEX({names.LEVELS},{a}+1),""),'
        f'IF({_is_na(a)},"{ctx.t("na_label")}",""))'
    )
    write_formula(ws, level, row=row, column=6, style=styles.COMPUTED_STYLE)
    write_text(ws, answer.justification, row=row, column=7, style=styles.WRAP)
    write_text(ws, answer.notes, row=row, column=8, style=styles.WRAP)
    write_text(ws, ctx.evidence_list(answer.evidence), row=row, column=9, style=styles.WRAP)
    write_text(ws, labels.bool_label(answer.to_review, lang), row=row, column=10, style=styles.TEXT)
    write_value(ws, criterion.weight, row=row, column=11, style=styles.TEXT)
    valid, w = _valid_answer(a, top), f"{WEIGHT}{row}"
    write_formula(ws, f"=IF({valid},{a}*{w},0)", row=row, column=13)
    write_formula(ws, f"=IF({valid},{w},0)", row=row, column=14)
    write_formula(ws, f"=IF(OR({valid},{_is_na(a)}),1,0)", row=row, column=15)
    write_formula(ws, _low_finding(ctx, section, criterion, a, valid), row=row, column=16)
    for col in INPUT_COLUMNS:
        page.unlock(ws.cell(row=row, column=col))


def _low_finding(
    ctx: ExportContext, section: Section, criterion: Criterion, a: str, valid: str
) -> str:
    """The live severity of the criterion's "low level" finding
    (:class:`wizard.scoring.rules.assessment.LowCriterionRule`), from its answer cell."""
    top = ctx.audit.framework.max_level
    critical = "TRUE" if section.group in CRITICAL_GROUPS else "FALSE"
    high = f"IF({valid},AND({a}=0,{critical}),FALSE)"
    medium = f"IF({valid},{a}*4<={top},FALSE)"
    return severity_formula(ctx, f"asm.low_criterion:{criterion.id}", high, medium)


def _validations(ctx: ExportContext, ws: Worksheet, lists: Lists, last: int) -> None:
    top = ctx.audit.framework.max_level
    answers = lists.validation("answer", ctx.t("answer_help").format(max=top))
    answers.add(f"{ANSWER}{FIRST_ROW}:{ANSWER}{last}")
    review = lists.validation("yes_no")
    review.add(f"{REVIEW}{FIRST_ROW}:{REVIEW}{last}")
    for dv in (answers, review):
        ws.add_data_validation(dv)
    unanswered = FormulaRule(
        formula=[f"AND(LEN($C{FIRST_ROW})>0,LEN({ANSWER}{FIRST_ROW})=0)"],
        fill=styles.fill(styles.AMBER_FILL),
    )
    ws.conditional_formatting.add(f"{ANSWER}{FIRST_ROW}:{ANSWER}{last}", unanswered)


def _col(ws: Worksheet, letter: str, last: int) -> str:
    return f"{quote_sheetname(ws.title)}!${letter}${FIRST_ROW}:${letter}${last}"


def _refs(ws: Worksheet, last: int, max_level: int) -> AssessmentRefs:
    def col(letter: str) -> str:
        return _col(ws, letter, last)

    return AssessmentRefs(col(SECTION), col(POINTS), col(COUNTED), col(ASSESSED), max_level)


def build(ctx: ExportContext, lists: Lists) -> AssessmentRefs:
    """Write the sheet; return the ranges the summary's score formulas use."""
    ws = ctx.new_sheet(ctx.sheet("assessment"))
    _header(ctx, ws)
    row = FIRST_ROW
    criterion_rows: dict[str, int] = {}
    for section in ctx.audit.framework.sections:
        _band(ctx, ws, row, section)
        row += 1
        for criterion in section.criteria:
            _criterion_row(ctx, ws, row, section, criterion)
            criterion_rows[criterion.id] = row
            row += 1
    last = row - 1
    page.fit_rows(ws, FIRST_ROW, last, page.widths_of(ws, "DGHI"))
    _validations(ctx, ws, lists, last)
    for letter in (ID, POINTS, COUNTED, ASSESSED, FINDING):
        ws.column_dimensions[letter].hidden = True
    ws.freeze_panes = f"A{FIRST_ROW}"
    ws.auto_filter.ref = f"B{HEADER_ROW}:{WEIGHT}{last}"
    page.setup(ctx, ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
    ws.print_area = f"B1:{PRINTED_LAST}{last}"
    page.protect(ws)
    refs = _refs(ws, last, ctx.audit.framework.max_level)
    refs = replace(refs, findings=_col(ws, FINDING, last), rows=criterion_rows)
    ctx.refs["assessment"] = refs
    ws.flush()
    ctx.step()
    return refs
