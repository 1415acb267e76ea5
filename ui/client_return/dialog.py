"""File → Import Client Workbook: review what the client changed, then apply it.

The core reads the returned workbook and lists every change field by field
(:mod:`wizard.returned`); this dialog shows them grouped by sheet, lets the reviewer accept or
reject each one (or all), shows refused values with their reason, and applies the accepted
ones as a single step on the document's undo stack, with a note of who sent the workbook
and when it came in. Nothing in the audit changes before "Apply".
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs, i18n
from ui.client_return.model import ClientReturnModel
from ui.long_work import WorkCancelled, run_with_progress
from ui.undo_commands import EditCommand, push_edit
from ui.widgets import modal
from wizard.messages import localise
from wizard.returned import (
    AppliedSummary,
    ChangeKind,
    ChangeSet,
    ForeignWorkbookError,
    ReturnedWorkbookError,
    apply_changes,
    review_workbook,
)


class ApplyClientReturn(EditCommand):
    """The accepted changes of one returned workbook: one undo step."""

    def __init__(
        self, document, changeset: ChangeSet, accepted: set[str], returned_by: str, text: str
    ) -> None:
        super().__init__(document, text)
        self.changeset, self.accepted, self.returned_by = changeset, set(accepted), returned_by
        self.summary: AppliedSummary | None = None
        self.received: datetime | None = None

    def apply(self) -> None:
        self.summary = apply_changes(
            self.audit,
            self.changeset,
            self.accepted,
            returned_by=self.returned_by,
            received=self.received,
        )
        if self.summary.client_return is not None:
            self.received = self.summary.client_return.received
        self._notify(reverted=False)

    def revert(self) -> None:
        if self.summary is not None:
            self.summary.revert()
        self._notify(reverted=True)

    def _notify(self, reverted: bool) -> None:
        """The same signals the single edits send, so every view refreshes."""
        events = self.events
        chosen = self.changeset.selected(self.accepted)
        accounts = [c for c in chosen if c.table == "inventory"]
        added = [c.item_id for c in accounts if c.kind is ChangeKind.NEW]
        gone = [c.item_id for c in accounts if c.kind is ChangeKind.DELETED]
        inserted, removed = (gone, added) if reverted else (added, gone)
        if removed:
            events.sig_accounts_removed.emit(removed)
        if inserted:
            events.sig_accounts_inserted.emit(inserted)
        changed = {c.item_id for c in chosen if c.kind is ChangeKind.UPDATE}
        for change in chosen:
            if change.kind is not ChangeKind.UPDATE or change.item_id not in changed:
                continue
            changed.discard(change.item_id)
            if change.table == "inventory" and change.item_id not in gone:
                events.sig_account_changed.emit(change.item_id)
            elif change.table == "assessment":
                events.sig_answer_changed.emit(change.item_id)
            elif change.table == "legal":
                events.sig_legal_changed.emit(change.item_id)
        for kind in ("risks", "actions"):
            if any(c.table == kind for c in chosen):
                events.sig_records_changed.emit(kind)


class ClientReturnDialog(QDialog):
    def __init__(self, changeset: ChangeSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("client-return-dialog")
        self.changeset = changeset
        self.model = ClientReturnModel(changeset, i18n.current_language(), self)
        self.setWindowTitle(self.tr("Client changes in %1").replace("%1", changeset.file_name))
        self.resize(1000, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Tick the changes to apply. Refused values are listed with the reason and are "
                "never applied; rows the client deleted are deleted here only if you tick them."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if changeset.warnings:
            lang = i18n.current_language()
            notes = QPlainTextEdit("\n".join(localise(w, lang) for w in changeset.warnings))
            notes.setObjectName("client-return-warnings")
            notes.setReadOnly(True)
            notes.setMaximumHeight(90)
            notes.setAccessibleName(self.tr("Warnings"))
            layout.addWidget(notes)
        self.view = QTreeView()
        self.view.setObjectName("client-return-changes")
        self.view.setAccessibleName(self.tr("Changes found in the workbook"))
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.expandAll()
        header = self.view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((300, 140, 160, 160)):
            self.view.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._build_bottom())
        self.model.dataChanged.connect(self._update_count)
        self._update_count()

    def _build_bottom(self) -> QVBoxLayout:
        form = QFormLayout()
        self.returned_by_edit = QLineEdit()
        self.returned_by_edit.setObjectName("client-return-by")
        self.returned_by_edit.setPlaceholderText(self.tr("Optional: name or role"))
        self.returned_by_edit.setMaxLength(200)
        form.addRow(self.tr("&Returned by:"), self.returned_by_edit)
        row = QHBoxLayout()
        self.accept_all_button = QPushButton(self.tr("&Accept All"))
        self.reject_all_button = QPushButton(self.tr("Re&ject All"))
        self.accept_all_button.clicked.connect(lambda: self.model.set_all(True))
        self.reject_all_button.clicked.connect(lambda: self.model.set_all(False))
        row.addWidget(self.accept_all_button)
        row.addWidget(self.reject_all_button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        bottom = QVBoxLayout()
        bottom.addLayout(form)
        bottom.addLayout(row)
        return bottom

    def _update_count(self, *_args) -> None:
        count = self.model.accepted_count()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Apply %n Change(s)", "", count))
        ok.setEnabled(count > 0)

    def accepted_keys(self) -> set[str]:
        return set(self.model.accepted)

    def returned_by(self) -> str:
        return self.returned_by_edit.text()


def _review(parent: QWidget | None, document, path: Path) -> ChangeSet | None:
    """The review of ``path``, asking before a foreign workbook is read as new data."""
    translate = QGuiApplication.translate
    title = translate("ClientReturnDialog", "Import client workbook")
    lang = i18n.current_language()
    reading = translate("ClientReturnDialog", "Reading the client's workbook…")
    try:
        try:
            return run_with_progress(
                parent, reading, lambda _p, _c: review_workbook(document.audit, path, lang=lang)
            )
        except ForeignWorkbookError as exc:
            question = translate(
                "ClientReturnDialog",
                "This workbook was exported from another audit. Import its rows as new data?",
            )
            reason = localise(exc.reason, lang)
            if not dialogs.ask_yes_no(parent, title, f"{question}\n\n{reason}"):
                return None
            return run_with_progress(
                parent,
                reading,
                lambda _p, _c: review_workbook(document.audit, path, allow_foreign=True, lang=lang),
            )
    except WorkCancelled:
        return None
    except ReturnedWorkbookError as exc:
        text = translate("ClientReturnDialog", "This workbook cannot be read.")
        dialogs.warn(parent, title, text, localise(exc.reason, lang))
        return None


def import_client_workbook(
    document, parent: QWidget | None = None, path: Path | None = None
) -> ApplyClientReturn | None:
    """Choose a returned workbook, review it, apply what is accepted as one undo step.

    Returns the command pushed, or None when nothing was applied."""
    translate = QGuiApplication.translate
    title = translate("ClientReturnDialog", "Import client workbook")
    if document.read_only:
        return None
    if path is None:
        path = dialogs.get_open_path(parent, title, "", dialogs.workbook_filter())
        if path is None:
            return None
    changeset = _review(parent, document, path)
    if changeset is None:
        return None
    if changeset.empty:
        text = translate("ClientReturnDialog", "The workbook holds no change to this audit.")
        warnings = [localise(w, i18n.current_language()) for w in changeset.warnings]
        dialogs.info(parent, title, "\n\n".join([text, *warnings]))
        return None
    dialog = ClientReturnDialog(changeset, parent)
    try:
        if not modal.run(dialog):
            return None
        accepted, returned_by = dialog.accepted_keys(), dialog.returned_by()
    finally:
        dialog.deleteLater()
    text = translate("ClientReturnDialog", "Import client workbook %1").replace("%1", path.name)
    command = ApplyClientReturn(document, changeset, accepted, returned_by, text)
    push_edit(document, command)
    return command
