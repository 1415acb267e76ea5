"""The main window's actions and menus, with standard shortcuts and translatable texts.

Texts are set in :meth:`WindowActions.retranslate` (called again on a language change);
shortcuts come from ``QKeySequence.StandardKey`` so each platform gets its usual keys.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

Key = QKeySequence.StandardKey


class WindowActions(QObject):
    sig_recent_chosen = Signal(Path)
    """An entry of File → Open Recent was chosen."""
    sig_language_chosen = Signal(str)
    """View → Language: ``"fr"``, ``"en"`` or ``"system"``."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

        def action(shortcut=None) -> QAction:
            made = QAction(window)
            if shortcut is not None:
                made.setShortcuts(
                    QKeySequence.keyBindings(shortcut)
                    if isinstance(shortcut, Key)
                    else [QKeySequence(shortcut)]
                )
            return made

        self.new = action(Key.New)
        self.new_on_bank = action()
        self.open = action(Key.Open)
        self.start_previous = action()
        self.save = action(Key.Save)
        self.save_as = action(Key.SaveAs)
        self.import_accounts = action("Ctrl+I")
        self.import_client = action()
        self.discover = action()
        self.merge = action()
        self.export = action("Ctrl+E")
        self.export_report = action()
        self.quit = action(Key.Quit)
        self.undo = action(Key.Undo)
        self.redo = action(Key.Redo)
        self.find = action(Key.Find)
        self.consultant_profile = action()
        self.guide = action(Key.HelpContents)
        self.about = action()
        self.language_group = QActionGroup(window)
        self.language_group.setExclusive(True)
        self.languages: dict[str, QAction] = {}
        for code in ("fr", "en", "system"):
            made = action()
            made.setCheckable(True)
            made.setData(code)
            self.language_group.addAction(made)
            made.triggered.connect(lambda _checked=False, c=code: self.sig_language_chosen.emit(c))
            self.languages[code] = made
        self.file_menu = QMenu(window)
        self.recent_menu = QMenu(window)
        self.edit_menu = QMenu(window)
        self.view_menu = QMenu(window)
        self.language_menu = QMenu(window)
        self.help_menu = QMenu(window)
        self._build_menus()
        self.retranslate()

    def _build_menus(self) -> None:
        file_menu = self.file_menu
        file_menu.addAction(self.new)
        file_menu.addAction(self.new_on_bank)
        file_menu.addAction(self.open)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.start_previous)
        file_menu.addSeparator()
        file_menu.addAction(self.save)
        file_menu.addAction(self.save_as)
        file_menu.addSeparator()
        file_menu.addAction(self.import_accounts)
        file_menu.addAction(self.import_client)
        file_menu.addAction(self.discover)
        file_menu.addAction(self.merge)
        file_menu.addAction(self.export)
        file_menu.addAction(self.export_report)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        self.edit_menu.addAction(self.undo)
        self.edit_menu.addAction(self.redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.consultant_profile)
        for made in self.languages.values():
            self.language_menu.addAction(made)
        self.view_menu.addMenu(self.language_menu)
        self.help_menu.addAction(self.guide)
        self.help_menu.addAction(self.about)
        bar = self.window.menuBar()
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        texts = {
            self.new: (self.tr("&New Audit"), self.tr("Start a new, empty audit")),
            self.new_on_bank: (
                self.tr("New Audit on a &Question Bank…"),
                self.tr("Start a new audit on a question bank of your own"),
            ),
            self.open: (self.tr("&Open…"), self.tr("Open an audit file")),
            self.start_previous: (
                self.tr("Start from Last &Year's Audit…"),
                self.tr("A new audit with last year's inventory, its levels as hints"),
            ),
            self.save: (self.tr("&Save"), self.tr("Save the audit")),
            self.save_as: (self.tr("Save &As…"), self.tr("Save the audit under another name")),
            self.import_accounts: (
                self.tr("&Import Accounts…"),
                self.tr("Add accounts from a CSV, Excel or text list"),
            ),
            self.import_client: (
                self.tr("Import &Client Workbook…"),
                self.tr("Review and apply the changes a client made in an exported workbook"),
            ),
            self.discover: (
                self.tr("&Discover Accounts from Web Pages…"),
                self.tr("Find the accounts the organisation's saved web pages link to"),
            ),
            self.merge: (
                self.tr("&Merge with Another Session…"),
                self.tr("Combine another auditor's copy of this audit, conflict by conflict"),
            ),
            self.export: (self.tr("&Export Workbook…"), self.tr("Write the Excel workbook")),
            self.export_report: (
                self.tr("Export &Report…"),
                self.tr("Write the audit report as an editable Word document"),
            ),
            self.quit: (self.tr("&Quit"), self.tr("Close Vigie")),
            self.undo: (self.tr("&Undo"), self.tr("Undo the last change")),
            self.redo: (self.tr("&Redo"), self.tr("Redo the change undone")),
            self.find: (self.tr("&Find in Inventory"), self.tr("Search the account inventory")),
            self.consultant_profile: (
                self.tr("&Consultant Profile…"),
                self.tr("Your firm, logo, colour and lines for the deliverables"),
            ),
            self.guide: (self.tr("&User Guide"), self.tr("How to run an audit with Vigie")),
            self.about: (self.tr("&About Vigie"), self.tr("Version and licence")),
        }
        for made, (text, tip) in texts.items():
            made.setText(text)
            made.setStatusTip(tip)
            made.setToolTip(tip)
        self.languages["fr"].setText("Français")
        self.languages["en"].setText("English")
        self.languages["system"].setText(self.tr("&System Language"))

    def set_language_checked(self, choice: str) -> None:
        self.languages.get(choice, self.languages["system"]).setChecked(True)

    def set_recent(self, entries: list[tuple[Path, str]]) -> None:
        """(path, label) of the recent audits, most recent first."""
        self.recent_menu.clear()
        for number, (path, label) in enumerate(entries, start=1):
            made = self.recent_menu.addAction(f"&{number % 10} {label}")
            made.setToolTip(str(path))
            made.setStatusTip(str(path))
            made.triggered.connect(lambda _checked=False, p=path: self.sig_recent_chosen.emit(p))
        if not entries:
            empty = self.recent_menu.addAction(self.tr("No recent audits"))
            empty.setEnabled(False)
        self.recent_menu.setEnabled(True)
