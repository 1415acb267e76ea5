"""The bar above the steps of an audit opened read-only: who has it, and "Save a copy…"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.formats import format_time


class ReadOnlyBanner(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read-only-banner")
        self.setStyleSheet(
            "QWidget#read-only-banner { background: #fff3cd; border-bottom: 1px solid #d4a72c; }"
            " QLabel { color: #664d03; }"
        )
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.copy_button = QPushButton()
        layout.addWidget(self.label, 1)
        layout.addWidget(self.copy_button)
        self.hide()

    def show_for(self, read_only: bool, holder: tuple[str, datetime] | None) -> None:
        self.copy_button.setText(self.tr("Save a &copy…"))
        if holder is not None:
            user, since = holder
            text = (
                self.tr("Opened read-only: %1 has it open since %2. Changes cannot be saved here.")
                .replace("%1", user or self.tr("someone"))
                .replace("%2", format_time(since))
            )
        else:
            text = self.tr("Opened read-only: this file cannot be changed here.")
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(read_only)
