"""The Summary sheet: key figures, live scores, two charts and the main findings.

Key figures about the inventory are values (they come from :mod:`wizard.scoring.scores` and do not
depend on answers). Every score, level label, stage and completeness is a formula over the
Assessment answer cells (:class:`~wizard.workbook.assessment.AssessmentRefs`), restating
:mod:`wizard.scoring.scores` so the figures follow the client's edits.
"""

from __future__ import annotations

from collections import Counter

from openpyxl.styles import Alignment
from openpyxl.worksheet.pagebreak import Break

from wizard.audit import labels
from wizard.audit import model as m
from wizard.bank.framework import Section
from wizard.scoring.rules.assessment import VERY_WEAK_SECTION, WEAK_SECTION
from wizard.workbook import charts, executive, live, names, page, styles
from wizard.workbook.assessment import AssessmentRefs
from wizard.workbook.blocks import subtitle
from wizard.workbook.cells import write_formula, write_text, write_value
from wizard.workbook.context import ExportContext
from wizard.workbook.sheet import Sheet as Worksheet

WIDTHS = {"A": 2, "B": 10, "C": 44, "D": 22, "E": 9, "F": 11, "G": 22, "H": 20, "I": 13}
SECTION_HEADERS = (
    "section",
    "title",
    "group",
    "weight",
    "score",
    "level",
    "stage",
    "completeness",
    "scored",
    "counted",
)
SCORE_COL, POINTS_COL, COUNTED_COL = "F", "J", "K"
FINDING_COL, GROUP_CODE_COL = "L", "M"
"""Hidden: the live severity of each section's "weak section" finding."""


def _stage_formula(ref: str) -> str:
    return f'=IF({ref}="","",INDEX({names.STAGE_NAMES},MATCH({ref},{names.STAGE_MINS},1)))'


def _label(ws: Worksheet, row: int, label: str, col: int = 2, span: int = 2) -> None:
    """A key-figure label over ``span`` columns from ``col``."""
    write_text(ws, label, row=row, column=col, style=styles.LABEL)
    if span > 1:
        for extra in range(col + 1, col + span):
            ws.cell(row=row, column=extra).style = styles.LABEL
        ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=col + span - 1)


def _overall_block(ctx: ExportContext, ws: Worksheet, row: int) -> tuple[int, int]:
    """Three labelled cells for the overall figures; formulas are filled in later."""
    row = subtitle(ws, row, ctx.t("overall"))
    first = row
    for key in ("overall_score", "stage", "completeness"):
        _label(ws, row, ctx.t(key))
        row += 1
    return first, row + 1


def _fill_overall(ctx: ExportContext, ws: Worksheet, at: int, first: int, last: int) -> None:
    refs: AssessmentRefs = ctx.refs["assessment"]
    points, counted = (
        f"${POINTS_COL}${first}:${POINTS_COL}${last}",
        f"${COUNTED_COL}${first}:${COUNTED_COL}${last}",
    )
    score = f'=IF(SUM({counted})=0,"",SUM({points})/SUM({counted}))'
    write_formula(ws, score, row=at, column=4, style=styles.SCORE)
    write_formula(ws, _stage_formula(f"D{at}"), row=at + 1, column=4, style=styles.COMPUTED_STYLE)
    complete = f"=IFERROR(SUM({refs.assessed})/COUNTA({refs.sections}),0)"
    write_formula(ws, complete, row=at + 2, column=4, style=styles.PERCENT)
    ws.cell(row=at + 2, column=4).fill = styles.fill(styles.COMPUTED)


def _live(ctx: ExportContext, ws: Worksheet, row: int, key: str, formula: str, style: str) -> int:
    """A key figure that is a formula over the workbook's own cells."""
    ctx.refs.setdefault("figure_cells", {})[key] = f"$D${row}"
    _label(ws, row, ctx.t(key))
    write_formula(ws, "=" + formula, row=row, column=4, style=style)
    return row + 1


