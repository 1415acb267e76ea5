"""Paste a column of URLs or handles: a preview of what each line is recognised as, then
the accounts to add."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import current_language
from ui.models.account_fields import platform_name
from ui.widgets.fields import WarningLabel
from wizard.audit import edits
from wizard.audit.model import Account, Audit
from wizard.platforms import account_key


class PasteUrlsDialog(QDialog):
    def __init__(self, audit: Audit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audit = audit
        self.setWindowTitle(self.tr("Paste URLs or handles"))
        self.resize(640, 480)
        self.result_accounts: list[Account] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("One URL or handle a line, e.g. https://x.com/name or @name@instance.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("URLs or handles, one a line"))
        self.text.setTabChangesFocus(True)
        intro.setBuddy(self.text)
        layout.addWidget(self.text, 2)
        self.preview_model = QStandardItemModel(0, 4, self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setAccessibleName(self.tr("Preview of the recognised accounts"))
        self.preview.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.preview, 3)
        self.warning = WarningLabel()
        layout.addWidget(self.warning)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add accounts"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self.update_preview)
        self.update_preview()

    def update_preview(self) -> None:
        """Show, per distinct line, the platform and handle recognised."""
        lang = current_language()
        model = self.preview_model
        model.clear()
        model.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Platform"), self.tr("Handle"), self.tr("Note")]
        )
        known = {account_key(a.platform, a.handle, a.url) for a in self.audit.accounts} - {""}
        lines = edits.recognise_lines(self.text.toPlainText())
        new = 0
        for line, found in lines:
            platform = platform_name(found.platform, lang) if found.platform != "other" else ""
            note = "" if found.recognised else self.tr("Not recognised: added as typed")
            if account_key(found.platform, found.handle, found.url) in known:
                note = self.tr("Already in the inventory: skipped")
            else:
                new += 1
            cells = [line, platform, found.handle, note]
            model.appendRow([QStandardItem(text) for text in cells])
        self.add_button.setEnabled(new > 0)
        self.warning.show_message("")

    def accept(self) -> None:
        """Build the accounts; a line that cannot be stored keeps the dialog open."""
        try:
            self.result_accounts = edits.accounts_from_text(self.text.toPlainText(), self.audit)
        except edits.EditError as exc:
            self.warning.show_message(self.tr("Cannot add: %1").replace("%1", str(exc)))
            return
        if self.result_accounts:
            super().accept()
