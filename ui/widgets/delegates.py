"""Cell editors: a pick-list for enumerated values, a typed date that may be empty,
and a line edit for the rest. The model says which (``KIND_ROLE``) and offers the choices
(``CHOICES_ROLE``), so one delegate serves every table of the wizard.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.models.roles import CHOICES_ROLE, KIND_ROLE
from ui.widgets.date_field import DateField
from wizard.audit.date_text import DateTextError

Index = QModelIndex | QPersistentModelIndex


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
            date_field = DateField(parent)
            date_field.setAccessibleName(self.tr("Date"))
            return date_field
        editor = QLineEdit(parent)
        editor.setAccessibleName(self.tr("Value"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, ChoiceCombo):
            editor.set_value(value)
        elif isinstance(editor, DateField):
            editor.set_value(date.fromisoformat(value) if value else None)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, ChoiceCombo):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, DateField):
            try:
                value = editor.typed_value()
            except DateTextError:
                return  # not a date: the stored date stays (the editor said why)
            model.setData(index, value.isoformat() if value else "", Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
