"""A table over one of the audit's record lists (risks, actions), described by columns.

Subclasses list their :class:`Column` s; reading, editing through the undo stack and
refreshing on undo/redo are shared. The lists are short (tens to hundreds of rows), so an
insert or removal simply resets the model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ui.i18n import current_language
from ui.models.roles import CHOICES_ROLE, KIND_ROLE, RECORD_ID_ROLE
from ui.undo_commands import SetRecordField, push_edit
from wizard.audit.edits import EditError, RecordList

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    field: str
    kind: str = "text"
    """Editor kind for :class:`~ui.widgets.delegates.FieldDelegate`; ``""`` = read-only."""
    choices: Callable[[str], list[tuple[Any, str]]] | None = None
    display: Callable[[Any, Any, str], str] | None = None
    """(value, record, lang) → text; default: the value as text."""
    parse: Callable[[Any], Any] | None = None
    """Editor output → stored type (an enum's constructor); default: by ``kind``."""


class RecordTableModel(QAbstractTableModel):
    kind: RecordList
    """``risks`` or ``actions``: the audit list shown (set by each subclass)."""

    sig_edit_refused = Signal(str)
    """An edit was refused by the model: the message names the field."""

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.lang = current_language()
        events = document.events
        events.sig_records_changed.connect(self._on_records_changed)
        events.sig_record_changed.connect(self._on_record_changed)

    # --- to define in subclasses

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def titles(self) -> list[str]:
        raise NotImplementedError

    # --- Qt interface

    def records(self) -> list:
        return getattr(self.document.audit, self.kind)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def header_tips(self) -> dict[int, str]:
        """Column header tooltips that say more than the short title (scale, meaning)."""
        return {}

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        titles = self.titles()
        if not 0 <= section < len(titles):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return titles[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips().get(section, titles[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns()[index.column()].kind and not self.document.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records()):
            return None
        record = self.records()[index.row()]
        column = self.columns()[index.column()]
        value = getattr(record, column.field, None)
        if role == RECORD_ID_ROLE:
            return record.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column.display is not None:
                return column.display(value, record, self.lang)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return value.isoformat() if isinstance(value, date) else value
        if role == CHOICES_ROLE:
            return column.choices(self.lang) if column.choices else None
        if role == KIND_ROLE:
            return column.kind
        return None

    def setData(self, index: Index, value: Any, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns()[index.column()]
        if not column.kind:
            return False
        record = self.records()[index.row()]
        try:
            value = column.parse(value) if column.parse else _coerce(column.kind, value)
        except ValueError:
            self.sig_edit_refused.emit(f"{column.field}: {value!r} is not a valid value")
            return False
        return self.set_field(record.id, column.field, value)

    def set_field(self, record_id: str, field: str, value: Any) -> bool:
        """Edit one field through the undo stack; report a refusal instead of raising."""
        try:
            text = self.tr("Edit %1").replace("%1", field)
            command = SetRecordField(self.document, self.kind, record_id, field, value, text)
            push_edit(self.document, command)
        except (EditError, ValueError) as exc:
            self.sig_edit_refused.emit(str(exc))
            return False
        return True

    def row_of(self, record_id: str) -> int:
        return next((n for n, r in enumerate(self.records()) if r.id == record_id), -1)

    def refresh(self) -> None:
        self.lang = current_language()
        self.beginResetModel()
        self.endResetModel()

    def _on_records_changed(self, kind: str) -> None:
        if kind == self.kind:
            self.beginResetModel()
            self.endResetModel()

    def _on_record_changed(self, kind: str, record_id: str) -> None:
        row = self.row_of(record_id) if kind == self.kind else -1
        if row >= 0:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))


def _coerce(kind: str, value: Any) -> Any:
    """Editor output (after QVariant) to the model's type; ValueError if it is not one."""
    if kind == "date":
        return date.fromisoformat(value) if isinstance(value, str) and value else None
    if kind == "int" and isinstance(value, str):
        return int(value)
    return value