def _key_figures(ctx: ExportContext, ws: Worksheet, row: int) -> int:
    """Inventory figures as live formulas; the findings counts are filled in by
    :func:`_fill_severities` once the section table (their live part) is placed."""
    inv = live.InventoryFormulas(ctx)
    row = subtitle(ws, row, ctx.t("key_figures"))
    row = _live(ctx, ws, row, "accounts_total", inv.total(), styles.NUMBER)
    row = _live(ctx, ws, row, "mfa_coverage", inv.mfa_coverage(), styles.PERCENT)
    row = _live(ctx, ws, row, "dormant", inv.dormant(), styles.NUMBER)
    row = _live(ctx, ws, row, "without_owner", inv.without_owner(), styles.NUMBER)
    ctx.refs["severity_rows"] = row
    for severity in m.Severity:
        label = f"{ctx.t('findings_by_severity')} : {labels.label(severity, ctx.lang)}"
        if ctx.lang == "en":
            label = label.replace(" : ", ": ")
        _label(ws, row, label)
        ws.cell(row=row, column=4).fill = styles.fill(styles.SEVERITY_FILL[severity.value])
        row += 1
    note = write_text(ws, ctx.t("findings_live_note"), row=row, column=2, style=styles.MUTED_STYLE)
    note.alignment = Alignment(vertical="top", wrap_text=True)
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
    page.fit_row(ws, row, {2: WIDTHS["B"] + WIDTHS["C"] + WIDTHS["D"]})
    return row + 2


def _fill_severities(ctx: ExportContext, ws: Worksheet, sections: tuple[int, int]) -> None:
    """Findings by severity: the score-based ones counted live (the section table's and the
    assessment's hidden severity columns), the others as of the report date."""
    refs: AssessmentRefs = ctx.refs["assessment"]
    first, last = sections
    section_col = f"${FINDING_COL}${first}:${FINDING_COL}${last}"
    fixed = Counter(f.severity for f in ctx.findings if f.rule_id not in live.SCORE_RULES)
    for offset, severity in enumerate(m.Severity):
        shown = '"' + labels.label(severity, ctx.lang) + '"'
        formula = (
            f"={fixed[severity]}+COUNTIF({section_col},{shown})+COUNTIF({refs.findings},{shown})"
        )
        row = ctx.refs["severity_rows"] + offset
        write_formula(ws, formula, row=row, column=4, style=styles.NUMBER)
        ws.cell(row=row, column=4).fill = styles.fill(styles.SEVERITY_FILL[severity.value])


def _breakdown(
    ctx: ExportContext,
    ws: Worksheet,
    row: int,
    title: str,
    key: str,
    shown: list[str],
    col: int = 2,
    span: int = 2,
) -> int:
    """A live count-and-share table over one inventory column, its label over ``span``
    columns: one row per value in ``shown``."""
    inv = live.InventoryFormulas(ctx)
    _label(ws, row, ctx.t(title), col, span)
    for extra in range(col, col + span):
        ws.cell(row=row, column=extra).style = styles.HEADER
    write_text(ws, ctx.t("count"), row=row, column=col + span, style=styles.HEADER)
    write_text(ws, ctx.t("share"), row=row, column=col + span + 1, style=styles.HEADER)
    row += 1
    total = inv.total()
    for name in shown:
        _label(ws, row, name, col, span)
        count = write_formula(ws, "=" + inv.count(key, name), row=row, column=col + span)
        count.style = styles.NUMBER
        share = f"=IF({total}=0,0,{count.coordinate}/{total})"
        write_formula(ws, share, row=row, column=col + span + 1, style=styles.PERCENT)
        row += 1
    return row + 1


