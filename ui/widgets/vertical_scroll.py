"""A scroll area that scrolls only up and down: it asks for the width its content needs.

A plain ``QScrollArea`` asks for almost no width, so a splitter or a small window may give
it less than its content's minimum; the content then scrolls sideways by a few pixels (the
French engagement page at 1024×700 showed a short horizontal scroll bar: its two columns
needed 700 pixels, the viewport had 695 once the vertical scroll bar took its share). This
one's minimum width is its content's minimum plus the vertical scroll bar and the frame, so
the layout gives it that room and the rest shrinks instead (the step list, which wraps).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget


class VerticalScrollArea(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(content.minimumSizeHint().width() + bar + frame, hint.height())
