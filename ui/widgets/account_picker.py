"""Choose several accounts (for a risk or a finding): a filterable list of check boxes."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import current_language
from ui.models.account_fields import platform_name
from wizard.audit.model import Account

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AccountPickerDialog(QDialog):
    def __init__(
        self, accounts: list[Account], chosen: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Linked accounts"))
        self.resize(420, 480)
        lang = current_language()
        self.model = QStandardItemModel(self)
        for account in accounts:
            name = account.handle or account.display_name or account.url or account.id[:8]
            item = QStandardItem(f"{name} ({platform_name(account.platform, lang)})")
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked if account.id in chosen else Qt.CheckState.Unchecked
            )
            item.setData(account.id, _ID_ROLE)
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter"))
        self.filter.setAccessibleName(self.tr("Filter accounts"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        layout.addWidget(self.filter)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Accounts"))
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_checked(self, account_id: str, checked: bool) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(_ID_ROLE) == account_id:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                item.setCheckState(state)

    def chosen(self) -> list[str]:
        """Ids of the checked accounts, in inventory order."""
        return [
            self.model.item(row).data(_ID_ROLE)
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        ]
