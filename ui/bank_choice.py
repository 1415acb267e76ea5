"""File → New Audit on a Question Bank…: the consultant chooses the bank a new audit uses.

The list holds the bank shipped with Vigie, then every bank file of the consultant's bank
folder (``AppSettings.bank_folder``; a file that cannot be used is listed with its reason),
and any file opened with "Open a Bank File…". Reading and checking a bank is the core's
(:mod:`wizard.bank.files`): the GUI accepts exactly what ``vigie bank check`` accepts. The
chosen bank is copied into the new audit, as the shipped one always was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs
from ui.i18n import current_language
from ui.messages import shown
from ui.settings import AppSettings
from ui.widgets import modal
from wizard.bank.files import list_banks, read_bank_file
from wizard.bank.framework import BankError, Framework, default_bank
from wizard.bank.languages import missing_language_notice


@dataclass(frozen=True)
class BankOption:
    bank: Framework | None
    path: Path | None
    """None for the bank shipped with Vigie."""
    problem: str = ""


class BankChoiceDialog(QDialog):
    """The banks a new audit can use; :meth:`chosen` after it is accepted."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.options: list[BankOption] = []
        self.setWindowTitle(self.tr("New Audit on a Question Bank"))
        self.setMinimumWidth(640)
        column = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the question bank of the new audit. It is copied into the audit file, "
                "so the audit reopens the same way wherever the file goes."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Question banks"))
        self.list.currentRowChanged.connect(self._show_details)
        self.list.itemActivated.connect(lambda _item: self._accept_if_usable())
        column.addWidget(self.list, 1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.details)
        column.addLayout(self._folder_row())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Create Audit"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept_if_usable)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self.reload()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _folder_row(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        self.folder_label = QLabel()
        rows.addWidget(self.folder_label)
        row = QHBoxLayout()
        row.addStretch(1)
        rows.addLayout(row)
        self.folder_button = QPushButton(self.tr("Bank Fol&der…"))
        self.folder_button.setToolTip(self.tr("The folder where you keep your question banks"))
        self.folder_button.clicked.connect(self.choose_folder)
        row.addWidget(self.folder_button)
        self.open_button = QPushButton(self.tr("Open a Bank &File…"))
        self.open_button.setToolTip(self.tr("A question bank file (.toml or .xlsx) kept anywhere"))
        self.open_button.clicked.connect(self.open_file)
        row.addWidget(self.open_button)
        return rows

    # --- the list

    def reload(self, select: Path | None = None) -> None:
        """The shipped bank, then the bank folder's files; ``select`` one of them."""
        folder = self.settings.bank_folder()
        self.options = [BankOption(default_bank(), None)]
        if folder is not None:
            self.options += [
                BankOption(entry.bank, entry.path, entry.problem) for entry in list_banks(folder)
            ]
            # a long path is shortened in its middle; the tooltip holds it whole
            elided = self.folder_label.fontMetrics().elidedText(
                str(folder), Qt.TextElideMode.ElideMiddle, 440
            )
            self.folder_label.setText(self.tr("Bank folder: %1").replace("%1", elided))
            self.folder_label.setToolTip(str(folder))
        else:
            self.folder_label.setText(self.tr("No bank folder chosen yet."))
        self._fill(select)

    def _fill(self, select: Path | None) -> None:
        lang = current_language()
        self.list.clear()
        row = 0
        for index, option in enumerate(self.options):
            item = QListWidgetItem(self._label(option, lang))
            if option.bank is None:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
            if select is not None and option.path == select:
                row = index
        self.list.setCurrentRow(row)

    def _label(self, option: BankOption, lang: str) -> str:
        if option.bank is None:
            name = option.path.name if option.path else ""
            return self.tr("%1 — cannot be used").replace("%1", name)
        title = f"{option.bank.title.get(lang)} — {option.bank.version}"
        if option.path is None:
            return self.tr("%1 (shipped with Vigie)").replace("%1", title)
        return f"{title} ({option.path.name})"

    def _show_details(self, row: int) -> None:
        option = self.options[row] if 0 <= row < len(self.options) else None
        self.ok.setEnabled(option is not None and option.bank is not None)
        if option is None:
            self.details.setText("")
            return
        if option.bank is None:
            self.details.setText(shown(option.problem))
            return
        bank = option.bank
        text = (
            self.tr("Groups: %1 · sections: %2 · criteria: %3 · levels 0–%4 · legal items: %5")
            .replace("%1", str(len(bank.groups)))
            .replace("%2", str(len(bank.sections)))
            .replace("%3", str(len(bank.criteria())))
            .replace("%4", str(bank.max_level))
            .replace("%5", str(len(bank.legal)))
        )
        notice = missing_language_notice(bank, current_language())
        self.details.setText(f"{text}\n{notice}" if notice else text)

    # --- gestures

    def choose_folder(self) -> None:
        current = self.settings.bank_folder()
        folder = dialogs.get_directory(
            self, self.tr("Choose your bank folder"), str(current or self.settings.last_directory())
        )
        if folder is not None:
            self.settings.set_bank_folder(folder)
            self.reload()

    def open_file(self) -> None:
        folder = self.settings.bank_folder()
        path = dialogs.get_open_path(
            self,
            self.tr("Open a question bank"),
            str(folder or self.settings.last_directory()),
            dialogs.bank_filter(),
        )
        if path is None:
            return
        try:
            bank = read_bank_file(path)
        except BankError as exc:
            lines = [shown(problem) for problem in exc.problems[:8]]
            dialogs.warn(
                self,
                self.tr("Cannot use this bank"),
                self.tr("%1 cannot be used as a question bank:").replace("%1", path.name),
                "\n".join(lines + (["…"] if len(exc.problems) > 8 else [])),
            )
            return
        self.options = [o for o in self.options if o.path != path]
        self.options.append(BankOption(bank, path))
        self._fill(path)

    def _accept_if_usable(self) -> None:
        if self.chosen() is not None:
            self.accept()

    def chosen(self) -> Framework | None:
        row = self.list.currentRow()
        if 0 <= row < len(self.options):
            return self.options[row].bank
        return None


def choose_bank(parent: QWidget | None, settings: AppSettings) -> Framework | None:
    """Ask which bank the new audit uses; None when cancelled."""
    dialog = BankChoiceDialog(settings, parent)
    try:
        if modal.run(dialog):
            chosen = dialog.chosen()
            return chosen.model_copy(deep=True) if chosen is not None else None
        return None
    finally:
        dialog.deleteLater()
