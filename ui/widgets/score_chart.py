"""A horizontal bar chart of section scores, drawn with QPainter.

QtCharts is not in PySide6-Essentials, and a bar per section is all the summary needs.
Sections without a score show a hatched empty bar and "not assessed", never a zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

BAR_HEIGHT = 14
ROW_GAP = 6
AXIS_HEIGHT = 22


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None
    """0–100, or None when nothing was assessed."""
    completeness: float
    group: str = ""


def bar_colour(value: float) -> QColor:
    """Red, amber, green by score: the usual reading of a maturity chart."""
    if value < 34:
        return QColor("#c0392b")
    if value < 67:
        return QColor("#d68910")
    return QColor("#1e8449")


class ScoreChart(QWidget):
    """One bar per section, with its label on the left and its value on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._thresholds: list[float] = []
        self._not_assessed = "—"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_bars(
        self, bars: list[Bar], thresholds: list[float] | None = None, not_assessed: str = "—"
    ) -> None:
        """Show ``bars``; ``thresholds`` (0–100) draw the stage boundaries as dashed lines."""
        self._bars = list(bars)
        self._thresholds = [t for t in (thresholds or []) if 0 < t < 100]
        self._not_assessed = not_assessed
        self.setAccessibleDescription(
            "; ".join(
                f"{bar.label}: {not_assessed if bar.value is None else f'{bar.value:.0f}'}"
                for bar in self._bars
            )
        )
        self.updateGeometry()
        self.update()

    def event(self, event: QEvent) -> bool:
        """A bar's tooltip: its full section name (the label may be elided) and score."""
        if event.type() == QEvent.Type.ToolTip:
            event = cast(QHelpEvent, event)  # what Qt sends with a ToolTip type
            row = int((event.pos().y() - AXIS_HEIGHT) // (BAR_HEIGHT + ROW_GAP))
            if event.pos().y() >= AXIS_HEIGHT and 0 <= row < len(self._bars):
                bar = self._bars[row]
                value = self._not_assessed if bar.value is None else f"{bar.value:.0f}"
                QToolTip.showText(event.globalPos(), f"{bar.label}: {value}", self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        rows = max(len(self._bars), 1)
        return QSize(480, AXIS_HEIGHT + rows * (BAR_HEIGHT + ROW_GAP) + ROW_GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def _layout(self) -> tuple[float, float, float]:
        """x where bars start, their full width, and the width of the value column."""
        metrics = QFontMetrics(self.font())
        # room for the words "not assessed" only when a bar shows them
        unassessed = any(b.value is None for b in self._bars)
        value_text = f" 100 {self._not_assessed} " if unassessed else " 100 "
        value_width = metrics.horizontalAdvance(value_text) + 6
        label_width = min(
            max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0) + 8,
            self.width() * 0.45,
        )
        return label_width, max(self.width() - label_width - value_width, 20), value_width

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        x0, width, _ = self._layout()
        self._draw_axis(painter, x0, width, text_colour)
        y = AXIS_HEIGHT
        for bar in self._bars:
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(x0 - 8))
            row = QRectF(0, y, x0 - 8, BAR_HEIGHT)
            painter.setPen(text_colour)
            painter.drawText(
                row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )
            track = QRectF(x0, y, width, BAR_HEIGHT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRect(track)
            if bar.value is None:
                painter.setBrush(QBrush(text_colour, Qt.BrushStyle.BDiagPattern))
                painter.drawRect(track)
                value_text = self._not_assessed
            else:
                painter.setBrush(bar_colour(bar.value))
                painter.drawRect(QRectF(x0, y, width * bar.value / 100, BAR_HEIGHT))
                value_text = f"{bar.value:.0f}"
            painter.setPen(text_colour)
            value_rect = QRectF(x0 + width + 6, y, self.width() - x0 - width - 6, BAR_HEIGHT)
            painter.drawText(value_rect, Qt.AlignmentFlag.AlignVCenter, value_text)
            y += BAR_HEIGHT + ROW_GAP
        self._draw_thresholds(painter, x0, width, text_colour)
        painter.end()

    def _draw_axis(self, painter: QPainter, x0: float, width: float, colour: QColor) -> None:
        painter.setPen(colour)
        for tick in (0, 25, 50, 75, 100):
            x = x0 + width * tick / 100
            rect = QRectF(x - 20, 0, 40, AXIS_HEIGHT - 4)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(tick))

    def _draw_thresholds(self, painter: QPainter, x0: float, width: float, colour: QColor) -> None:
        pen = QPen(colour, 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        bottom = AXIS_HEIGHT + len(self._bars) * (BAR_HEIGHT + ROW_GAP)
        for threshold in self._thresholds:
            x = x0 + width * threshold / 100
            painter.drawLine(int(x), AXIS_HEIGHT - 2, int(x), int(bottom))
