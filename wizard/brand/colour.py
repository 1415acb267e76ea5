"""The accent colour and the text drawn on it: black or white, whichever contrasts more.

Contrast follows WCAG 2.x (relative luminance, ratio (L1 + 0.05) / (L2 + 0.05)); every
colour has at least 4.58:1 with one of the two, above the 4.5:1 body text needs.
"""

from __future__ import annotations

import re

BLACK = "000000"
WHITE = "FFFFFF"

_HEX = re.compile(r"^#?([0-9A-Fa-f]{6})$")


class ColourError(ValueError):
    """Not a colour Vigie can use, with the reason."""


def parse_colour(text: str) -> str:
    """``#1f6f8b`` or ``1F6F8B`` → ``#1F6F8B``; :class:`ColourError` for anything else."""
    match = _HEX.match(text.strip())
    if match is None:
        raise ColourError(f"“{text.strip()}” is not a colour: write it as #RRGGBB, e.g. #1F6F8B")
    return "#" + match.group(1).upper()


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    rgb = parse_colour(colour)[1:]
    r, g, b = (int(rgb[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def text_on(colour: str) -> str:
    """``000000`` or ``FFFFFF`` (openpyxl's form): the readable text colour on ``colour``."""
    return BLACK if contrast(colour, BLACK) >= contrast(colour, WHITE) else WHITE
