"""The scores chart is a valid PNG whose bars are as long as the scores."""

from __future__ import annotations

import struct
import zlib

from wizard.report import chart


def _decode(data: bytes) -> tuple[int, int, bytes]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        crc = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])[0]
        assert zlib.crc32(kind + body) & 0xFFFFFFFF == crc
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return width, height, zlib.decompress(idat)


def _run_length(raw: bytes, width: int, y: int, colour: tuple[int, int, int]) -> int:
    stride = 1 + width * 3
    row = raw[y * stride + 1 : (y + 1) * stride]
    pixels = [tuple(row[i : i + 3]) for i in range(0, len(row), 3)]
    return sum(1 for p in pixels if p == colour)


def test_bars_are_proportional_to_the_scores():
    bars = [
        chart.Bar("SC1", 100.0, 0, "100.0"),
        chart.Bar("SC2", 50.0, 0, "50.0"),
        chart.Bar("LC1", None, 1, ""),
    ]
    width, height, raw = _decode(chart.bar_chart(bars, width=1000))
    assert (width, height) == (1000, 16 + 3 * 40 + 56)
    assert len(raw) == height * (1 + width * 3)
    full = _run_length(raw, width, 16 + 20, chart.PALETTE[0])
    half = _run_length(raw, width, 16 + 40 + 20, chart.PALETTE[0])
    assert full > 500
    assert abs(half - full / 2) <= 2
    assert _run_length(raw, width, 16 + 80 + 20, chart.PALETTE[1]) == 0  # no score, no bar
