"""Step 0: start a new audit, open one, reopen a recent one, recover work, or the demo.

The page only asks; the main window's session controller does the work (it owns files,
locks and the unsaved-changes prompt), so every choice is a signal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWizardPage,
)

from ui.formats import format_datetime

if TYPE_CHECKING:
    from ui.document import AuditDocument


@dataclass(frozen=True)
class RecentEntry:
    path: Path
    organisation: str
    modified: datetime | None
    """When the file was last written; None when it is missing."""


class StartPage(QWizardPage):
    sig_new_requested = Signal()
    """The user wants a new, empty audit."""
    sig_open_requested = Signal()
    """The user wants to choose a session file to open."""
    sig_open_path_requested = Signal(Path)
    """The user chose a recent audit."""
    sig_previous_requested = Signal()
    """The user wants next year's audit, started from last year's file."""
    sig_demo_requested = Signal()
    """The user wants the demonstration audit."""
    sig_recover_requested = Signal()
    """The user wants to see the unsaved work left by a crash."""

    def __init__(self, document: AuditDocument | None) -> None:
        super().__init__()
        self.document = document
        """None on the window's first frame, before any audit is open."""
        self._entries: list[RecentEntry] = []
        self.setTitle(self.tr("Welcome to Vigie"))
        self.setSubTitle(
            self.tr("Audit an organisation's social media accounts and their governance.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_actions())
        layout.addWidget(self._build_recent(), 1)
        self.recover_button.setEnabled(False)

    def _button(self, text: str, icon: QStyle.StandardPixmap, tip: str) -> QPushButton:
        button = QPushButton(self.style().standardIcon(icon), text)
        button.setIconSize(QSize(24, 24))
        button.setMinimumHeight(40)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    def _build_actions(self) -> QGroupBox:
        box = QGroupBox(self.tr("What would you like to do?"))
        grid = QGridLayout(box)
        pix = QStyle.StandardPixmap
        self.new_button = self._button(
            self.tr("New &audit"), pix.SP_FileIcon, self.tr("Start an empty audit")
        )
        self.open_button = self._button(
            self.tr("&Open an audit…"), pix.SP_DialogOpenButton, self.tr("Open a .vigie file")
        )
        self.demo_button = self._button(
            self.tr("Open the &demonstration audit"),
            pix.SP_FileDialogInfoView,
            self.tr("A fictitious audit to explore every step"),
        )
        self.previous_button = self._button(
            self.tr("Start from last &year's audit…"),
            pix.SP_FileDialogContentsView,
            self.tr("Copy last year's inventory and keep its levels as hints"),
        )
        self.recover_button = self._button(
            self.tr("&Recover unsaved work…"),
            pix.SP_BrowserReload,
            self.tr("Work left unsaved when Vigie last closed unexpectedly"),
        )
        grid.addWidget(self.new_button, 0, 0)
        grid.addWidget(self.open_button, 0, 1)
        grid.addWidget(self.previous_button, 1, 0)
        grid.addWidget(self.demo_button, 1, 1)
        grid.addWidget(self.recover_button, 2, 0)
        self.new_button.clicked.connect(self.sig_new_requested)
        self.open_button.clicked.connect(self.sig_open_requested)
        self.previous_button.clicked.connect(self.sig_previous_requested)
        self.demo_button.clicked.connect(self.sig_demo_requested)
        self.recover_button.clicked.connect(self.sig_recover_requested)
        return box

    def _build_recent(self) -> QGroupBox:
        box = QGroupBox(self.tr("Recent audits"))
        layout = QVBoxLayout(box)
        self.recent_model = QStandardItemModel(0, 3, self)
        self.recent_model.setHorizontalHeaderLabels(
            [self.tr("Organisation"), self.tr("Last saved"), self.tr("File")]
        )
        self.recent_view = QTreeView()
        self.recent_view.setModel(self.recent_model)
        self.recent_view.setRootIsDecorated(False)
        self.recent_view.setAlternatingRowColors(True)
        self.recent_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recent_view.setAccessibleName(self.tr("Recent audits"))
        header = self.recent_view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.recent_view.activated.connect(self._on_activated)
        self.empty_label = QLabel(self.tr("No recent audits yet."))
        self.open_recent_button = QPushButton(self.tr("Open the se&lected audit"))
        self.open_recent_button.clicked.connect(
            lambda: self._on_activated(self.recent_view.currentIndex())
        )
        layout.addWidget(self.recent_view)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.open_recent_button, 0, Qt.AlignmentFlag.AlignRight)
        return box

    def set_recent(self, entries: list[RecentEntry]) -> None:
        """Show the recent audits, most recent first."""
        self._entries = list(entries)
        self.recent_model.removeRows(0, self.recent_model.rowCount())
        for entry in self._entries:
            organisation = entry.organisation or entry.path.stem
            when = format_datetime(entry.modified) if entry.modified else self.tr("File not found")
            row = [QStandardItem(organisation), QStandardItem(when), QStandardItem(str(entry.path))]
            for item in row:
                item.setToolTip(str(entry.path))
            self.recent_model.appendRow(row)
        has_entries = bool(self._entries)
        self.recent_view.setVisible(has_entries)
        self.open_recent_button.setVisible(has_entries)
        self.empty_label.setVisible(not has_entries)
        if has_entries:
            self.recent_view.setCurrentIndex(self.recent_model.index(0, 0))

    def set_recovery_available(self, available: bool) -> None:
        self.recover_button.setEnabled(available)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid() and 0 <= index.row() < len(self._entries):
            self.sig_open_path_requested.emit(self._entries[index.row()].path)
