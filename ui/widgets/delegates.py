"""Cell editors: a pick-list for enumerated values, a date editor that allows "no date",
and a line edit for the rest. The model says which (``KIND_ROLE``) and offers the choices
(``CHOICES_ROLE``), so one delegate serves every table of the wizard.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.models.roles import CHOICES_ROLE, KIND_ROLE

NO_DATE = QDate(1900, 1, 1)
"""The minimum of a :class:`OptionalDateEdit`, shown as "no date"."""

Index = QModelIndex | QPersistentModelIndex


class OptionalDateEdit(QDateEdit):
    """A date editor whose minimum stands for "no date" (Qt has no null date editor)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("No date"))
        self.setDate(NO_DATE)

    def value(self) -> date | None:
        current = self.date()
        return None if current == NO_DATE else current.toPython()

    def set_value(self, value: date | None) -> None:
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))

    def clear_value(self) -> None:
        self.setDate(NO_DATE)


class ChoiceCombo(QComboBox):
    """A combo box of ``(value, label)`` choices.

    Values are kept in a Python list, not as item data: a StrEnum or None would not survive
    the trip through QVariant unchanged.
    """

    def __init__(self, choices: list, current=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list = []
        self.set_choices(choices, current)

    def set_choices(self, choices: list, current=None) -> None:
        self.blockSignals(True)
        self.clear()
        self.values = [value for value, _label in choices]
        for _value, text in choices:
            self.addItem(text)
        self.blockSignals(False)
        self.set_value(current)

    def value(self):
        index = self.currentIndex()
        return self.values[index] if 0 <= index < len(self.values) else None

    def set_value(self, value) -> None:
        self.setCurrentIndex(self.values.index(value) if value in self.values else -1)


class FieldDelegate(QStyledItemDelegate):
    """Chooses the editor by the cell's ``KIND_ROLE``."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = index.data(KIND_ROLE)
        choices = index.data(CHOICES_ROLE)
        if choices is not None:
            combo = ChoiceCombo(choices, None, parent)
            combo.setAccessibleName(self.tr("Choose a value"))
            return combo
        if kind == "date":
            editor = OptionalDateEdit(parent)
            editor.setAccessibleName(self.tr("Date"))
            return editor
        editor = QLineEdit(parent)
        editor.setAccessibleName(self.tr("Value"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, ChoiceCombo):
            editor.set_value(value)
        elif isinstance(editor, OptionalDateEdit):
            editor.set_value(date.fromisoformat(value) if value else None)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, ChoiceCombo):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, OptionalDateEdit):
            value = editor.value()
            model.setData(index, value.isoformat() if value else "", Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
