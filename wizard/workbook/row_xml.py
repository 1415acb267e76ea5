"""The XML text of a write-only sheet's row, built as one string instead of element by element.

Why: openpyxl writes each cell of a write-only sheet by building an ElementTree element and
handing it to ``et_xmlfile``, whose pure-Python incremental serialiser then writes it in
about a dozen pieces. For a 10,000-account inventory (332,000 cells) that was two thirds of
the whole ``vigie export`` process (issue 15). :func:`row_xml` produces the very same
characters (attribute order, escaping, ``xml:space``, empty elements, dates as serial
numbers) in one string per row, which :mod:`.openpyxl_internals` hands to the sheet's stream.
A streamed column of fixed look (:class:`wizard.workbook.cells.StreamColumn`) goes one step
further: it turns each value into its cell's text (a :class:`Piece`) without filling a cell.

It mirrors openpyxl 3.1's ``WorksheetWriter.write_row`` and ``etree_write_cell`` (the
standard-library path the export uses, see ``wizard/__init__.py``), and says so when a row holds
something it does not mirror (a comment, rich text, an array formula, a value whose cell type
it does not know): :func:`row_xml` then returns None and openpyxl writes that row itself.
``tests/workbook/test_row_xml.py`` writes hostile rows both ways and compares the bytes.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, NamedTuple

from openpyxl.compat import safe_string
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel, to_ISO8601

_PRESERVE = '<is><t xml:space="preserve">'


_TEXT_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_ATTRIBUTE_ESCAPES = (('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))


def _escaped(value: str, escapes: tuple[tuple[str, str], ...]) -> str:
    for raw, escaped in escapes:
        if raw in value:  # most texts hold none: a search is cheaper than a copy
            value = value.replace(raw, escaped)
    return value


def _text(value: str) -> str:
    """Character data escaped as ElementTree escapes it (``& < >``; nothing else)."""
    return _escaped(value, _TEXT_ESCAPES)


def _attribute(value: str) -> str:
    """An attribute value escaped as ElementTree escapes it."""
    return _escaped(_text(value), _ATTRIBUTE_ESCAPES)


def _row_start(ws: Any, row_idx: int) -> str:
    """``<row r="…">`` with the row's height and other dimension attributes, if any."""
    dimension = ws.row_dimensions.get(row_idx)
    if not dimension:
        return f'<row r="{row_idx}">'
    attrs = {"r": f"{row_idx}"}
    attrs.update(dimension)
    return "<row" + "".join(f' {k}="{_attribute(v)}"' for k, v in attrs.items()) + ">"


def _inline_string(value: str) -> str:
    """``<is><t>…</t></is>``, space-preserving when the text starts or ends with blanks
    (and is not only blanks: openpyxl leaves those as they are)."""
    if (value[0].isspace() or value[-1].isspace()) and value.strip():
        return _PRESERVE + _text(value) + "</t></is></c>"
    return "<is><t>" + _text(value) + "</t></is></c>"


class Piece(NamedTuple):
    """A cell's XML text without its row number, for a streamed column whose look is fixed:
    the row writer writes ``'<c r="' + column + row + rest``, and gives ``link`` (if any)
    that reference."""

    column: str
    rest: str
    link: Any = None


def _date(book: Any, value: Any) -> tuple[str, Any]:
    """A date's cell type and stored value, as openpyxl writes them (a serial number unless
    the workbook asks for ISO dates)."""
    if getattr(value, "tzinfo", None) is not None:
        raise TypeError(
            "Excel does not support timezones in datetimes. "
            "The tzinfo in the datetime/time object must be set to None."
        )
    if book.iso_dates and not isinstance(value, timedelta):
        return "d", to_ISO8601(value)
    return "n", to_excel(value, book.epoch)


def _content(data_type: str, value: Any) -> str:
    """Everything after a non-empty cell's attributes, ``</c>`` included."""
    if data_type == "s":
        return ">" + _inline_string(value)
    if data_type == "f":
        return "><f>" + _text(value[1:]) + "</f><v /></c>"
    shown = safe_string(value)
    return f"><v>{_text(shown)}</v></c>" if shown else "><v /></c>"


def text_piece(column: str, head: str, value: str, link: Any = None) -> Piece:
    """Non-empty text checked as ``Cell.check_string`` does; ``head`` closes the ``r``
    attribute and holds the style (:func:`head`)."""
    return Piece(column, head + ' t="inlineStr">' + _inline_string(value), link)


def value_piece(column: str, head: str, book: Any, value: Any, data_type: str) -> Piece:
    """A number (``n``), boolean (``b``) or date (``d``), or None (an empty styled cell)."""
    if data_type == "d":
        data_type, value = _date(book, value)
    if value is None or value == "":
        return Piece(column, f'{head} t="{data_type}" />')
    return Piece(column, f'{head} t="{data_type}"' + _content(data_type, value))


def head(cell: Any) -> str:
    """What follows a fixed-look cell's row number up to its type: ``"`` and its style."""
    return f'" s="{cell.style_id}"' if cell.has_style else '"'


def cell_xml(ws: Any, cell: Any, coordinate: str, links: list[Any]) -> str | None:
    """One cell's ``<c>`` element as openpyxl writes it; '' when openpyxl leaves the cell out
    (no value, no style); None when this module does not mirror it (openpyxl must write it).
    A link is appended to ``links`` (the sheet's link list once the row is written)."""
    if cell._comment is not None:
        return None
    value = cell._value
    styled = cell.has_style
    if value is None and not styled:
        return ""
    data_type = cell.data_type
    start = f'<c r="{coordinate}" s="{cell.style_id}"' if styled else f'<c r="{coordinate}"'
    if data_type == "s":
        if type(value) is not str and value is not None:
            return None  # rich text, or something openpyxl itself would not write
        start += ' t="inlineStr"'
    elif data_type == "d":
        kind, value = _date(ws.parent, value)
        start += f' t="{kind}"'
    elif data_type == "f":
        if type(value) is not str and value is not None:
            return None  # array and data-table formulas
    elif data_type in ("n", "b", "e"):
        start += f' t="{data_type}"'
    else:
        return None
    if cell._hyperlink:
        links.append(cell._hyperlink)
    if value is None or value == "":
        return start + " />"
    return start + _content(data_type, value)


def row_xml(ws: Any, cells: list[Any], row_idx: int) -> str | None:
    """Row ``row_idx`` of ``ws`` (a write-only sheet) holding ``cells`` (``Cell`` objects,
    :class:`Piece` texts or None, a cell placed by its ``column``), as openpyxl would write
    it; None when a cell is not mirrored here (nothing is recorded then: openpyxl writes the
    whole row)."""
    parts = [_row_start(ws, row_idx)]
    links: list[Any] = []
    row = str(row_idx)
    for cell in cells:
        if cell is None:
            continue
        if type(cell) is Piece:
            parts.append('<c r="' + cell.column + row + cell.rest)
            if cell.link is not None:
                cell.link.ref = cell.column + row
                links.append(cell.link)
            continue
        cell.row = row_idx
        coordinate = get_column_letter(cell.column) + row
        if cell._hyperlink is not None:
            cell._hyperlink.ref = coordinate
        text = cell_xml(ws, cell, coordinate, links)
        if text is None:
            if any(type(other) is Piece for other in cells):
                raise TypeError(f"row {row_idx}: a row of text pieces holds a rare cell")
            return None
        parts.append(text)
    parts.append("</row>")
    if links:
        ws._hyperlinks.extend(links)
    return "".join(parts)