def _breakdowns(ctx: ExportContext, ws: Worksheet, left: int, right: int) -> int:
    """Status and kind (every value) under the key figures; the platforms the inventory
    holds, most accounts first, in the right-hand block."""
    lang = ctx.lang
    statuses = [labels.label(v, lang) for v in m.AccountStatus]
    kinds = [labels.label(v, lang) for v in m.AccountKind]
    by_platform = ctx.stats.by_platform
    platforms = sorted(by_platform, key=lambda p: (-by_platform[p], ctx.platform(p)))
    left = _breakdown(ctx, ws, left, "by_status", "status", statuses)
    left = _breakdown(ctx, ws, left, "by_kind", "kind", kinds)
    names_shown = [ctx.platform(p) for p in platforms]
    right = _breakdown(ctx, ws, right, "by_platform", "platform", names_shown, col=7, span=1)
    return max(left, right)


def _section_row(ctx: ExportContext, ws: Worksheet, row: int, section: Section) -> None:
    refs: AssessmentRefs = ctx.refs["assessment"]
    sec = f"$B{row}"
    write_text(ws, section.id, row=row, column=2, style=styles.TEXT)
    write_text(ws, section.title.get(ctx.lang), row=row, column=3, style=styles.WRAP)
    write_text(ws, section.group, row=row, column=13)  # the code, for the groups' SUMIFs
    write_text(ws, _group_title(ctx, section.group), row=row, column=4, style=styles.WRAP)
    write_value(ws, section.weight, row=row, column=5, style=styles.TEXT)
    points = f"SUMIF({refs.sections},{sec},{refs.points})"
    counted = f"SUMIF({refs.sections},{sec},{refs.counted})"
    score = f'=IF({counted}=0,"",{points}/{counted}/{refs.max_level}*100)'
    write_formula(ws, score, row=row, column=6, style=styles.SCORE)
    f = f"F{row}"
    level = f'=IF({f}="","",INDEX({names.LEVELS},ROUND({f}/100*{refs.max_level},0)+1))'
    write_formula(ws, level, row=row, column=7, style=styles.COMPUTED_STYLE)
    write_formula(ws, _stage_formula(f), row=row, column=8, style=styles.COMPUTED_STYLE)
    complete = (
        f"=IFERROR(SUMIF({refs.sections},{sec},{refs.assessed})/COUNTIF({refs.sections},{sec}),0)"
    )
    write_formula(ws, complete, row=row, column=9, style=styles.PERCENT)
    write_formula(ws, f"=IF(ISNUMBER({f}),{f}*E{row},0)", row=row, column=10)
    write_formula(ws, f"=IF(ISNUMBER({f}),E{row},0)", row=row, column=11)
    high = f"IF(ISNUMBER({f}),{f}<{VERY_WEAK_SECTION},FALSE)"
    medium = f"IF(ISNUMBER({f}),{f}<{WEAK_SECTION},FALSE)"
    key = f"asm.weak_section:{section.id}"
    write_formula(ws, live.severity_formula(ctx, key, high, medium), row=row, column=12)
    ctx.refs.setdefault("section_rows", {})[section.id] = row


def _sections_table(ctx: ExportContext, ws: Worksheet, row: int) -> tuple[int, int]:
    row = subtitle(ws, row, ctx.t("scores_by_section"))
    for col, key in enumerate(SECTION_HEADERS, start=2):
        write_text(ws, ctx.t(key), row=row, column=col, style=styles.HEADER)
    page.fit_header(ws, row, 2, 9)
    ctx.refs["summary_header_row"] = row
    first = row + 1
    for offset, section in enumerate(ctx.audit.framework.sections):
        _section_row(ctx, ws, first + offset, section)
    return first, first + len(ctx.audit.framework.sections) - 1


