"""How a brand will look on the deliverable's cover, in small: the logo, the firm's name, the
title band in the accent colour with its readable text colour, the contact and confidentiality
lines. Shown in the consultant profile dialog and on the export panel."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from wizard.audit.model import Brand
from wizard.brand.colour import text_on
from wizard.brand.image import fit

LOGO_BOX = (120, 40)
PLAIN_ACCENT = "#1F3864"
"""Vigie's own title colour, shown when the brand has no accent."""


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when it has less room than its text (a cut word
    reads as a different word); :meth:`full_text` keeps the whole."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""

    def setText(self, text: str) -> None:
        self._full = text
        self._fit()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = max(self.contentsRect().width(), 0)
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        super().setText(shown if room else self._full)


class BrandPreview(QWidget):
    """``compact``: one line (logo, then the firm's name on the accent band), the contact and
    confidentiality lines in the tooltip: for the export panel, where height is scarce."""

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.compact = compact
        if compact:
            self._build_compact()
            self.show_brand(Brand())
            return
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.logo = QLabel()
        self.logo.setFixedHeight(LOGO_BOX[1])
        self.firm = QLabel()
        self.firm.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.firm.setStyleSheet("font-weight: bold;")
        self.firm.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        top.addWidget(self.logo)
        top.addStretch(1)
        top.addWidget(self.firm)
        outer.addLayout(top)
        self.band = QLabel()
        self.band.setMargin(4)
        outer.addWidget(self.band)
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.lines)
        self.show_brand(Brand())

    def _build_compact(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo = QLabel()
        self.band = ElidedLabel()
        self.band.setMargin(2)
        self.band.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        # a long firm name must not widen the summary past a 1024-pixel screen: the label
        # takes the room left and the tooltip holds the whole text
        self.band.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.firm = self.band
        self.lines = QLabel()
        row.addWidget(self.logo)
        row.addWidget(self.band, 1)

    def show_brand(self, brand: Brand) -> None:
        box = (72, 22) if self.compact else LOGO_BOX
        if brand.logo is not None:
            pixmap = QPixmap()
            pixmap.loadFromData(QByteArray(brand.logo.image_bytes()))
            width, height = fit(brand.logo.width, brand.logo.height, *box)
            self.logo.setPixmap(
                pixmap.scaled(
                    width,
                    height,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo.clear()
        self.logo.setVisible(brand.logo is not None)
        accent = brand.accent or PLAIN_ACCENT
        lines = "\n".join(t for t in (brand.contact, brand.confidentiality_line) if t)
        if self.compact and brand.is_empty():  # Vigie's own look: no band to preview
            self.band.setText(self.tr("Vigie's plain look"))
            self.band.setToolTip(self.tr("Vigie's plain look"))
            self.band.setStyleSheet("")
            self.setAccessibleDescription(self.tr("No brand: Vigie's plain look"))
            return
        if self.compact:
            self.band.setText(brand.firm)
            self.band.setToolTip("\n".join(t for t in (brand.firm, lines) if t))
        else:
            self.firm.setText(brand.firm)
            self.band.setText(self.tr("Social media audit"))
            self.lines.setText(lines)
            self.lines.setVisible(bool(lines))
        self.band.setStyleSheet(
            f"background: {accent}; color: #{text_on(accent)}; font-weight: bold;"
        )
        self.setAccessibleDescription(
            self.tr("No brand: Vigie's plain look") if brand.is_empty() else brand.firm
        )
