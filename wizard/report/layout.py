"""The document's shape: page, styles, headers and footers, tables, captions, headings.

Everything uses Word's built-in styles (``Heading 1``–``3``, ``Title``, ``Caption``,
``List Number``, a built-in table style, ``toc 1``–``3``) so the navigation pane, the table
of contents and a consultant's own template all work on the report. Direct formatting is
limited to what a style cannot say (column widths, the repeated header row, a cell shade).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from wizard.report import fields, widths
from wizard.report.context import ReportContext
from wizard.report.text import add_run, paragraph

TABLE_STYLE = "Light Grid Accent 1"
BODY_FONT = "Calibri"
TEXT_WIDTH_CM = 16.6
"""A4 (21 cm) less two 2.2 cm margins."""
TABLE_FONT_PT = 9
TABLE_TEXT_STYLE = "Table Text"

SEVERITY_SHADE = {"high": "F4CCCC", "medium": "FCE5CD", "low": "D9EAD3"}
"""The workbook's severity colours, as cell shades."""


def new_document(ctx: ReportContext) -> Any:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.2))
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
    _styles(document)
    fields.update_on_open(document)
    return document


def _styles(document: Any) -> None:
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    for level in (1, 2, 3):
        name = f"toc {level}"
        if name not in [s.name for s in styles]:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = normal
            style.paragraph_format.left_indent = Cm(0.6 * (level - 1))
            style.paragraph_format.space_after = Pt(2)
            style.paragraph_format.tab_stops.add_tab_stop(
                Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
            )
    styles["Heading 1"].paragraph_format.page_break_before = True
    for name in ("Header", "Footer"):
        style = styles[name]
        style.font.size = Pt(8.5)
        style.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        _replace_tabs(style)
    styles[TABLE_STYLE].font.size = Pt(TABLE_FONT_PT)
    _table_text_style(styles)
    styles["Caption"].font.color.rgb = RGBColor(0x44, 0x44, 0x44)


def _table_text_style(styles: Any) -> None:
    """The paragraph style of table cells. LibreOffice does not apply a table style's font
    size over the Normal style's, so the cells' size is said by a paragraph style."""
    style = styles.add_style(TABLE_TEXT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    style.font.size = Pt(TABLE_FONT_PT)
    style.paragraph_format.space_after = Pt(0)


def _replace_tabs(style: Any) -> None:
    """One right-aligned tab stop at the text's right edge instead of the template's
    centre and right stops (set for US Letter)."""
    properties = style.element.get_or_add_pPr()
    for old in properties.findall(qn("w:tabs")):
        properties.remove(old)
    style.paragraph_format.tab_stops.add_tab_stop(Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT)


def heading(ctx: ReportContext, text: str, level: int) -> Any:
    """A real heading (``Heading n``): in the navigation pane and the table of contents,
    bookmarked so the contents can give its page."""
    para = ctx.document.add_heading(level=level)
    add_run(para, text)
    headings = ctx.refs.setdefault("headings", [])
    name = fields.add_bookmark(para, len(headings) + 1)
    headings.append((level, text, name))
    return para


def body(ctx: ReportContext, text: str, style: str | None = None, **run_format) -> Any:
    return paragraph(ctx.document, text, style, **run_format)


def page_break(ctx: ReportContext) -> None:
    ctx.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def caption(ctx: ReportContext, kind: str, text: str) -> Any:
    """``Table 3 — text`` in the Caption style, numbered by a SEQ field."""
    counters = ctx.refs.setdefault("captions", {"Figure": 0, "Table": 0})
    counters[kind] += 1
    para = ctx.document.add_paragraph(style="Caption")
    add_run(para, f"{ctx.r('figure' if kind == 'Figure' else 'table')} ")
    fields.add_field(para, f"SEQ {kind} \\* ARABIC", str(counters[kind]))
    add_run(para, f" — {text}")
    para.paragraph_format.keep_with_next = kind == "Table"
    return para


def table(
    ctx: ReportContext,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths_cm: Sequence[float],
    title: str | None = None,
    shades: Sequence[str | None] | None = None,
) -> Any:
    """A table in the report's table style, its header row repeated on every page.

    ``title`` adds a numbered caption above. ``shades`` gives a fill per row for the first
    column (the severity colour), or None. ``widths_cm`` are the widths wished for; a column
    too narrow for its longest word is widened at the others' expense (:mod:`.widths`).
    """
    if title:
        caption(ctx, "Table", title)
    grid = ctx.document.add_table(rows=1, cols=len(headers))
    grid.style = ctx.document.styles[TABLE_STYLE]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    _repeat_header(grid.rows[0])
    for cell, text in zip(grid.rows[0].cells, headers, strict=True):
        _fill(cell, text, bold=True)
    for index, values in enumerate(rows):
        cells = grid.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            _fill(cell, text)
        shade = shades[index] if shades else None
        if shade:
            _shade(cells[0], shade)
    _look(grid)
    minimums = widths.minimum_widths(headers, rows, TABLE_FONT_PT)
    total = min(TEXT_WIDTH_CM, sum(widths_cm))
    for column, width in zip(grid.columns, widths.fit(widths_cm, minimums, total), strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)
    ctx.document.add_paragraph()
    return grid


def _look(grid: Any) -> None:
    """Which parts of the table style apply: the header row and banded rows only."""
    properties = grid._tbl.tblPr
    for old in properties.findall(qn("w:tblLook")):
        properties.remove(old)
    look = OxmlElement("w:tblLook")
    for key, value in (
        ("w:val", "0420"),
        ("w:firstRow", "1"),
        ("w:lastRow", "0"),
        ("w:firstColumn", "0"),
        ("w:lastColumn", "0"),
        ("w:noHBand", "0"),
        ("w:noVBand", "1"),
    ):
        look.set(qn(key), value)
    properties.append(look)


def _fill(cell: Any, text: str, bold: bool = False) -> None:
    para = cell.paragraphs[0]
    para.style = TABLE_TEXT_STYLE
    if text:
        add_run(para, text, bold=bold)


def _repeat_header(row: Any) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _shade(cell: Any, colour: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shade = OxmlElement("w:shd")
    shade.set(qn("w:val"), "clear")
    shade.set(qn("w:color"), "auto")
    shade.set(qn("w:fill"), colour)
    properties.append(shade)


def headers_and_footers(ctx: ReportContext, left: str, right: str) -> None:
    """Running header (organisation, confidentiality) and footer (report title, the brand's
    confidentiality line, page X of Y) on every page but the cover."""
    section = ctx.document.sections[0]
    section.different_first_page_header_footer = True
    head = section.header.paragraphs[0]
    head.style = ctx.document.styles["Header"]
    add_run(head, left)
    add_run(head, "\t")
    add_run(head, right, bold=True)
    foot = section.footer.paragraphs[0]
    foot.style = ctx.document.styles["Footer"]
    add_run(foot, ctx.t("report"))
    line = ctx.audit.brand.confidentiality_line
    if line:  # the consultant's confidentiality line on every page
        add_run(foot, f" — {line}")
    add_run(foot, "\t")
    before, _, rest = ctx.r("page_of", page="\0", pages="\1").partition("\0")
    between, _, after = rest.partition("\1")
    add_run(foot, before)
    fields.add_field(foot, fields.PAGE, "1")
    add_run(foot, between)
    fields.add_field(foot, fields.NUMPAGES, "1")
    if after:
        add_run(foot, after)


def centred(para: Any) -> Any:
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para
