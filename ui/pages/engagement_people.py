"""The auditors of an engagement as an editable name/role table with Add and Remove."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class PeopleEditor(QWidget):
    """Rows of (name, role). Emits :attr:`sig_edited` after every change."""

    sig_edited = Signal()
    """A row was added, removed or edited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(0, 2, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # whole names
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.setWordWrap(False)  # one line a person; the tooltip shows long roles
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setMinimumHeight(90)
        self.view.setMaximumHeight(130)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        # the buttons under the table, so names and roles get the whole width
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.model.itemChanged.connect(lambda _item: self.sig_edited.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.model.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.add_button.setText(self.tr("&Add an auditor"))
        self.remove_button.setText(self.tr("Re&move"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected auditor"))
        self.view.setAccessibleName(self.tr("Auditors"))

    def rows(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.model.rowCount()):
            name = self.model.item(row, 0)
            role = self.model.item(row, 1)
            out.append((name.text() if name else "", role.text() if role else ""))
        return out

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        # appendRow emits no itemChanged, so loading does not count as an edit
        self.model.removeRows(0, self.model.rowCount())
        for name, role in rows:
            cells = [QStandardItem(name), QStandardItem(role)]
            for cell in cells:
                cell.setToolTip(cell.text())
            self.model.appendRow(cells)

    def add_row(self) -> None:
        self.model.appendRow([QStandardItem(""), QStandardItem("")])
        index = self.model.index(self.model.rowCount() - 1, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)
        self.sig_edited.emit()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        for row in reversed(rows):
            self.model.removeRow(row)
        if rows:
            self.sig_edited.emit()
