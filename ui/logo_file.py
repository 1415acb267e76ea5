"""A logo file chosen by the consultant, made into a :class:`~wizard.audit.branding.Logo`.

PNG and JPEG are checked and kept as they are (:mod:`wizard.brand.image`). An SVG is first
checked for anything beyond plain drawing (:mod:`wizard.brand.svg`: scripts, links, entities
are refused, with the reason), then drawn once with Qt's SVG renderer into a PNG of at most
:data:`RENDER_SIDE` pixels on its longest side: the workbook and the report embed that PNG
(Excel cannot show SVG everywhere, and the deliverable must look the same on every machine).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from wizard.audit.branding import Logo
from wizard.brand.image import MAX_BYTES, LogoError, fit
from wizard.brand.svg import SvgError, check_svg, looks_like_svg
from wizard.sessions.regular_file import open_regular

RENDER_SIDE = 600


def read_logo(path: Path) -> Logo:
    """The logo in ``path``; :class:`LogoError` (or :class:`SvgError`) saying why not."""
    name = path.name
    try:
        with open_regular(path) as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise LogoError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise LogoError(f"{name}: over the {MAX_BYTES // 1024} KiB a logo may take")
    if looks_like_svg(data) or path.suffix.lower() == ".svg":
        data = render_svg(data, name)
    return Logo.from_bytes(data, name)


def render_svg(data: bytes, name: str) -> bytes:
    """A checked SVG drawn into a PNG (transparent background)."""
    check_svg(data, name)
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise SvgError(f"{name}: Qt cannot draw this SVG (not a valid drawing)")
    size = renderer.defaultSize()
    if size.isEmpty():
        size = QSize(RENDER_SIDE, RENDER_SIDE // 3)
    width, height = fit(size.width(), size.height(), RENDER_SIDE, RENDER_SIDE)
    if max(size.width(), size.height()) < RENDER_SIDE:  # draw small drawings larger
        scale = RENDER_SIDE / max(size.width(), size.height())
        width, height = round(size.width() * scale), round(size.height() * scale)
    image = QImage(max(width, 8), max(height, 8), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 takes only str
    return bytes(buffer.data().data())