def _groups_table(
    ctx: ExportContext, ws: Worksheet, row: int, sections: tuple[int, int]
) -> tuple[int, int]:
    first_s, last_s = sections
    group_col = f"${GROUP_CODE_COL}${first_s}:${GROUP_CODE_COL}${last_s}"
    points = f"${POINTS_COL}${first_s}:${POINTS_COL}${last_s}"
    counted = f"${COUNTED_COL}${first_s}:${COUNTED_COL}${last_s}"
    row = subtitle(ws, row, ctx.t("scores_by_group"))
    for col, key in ((2, "group"), (3, "title"), (4, "score")):
        write_text(ws, ctx.t(key), row=row, column=col, style=styles.HEADER)
    first = row + 1
    for offset, group in enumerate(ctx.audit.framework.groups):
        r = first + offset
        write_value(ws, offset + 1, row=r, column=2, style=styles.TEXT)
        write_text(ws, group.title.get(ctx.lang), row=r, column=3, style=styles.WRAP)
        code = '"' + group.id.replace('"', '""') + '"'
        g_points, g_counted = (
            f"SUMIF({group_col},{code},{points})",
            f"SUMIF({group_col},{code},{counted})",
        )
        write_formula(
            ws, f'=IF({g_counted}=0,"",{g_points}/{g_counted})', row=r, column=4, style=styles.SCORE
        )
    return first, first + len(ctx.audit.framework.groups) - 1


def _top_findings(ctx: ExportContext, ws: Worksheet, row: int) -> int:
    row = subtitle(ws, row, ctx.t("top_findings"))
    for col, key in ((2, "severity"), (3, "finding"), (4, "framework_item"), (5, "accounts")):
        write_text(ws, ctx.t(key), row=row, column=col, style=styles.HEADER)
    page.fit_header(ws, row, 2, 5)
    row += 1
    top = executive.merged_findings(ctx)[:10]
    if not top:
        write_text(ws, ctx.t("none_yet"), row=row, column=3, style=styles.TEXT)
        return row + 1
    for finding, repeated in top:
        live_at = _live_severity(ctx, finding)
        if live_at is None:
            cell = write_text(ws, labels.label(finding.severity, ctx.lang), row=row, column=2)
        else:
            cell = write_formula(ws, f'=IF({live_at}="","—",{live_at})', row=row, column=2)
        cell.style = styles.TEXT
        cell.fill = styles.fill(styles.SEVERITY_FILL[finding.severity.value])
        title = _live_title(ctx, finding)
        if title is None:
            write_text(ws, finding.title(ctx.lang), row=row, column=3, style=styles.WRAP)
        else:
            write_formula(ws, title, row=row, column=3, style=styles.WRAP)
        item = _item_label(ctx, finding.framework_item)
        if repeated:  # the low criteria this weak section's finding stands for
            item += " (" + ", ".join(repeated) + ")"
        write_text(ws, item, row=row, column=4, style=styles.WRAP)
        if finding.accounts:
            write_value(ws, len(finding.accounts), row=row, column=5, style=styles.NUMBER)
        row += 1
    return row


def _item_label(ctx: ExportContext, item: str) -> str:
    """A framework item as the reader knows it: a legal checklist line by its title (its id
    is an internal code), a section or criterion by its number."""
    legal = next((line for line in ctx.audit.framework.legal if line.id == item), None)
    return legal.title.get(ctx.lang) if legal is not None else item


def _group_title(ctx: ExportContext, group_id: str) -> str:
    group = next((g for g in ctx.audit.framework.groups if g.id == group_id), None)
    return group.title.get(ctx.lang) if group is not None else group_id


def _live_severity(ctx: ExportContext, finding) -> str | None:
    """The cell holding a score-based finding's live severity, or None for the others."""
    item = finding.framework_item
    if finding.rule_id == "asm.weak_section":
        return f"${FINDING_COL}${ctx.refs['section_rows'][item]}"
    if finding.rule_id == "asm.low_criterion":
        refs: AssessmentRefs = ctx.refs["assessment"]
        sheet = refs.findings.split("!")[0]
        return f"{sheet}!$P${refs.rows[item]}"
    return None


def _live_title(ctx: ExportContext, finding) -> str | None:
    """A weak section's title with its live score (unless the auditor rewrote it)."""
    rewritten = finding.title(ctx.lang) != finding.finding.title(ctx.lang)
    if finding.rule_id != "asm.weak_section" or rewritten:
        return None
    row = ctx.refs["section_rows"][finding.framework_item]
    weak, now = (
        _with_score(ctx.t(key), finding.framework_item, f"${SCORE_COL}${row}")
        for key in ("weak_section_title", "section_recovered_title")
    )
    return f'=IF(${FINDING_COL}${row}="",{now},{weak})'


