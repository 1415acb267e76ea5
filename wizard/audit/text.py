"""Validated text: the one gate every piece of user text passes before it enters an audit.

Excel stores at most 32,767 UTF-16 code units per cell and openpyxl neither checks that nor
refuses characters that make the file unreadable (docs/reliability.md), so text is checked here,
once, when it enters the model. The pydantic error carries the field path; the message says
what is wrong and where in the text.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator

EXCEL_CELL_LIMIT = 32_767
"""Excel's limit for one cell, in UTF-16 code units."""

LINE_LIMIT = 500
"""Names, handles, titles: one line of text."""

URL_LIMIT = 4_000
"""URLs may be long; those over 2,079 characters are written as plain text in the workbook."""


_REFUSED_ALWAYS = [
    (0x00, 0x08),  # control characters (tab, U+0009, is allowed)
    (0x7F, 0x9F),
    (0xD800, 0xDFFF),  # lone surrogates
    (0xFDD0, 0xFDEF),  # noncharacters, and the last two code points of every plane
    *((plane * 0x10000 + 0xFFFE, plane * 0x10000 + 0xFFFF) for plane in range(17)),
]
REFUSED_IN_NOTE = [(0x0B, 0x1F), *_REFUSED_ALWAYS]
"""Code point ranges refused in multi-line text (tab and line feed are allowed)."""
REFUSED_IN_LINE = [(0x0A, 0x1F), *_REFUSED_ALWAYS]
"""Code point ranges refused in one-line text (tab allowed, line breaks not)."""


def _class(ranges: list[tuple[int, int]]) -> str:
    return "[" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges) + "]"


_BAD_IN_NOTE = re.compile(_class(REFUSED_IN_NOTE))
_BAD_IN_LINE = re.compile(_class(REFUSED_IN_LINE))


def utf16_units(text: str) -> int:
    """Length as Excel counts it: characters outside the BMP (emoji) count twice."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _is_noncharacter(code: int) -> bool:
    return 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


def _describe(ch: str) -> str:
    code = ord(ch)
    if ch in "\n\r":
        return "a line break"
    if 0xD800 <= code <= 0xDFFF:
        return f"an unpaired surrogate U+{code:04X}"
    if _is_noncharacter(code):
        return f"a noncharacter U+{code:04X}"
    return f"a control character U+{code:04X}"


def find_bad_character(text: str, *, multiline: bool) -> tuple[int, str] | None:
    """The first character that must not be stored, with its position, or None.

    One C-speed regex scan: an import or a session load validates tens of thousands of values.
    """
    found = (_BAD_IN_NOTE if multiline else _BAD_IN_LINE).search(text)
    if found is None:
        return None
    return found.start(), _describe(found.group())


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_text(text: str, *, limit: int, multiline: bool) -> str:
    """Return the normalised text or raise ValueError saying what is wrong."""
    if not text:
        return text
    if multiline and "\r" in text:
        text = normalise_newlines(text)
    bad = find_bad_character(text, multiline=multiline)
    if bad is not None:
        index, what = bad
        raise ValueError(f"contains {what} at position {index + 1}; remove it")
    if len(text) * 2 <= limit:  # cannot be over, even if every character counted twice
        return text
    units = utf16_units(text)
    if units > limit:
        raise ValueError(f"is too long: {units:,} characters, the limit is {limit:,}")
    return text


def _normalise_before(value: object) -> object:
    if isinstance(value, str):
        return normalise_newlines(value)
    return value


def _line(value: str) -> str:
    return check_text(value, limit=LINE_LIMIT, multiline=False)


def _url(value: str) -> str:
    return check_text(value.strip(), limit=URL_LIMIT, multiline=False)


def _note(value: str) -> str:
    return check_text(value, limit=EXCEL_CELL_LIMIT, multiline=True)


Line = Annotated[str, AfterValidator(_line)]
"""One line of text: names, handles, titles, roles (≤ 500 characters, no line breaks)."""

UrlText = Annotated[str, AfterValidator(_url)]
"""A URL or address as typed; recognised and canonicalised elsewhere."""

Note = Annotated[str, BeforeValidator(_normalise_before), AfterValidator(_note)]
"""Free text on several lines (≤ 32,767 UTF-16 units, CRLF stored as LF)."""
