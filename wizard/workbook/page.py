"""Print setup shared by every sheet: orientation, fit to width, titles, header and footer.

The consultant's brand adds the firm's name in the header's centre and the confidentiality
line in the footer's centre. Header and footer text uses ``&`` codes (``&P`` page, ``&N``
pages), so user text (organisation, firm, lines) has its ``&`` doubled; Excel also caps
each header at 255 characters, so a very long name is shortened there (only there: cells
keep it whole).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from openpyxl.styles import Protection
from openpyxl.utils import column_index_from_string, get_column_letter

from wizard.audit import labels
from wizard.workbook.context import ExportContext
from wizard.workbook.sheet import Sheet as Worksheet

HEADER_NAME_LIMIT = 80


def header_safe(value: str) -> str:
    """User text made literal inside a header/footer section."""
    if len(value) > HEADER_NAME_LIMIT:
        value = value[: HEADER_NAME_LIMIT - 1] + "…"
    return value.replace("&", "&&")


def setup(
    ctx: ExportContext,
    ws: Worksheet,
    *,
    landscape: bool = True,
    title_rows: str | None = None,
    scale: int | None = None,
) -> None:
    """Landscape (by default), one page wide, repeated header rows, header and footer.

    With ``scale``, a fixed print scale replaces fit-to-width (Excel ignores manual page
    breaks under fit-to-width; the inventory needs them).
    """
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = "9"  # A4
    if scale is None:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        ws.page_setup.scale = scale
        ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.25
    if title_rows:
        ws.print_title_rows = title_rows
    organisation = header_safe(ctx.audit.engagement.organisation.name)
    confidentiality = labels.label(ctx.audit.engagement.confidentiality, ctx.lang)
    brand = ctx.audit.brand
    for header, footer in ((ws.oddHeader, ws.oddFooter), (ws.evenHeader, ws.evenFooter)):
        if brand.firm:
            header.center.text = header_safe(brand.firm)
            header.center.size = 8
        if brand.confidentiality_line:
            footer.center.text = header_safe(brand.confidentiality_line)
            footer.center.size = 8
        header.left.text = organisation
        header.left.size = 8
        header.right.text = header_safe(confidentiality.upper())
        header.right.size = 8
        header.right.font = "Calibri,Bold"
        footer.left.text = "&A"
        footer.left.size = 8
        footer.right.text = ctx.t("page")
        footer.right.size = 8


def set_widths(ws: Worksheet, widths: Mapping[str, float]) -> None:
    for letter, width in widths.items():
        ws.column_dimensions[letter].width = width


LINE_HEIGHT = 13.5
"""Points per line of 10-point text (Calibri in Excel, its substitute in LibreOffice)."""


def line_capacity(width: float) -> int:
    """Characters one line holds in a column ``width`` characters wide (an estimate)."""
    return int(max(width * 1.2 - 1, 1))


def text_lines(text: str, width: float) -> int:
    """Lines a wrapped text needs in a column ``width`` characters wide (an estimate).

    Neither Excel nor LibreOffice re-measures row heights when opening a generated file, so
    wrapped text would overlap the next row unless the height is set here.
    """
    return word_lines(text, width)


def fit_row(ws: Worksheet, row: int, widths: Mapping[int, float], minimum: float = 0) -> None:
    """Give ``row`` the height its wrapped cells (column index → width) need."""
    lines = 1
    for col, width in widths.items():
        cell = ws.cell(row=row, column=col)
        if isinstance(cell.value, str) and cell.value and cell.data_type != "f":
            lines = max(lines, text_lines(cell.value, width))
    if lines > 1 or minimum:
        ws.row_dimensions[row].height = max(lines * LINE_HEIGHT + 3, minimum)


def fit_rows(ws: Worksheet, first: int, last: int, widths: Mapping[int, float]) -> None:
    for row in range(first, last + 1):
        fit_row(ws, row, widths)


def width_for(longest: int) -> float:
    """The column width whose :func:`line_capacity` is ``longest`` characters: a word (a
    handle) of that length shows whole on one line."""
    return (longest + 1) / 1.2 + 0.5


def longest_word(texts: Iterable[str]) -> int:
    """The length of the longest run without a space or line break in ``texts``: what a
    column must hold on one line for no word (a handle) to be cut."""
    return max((len(word) for text in texts for word in text.split()), default=0)


def widen(ws: Worksheet, letter: str, wanted: float, donors: Mapping[str, float]) -> None:
    """Widen column ``letter`` towards ``wanted``, taking the width from the ``donors``
    (column letter → the narrowest it may become), in order: the printed band keeps its
    width, so the page keeps its print scale. Beyond what the donors can give, the column
    stays at that cap and its text wraps."""
    column = ws.column_dimensions[letter]
    for donor, narrowest in donors.items():
        missing = wanted - column.width
        if missing <= 0:
            return
        other = ws.column_dimensions[donor]
        given = min(missing, max(other.width - narrowest, 0))
        other.width -= given
        column.width += given


def widths_of(ws: Worksheet, letters: str) -> dict[int, float]:
    """Column index → width for the given column letters (e.g. ``"CDE"``)."""

    return {column_index_from_string(c): ws.column_dimensions[c].width for c in letters}


HEADER_WIDTH_FACTOR = 1.15
"""Bold header text runs about this much wider than body text."""


def word_lines(text: str, width: float, factor: float = 1.0) -> int:
    """Lines ``text`` needs when wrapped at word boundaries in a column ``width`` wide."""
    capacity = max(int(line_capacity(width) / factor), 1)
    lines = 0
    for part in text.split("\n"):
        used, count = 0, 1
        for word in part.split():
            size = len(word)
            if (used + 1 + size if used else size) <= capacity:
                used = used + 1 + size if used else size
                continue
            if used:  # the word starts a new line…
                count += 1
            full, rest = divmod(size, capacity)  # …and a word longer than a line breaks
            count += full - 1 if rest == 0 else full
            used = rest or capacity
        lines += count
    return max(lines, 1)


def header_width(text: str) -> float:
    """The narrowest column that shows every word of a bold header whole."""
    longest = max((len(word) for word in text.split()), default=0)
    return (longest * HEADER_WIDTH_FACTOR + 1) / 1.25 + 1


def fit_header(ws: Worksheet, row: int, first: int, last: int) -> None:
    """Size columns ``first``…``last`` and header ``row`` from the header texts: no column
    narrower than its longest header word (no "Languag es"), the row as tall as the most
    lines a header wraps to. Call before the sheet's first row is written."""

    lines = 1
    for col in range(first, last + 1):
        value = ws.cell(row=row, column=col).value
        if not isinstance(value, str) or not value:
            continue
        dimension = ws.column_dimensions[get_column_letter(col)]
        if dimension.hidden:
            continue
        width = max(dimension.width or 8.43, header_width(value))
        dimension.width = width
        lines = max(lines, word_lines(value, width, HEADER_WIDTH_FACTOR))
    ws.row_dimensions[row].height = lines * LINE_HEIGHT + 4


def protect(ws: Worksheet) -> None:
    """Sheet protection without a password: formulas and hidden helper columns cannot be
    overwritten by one paste; cells given :func:`unlock` stay editable, and filtering,
    sorting unlocked ranges and resizing stay allowed. Anyone can lift it (Review ›
    Unprotect sheet): it guards against accidents, not people."""
    protection = ws.protection
    protection.sheet = True
    protection.autoFilter = False
    protection.sort = False
    protection.formatColumns = False
    protection.formatRows = False
    protection.selectLockedCells = False
    protection.selectUnlockedCells = False


def unlock(cell) -> None:
    """An input cell the client may edit on a protected sheet."""

    cell.protection = Protection(locked=False)
