"""Paints a row's problems as small rounded badges (no MFA, no owner, dormant…)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.models.roles import PROBLEMS_ROLE

SEVERE = frozenset({"no_mfa", "unofficial", "credentials_unsafe", "personal_recovery"})
"""Problems drawn in the stronger colour: those that expose the account to takeover."""

_SEVERE_COLOURS = (QColor("#f8d7da"), QColor("#842029"))
_OTHER_COLOURS = (QColor("#fff3cd"), QColor("#664d03"))
_PAD_X, _PAD_Y, _GAP = 5, 2, 4


class BadgeDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        badges = index.data(PROBLEMS_ROLE) or []
        style = option.widget.style() if option.widget else None
        if style is not None:
            # background and selection only: the badges replace the text
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(option.font)
        x = option.rect.left() + _GAP
        height = metrics.height() + 2 * _PAD_Y
        y = option.rect.top() + (option.rect.height() - height) // 2
        for code, label in badges:
            width = metrics.horizontalAdvance(label) + 2 * _PAD_X
            if x + width > option.rect.right():
                painter.setPen(option.palette.text().color())
                room = option.rect.right() - x
                # the first badge's words, cut, rather than a lone "…" (the tooltip has all)
                shown = (
                    metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)
                    if x == option.rect.left() + _GAP
                    else "…"
                )
                painter.drawText(
                    QRect(x, y, room, height), Qt.AlignmentFlag.AlignVCenter, shown or "…"
                )
                break
            fill, ink = _SEVERE_COLOURS if code in SEVERE else _OTHER_COLOURS
            rect = QRect(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(ink)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            x += width + _GAP
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        badges = index.data(PROBLEMS_ROLE) or []
        metrics = QFontMetrics(option.font)
        width = sum(metrics.horizontalAdvance(label) + 2 * _PAD_X + _GAP for _c, label in badges)
        return QSize(max(width + _GAP, 60), metrics.height() + 2 * _PAD_Y + 4)
