"""A logo file as untrusted input: PNG or JPEG only, size and dimensions bounded, read from
the format's own header (no image library decodes it here).

The workbook embeds the bytes as they are (Excel and LibreOffice decode them); Word does the
same. Refused: other formats, a file over :data:`MAX_BYTES`, an image wider or taller than
:data:`MAX_SIDE` pixels (a decompression bomb is a tiny file declaring a huge image), an
unreadable header. Each refusal says which of these it is.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Literal

MAX_BYTES = 512 * 1024
"""A logo is small; this keeps the session file and the workbook small too."""
MAX_SIDE = 4096
MIN_SIDE = 8

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"


class LogoError(ValueError):
    """A logo that cannot be used, with the reason."""


@dataclass(frozen=True)
class LogoImage:
    media_type: Literal["image/png", "image/jpeg"]
    """``image/png`` or ``image/jpeg``."""
    width: int
    height: int

    @property
    def extension(self) -> str:
        return "png" if self.media_type == "image/png" else "jpeg"


def _png_size(data: bytes) -> tuple[int, int]:
    if len(data) < 33 or data[12:16] != b"IHDR":
        raise LogoError("the PNG file has no image header (damaged or not a PNG)")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(data: bytes) -> tuple[int, int]:
    """Walk the JPEG segments to the first start-of-frame, which holds the size."""
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            break
        marker = data[at + 1]
        if marker == 0xFF:  # padding
            at += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # no length
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if length < 2:
            break
        if marker in _SOF:
            if at + 9 > len(data):
                break
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return width, height
        if marker == 0xDA:  # image data before any frame header
            break
        at += 2 + length
    raise LogoError("the JPEG file has no readable frame header (damaged or not a JPEG)")


def inspect_logo(data: bytes, name: str = "the logo") -> LogoImage:
    """What ``data`` is, if it is a usable PNG or JPEG logo; :class:`LogoError` otherwise."""
    if len(data) > MAX_BYTES:
        raise LogoError(
            f"{name}: {len(data):,} bytes is over the {MAX_BYTES // 1024} KiB a logo may take; "
            "save it smaller (a logo needs at most 600 pixels across)"
        )
    media_type: Literal["image/png", "image/jpeg"]
    try:
        if data.startswith(PNG_SIGNATURE):
            media_type, (width, height) = "image/png", _png_size(data)
        elif data.startswith(JPEG_SIGNATURE):
            media_type, (width, height) = "image/jpeg", _jpeg_size(data)
        else:
            raise LogoError("not a PNG, JPEG or SVG image")
    except LogoError as exc:
        raise LogoError(f"{name}: {exc}") from None
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        raise LogoError(
            f"{name}: {width} × {height} pixels; a logo must be between {MIN_SIDE} and "
            f"{MAX_SIDE} pixels on each side"
        )
    return LogoImage(media_type, width, height)


def fit(width: int, height: int, max_width: int, max_height: int) -> tuple[int, int]:
    """The largest size within the box that keeps the proportions (never enlarged)."""
    scale = min(max_width / width, max_height / height, 1.0)
    return max(1, round(width * scale)), max(1, round(height * scale))
