"""The legal checklist as a table: one row per item of the bank's legal list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ui.i18n import current_language
from ui.models.roles import CHOICES_ROLE, KIND_ROLE, RECORD_ID_ROLE
from ui.undo_commands import SetLegal, push_edit
from wizard.audit import labels
from wizard.audit.edits import EditError, with_changes
from wizard.audit.model import Check, LegalAnswer

Index = QModelIndex | QPersistentModelIndex
COL_ITEM, COL_STATUS, COL_NOTES = range(3)


class LegalModel(QAbstractTableModel):
    sig_edit_refused = Signal(str)
    """An edit was refused by the model: the message names the field."""

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.lang = current_language()
        document.events.sig_legal_changed.connect(self._on_changed)

    def items(self) -> list:
        return self.document.audit.framework.legal

    def answer(self, item_id: str) -> LegalAnswer:
        return self.document.audit.legal.get(item_id) or LegalAnswer()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("Legal question"), self.tr("Status"), self.tr("Notes")]
        return titles[section] if 0 <= section < 3 else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != COL_ITEM and not self.document.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items()):
            return None
        item = self.items()[index.row()]
        answer = self.answer(item.id)
        column = index.column()
        if role == RECORD_ID_ROLE:
            return item.id
        if column == COL_ITEM:
            if role == Qt.ItemDataRole.DisplayRole:
                return item.title.get(self.lang)
            if role == Qt.ItemDataRole.ToolTipRole:
                return item.guidance.get(self.lang)
            return None
        value = answer.status if column == COL_STATUS else answer.notes
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return labels.label(answer.status, self.lang) if column == COL_STATUS else value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == CHOICES_ROLE and column == COL_STATUS:
            return labels.choices(Check, self.lang)
        if role == KIND_ROLE:
            return "enum" if column == COL_STATUS else "text"
        return None

    def setData(self, index: Index, value: Any, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() == COL_ITEM:
            return False
        item = self.items()[index.row()]
        try:
            changes: dict[str, object]
            if index.column() == COL_STATUS:
                changes = {"status": Check(value)}
            else:
                changes = {"notes": str(value)}
            answer = with_changes(self.answer(item.id), **changes)
            text = self.tr("Legal checklist: %1").replace("%1", item.title.get(self.lang))
            push_edit(self.document, SetLegal(self.document, item.id, answer, text))
        except (EditError, ValueError) as exc:
            self.sig_edit_refused.emit(str(exc))
            return False
        return True

    def refresh(self) -> None:
        self.lang = current_language()
        self.beginResetModel()
        self.endResetModel()

    def _on_changed(self, item_id: str) -> None:
        row = next((n for n, item in enumerate(self.items()) if item.id == item_id), -1)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, COL_NOTES))
