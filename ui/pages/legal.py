"""Step 4, legal issues and risks: the bank's legal checklist and the risk register."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui import dialogs
from ui.models.legal_model import COL_ITEM, COL_NOTES, COL_STATUS, LegalModel
from ui.models.plan_models import RisksModel
from ui.models.roles import RECORD_ID_ROLE
from ui.undo_commands import InsertRecord, RemoveRecord, push_edit
from ui.widgets import modal
from ui.widgets.account_picker import AccountPickerDialog
from ui.widgets.buttons import add_button
from ui.widgets.delegates import FieldDelegate
from wizard.audit.edits import EditError
from wizard.audit.model import Risk


def make_table(model, name: str) -> QTableView:
    """A table view with our delegate, row selection and keyboard editing."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setItemDelegate(FieldDelegate(table))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.verticalHeader().setVisible(False)
    # one line a row: long text is elided, the cell's tooltip holds all of it
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 12)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(False)
    return table


def size_columns(table: QTableView, widths: dict[int, int], stretch: int) -> None:
    """Starting widths (the user can still drag them); ``stretch`` takes the remaining room."""
    header = table.horizontalHeader()
    for column, width in widths.items():
        table.setColumnWidth(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def current_id(table: QTableView) -> str | None:
    index = table.currentIndex()
    return index.siblingAtColumn(0).data(RECORD_ID_ROLE) if index.isValid() else None


def select_row(table: QTableView, row: int, column: int = 0) -> None:
    index = table.model().index(row, column)
    if index.isValid():
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        table.selectionModel().setCurrentIndex(
            index, flags | QItemSelectionModel.SelectionFlag.Rows
        )


class LegalRisksPage(QWizardPage):
    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setTitle(self.tr("Legal issues and risks"))
        self.setSubTitle(
            self.tr(
                "Check each legal question, then record the risks, who owns them and how "
                "they are mitigated."
            )
        )
        self.legal_model = LegalModel(document, self)
        self.risks_model = RisksModel(document, self)
        for model in (self.legal_model, self.risks_model):
            model.sig_edit_refused.connect(self._on_refused)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_legal())
        splitter.addWidget(self._build_risks())
        QVBoxLayout(self).addWidget(splitter)

    def _build_legal(self) -> QGroupBox:
        box = QGroupBox(self.tr("Legal checklist"))
        layout = QVBoxLayout(box)
        self.legal_table = make_table(self.legal_model, self.tr("Legal checklist"))
        size_columns(self.legal_table, {COL_ITEM: 340, COL_STATUS: 110}, COL_NOTES)
        layout.addWidget(self.legal_table)
        self.legal_guidance = QLabel()
        self.legal_guidance.setWordWrap(True)
        self.legal_guidance.setAccessibleName(self.tr("Guidance"))
        layout.addWidget(self.legal_guidance)
        self.legal_table.selectionModel().currentRowChanged.connect(self._show_guidance)
        return box

    def _build_risks(self) -> QGroupBox:
        box = QGroupBox(self.tr("Risk register"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.add_risk_button = self._button(self.tr("&Add risk"), self.add_risk, row)
        self.link_button = self._button(self.tr("&Link accounts…"), self.link_accounts, row)
        self.remove_risk_button = self._button(self.tr("&Remove risk"), self.remove_risk, row)
        row.addStretch(1)
        layout.addLayout(row)
        self.risks_table = make_table(self.risks_model, self.tr("Risk register"))
        self.risks_table.selectionModel().selectionChanged.connect(self._update_risk_buttons)
        size_columns(
            self.risks_table,
            {
                RisksModel.COL_TITLE: 230,
                RisksModel.COL_LIKELIHOOD: 85,
                RisksModel.COL_IMPACT: 60,
                RisksModel.COL_RATING: 50,
                RisksModel.COL_OWNER: 150,
                RisksModel.COL_ACCOUNTS: 130,
                RisksModel.COL_STATUS: 80,
            },
            RisksModel.COL_MITIGATION,
        )
        layout.addWidget(self.risks_table)
        delete = QAction(self.tr("Remove risk"), self.risks_table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove_risk)
        self.risks_table.addAction(delete)
        return box

    def _button(self, text: str, slot, row: QHBoxLayout) -> QPushButton:
        return add_button(row, text, slot)

    # --- wizard hooks

    def initializePage(self) -> None:
        self.legal_model.refresh()
        self.risks_model.refresh()
        self._update_risk_buttons()

    def _update_risk_buttons(self, *_args) -> None:
        """Link and Remove act on the chosen risk: disabled while none is chosen."""
        chosen = current_id(self.risks_table) is not None and bool(
            self.risks_table.selectionModel().selectedRows()
        )
        self.link_button.setEnabled(chosen and not self.document.read_only)
        self.remove_risk_button.setEnabled(chosen and not self.document.read_only)

    # --- commands

    def add_risk(self) -> None:
        risk = Risk(title=self.tr("New risk"))
        if self._push(InsertRecord(self.document, "risks", risk, self.tr("Add risk"))):
            row = self.risks_model.row_of(risk.id)
            select_row(self.risks_table, row, RisksModel.COL_TITLE)
            self.risks_table.setFocus()
            self.risks_table.edit(self.risks_table.currentIndex())

    def remove_risk(self) -> None:
        risk_id = current_id(self.risks_table)
        if risk_id is not None:
            self._push(RemoveRecord(self.document, "risks", risk_id, self.tr("Remove risk")))

    def link_accounts(self) -> None:
        risk_id = current_id(self.risks_table)
        if risk_id is None:
            return
        risk = self.document.audit.risks[self.risks_model.row_of(risk_id)]
        dialog = AccountPickerDialog(self.document.audit.accounts, risk.accounts, self)
        if modal.run(dialog):
            self.risks_model.set_field(risk_id, "accounts", dialog.chosen())
        dialog.deleteLater()

    def _push(self, command) -> bool:
        try:
            push_edit(self.document, command)
        except EditError as exc:
            self._on_refused(str(exc))
            return False
        return True

    def _show_guidance(self, current, _previous) -> None:
        item = current.siblingAtColumn(COL_ITEM)
        self.legal_guidance.setText(item.data(Qt.ItemDataRole.ToolTipRole) or "")

    def _on_refused(self, message: str) -> None:
        dialogs.warn(self, self.tr("Value not accepted"), message)
