"""The review tree of a returned workbook: one branch per table, one leaf per change.

A :class:`QAbstractItemModel` over a :class:`~wizard.returned.ChangeSet` (the decisions are
the core's; this only shows them and keeps the reviewer's ticks). Leaves that can be applied
are checkable; refused ones are not, and show their reason. A branch's box ticks or clears
all its applicable leaves and shows partial when they differ.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from wizard.messages import localise
from wizard.returned import Change, ChangeKind, ChangeSet
from wizard.returned.report import table_title

Index = QModelIndex | QPersistentModelIndex
CHECK = Qt.ItemDataRole.CheckStateRole
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
REFUSED_COLOUR = QColor("#a61b1b")
_NO_PARENT = 0xFFFFFFFF
"""internalId of a branch (a table); a leaf's is its branch number."""


class ClientReturnModel(QAbstractItemModel):
    COL_ITEM, COL_FIELD, COL_OLD, COL_NEW, COL_STATUS = range(5)

    def __init__(self, changeset: ChangeSet, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.changeset = changeset
        self.lang = lang
        grouped = changeset.by_table()
        self.tables = list(grouped)
        self.changes: list[list[Change]] = [grouped[t] for t in self.tables]
        self.accepted: set[str] = changeset.default_accepted()

    # --- structure

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        return self.createIndex(row, column, parent.row())

    def parent(self, index: Index | None = None):
        if index is None:  # QObject.parent()
            return QObject.parent(self)
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, _NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.tables)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self.changes[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 5

    def change(self, index: Index) -> Change | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        return self.changes[index.internalId()][index.row()]

    # --- content

    def headerData(self, section: int, orientation, role: int = DISPLAY):
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        return (
            self.tr("Item"),
            self.tr("Column"),
            self.tr("In the audit"),
            self.tr("In the workbook"),
            self.tr("Status"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        change = self.change(index)
        if index.column() == 0 and (change is None or change.applicable):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        change = self.change(index)
        if change is None:
            return self._branch_data(index, role)
        if role == CHECK and index.column() == 0 and change.applicable:
            return _state(change.key in self.accepted)
        if role == DISPLAY:
            return self._text(change, index.column())
        if role == TOOLTIP:
            return change.describe(self.lang)
        if role == Qt.ItemDataRole.ForegroundRole and change.rejected:
            return QBrush(REFUSED_COLOUR)
        return None

    def _branch_data(self, index: Index, role: int):
        changes = self.changes[index.row()]
        if role == DISPLAY and index.column() == 0:
            title = table_title(self.tables[index.row()], self.lang)
            return f"{title} ({len(changes)})"
        if role == CHECK and index.column() == 0:
            keys = [c.key for c in changes if c.applicable]
            chosen = sum(1 for k in keys if k in self.accepted)
            if chosen == 0:
                return Qt.CheckState.Unchecked
            return Qt.CheckState.Checked if chosen == len(keys) else Qt.CheckState.PartiallyChecked
        return None

    def _text(self, change: Change, column: int) -> str:
        if column == self.COL_ITEM:
            return localise(change.item_label, self.lang)
        if column == self.COL_FIELD:
            return change.column
        if column == self.COL_OLD:
            return change.old_text.replace("\n", " ⏎ ")
        if column == self.COL_NEW:
            return change.new_text.replace("\n", " ⏎ ")
        return self.status_text(change)

    def status_text(self, change: Change) -> str:
        if change.rejected:
            return self.tr("Refused: %1").replace("%1", localise(change.reason, self.lang))
        if change.kind is ChangeKind.DELETED:
            return self.tr("Deleted by the client: tick to delete it here too")
        text = self.tr("New") if change.kind is ChangeKind.NEW else self.tr("Changed")
        return f"{text} ({localise(change.note, self.lang)})" if change.note else text

    # --- ticks

    def setData(self, index: Index, value, role: int = CHECK) -> bool:
        if role != CHECK or index.column() != 0:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        change = self.change(index)
        if change is None:
            self._set_keys([c for c in self.changes[index.row()] if c.applicable], checked)
        elif change.applicable:
            self._set_keys([change], checked)
        else:
            return False
        return True

    def _set_keys(self, changes: list[Change], checked: bool) -> None:
        for change in changes:
            if checked:
                self.accepted.add(change.key)
            else:
                self.accepted.discard(change.key)
        self._refresh_checks()

    def set_all(self, checked: bool) -> None:
        """Accept every applicable change (deletions included), or reject them all."""
        self._set_keys(self.changeset.applicable(), checked)

    def _refresh_checks(self) -> None:
        for branch, changes in enumerate(self.changes):
            top = self.index(branch, 0)
            self.dataChanged.emit(top, top, [CHECK])
            if changes:
                first, last = self.index(0, 0, top), self.index(len(changes) - 1, 0, top)
                self.dataChanged.emit(first, last, [CHECK])

    def accepted_count(self) -> int:
        return len(self.changeset.selected(self.accepted))


def _state(checked: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