def _with_score(text: str, section: str, score: str) -> str:
    """A label with the section id in it and the live score (rounded) in place of {score}."""
    head, tail = (
        '"' + part.replace("{section}", section).replace('"', '""') + '"'
        for part in text.split("{score}")
    )
    return f'{head}&TEXT({score},"0")&{tail}'


def _radar_rows(ctx: ExportContext, first: int) -> tuple[int, int]:
    """Rows of the section table holding the first group's sections (the six success
    conditions in the default bank); the first contiguous run if they are scattered."""
    sections = ctx.audit.framework.sections
    group = sections[0].group
    count = next((i for i, s in enumerate(sections) if s.group != group), len(sections))
    return first, first + count - 1


def _page_break(ws: Worksheet, row: int) -> int:
    """Start the next block on a new printed page (after ``row - 1``)."""
    ws.row_breaks.append(Break(id=row - 1))
    return row


def _charts(ctx: ExportContext, ws: Worksheet, row: int, sections: tuple[int, int]) -> int:
    """Both charts on one printed page: bars across the top, the radar below."""
    bars = charts.section_bars(ws, ctx.t("chart_sections"), *sections, 2, 6)
    ws.add_chart(bars, f"B{row}")
    first, last = _radar_rows(ctx, sections[0])
    if not charts.radar_fits(last - first + 1):
        # a radar of one or two spokes is a line, of forty a hedgehog: the bars say it all
        return row + charts.BAR_ROWS
    section = ctx.audit.framework.sections[0]
    group = next(g for g in ctx.audit.framework.groups if g.id == section.group)
    radar = charts.group_radar(ws, f"{group.title.get(ctx.lang)} (/100)", first, last, 2, 6)
    ws.add_chart(radar, f"C{row + charts.BAR_ROWS}")
    return row + charts.BAR_ROWS + charts.RADAR_ROWS


def build(ctx: ExportContext) -> None:
    ws = ctx.new_sheet(ctx.sheet("summary"))
    page.set_widths(ws, WIDTHS)
    write_text(ws, ctx.sheet("summary"), row=1, column=2, style=styles.TITLE)
    write_text(ws, ctx.audit.engagement.organisation.name, row=2, column=2, style=styles.SUBTITLE)
    ws.row_dimensions[1].height = 30
    executive_rows, row = executive.reserve(ctx, ws, 4)
    row = _page_break(ws, row)
    overall_at, row = _overall_block(ctx, ws, row)
    row = _breakdowns(ctx, ws, _key_figures(ctx, ws, row), overall_at - 1)
    row = _page_break(ws, row)
    sections = _sections_table(ctx, ws, row)
    _fill_overall(ctx, ws, overall_at, *sections)
    _fill_severities(ctx, ws, sections)
    figures = ctx.refs["figure_cells"]
    figures.update(
        overall_score=f"$D${overall_at}",
        stage=f"$D${overall_at + 1}",
        completeness=f"$D${overall_at + 2}",
    )
    executive.fill(ctx, ws, executive_rows, figures)
    groups = _groups_table(ctx, ws, sections[1] + 2, sections)
    page.fit_rows(ws, sections[0], groups[1], {3: WIDTHS["C"], 4: WIDTHS["D"]})
    row = _page_break(ws, groups[1] + 2)
    row = _page_break(ws, _charts(ctx, ws, row, sections))
    last = _top_findings(ctx, ws, row)
    page.fit_rows(ws, row + 1, last, {3: WIDTHS["C"], 4: WIDTHS["D"]})
    for letter in (POINTS_COL, COUNTED_COL, FINDING_COL, GROUP_CODE_COL):
        ws.column_dimensions[letter].hidden = True
    page.setup(ctx, ws)
    page.protect(ws)  # every figure here is a formula
    ws.print_area = f"A1:I{ws.max_row}"
    ws.flush()
    ctx.step()
