"""The import dialog's two tables: which field each source column feeds, and the preview.

:class:`MappingModel` holds one choice per source column (a field, "ignore", "keep in
notes"; columns that look like passwords are fixed to "never imported") and turns the
choices into the core's :class:`~wizard.importers.headers.Mapping`. :class:`PreviewModel`
shows the first rows of a preview plan as they will be imported, with each row's outcome
and problems. Neither holds audit logic: both only display what the core decided.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.i18n import current_language
from ui.models.account_fields import platform_name
from wizard.audit.field_labels import field_label
from wizard.importers.headers import CHOICES, WEBSITE, Mapping
from wizard.importers.plan import ImportPlan
from wizard.importers.values import as_text
from wizard.messages import localise

Index = QModelIndex | QPersistentModelIndex

IGNORE = "ignore"
KEEP = "keep"
SECRET = "secret"
CHOICE_COL = 2
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_TIP = Qt.ItemDataRole.ToolTipRole


class MappingModel(QAbstractTableModel):
    """Source column → what it becomes. Editing emits :attr:`sig_mapping_changed`."""

    sig_mapping_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._examples: list[str] = []
        self._choices: list[str] = []
        self._unknown: set[int] = set()
        self._guessed = False

    # --- filling and reading

    def set_mapping(self, mapping: Mapping, examples: list[str]) -> None:
        """Show the mapping the core suggested; unknown columns start as not imported."""
        self.beginResetModel()
        self._headers = list(mapping.headers)
        self._examples = [*examples, *[""] * len(self._headers)][: len(self._headers)]
        self._choices = [IGNORE] * len(self._headers)
        for index, key in mapping.fields.items():
            if index < len(self._choices):
                self._choices[index] = key
        for index in mapping.secret:
            self._choices[index] = SECRET
            self._examples[index] = ""  # a password is never shown
        self._unknown = set(mapping.unknown)
        self._guessed = mapping.guessed
        self.endResetModel()

    def guessed(self) -> bool:
        """True when the file has no header row and the choices were guessed from content."""
        return self._guessed

    def clear(self) -> None:
        self.set_mapping(Mapping(headers=[]), [])

    def choice(self, column: int) -> str:
        return self._choices[column]

    def set_choice(self, column: int, choice: str) -> bool:
        return self.setData(self.index(column, CHOICE_COL), choice, _EDIT)

    def keep_unknown(self) -> bool:
        return KEEP in self._choices

    def mapping(self) -> Mapping:
        """The core's mapping for the current choices.

        The core keeps in notes every "unknown" column when asked to keep any: so when some
        column is kept, only the kept ones are unknown and the others are ignored; when none
        is, the columns it did not recognise stay unknown so the report names them.
        """
        keeping = self.keep_unknown()
        mapping = Mapping(headers=list(self._headers), guessed=self._guessed)
        for index, choice in enumerate(self._choices):
            if choice == SECRET:
                mapping.secret.append(index)
            elif choice == KEEP or (choice == IGNORE and index in self._unknown and not keeping):
                mapping.unknown.append(index)
            elif choice == IGNORE:
                mapping.ignored.append(index)
            else:
                mapping.fields[index] = choice
        return mapping

    def options(self, column: int) -> list[tuple[str, str]]:
        """(choice, label) offered for ``column``."""
        if self._choices[column] == SECRET:
            return [(SECRET, self.label(SECRET))]
        return [(key, self.label(key)) for key in (IGNORE, KEEP, *CHOICES)]

    def label(self, choice: str) -> str:
        if choice == IGNORE:
            return self.tr("Not imported")
        if choice == KEEP:
            return self.tr("Keep in notes")
        if choice == SECRET:
            return self.tr("Never imported (looks like a password or code)")
        if choice == WEBSITE:
            return self.tr("Organisation's website (kept in notes)")
        return field_label(choice, current_language())

    def column_name(self, column: int) -> str:
        if self._guessed or not self._headers[column]:
            return self.tr("Column %1").replace("%1", str(column + 1))
        return self._headers[column]

    # --- Qt model interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation, role=_DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        titles = (self.tr("Column in the file"), self.tr("First value"), self.tr("Imported as"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role=_DISPLAY) -> Any:
        if not index.isValid() or role not in (_DISPLAY, _EDIT, _TIP):
            return None
        row, column = index.row(), index.column()
        if column == 0:
            return self.column_name(row)
        if column == 1:
            return self._examples[row]
        choice = self._choices[row]
        return choice if role == _EDIT else self.label(choice)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CHOICE_COL and self._choices[index.row()] != SECRET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role=_EDIT) -> bool:
        if role != _EDIT or not index.isValid() or index.column() != CHOICE_COL:
            return False
        row = index.row()
        allowed = {key for key, _label in self.options(row)}
        if value not in allowed or self._choices[row] == SECRET:
            return False
        if value == self._choices[row]:
            return True
        self._choices[row] = value
        changed = [row]
        if value in CHOICES:  # one column per field: the column that had it lets it go
            for other, choice in enumerate(self._choices):
                if other != row and choice == value:
                    self._choices[other] = IGNORE
                    changed.append(other)
        for changed_row in changed:
            cell = self.index(changed_row, CHOICE_COL)
            self.dataChanged.emit(cell, cell)
        self.sig_mapping_changed.emit()
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for the "Imported as" column; the choice applies as soon as it is picked."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, index: Index):
        combo = QComboBox(parent)
        model = index.model()
        name = model.index(index.row(), 0).data()
        combo.setAccessibleName(self.tr("Import the column “%1” as").replace("%1", str(name)))
        source = getattr(model, "options", None)
        for key, label in source(index.row()) if callable(source) else []:
            combo.addItem(label, key)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(_EDIT)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), _EDIT)


# --------------------------------------------------------------------------- preview


class PreviewModel(QAbstractTableModel):
    """The first rows of the file as they will be imported, read-only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = []

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self._rows = [] if plan is None else self._read(plan)
        self.endResetModel()

    def _read(self, plan: ImportPlan) -> list[list[str]]:
        report, lang = plan.report, current_language()
        outcome: dict[int, tuple[str, str]] = {}
        for action, outcomes in (
            ("add", report.added),
            ("merge", report.merged),
            ("skip", report.skipped),
            ("invalid", report.invalid),
        ):
            for item in outcomes:
                outcome[item.row] = (action, item.reason)
        notes: dict[int, list[str]] = {}
        for item in report.conflicts + report.problems:
            notes.setdefault(item.row, []).append(item.reason)
        rows = []
        for result in plan.results:
            action, reason = outcome.get(result.row, ("invalid", result.invalid))
            account = result.account
            problems = ([reason] if reason else []) + notes.get(result.row, [])
            cells = [str(result.row), self._action_label(action, bool(reason))]
            if account is None:
                cells += ["", "", "", ""]
            else:
                cells += [
                    platform_name(account.platform, lang),
                    account.handle,
                    account.url,
                    account.display_name,
                ]
            rows.append([*cells, "; ".join(localise(p, lang) for p in problems)])
        return rows

    def _action_label(self, action: str, duplicate: bool) -> str:
        if action == "add":
            return self.tr("Add (duplicate)") if duplicate else self.tr("Add")
        if action == "merge":
            return self.tr("Merge")
        if action == "skip":
            return self.tr("Skip (duplicate)")
        return self.tr("Invalid")

    def titles(self) -> list[str]:
        return [
            self.tr("Row"),
            self.tr("Outcome"),
            self.tr("Platform"),
            self.tr("Handle"),
            self.tr("URL"),
            self.tr("Name"),
            self.tr("Problems"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation, role=_DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        titles = self.titles()
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role=_DISPLAY) -> Any:
        if not index.isValid() or role not in (_DISPLAY, _TIP):
            return None
        return self._rows[index.row()][index.column()]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def first_values(rows: list[tuple[int, tuple[object, ...]]], width: int) -> list[str]:
    """For each of ``width`` columns, the first non-empty value among ``rows``."""
    found = [""] * width
    for _number, cells in rows:
        for column in range(min(width, len(cells))):
            if not found[column]:
                found[column] = " ".join(as_text(cells[column]).split())[:80]
        if all(found):
            break
    return found
