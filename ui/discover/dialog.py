"""File → Discover Accounts from Web Pages…: choose saved pages, read them, act on three lists.

The user adds sources (typed or pasted paths, files, folders), reads them off the GUI thread
(:class:`~ui.discover.worker.ScanWorker`, progress and Cancel), and sees three lists: found
but not in the inventory (checkboxes; "Not Ours" keeps a partner's account from being
proposed again), linked from an official page, linked from no page. "Add and Record" applies
everything as one undo step (:class:`~ui.discover.worker.ApplyDiscovery`). The dialog holds
no audit logic: scanning, comparing and recording are :mod:`wizard.discovery`'s.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs
from ui.discover.worker import ApplyDiscovery, ScanWorker
from ui.i18n import current_language
from ui.undo_commands import push_edit
from ui.widgets import modal
from wizard.audit.edits import EditError
from wizard.discovery import DiscoveryError, DiscoveryPlan, FoundAccount, ScanResult, compare
from wizard.messages import localise
from wizard.platforms import platform_name
from wizard.scoring.rules.common import account_name

KEY_ROLE = Qt.ItemDataRole.UserRole


class DiscoverDialog(QDialog):
    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.worker: ScanWorker | None = None
        self.plan: DiscoveryPlan | None = None
        self.not_ours: set[str] = set()
        self.command: ApplyDiscovery | None = None
        self.setWindowTitle(self.tr("Discover Accounts from Web Pages"))
        self.resize(900, 620)
        self._build()
        self._update_buttons()

    # --- building

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)  # Enter in the path field adds the path, nothing else
        return button

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Vigie reads web pages you saved (it never goes online): a page, a folder of "
                "pages, a sitemap.xml beside its pages, a bookmarks export or a HAR archive. "
                "It lists the accounts they link to and sets them against the inventory."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("Type or paste a file or folder path"))
        path_label = QLabel(self.tr("&Path:"), self)
        path_label.setBuddy(self.path_edit)
        self.add_path_button = self._button(self.tr("A&dd"))
        self.add_files_button = self._button(self.tr("Add &Files…"))
        self.add_folder_button = self._button(self.tr("Add F&older…"))
        self.remove_button = self._button(self.tr("Re&move"))
        self.sources_list = QListWidget(self)
        self.sources_list.setMaximumHeight(90)
        self.scan_button = self._button(self.tr("&Read the Pages"))
        self.cancel_button = self._button(self.tr("&Cancel Reading"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.new_list = self._tree(
            [self.tr("Platform"), self.tr("Account"), self.tr("Found on"), self.tr("Link text")],
            (140, 180, 330),
        )
        self.not_ours_button = self._button(self.tr("&Not Ours"))
        self.not_ours_button.setToolTip(
            self.tr("A partner's or someone else's account: never proposed again for this audit")
        )
        new_page = QWidget(self)
        new_layout = QVBoxLayout(new_page)
        new_layout.addWidget(self.new_list)
        new_row = QHBoxLayout()
        new_row.addWidget(self.not_ours_button)
        new_row.addStretch(1)
        new_layout.addLayout(new_row)
        self.linked_list = self._tree([self.tr("Account"), self.tr("Linked from")], (320,))
        self.unlinked_list = self._tree([self.tr("Account")])
        self.warnings_text = QPlainTextEdit(self)
        self.warnings_text.setReadOnly(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(new_page, "")
        self.tabs.addTab(self.linked_list, "")
        self.tabs.addTab(self.unlinked_list, "")
        self.tabs.addTab(self.warnings_text, "")
        self._name_tabs()

        self.apply_button = self._button(self.tr("&Add and Record"))
        self.close_button = self._button(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        path_row = QHBoxLayout()
        path_row.addWidget(path_label)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.add_path_button)
        layout.addLayout(path_row)
        layout.addWidget(self.sources_list)
        source_row = QHBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.remove_button):
            source_row.addWidget(button)
        source_row.addStretch(1)
        source_row.addWidget(self.scan_button)
        source_row.addWidget(self.progress)
        source_row.addWidget(self.cancel_button)
        layout.addLayout(source_row)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        end_row = QHBoxLayout()
        end_row.addStretch(1)
        end_row.addWidget(self.apply_button)
        end_row.addWidget(self.close_button)
        layout.addLayout(end_row)

        self.path_edit.returnPressed.connect(self.add_typed_path)
        self.add_path_button.clicked.connect(self.add_typed_path)
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self.remove_source)
        self.scan_button.clicked.connect(self.start_scan)
        self.cancel_button.clicked.connect(self.cancel_scan)
        self.not_ours_button.clicked.connect(self.toggle_not_ours)
        self.apply_button.clicked.connect(self.confirm)
        self.close_button.clicked.connect(self.reject)
        self.new_list.itemChanged.connect(lambda *_args: self._update_buttons())
        self.new_list.currentItemChanged.connect(lambda *_args: self._update_buttons())
        self.sources_list.currentRowChanged.connect(lambda *_args: self._update_buttons())
        self.path_edit.setFocus()

    def _tree(self, headers: list[str], widths: tuple[int, ...] = ()) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a page's end says which page
        for column, width in enumerate(widths):
            tree.setColumnWidth(column, width)
        return tree

    def _name_tabs(self) -> None:
        plan = self.plan
        counts = (
            (len(plan.new), len(plan.linked), len(plan.unlinked), len(plan.scan.warnings))
            if plan is not None
            else (0, 0, 0, 0)
        )
        titles = (
            self.tr("Not in the Inventory (%1)"),
            self.tr("Linked from the Site (%1)"),
            self.tr("Linked from No Page (%1)"),
            self.tr("Warnings (%1)"),
        )
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, title.replace("%1", str(count)))

    # --- sources

    def sources(self) -> list[Path]:
        return [Path(self.sources_list.item(i).text()) for i in range(self.sources_list.count())]

    def add_source(self, path: Path) -> None:
        if str(path) not in {str(p) for p in self.sources()}:
            self.sources_list.addItem(str(path))
        self._update_buttons()

    def add_typed_path(self) -> None:
        text = self.path_edit.text().strip().strip("\"'")
        if not text:
            return
        path = Path(text).expanduser()
        if not path.exists():
            self.status.setText(self.tr("%1: no such file or folder").replace("%1", text))
            return
        self.add_source(path)
        self.path_edit.clear()
        self.status.clear()

    def choose_files(self) -> None:
        filters = self.tr(
            "Saved pages and exports (*.html *.htm *.xhtml *.shtml *.xml *.json *.har);;"
            "All files (*)"
        )
        for path in dialogs.get_open_paths(self, self.tr("Add Saved Pages"), "", filters):
            self.add_source(path)

    def choose_folder(self) -> None:
        path = dialogs.get_directory(self, self.tr("Add a Folder of Saved Pages"), "")
        if path is not None:
            self.add_source(path)

    def remove_source(self) -> None:
        row = self.sources_list.currentRow()
        if row >= 0:
            self.sources_list.takeItem(row)
        self._update_buttons()

    # --- scanning

    def is_busy(self) -> bool:
        return self.worker is not None

    def start_scan(self) -> None:
        sources = self.sources()
        if not sources or self.is_busy():
            return
        worker = ScanWorker(sources, self)
        worker.sig_progress.connect(self._on_progress)
        worker.sig_done.connect(self._on_done)
        worker.sig_failed.connect(self._on_failed)
        worker.sig_cancelled.connect(self._on_cancelled)
        self.worker = worker
        self.progress.show()
        self.status.setText(self.tr("Reading…"))
        self._update_buttons()
        self.cancel_button.setFocus()
        worker.start()

    def cancel_scan(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _finish(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        self.progress.hide()
        self._update_buttons()

    def _on_progress(self, done: int, label: str) -> None:
        self.status.setText(
            self.tr("Reading page %1: %2").replace("%1", str(done + 1)).replace("%2", label)
        )

    def _on_done(self, result: ScanResult) -> None:
        self._finish()
        self.show_plan(compare(result, self.document.audit))
        self.scan_button.setDefault(False)
        self.tabs.setFocus()

    def _on_failed(self, reason: str) -> None:
        self._finish()
        self.status.setText(reason)
        self.scan_button.setFocus()

    def _on_cancelled(self) -> None:
        self._finish()
        self.status.setText(self.tr("Reading cancelled; nothing changed."))
        self.scan_button.setFocus()

    # --- the three lists

    def show_plan(self, plan: DiscoveryPlan) -> None:
        self.plan = plan
        lang = current_language()
        result = plan.scan
        summary = self.tr("%1 pages read, %2 accounts found, %3 share links ignored.")
        summary = summary.replace("%1", str(result.pages)).replace("%2", str(len(result.accounts)))
        summary = summary.replace("%3", str(result.share_links))
        if plan.not_ours:
            summary += " " + self.tr("%1 marked “not ours” earlier, not proposed.").replace(
                "%1", str(len(plan.not_ours))
            )
        self.status.setText(summary)
        self.new_list.blockSignals(True)
        self.new_list.clear()
        for found in plan.new:
            self.new_list.addTopLevelItem(self._found_item(found, lang))
        self.new_list.blockSignals(False)
        first = self.new_list.topLevelItem(0)
        if first is not None:
            self.new_list.setCurrentItem(first)
        self.linked_list.clear()
        for account, found in plan.linked:
            self.linked_list.addTopLevelItem(
                QTreeWidgetItem([account_name(account), found.first.page])
            )
        self.unlinked_list.clear()
        for account in plan.unlinked:
            self.unlinked_list.addTopLevelItem(QTreeWidgetItem([account_name(account)]))
        self.warnings_text.setPlainText("\n".join(localise(w, lang) for w in result.warnings))
        self._name_tabs()
        self._update_buttons()

    def _found_item(self, found: FoundAccount, lang: str) -> QTreeWidgetItem:
        first = found.first
        pages = len(found.pages)
        where = first.page if pages == 1 else f"{first.page} (+{pages - 1})"
        item = QTreeWidgetItem(
            [platform_name(found.platform, lang), found.handle, where, first.text]
        )
        item.setData(0, KEY_ROLE, found.key)
        item.setToolTip(1, found.url)
        item.setToolTip(2, "\n".join(found.pages))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked)
        return item

    def toggle_not_ours(self) -> None:
        """Mark the current found account "not ours" (or take the mark back)."""
        item = self.new_list.currentItem()
        if item is None:
            return
        key = item.data(0, KEY_ROLE)
        marked = key not in self.not_ours
        if marked:
            self.not_ours.add(key)
        else:
            self.not_ours.discard(key)
        self.new_list.blockSignals(True)
        font = QFont(item.font(0))
        font.setStrikeOut(marked)
        for column in range(self.new_list.columnCount()):
            item.setFont(column, font)
        item.setCheckState(0, Qt.CheckState.Unchecked if marked else Qt.CheckState.Checked)
        flags = item.flags()
        checkable = Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags & ~checkable if marked else flags | checkable)
        item.setText(3, self.tr("Not ours") if marked else (self._found(key).first.text))
        self.new_list.blockSignals(False)
        self._update_buttons()

    def _found(self, key: str) -> FoundAccount:
        assert self.plan is not None
        return next(f for f in self.plan.new if f.key == key)

    def checked_keys(self) -> list[str]:
        keys = []
        for index in range(self.new_list.topLevelItemCount()):
            item = self.new_list.topLevelItem(index)
            if item is None:
                continue
            key = item.data(0, KEY_ROLE)
            if item.checkState(0) == Qt.CheckState.Checked and key not in self.not_ours:
                keys.append(key)
        return keys

    # --- buttons

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        read_only = bool(getattr(self.document, "read_only", False))
        self.scan_button.setEnabled(not busy and self.sources_list.count() > 0)
        self.cancel_button.setEnabled(busy)
        self.remove_button.setEnabled(not busy and self.sources_list.currentRow() >= 0)
        for button in (self.add_path_button, self.add_files_button, self.add_folder_button):
            button.setEnabled(not busy)
        self.not_ours_button.setEnabled(self.new_list.currentItem() is not None and not busy)
        self.apply_button.setEnabled(self.plan is not None and not busy and not read_only)

    # --- confirming

    def confirm(self) -> None:
        """Record the discovery as one undoable step, then close."""
        if self.plan is None or self.is_busy() or self.document.read_only:
            return
        add = self.checked_keys()
        text = self.tr("Discover accounts: %n added", "", len(add))
        command = ApplyDiscovery(self.document, self.plan, add, sorted(self.not_ours), text)
        try:
            push_edit(self.document, command)
        except (DiscoveryError, EditError) as exc:
            self.status.setText(localise(getattr(exc, "reason", str(exc)), current_language()))
            return
        self.command = command
        self.accept()

    def done(self, result: int) -> None:
        self.shutdown()
        super().done(result)

    def shutdown(self) -> None:
        """Stop a scan still running (closing the dialog cancels it)."""
        if self.worker is not None:
            self.worker.cancel()
            self._finish()


def discover_accounts(document, parent: QWidget | None = None) -> ApplyDiscovery | None:
    """Run the dialog; the command pushed when the user recorded a discovery, else None."""
    return modal.run_for_command(DiscoverDialog(document, parent))
