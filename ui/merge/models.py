"""The merge dialog's tables: the conflicts side by side, and the items kept from one side.

:class:`ConflictModel` lists every conflict the core found (:mod:`wizard.teams.merge`) and keeps
listing it once resolved, with the side chosen, so a choice can be changed. Choosing goes
through the core (:func:`wizard.teams.merge.resolve`, :func:`wizard.teams.merge.apply_rule`), which
writes the value into the merged session; the model only shows the state.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ui.merge.labels import field_label, kind_label, value_text
from ui.messages import error_text
from wizard.teams.merge import (
    Conflict,
    MergeError,
    MergeResult,
    OneSided,
    Rule,
    Side,
    apply_rule,
    resolve,
)

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
SIDE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The side chosen for a conflict row ("mine", "theirs" or None)."""


class ConflictModel(QAbstractTableModel):
    COL_ITEM, COL_FIELD, COL_MINE, COL_THEIRS, COL_CHOICE = range(5)

    def __init__(self, result: MergeResult, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.lang = lang
        self.framework = result.session.audit.framework
        self.conflicts: list[Conflict] = [*(c for c, _ in result.resolved), *result.conflicts]
        self.choices: list[Side | None] = [s for _, s in result.resolved]
        self.choices += [None] * len(result.conflicts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation, role: int = DISPLAY):
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        return (
            self.tr("Item"),
            self.tr("Field"),
            self.tr("Mine (this audit)"),
            self.tr("Theirs (other file)"),
            self.tr("Kept"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self.conflicts):
            return None
        conflict, side = self.conflicts[index.row()], self.choices[index.row()]
        column = index.column()
        if role == SIDE_ROLE:
            return side
        if role in (DISPLAY, TOOLTIP):
            text = self._text(conflict, side, column)
            return text.replace("\n", " ⏎ ") if role == DISPLAY else text
        if role == Qt.ItemDataRole.FontRole and side is not None:
            chosen = self.COL_MINE if side == "mine" else self.COL_THEIRS
            if column == chosen:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _text(self, conflict: Conflict, side: Side | None, column: int) -> str:
        if column == self.COL_ITEM:
            return (
                self.tr("%1: %2")
                .replace("%1", kind_label(conflict.item_kind))
                .replace("%2", conflict.label)
            )
        if column == self.COL_FIELD:
            return field_label(conflict.item_kind, conflict.field)
        if column in (self.COL_MINE, self.COL_THEIRS):
            value = conflict.mine if column == self.COL_MINE else conflict.theirs
            return value_text(conflict.item_kind, conflict.field, value, self.framework, self.lang)
        if side is None:
            return self.tr("To choose")
        return self.tr("Mine") if side == "mine" else self.tr("Theirs")

    # --- choosing

    def remaining(self) -> int:
        return len(self.result.conflicts)

    def choose(self, rows: list[int], side: Side) -> list[str]:
        """Keep ``side``'s value for these rows; the reasons of choices the core refused."""
        refused = []
        for row in sorted(set(rows)):
            try:
                resolve(self.result, self.conflicts[row], side)
            except MergeError as exc:
                refused.append(error_text(exc))
                continue
            self.choices[row] = side
            self._row_changed(row)
        return refused

    def settle(self, rule: Rule) -> list[str]:
        """Settle every conflict still open by ``rule``; the reasons of items left open."""
        try:
            apply_rule(self.result, rule)
            refused = []
        except MergeError as exc:
            refused = [error_text(exc)]
        settled = {id(c): s for c, s in self.result.resolved}
        for row, conflict in enumerate(self.conflicts):
            if self.choices[row] is None and id(conflict) in settled:
                self.choices[row] = settled[id(conflict)]
                self._row_changed(row)
        return refused

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COL_CHOICE))


class OneSidedModel(QAbstractTableModel):
    """Items only one side has: all kept in the merge, listed so nothing is a surprise."""

    COL_KIND, COL_ITEM, COL_SIDE, COL_NOTE = range(4)

    def __init__(self, items: list[OneSided], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items = list(items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COL_NOTE + 1

    def headerData(self, section: int, orientation, role: int = DISPLAY):
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        return (self.tr("Kind"), self.tr("Item"), self.tr("Only in"), self.tr("Note"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid() or role not in (DISPLAY, TOOLTIP):
            return None
        if not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        if column == self.COL_KIND:
            return kind_label(item.item_kind)
        if column == self.COL_ITEM:
            return item.label
        if column == self.COL_SIDE:
            return self.tr("Mine (this audit)") if item.side == "mine" else self.tr("Theirs")
        return self._note(item)

    def _note(self, item: OneSided) -> str:
        if item.deleted_on_other:
            return self.tr("Deleted in the other copy: kept here")
        if item.deleted_on_other is False:
            return self.tr("Added on that side")
        return self.tr("Kept")
