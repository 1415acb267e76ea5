"""The consultant's brand in the workbook: the logo as an embedded picture, the accent band
with readable text, the firm's and confidentiality lines.

openpyxl's ``Image`` needs Pillow to read a picture's size; Vigie has already read it
(:mod:`wizard.brand.image`), so :class:`EmbeddedPicture` hands openpyxl the bytes and the size
directly. The picture is stored inside the file (``xl/media/``), never linked.
"""

from __future__ import annotations

from openpyxl.cell.cell import Cell
from openpyxl.drawing.image import Image
from openpyxl.styles import Font, PatternFill

from wizard.audit.branding import Logo
from wizard.brand.colour import text_on
from wizard.brand.image import fit
from wizard.workbook.sheet import Sheet

LOGO_BOX = (200, 64)
"""The logo's largest size on the cover, in pixels (width, height)."""


class EmbeddedPicture(Image):
    """A PNG or JPEG picture from bytes already checked, shown at ``width`` × ``height``."""

    def __init__(self, data: bytes, extension: str, width: int, height: int) -> None:
        self.ref = None
        self._bytes = data
        self.format = extension
        self.width = width
        self.height = height

    def _data(self) -> bytes:
        return self._bytes


def add_logo(ws: Sheet, logo: Logo, anchor: str) -> int:
    """Put the logo at ``anchor`` within :data:`LOGO_BOX`; its shown height in pixels."""
    width, height = fit(logo.width, logo.height, *LOGO_BOX)
    extension = "png" if logo.media_type == "image/png" else "jpeg"
    picture = EmbeddedPicture(logo.image_bytes(), extension, width, height)
    ws.add_image(picture, anchor)
    return height


def paint_accent(cell: Cell, accent: str, size: float, bold: bool = True) -> None:
    """Fill ``cell`` with the accent colour, its text black or white for contrast."""
    colour = accent.lstrip("#")
    cell.fill = PatternFill("solid", start_color=colour, end_color=colour)
    cell.font = Font(name=cell.font.name, size=size, bold=bold, color=text_on(accent))
