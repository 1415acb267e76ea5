"""The import dialog's tables: the column mapping, the preview and the report.

The mapping's "Imported as" cells show their combo boxes at all times, so every column's
choice can be read and changed without opening an editor first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.import_accounts.models import CHOICE_COL, ChoiceDelegate, MappingModel, PreviewModel
from wizard.importers.plan import ImportPlan

MAX_COLUMN_WIDTH = 220
"""Pixels: a long URL or comment must not push the other columns out of sight."""
MAPPING_COLUMN_WIDTH = 140


class ImportTables(QSplitter):
    def __init__(self, preview_rows: int, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.mapping_model = MappingModel(self)
        self.mapping_view = _view(self.mapping_model, self.tr("Columns of the file"))
        self.mapping_view.setItemDelegateForColumn(CHOICE_COL, ChoiceDelegate(self.mapping_view))
        self.mapping_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.mapping_model.modelReset.connect(self._open_editors)
        preview_title = self.tr("Preview of the first %1 rows").replace("%1", str(preview_rows))
        self.preview_model = PreviewModel(self)
        self.preview_view = _view(self.preview_model, preview_title)
        self.report_text = QPlainTextEdit()
        self.report_text.setReadOnly(True)
        self.report_text.setAccessibleName(self.tr("Import report"))
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(_titled(self.tr("Columns"), self.mapping_view))
        top.addWidget(_titled(preview_title, self.preview_view))
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        top.setSizes([500, 600])  # room for the combo boxes of the mapping
        self.addWidget(top)
        self.addWidget(_titled(self.tr("Report for the whole file"), self.report_text))
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)

    def show_preview(self, plan: ImportPlan | None) -> None:
        self.preview_model.set_plan(plan)
        _fit(self.preview_view, range(self.preview_model.columnCount()))

    def _open_editors(self) -> None:
        model = self.mapping_model
        for row in range(model.rowCount()):
            index = model.index(row, CHOICE_COL)
            if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                self.mapping_view.openPersistentEditor(index)
        _fit(self.mapping_view, (0, 1), MAPPING_COLUMN_WIDTH)  # the combos get the rest


def _fit(view: QTableView, columns, widest: int = MAX_COLUMN_WIDTH) -> None:
    view.resizeColumnsToContents()
    for column in columns:
        view.setColumnWidth(column, min(view.columnWidth(column), widest))


def _view(model, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    label.setBuddy(widget)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box
