"""The side list of steps: where you are, what is done, and a way to jump anywhere.

Marks are small painted discs (empty, half, full) with the state in words as tooltip and
accessible description, so colour is never the only signal.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

ICON_SIZE = 14
INDENT = 16
"""How far a section is set in under its group heading."""
INDENT_ROLE = Qt.ItemDataRole.UserRole + 1
PREFERRED_WIDTH = 300
"""The list's width in the window: most section names fit on one line, long ones wrap."""
MINIMUM_WIDTH = 210
"""Narrower, titles would wrap word by word (a 1024-pixel screen must still read them)."""


class Mark(enum.Enum):
    NONE = "none"
    """A step without completion (start, summary)."""
    EMPTY = "empty"
    PARTIAL = "partial"
    DONE = "done"


def _mark_pixmap(mark: Mark, selected: bool) -> QPixmap:
    pixmap = QPixmap(ICON_SIZE * 2, ICON_SIZE * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    if mark is Mark.NONE:
        return pixmap
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor("#1e8449") if mark is Mark.DONE else QColor("#5d6d7e")
    if selected:  # on the selection's colour: white, or the disc would vanish
        colour = QColor("white")
    tick = QColor("#1e8449") if selected else QColor("white")
    rect = QRectF(1.5, 1.5, ICON_SIZE - 3, ICON_SIZE - 3)
    painter.setPen(QPen(colour, 1.5))
    painter.setBrush(colour if mark is Mark.DONE else Qt.GlobalColor.transparent)
    painter.drawEllipse(rect)
    if mark is Mark.PARTIAL:
        painter.setBrush(colour)
        painter.drawPie(rect, 90 * 16, 180 * 16)
    if mark is Mark.DONE:
        painter.setPen(QPen(tick, 1.8))
        painter.drawPolyline([QPointF(4, 7.2), QPointF(6.2, 9.4), QPointF(10, 4.8)])
    painter.end()
    return pixmap


def _mark_icon(mark: Mark) -> QIcon:
    """The disc, with its own picture for the selected row (the style's tinted copy of a
    dark disc on the selection colour could not be seen)."""
    icon = QIcon(_mark_pixmap(mark, selected=False))
    icon.addPixmap(_mark_pixmap(mark, selected=True), QIcon.Mode.Selected)
    return icon


class _StepDelegate(QStyledItemDelegate):
    """Sections set in under their heading; long titles wrap onto a second line."""

    def _indented(self, option: QStyleOptionViewItem, index) -> QStyleOptionViewItem:
        shifted = QStyleOptionViewItem(option)
        if index.data(INDENT_ROLE):
            shifted.rect = option.rect.adjusted(INDENT, 0, 0, 0)
        return shifted

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        super().paint(painter, self._indented(option, index), index)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        sized = QStyleOptionViewItem(option)
        self.initStyleOption(sized, index)
        sized.rect.setWidth(width - (INDENT if index.data(INDENT_ROLE) else 0))
        sized.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        widget = view if isinstance(view, QWidget) else None
        style = widget.style() if widget is not None else None
        if style is None:
            return super().sizeHint(option, index)
        size = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, sized, QSize(), widget)
        return QSize(width, size.height())


class StepList(QListWidget):
    sig_step_chosen = Signal(int)
    """The user chose a step (click, Enter); carries its page id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icons = {mark: _mark_icon(mark) for mark in Mark}
        self._mark_words: dict[Mark, str] = {}
        self._shown: int | None = None
        self._items: dict[int, QListWidgetItem] = {}
        """Each step's row by page id (marks are set on every change: no search per step)."""
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setItemDelegate(_StepDelegate(self))
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.itemActivated.connect(self._on_activated)
        self.itemClicked.connect(self._on_activated)

    def sizeHint(self) -> QSize:
        return QSize(PREFERRED_WIDTH, super().sizeHint().height())

    def set_mark_words(self, words: dict[Mark, str]) -> None:
        """How each mark reads in words (translated by the caller)."""
        self._mark_words = dict(words)

    def set_steps(self, steps: list[tuple[int | None, str, bool]]) -> None:
        """(page id, title, indented) for every step, in order; id None is a heading."""
        blocked = self.blockSignals(True)
        self.clear()
        self._items = {}
        for page_id, title, indented in steps:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, page_id)
            item.setData(INDENT_ROLE, indented)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            item.setToolTip(title)
            if page_id is None:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, never selected
            else:
                item.setIcon(self._icons[Mark.NONE])
                self._items[page_id] = item
            self.addItem(item)
        self.blockSignals(blocked)

    def item_for(self, page_id: int) -> QListWidgetItem | None:
        return self._items.get(page_id)

    def set_marks(self, marks: dict[int, Mark]) -> None:
        for page_id, mark in marks.items():
            item = self.item_for(page_id)
            if item is None:
                continue
            item.setIcon(self._icons[mark])
            words = self._mark_words.get(mark, "")
            title = item.data(Qt.ItemDataRole.AccessibleTextRole)
            item.setToolTip(f"{title} — {words}" if words else title)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, words)

    def keyboardSearch(self, search: str) -> None:
        """Letters typed here do nothing: they used to move the highlight away from the step
        shown (arrows move it on purpose, Enter opens the step)."""

    def focusOutEvent(self, event) -> None:
        """Leaving the list without opening another step puts the highlight back on the
        step shown."""
        super().focusOutEvent(event)
        if self._shown is not None:
            self.set_current_step(self._shown)

    def set_current_step(self, page_id: int) -> None:
        self._shown = page_id
        item = self.item_for(page_id)
        if item is not None:
            blocked = self.blockSignals(True)
            self.setCurrentItem(item)
            self.scrollToItem(item)
            self.blockSignals(blocked)

    def set_reachable(self, page_ids: set[int]) -> None:
        """Only these steps can be chosen (the others need the engagement first)."""
        for row in range(self.count()):
            item = self.item(row)
            page_id = item.data(Qt.ItemDataRole.UserRole)
            if page_id is None:
                continue
            flags = item.flags() | Qt.ItemFlag.ItemIsSelectable
            if page_id in page_ids:
                flags |= Qt.ItemFlag.ItemIsEnabled
            else:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)

    def _on_activated(self, item: QListWidgetItem) -> None:
        page_id = item.data(Qt.ItemDataRole.UserRole)
        if page_id is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.sig_step_chosen.emit(int(page_id))
