"""Shared look: one sober palette, registered once per workbook as named styles.

Named styles keep the file small (one ``xf`` per look instead of one per cell) and let every
sheet module ask for a look by name rather than build fonts and fills itself.
"""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.workbook.workbook import Workbook

FONT = "Calibri"
NAVY = "1F3864"
BLUE = "2F5496"
BAND = "D9E1F2"
INPUT = "FFF9E5"
COMPUTED = "F2F2F2"
GRID = "BFBFBF"
WHITE = "FFFFFF"
MUTED = "595959"

# conditional formatting and severity colours
RED_FILL = "F8CBAD"
AMBER_FILL = "FFE699"
GREEN_FILL = "C6EFCE"
SEVERITY_FILL = {"high": RED_FILL, "medium": AMBER_FILL, "low": GREEN_FILL}

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"

TITLE = "v_title"
SUBTITLE = "v_subtitle"
HEADER = "v_header"
TEXT = "v_text"
WRAP = "v_wrap"
LABEL = "v_label"
BAND_STYLE = "v_band"
NUMBER = "v_number"
SIGNED = "v_signed"
DECIMAL = "v_decimal"
PERCENT = "v_percent"
DATE = "v_date"
DATETIME = "v_datetime"
ANSWER = "v_answer"
COMPUTED_STYLE = "v_computed"
SCORE = "v_score"
MUTED_STYLE = "v_muted"
LINK = "v_link"

_thin = Side(style="thin", color=GRID)
_BOX = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
_TOP = Alignment(vertical="top")
_TOP_WRAP = Alignment(vertical="top", wrap_text=True)


def _style(name: str, **kwargs: Any) -> NamedStyle:
    style = NamedStyle(name=name)
    style.font = kwargs.pop("font", Font(name=FONT, size=10))
    style.alignment = kwargs.pop("alignment", _TOP)
    for key, value in kwargs.items():
        setattr(style, key, value)
    return style


def _fill(color: str) -> PatternFill:
    return PatternFill("solid", start_color=color, end_color=color)


def _definitions() -> list[NamedStyle]:
    return [
        _style(
            TITLE,
            font=Font(name=FONT, size=18, bold=True, color=NAVY),
            alignment=Alignment(vertical="center"),
        ),
        _style(
            SUBTITLE,
            font=Font(name=FONT, size=13, bold=True, color=BLUE),
            alignment=Alignment(vertical="bottom"),
        ),
        _style(
            HEADER,
            font=Font(name=FONT, size=10, bold=True, color=WHITE),
            fill=_fill(NAVY),
            border=_BOX,
            alignment=Alignment(vertical="center", wrap_text=True),
        ),
        _style(TEXT, border=_BOX),
        _style(WRAP, border=_BOX, alignment=_TOP_WRAP),
        _style(
            LABEL,
            font=Font(name=FONT, size=10, bold=True, color=NAVY),
            border=_BOX,
            fill=_fill(BAND),
            alignment=_TOP_WRAP,
        ),
        _style(
            BAND_STYLE,
            font=Font(name=FONT, size=10, bold=True, color=NAVY),
            fill=_fill(BAND),
            border=_BOX,
            alignment=_TOP_WRAP,
        ),
        _style(NUMBER, border=_BOX, number_format="#,##0"),
        _style(SIGNED, border=_BOX, number_format="+#,##0;-#,##0;0"),
        _style(DECIMAL, border=_BOX, number_format="0.0"),
        _style(PERCENT, border=_BOX, number_format="0.0%"),  # 0.3 % is not "0%"
        _style(
            DATE,
            border=_BOX,
            number_format=DATE_FORMAT,
            alignment=Alignment(vertical="top", horizontal="left"),
        ),
        _style(
            DATETIME,
            border=_BOX,
            number_format=DATETIME_FORMAT,
            alignment=Alignment(vertical="top", horizontal="left"),
        ),
        _style(
            ANSWER,
            font=Font(name=FONT, size=11, bold=True),
            fill=_fill(INPUT),
            border=_BOX,
            alignment=Alignment(vertical="top", horizontal="center"),
        ),
        _style(COMPUTED_STYLE, fill=_fill(COMPUTED), border=_BOX, alignment=_TOP_WRAP),
        _style(
            SCORE,
            font=Font(name=FONT, size=10, bold=True),
            fill=_fill(COMPUTED),
            border=_BOX,
            number_format="0.0",
            alignment=Alignment(vertical="top", horizontal="center"),
        ),
        _style(MUTED_STYLE, font=Font(name=FONT, size=10, italic=True, color=MUTED)),
        _style(
            LINK,
            font=Font(name=FONT, size=10, color="0563C1", underline="single"),
            border=_BOX,
            alignment=_TOP_WRAP,
        ),
    ]


def register(workbook: Workbook) -> None:
    """Add every named style to ``workbook`` (once, before any sheet uses them)."""
    for style in _definitions():
        workbook.add_named_style(style)


def fill(color: str) -> PatternFill:
    """A solid fill, for conditional formats and severity cells."""
    return _fill(color)


def font(**kwargs: Any) -> Font:
    return Font(name=FONT, size=kwargs.pop("size", 10), **kwargs)
