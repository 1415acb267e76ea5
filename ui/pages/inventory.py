"""Step 2, the account inventory: a sortable, filterable table with a detail form.

The table is a view over :class:`AccountsModel` through :class:`AccountFilter`, filtered by
the row of :mod:`ui.pages.inventory_filters`; every change goes through the document's undo
stack.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui.formats import plural
from ui.models import account_fields
from ui.models.account_filter import AccountFilter
from ui.models.accounts_model import (
    COL_CREDENTIALS,
    COL_DISPLAY_NAME,
    COL_FOLLOWERS,
    COL_HANDLE,
    COL_KIND,
    COL_LAST_POST,
    COL_MFA,
    COL_OWNING_UNIT,
    COL_PLATFORM,
    COL_PROBLEMS,
    COL_RECOMMENDATION,
    COL_STATUS,
    AccountsModel,
)
from ui.models.roles import RECORD_ID_ROLE
from ui.pages.inventory_filters import InventoryFilters
from ui.read_only import lock_editors
from ui.refusals import readable_problem, refusal_text
from ui.undo_commands import DuplicateAccount, InsertAccounts, RemoveAccounts, push_edit
from ui.widgets import modal
from ui.widgets.account_form import AccountForm
from ui.widgets.badge_delegate import BadgeDelegate
from ui.widgets.delegates import FieldDelegate
from ui.widgets.fields import WarningLabel
from ui.widgets.next_turn import after_next_paint
from wizard.audit.edits import EditError
from wizard.audit.model import Account

WARM_SLICE = 400
"""Accounts worked out per turn of the event loop while a big inventory warms up (some
tens of milliseconds: the window keeps answering)."""

FORM_WIDTH = 400
"""Starting width of the detail form beside the table (the splitter lets the user move it)."""


class InventoryPage(QWizardPage):
    def __init__(self, document, today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.setTitle(self.tr("Account inventory"))
        self.setSubTitle(self.tr("Every account the organisation has, or that claims to be it."))
        self.model = AccountsModel(document, today, self)
        self.proxy = AccountFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.model.sig_edit_refused.connect(self._on_refused)
        self.model.dataChanged.connect(self._warn_if_duplicate)
        # a filter change can emit thousands of row signals: count once, after them
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(0)
        self._counts_timer.timeout.connect(self.update_counts)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
            self.model.dataChanged,
        ):
            signal.connect(self._counts_timer.start)
        events = document.events
        events.sig_accounts_inserted.connect(self.filters.fill_platforms)
        events.sig_accounts_removed.connect(self.filters.fill_platforms)
        self._filled_for: tuple[int, str] | None = None
        self._fill_filters()
        self._warm_timer = QTimer(self)
        self._warm_timer.setInterval(0)
        self._warm_timer.timeout.connect(self._warm_step)
        self._start_warming()

    # --- building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_toolbar())
        self.filters = InventoryFilters(self.proxy, self.model)
        self.filter_edit = self.filters.text
        self.platform_filter = self.filters.platform
        self.status_filter = self.filters.status
        self.problem_filter = self.filters.problem
        layout.addLayout(self.filters.row)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setModel(self.proxy)
        # no sort indicator first, or enabling sorting sorts by column 0 at once
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setItemDelegate(FieldDelegate(self.table))
        self.table.setItemDelegateForColumn(COL_PROBLEMS, BadgeDelegate(self.table))
        # one line a row: long values are elided, the cell's tooltip holds the full text
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        rows.setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._size_columns()
        self.table.addAction(self.delete_action)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.form = AccountForm(self.model)  # its editors come after the table's first paint
        self._form_pending = False
        self.form.sig_built.connect(self._on_form_built)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([600, FORM_WIDTH])
        layout.addWidget(self.splitter, 1)
        self.counts = QLabel()
        self.counts.setAccessibleName(self.tr("Counts"))
        layout.addWidget(self.counts)
        self.refusal = WarningLabel()  # a value refused in the table: why, not a pop-up
        layout.addWidget(self.refusal)
        self.setTabOrder(self.filter_edit, self.platform_filter)
        self.setTabOrder(self.platform_filter, self.status_filter)
        self.setTabOrder(self.status_filter, self.problem_filter)
        self.setTabOrder(self.problem_filter, self.table)
        self.setTabOrder(self.table, self.form)

    def showEvent(self, event: QShowEvent) -> None:
        """Shown for the first time: the form is built on the turn after the table's first
        paint (unless something needed it before)."""
        super().showEvent(event)
        if not self.form.built and not self._form_pending:
            self._form_pending = True
            after_next_paint(self.table.viewport(), self.form.build)

    def _on_form_built(self) -> None:
        """The form's editors, built after the page, come after the table when tabbing (and
        before the wizard's Back and Next once the page is shown); locked like the rest of
        the page in a read-only audit."""
        if self.document.read_only:
            lock_editors(self.form)
        self.setTabOrder(self.table, self.form)
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self and hasattr(wizard, "order_tabs"):
            wizard.order_tabs(self)

    def _size_columns(self) -> None:
        """Starting widths that fit the usual values in the interface language."""
        metrics = self.table.fontMetrics()
        lang = self.model.lang

        def fit(field: str, minimum: int) -> int:
            texts = [text for _value, text in account_fields.choices(field, lang) or []]
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            return max(minimum, widest + 24)

        widths = {
            COL_PLATFORM: 110,
            COL_HANDLE: 130,
            COL_DISPLAY_NAME: 160,
            COL_KIND: fit("kind", 120),
            COL_STATUS: fit("status", 80),
            COL_OWNING_UNIT: 180,
            COL_MFA: fit("mfa", 70),
            COL_CREDENTIALS: fit("credentials", 100),
            COL_FOLLOWERS: 90,
            COL_LAST_POST: 100,
            COL_RECOMMENDATION: 220,
            COL_PROBLEMS: 300,  # two or three badges, not a lone "…"
        }
        header = self.table.horizontalHeader()
        header_metrics = header.fontMetrics()
        for column, width in widths.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            # never narrower than its title ("Dernière publication" whole)
            width = max(width, header_metrics.horizontalAdvance(str(title)) + 28)
            self.table.setColumnWidth(column, width)

    def _action(
        self, text: str, shortcut, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
    ):
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(context)
        key = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({key})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_toolbar(self) -> QHBoxLayout:
        """Push buttons like every other page, each the face of an action (its shortcut)."""
        self.add_action = self._action(self.tr("&Add"), Qt.Key.Key_Insert, self.add_account)
        self.duplicate_action = self._action(
            self.tr("D&uplicate"), "Ctrl+D", self.duplicate_selected
        )
        self.delete_action = self._action(
            self.tr("&Delete"),
            QKeySequence.StandardKey.Delete,
            self.delete_selected,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.removeAction(self.delete_action)
        self.paste_action = self._action(self.tr("&Paste URLs…"), "Ctrl+Shift+V", self.paste_urls)
        # no shortcut of its own: File → Import Accounts (Ctrl+I) opens it from anywhere
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setToolTip(self.tr("Import accounts from a CSV, Excel or text file"))
        self.import_action.triggered.connect(self.import_accounts)
        row = QHBoxLayout()
        self.action_buttons: list[QPushButton] = []
        for action in (
            self.add_action,
            self.duplicate_action,
            self.delete_action,
            self.paste_action,
            self.import_action,
        ):
            button = QPushButton(action.text())
            button.setToolTip(action.toolTip())
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            self.action_buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        return row

    # --- wizard hooks

    def initializePage(self) -> None:
        """Re-read the audit if it changed since the model last read it: the engagement
        (official languages) moves problems."""
        if self.model.refresh_if_stale():
            self._start_warming()
        writable = not self.document.read_only
        self.add_action.setEnabled(writable)
        self._update_actions()
        self.paste_action.setEnabled(writable)
        self.import_action.setEnabled(writable)
        self._fill_filters()
        self.form.reload()
        self.update_counts()

    def _fill_filters(self) -> None:
        """Offer the choices again if the audit or the language changed since the last
        time (a pass over every account: not again for a page shown again unchanged)."""
        stamp = (self.document.revision, self.model.lang)
        if stamp != self._filled_for:
            self._filled_for = stamp
            self.filters.fill()

    def validatePage(self) -> bool:
        self.form.commit_pending()
        return True

    def _start_warming(self) -> None:
        """Work out the rows' facts a slice per event-loop turn, the first after the first
        paint (a small audit: at once)."""
        self._warm_timer.stop()
        if self.model.rowCount() <= WARM_SLICE:
            self.model.warm_all()
            self.update_counts()
        else:
            self.model.start_warming()
            self._warm_timer.start()

    def _warm_step(self) -> None:
        if self.model.warm(WARM_SLICE):
            self._warm_timer.stop()
        self.update_counts()

    # --- commands

    def focus_filter(self) -> None:
        """Edit → Find: put the cursor in the filter box."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def selected_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex()]
        return [index.siblingAtColumn(0).data(RECORD_ID_ROLE) for index in rows]

    def add_account(self) -> None:
        account = Account()
        self._push(InsertAccounts(self.document, [account], self.tr("Add account")))
        self.select_account(account.id, edit=True)

    def duplicate_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            command = DuplicateAccount(self.document, ids[0], self.tr("Duplicate account"))
            if self._push(command):
                self.select_account(command.accounts[0].id)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            text = self.tr("Delete %n account(s)", "", len(ids))
            self._push(RemoveAccounts(self.document, ids, text))

    def paste_urls(self) -> None:
        from ui.widgets.paste_dialog import PasteUrlsDialog  # lazy: only when asked for

        dialog = PasteUrlsDialog(self.document.audit, self)
        if modal.run(dialog) and dialog.result_accounts:
            accounts = dialog.result_accounts
            text = self.tr("Paste %n account(s)", "", len(accounts))
            if self._push(InsertAccounts(self.document, accounts, text)):
                self.select_account(accounts[0].id)
        dialog.deleteLater()

    def import_accounts(self) -> None:
        """The import dialog; the first account it added is selected."""
        from ui.import_accounts.dialog import import_accounts  # lazy: built on first use

        if self.document.read_only:
            return
        command = import_accounts(self.document, self)
        if command is not None and command.added:
            self.select_account(command.added[0].id)

    def _push(self, command) -> bool:
        try:
            push_edit(self.document, command)
        except EditError as exc:
            self._on_refused(str(exc))
            return False
        return True

    def select_account(self, account_id: str, edit: bool = False) -> None:
        row = self.model.row_of().get(account_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, COL_HANDLE))
        if not index.isValid():
            return
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)
        if edit:
            self.table.setFocus()
            self.table.edit(index)

    # --- reactions

    def _on_current_changed(self, current, _previous) -> None:
        self.form.set_account(current.data(RECORD_ID_ROLE) if current.isValid() else None)

    def _warn_if_duplicate(self, *_args) -> None:
        """An account typed or edited into one already listed: said at once, under the
        table (the row also shows a "Duplicate" badge and the filter finds it)."""
        account_id = self.form.account_id
        twins = self.model.twins_of(account_id) if account_id is not None else []
        if not twins:
            if self.refusal.property("duplicate"):
                self.refusal.setProperty("duplicate", False)
                self.refusal.show_message("")
            return
        twin = twins[0]
        name = account_fields.platform_name(twin.platform, self.model.lang)
        self.refusal.setProperty("duplicate", True)
        self.refusal.show_message(
            self.tr("This account is already in the inventory: %1 %2.")
            .replace("%1", name)
            .replace("%2", twin.handle or twin.url)
        )

    def _on_refused(self, message: str) -> None:
        field, _sep, problem = message.partition(": ")
        editor = self.form.editors.get(field)
        if editor is None or not problem:
            self.refusal.show_message(readable_problem(message))
            return
        self.refusal.show_message(refusal_text(editor.accessibleName(), problem))

    def _update_actions(self, *_args) -> None:
        """Duplicate and Delete only with a selection (and never read-only)."""
        chosen = bool(self.selected_ids()) and not self.document.read_only
        self.duplicate_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    def update_counts(self, *_args) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        parts = [
            plural(total, self.tr("%1 account"), self.tr("%1 accounts")),
            plural(shown, self.tr("%1 shown", "one"), self.tr("%1 shown", "many")),
        ]
        if not self.model.warming:  # else added once the warm-up has worked them out
            with_problems = self.model.count_with_problems()
            parts.append(self.tr("%1 with problems").replace("%1", str(with_problems)))
        self.counts.setText(", ".join(parts))
