"""The scores chart as a PNG image, drawn with the standard library only.

A horizontal bar per framework section (its score out of 100, coloured by group), a grid
at 0, 25, 50, 75 and 100, and the section ids and values written in a small built-in pixel
font. PNG because Word and LibreOffice both place it reliably; no Qt and no plotting
package, so the core stays light and headless. Section ids are identifiers (letters,
digits, ``_-.``); anything the font lacks is drawn as a blank.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

_GLYPHS = {
    "0": "01110 10001 10011 10101 11001 10001 01110",
    "1": "00100 01100 00100 00100 00100 00100 01110",
    "2": "01110 10001 00001 00010 00100 01000 11111",
    "3": "11111 00010 00100 00010 00001 10001 01110",
    "4": "00010 00110 01010 10010 11111 00010 00010",
    "5": "11111 10000 11110 00001 00001 10001 01110",
    "6": "00110 01000 10000 11110 10001 10001 01110",
    "7": "11111 00001 00010 00100 01000 01000 01000",
    "8": "01110 10001 10001 01110 10001 10001 01110",
    "9": "01110 10001 10001 01111 00001 00010 01100",
    "A": "01110 10001 10001 11111 10001 10001 10001",
    "B": "11110 10001 10001 11110 10001 10001 11110",
    "C": "01110 10001 10000 10000 10000 10001 01110",
    "D": "11100 10010 10001 10001 10001 10010 11100",
    "E": "11111 10000 10000 11110 10000 10000 11111",
    "F": "11111 10000 10000 11110 10000 10000 10000",
    "G": "01110 10001 10000 10111 10001 10001 01111",
    "H": "10001 10001 10001 11111 10001 10001 10001",
    "I": "01110 00100 00100 00100 00100 00100 01110",
    "J": "00111 00010 00010 00010 00010 10010 01100",
    "K": "10001 10010 10100 11000 10100 10010 10001",
    "L": "10000 10000 10000 10000 10000 10000 11111",
    "M": "10001 11011 10101 10101 10001 10001 10001",
    "N": "10001 10001 11001 10101 10011 10001 10001",
    "O": "01110 10001 10001 10001 10001 10001 01110",
    "P": "11110 10001 10001 11110 10000 10000 10000",
    "Q": "01110 10001 10001 10001 10101 10010 01101",
    "R": "11110 10001 10001 11110 10100 10010 10001",
    "S": "01111 10000 10000 01110 00001 00001 11110",
    "T": "11111 00100 00100 00100 00100 00100 00100",
    "U": "10001 10001 10001 10001 10001 10001 01110",
    "V": "10001 10001 10001 10001 10001 01010 00100",
    "W": "10001 10001 10001 10101 10101 10101 01010",
    "X": "10001 10001 01010 00100 01010 10001 10001",
    "Y": "10001 10001 10001 01010 00100 00100 00100",
    "Z": "11111 00001 00010 00100 01000 10000 11111",
    ".": "00000 00000 00000 00000 00000 01100 01100",
    ",": "00000 00000 00000 00000 01100 00100 01000",
    "-": "00000 00000 00000 11111 00000 00000 00000",
    "_": "00000 00000 00000 00000 00000 00000 11111",
    "/": "00001 00010 00010 00100 01000 01000 10000",
}

PALETTE = ((0x2F, 0x5D, 0x8C), (0x4E, 0x9A, 0x6A), (0xC0, 0x7A, 0x28), (0x8E, 0x4F, 0x9E))
"""One colour per group, in framework order (repeating after four)."""
WHITE, GRID, INK, NONE = (255, 255, 255), (0xD0, 0xD0, 0xD0), (0x30, 0x30, 0x30), (0xB0, 0xB0, 0xB0)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None
    """0–100, or None when the section has no score (drawn as a dash)."""
    group: int
    """The group's index (its colour)."""
    shown: str
    """The value as written at the end of the bar (already in the report's number format)."""


class Canvas:
    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.pixels = bytearray(WHITE * (width * height))

    def rect(self, x: int, y: int, w: int, h: int, colour: tuple[int, int, int]) -> None:
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(self.width, x + w), min(self.height, y + h)
        if x1 <= x0 or y1 <= y0:
            return
        line = bytes(colour) * (x1 - x0)
        for row in range(y0, y1):
            start = (row * self.width + x0) * 3
            self.pixels[start : start + len(line)] = line

    def text(self, x: int, y: int, text: str, scale: int, colour=INK) -> None:
        for index, char in enumerate(text.upper()):
            glyph = _GLYPHS.get(char)
            if glyph is None:
                continue
            left = x + index * 6 * scale
            for dy, bits in enumerate(glyph.split()):
                for dx, bit in enumerate(bits):
                    if bit == "1":
                        self.rect(left + dx * scale, y + dy * scale, scale, scale, colour)

    def png(self) -> bytes:
        raw = bytearray()
        stride = self.width * 3
        for row in range(self.height):
            raw.append(0)  # filter type: none
            raw += self.pixels[row * stride : (row + 1) * stride]
        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (
            b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", header)
            + _chunk(b"pHYs", struct.pack(">IIB", 7874, 7874, 1))  # 200 dpi
            + _chunk(b"IDAT", zlib.compress(bytes(raw), 9))
            + _chunk(b"IEND", b"")
        )


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def text_width(text: str, scale: int) -> int:
    return len(text) * 6 * scale


def bar_chart(bars: Sequence[Bar], width: int = 1500) -> bytes:
    """Horizontal bars, one per entry, on a 0–100 axis; the PNG bytes."""
    scale, row_h = 3, 40
    label_w = max((text_width(b.label, scale) for b in bars), default=0) + 24
    value_w = text_width("100.0", scale) + 16
    top, bottom = 16, 56
    plot_x, plot_w = label_w, width - label_w - value_w
    height = top + row_h * max(len(bars), 1) + bottom
    canvas = Canvas(width, height)
    for tick in (0, 25, 50, 75, 100):
        x = plot_x + round(plot_w * tick / 100)
        canvas.rect(x, top, 2, row_h * len(bars), GRID)
        label = str(tick)
        canvas.text(x - text_width(label, scale) // 2, height - bottom + 16, label, scale)
    for index, bar in enumerate(bars):
        y = top + index * row_h
        canvas.text(label_w - 16 - text_width(bar.label, scale), y + 9, bar.label, scale)
        if bar.value is None:
            canvas.rect(plot_x, y + row_h // 2 - 2, 30, 4, NONE)
            continue
        length = max(2, round(plot_w * min(max(bar.value, 0.0), 100.0) / 100))
        canvas.rect(plot_x, y + 6, length, row_h - 12, PALETTE[bar.group % len(PALETTE)])
        canvas.text(plot_x + length + 10, y + 9, bar.shown, scale)
    canvas.rect(plot_x, top, 2, row_h * len(bars), INK)
    return canvas.png()
