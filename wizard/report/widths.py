"""Column widths that keep every ordinary word of a report table whole.

Each report table names the widths it would like; a word such as "Responsable",
"Échéance" or "communications" must still fit its column, or Word and LibreOffice break it
mid-word ("Responsabl/e"). Here each column's narrowest acceptable width is estimated from
its longest word, and columns with room to spare give some of it to the columns short of it.

The estimate is deliberately generous: glyph widths close to DejaVu Sans, the font
LibreOffice draws when Calibri and its metric twin Carlito are missing, which is wider than
Calibri itself; a table that fits in DejaVu Sans fits in Calibri.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

PT_PER_CM = 72 / 2.54
CELL_PADDING_CM = 0.45
"""Word's default left and right cell margins (0.19 cm each) and a little air."""
BOLD_FACTOR = 1.1
WIDEST_SHARE = 0.45
"""No column's minimum may claim more than this share of the table."""
LONGEST_KEPT_WORD = 24
"""Longer "words" (a URL, a file's hash, a long handle) break wherever they must anyway;
keeping them whole would starve the other columns."""

_NARROW = set("fijlrtI.,;:'!|()[] ’")
_WIDE = set("mwMW%@")
_WORDS = re.compile(r"[^\s-]+-?")


def _em(char: str) -> float:
    """A character's advance width in ems, rounded up from DejaVu Sans."""
    if char in _NARROW:
        return 0.36
    if char in _WIDE:
        return 0.98
    if char.isupper():
        return 0.76
    return 0.64


def word_cm(word: str, font_pt: float, bold: bool = False) -> float:
    """The estimated printed width of one unbreakable word."""
    ems = sum(_em(char) for char in word) * (BOLD_FACTOR if bold else 1.0)
    return ems * font_pt / PT_PER_CM


def longest_word_cm(text: str, font_pt: float, bold: bool = False) -> float:
    """The widest word of a cell's text that is worth keeping whole (a line may break at
    spaces and after hyphens)."""
    words = (word for word in _WORDS.findall(text) if len(word) <= LONGEST_KEPT_WORD)
    return max((word_cm(word, font_pt, bold) for word in words), default=0.0)


def minimum_widths(
    headers: Sequence[str], rows: Sequence[Sequence[str]], font_pt: float
) -> list[float]:
    """Each column's narrowest width that keeps its header's and cells' words whole."""
    widths = [longest_word_cm(text, font_pt, bold=True) for text in headers]
    for row in rows:
        for index, text in enumerate(row):
            widths[index] = max(widths[index], longest_word_cm(text, font_pt))
    return [width + CELL_PADDING_CM for width in widths]


def fit(preferred: Sequence[float], minimums: Sequence[float], total: float) -> list[float]:
    """Widths summing to ``total``: as preferred, except that a column narrower than its
    minimum is widened, the room taken from the others in proportion to what they can spare.

    When the minimums cannot all fit, the columns share the width in proportion to them.
    """
    floors = [min(low, total * WIDEST_SHARE) for low in minimums]
    if sum(floors) >= total:
        return [total * low / sum(floors) for low in floors]
    scale = total / sum(preferred)
    widths = [width * scale for width in preferred]
    need = sum(max(0.0, low - width) for width, low in zip(widths, floors, strict=True))
    if need == 0:
        return widths
    spare = [max(0.0, width - low) for width, low in zip(widths, floors, strict=True)]
    share = need / sum(spare)
    return [
        low if width < low else width - room * share
        for width, low, room in zip(widths, floors, spare, strict=True)
    ]
