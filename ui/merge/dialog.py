"""File → Merge with Another Session: combine another auditor's copy into this audit.

The core merges (:func:`wizard.teams.merge.merge_sessions`, this audit is "mine", the chosen file
"theirs"); this dialog shows each conflict side by side to resolve one by one or by a rule,
lists the items only one side has (all kept), and can re-run the merge against the common
starting file, which leaves only real conflicts. "Apply" is enabled once no conflict is
left; the merged audit then *replaces this document's audit as one undo step*, so Edit →
Undo brings the audit back as it was before the merge (chosen over opening a new document:
the merge is an edit of the audit one is working on, saved under its own name).
Two files of different audits (different ids) are merged only after the user confirms.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs, i18n
from ui.long_work import Cancel, Progress, WorkCancelled, run_with_progress
from ui.merge.models import ConflictModel, OneSidedModel
from ui.messages import error_text
from ui.undo_commands import EditCommand, push_edit
from ui.widgets import modal
from wizard.sessions import store
from wizard.sessions.session import Session
from wizard.teams.merge import DifferentAuditError, MergeError, MergeResult, Side, merge_sessions

translate = QCoreApplication.translate


class ApplyMerge(EditCommand):
    """The merged audit and its attachments in place of the document's: one undo step."""

    def __init__(self, document, merged: Session, text: str) -> None:
        super().__init__(document, text)
        session = document.session
        self.before = (session.audit, session.blobs)
        self.after = (merged.audit, merged.blobs)

    def _put(self, state) -> None:
        session = self.document.session
        session.audit, session.blobs = state
        self.events.sig_audit_replaced.emit()

    def apply(self) -> None:
        self._put(self.after)

    def revert(self) -> None:
        self._put(self.before)


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view


class MergeDialog(QDialog):
    def __init__(
        self,
        result: MergeResult,
        mine: Session,
        theirs: Session,
        theirs_name: str,
        force: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("merge-dialog")
        self.mine, self.theirs, self.force = mine, theirs, force
        self.lang = i18n.current_language()
        self.setWindowTitle(self.tr("Merge with %1").replace("%1", theirs_name))
        self.resize(1050, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "“Mine” is the audit open here, “theirs” is %1. Where both set a field to "
                "different values, choose which to keep. Items only one side has are all kept."
            ).replace("%1", theirs_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._build_base_row())
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Merge results"))
        layout.addWidget(self.tabs, 1)
        conflicts = QWidget()
        column = QVBoxLayout(conflicts)
        self.conflict_view = _table(None, self.tr("Conflicts"))
        column.addWidget(self.conflict_view, 1)
        column.addLayout(self._build_choice_row())
        self.tabs.addTab(conflicts, "")
        self.one_sided_view = _table(None, self.tr("Items kept from one side"))
        self.tabs.addTab(self.one_sided_view, "")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("merge-status")
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("&Apply the Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.set_result(result)

    # --- building

    def _build_base_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.base_label = QLabel(
            self.tr("Without the file both copies started from, every difference is a conflict.")
        )
        self.base_label.setWordWrap(True)
        self.base_button = QPushButton(self.tr("Use the &Common Starting File…"))
        self.base_button.setAccessibleName(self.tr("Choose the file both copies started from"))
        self.base_button.clicked.connect(self.choose_base)
        row.addWidget(self.base_label, 1)
        row.addWidget(self.base_button)
        return row

    def _build_choice_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.mine_button = QPushButton(self.tr("Keep &Mine"))
        self.mine_button.setAccessibleName(self.tr("Keep my value for the selected conflicts"))
        self.theirs_button = QPushButton(self.tr("Take &Theirs"))
        self.theirs_button.setAccessibleName(self.tr("Take their value for the selected conflicts"))
        self.mine_button.clicked.connect(lambda: self.choose_selected("mine"))
        self.theirs_button.clicked.connect(lambda: self.choose_selected("theirs"))
        self.rule = QComboBox()
        self.rule.addItem(self.tr("Prefer mine"), "mine")
        self.rule.addItem(self.tr("Prefer theirs"), "theirs")
        self.rule.addItem(self.tr("Prefer the most recently saved"), "recent")
        self.rule.setAccessibleName(self.tr("Rule for the remaining conflicts"))
        self.settle_button = QPushButton(self.tr("&Settle the Rest"))
        self.settle_button.setAccessibleName(self.tr("Settle every remaining conflict by the rule"))
        self.settle_button.clicked.connect(self.settle_rest)
        row.addWidget(self.mine_button)
        row.addWidget(self.theirs_button)
        row.addStretch(1)
        label = QLabel(self.tr("&Rule:"))
        label.setBuddy(self.rule)
        row.addWidget(label)
        row.addWidget(self.rule)
        row.addWidget(self.settle_button)
        return row

    # --- state

    def set_result(self, result: MergeResult) -> None:
        """Show a (new) merge result: conflicts, one-sided items, what is left to do."""
        self.merge_result = result
        old = self.conflict_view.model(), self.one_sided_view.model()
        self.model = ConflictModel(result, self.lang, self)
        self.one_sided = OneSidedModel(result.one_sided, self)
        self.conflict_view.setModel(self.model)
        self.one_sided_view.setModel(self.one_sided)
        for model in old:
            if model is not None:
                model.deleteLater()
        for column, width in enumerate((300, 180, 200, 200)):
            self.conflict_view.setColumnWidth(column, width)
        for column, width in enumerate((130, 380, 160)):
            self.one_sided_view.setColumnWidth(column, width)
        self.model.dataChanged.connect(self._update)
        self._update()

    def _update(self, *_args) -> None:
        left = self.model.remaining()
        self.tabs.setTabText(0, self.tr("Conflicts (%1)").replace("%1", str(left)))
        self.tabs.setTabText(
            1, self.tr("Kept from one side (%1)").replace("%1", str(len(self.one_sided.items)))
        )
        if left:
            text = self.tr("%n conflict(s) left to resolve.", "", left)
        else:
            text = self.tr("No conflict left: the merge can be applied.")
        self.status.setText(text)
        self.apply_button.setEnabled(left == 0)
        for button in (self.settle_button, self.rule):
            button.setEnabled(left > 0)

    def _show_refused(self, refused: list[str]) -> None:
        self._update()
        if refused:
            reason = self.tr("Not possible: %1").replace("%1", "; ".join(refused))
            self.status.setText(f"{self.status.text()} {reason}")

    # --- actions

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.conflict_view.selectionModel().selectedRows()})

    def choose_selected(self, side: Side) -> None:
        rows = self.selected_rows()
        if rows:
            self._show_refused(self.model.choose(rows, side))

    def settle_rest(self) -> None:
        self._show_refused(self.model.settle(self.rule.currentData()))

    def choose_base(self) -> None:
        """Merge again against the file both copies started from: fewer conflicts."""
        title = self.tr("The file both copies started from")
        path = dialogs.get_open_path(self, title, "", dialogs.session_filter())
        if path is None:
            return
        mine, theirs, force = self.mine, self.theirs, self.force

        def work(_progress: Progress, _cancel: Cancel) -> MergeResult:
            base = store.load_session(path).session
            return merge_sessions(base, mine, theirs, force=force)

        try:
            result = run_with_progress(self, self.tr("Merging…"), work)
        except WorkCancelled:
            return
        except store.SessionError as exc:
            dialogs.warn(self, title, self.tr("This file cannot be read."), error_text(exc))
            return
        except DifferentAuditError as exc:
            dialogs.warn(
                self, title, self.tr("This file is not a copy of this audit."), error_text(exc)
            )
            return
        except MergeError as exc:
            dialogs.warn(self, title, self.tr("The sessions cannot be merged."), error_text(exc))
            return
        self.base_label.setText(self.tr("Starting file: %1").replace("%1", path.name))
        self.set_result(result)


def _first_merge(parent, mine: Session, theirs: Session) -> tuple[MergeResult, bool] | None:
    """The merge without a base, asking before two different audits are merged."""
    title = translate("MergeDialog", "Merge with another session")
    merging = translate("MergeDialog", "Merging…")
    try:
        try:
            return run_with_progress(
                parent, merging, lambda _p, _c: merge_sessions(None, mine, theirs)
            ), False
        except DifferentAuditError:
            question = translate(
                "MergeDialog",
                "This file is not a copy of this audit (its audit id differs). Merge it "
                "anyway, as the same audit?",
            )
            if not dialogs.ask_yes_no(parent, title, question):
                return None
            return run_with_progress(
                parent, merging, lambda _p, _c: merge_sessions(None, mine, theirs, force=True)
            ), True
    except WorkCancelled:
        return None
    except MergeError as exc:
        text = translate("MergeDialog", "The sessions cannot be merged.")
        dialogs.warn(parent, title, text, error_text(exc))
        return None


def merge_with_session(
    document, parent: QWidget | None = None, path: Path | None = None
) -> ApplyMerge | None:
    """Choose another session, resolve the conflicts, apply the merge as one undo step.

    Returns the command pushed, or None when nothing was applied."""
    title = translate("MergeDialog", "Merge with another session")
    if document.read_only:
        return None
    if path is None:
        path = dialogs.get_open_path(parent, title, "", dialogs.session_filter())
        if path is None:
            return None
    if document.path is not None and Path(path).absolute() == Path(document.path).absolute():
        dialogs.warn(parent, title, translate("MergeDialog", "This is the audit open here."))
        return None
    try:
        theirs = run_with_progress(
            parent,
            translate("MergeDialog", "Reading the other session…"),
            lambda _p, _c: store.load_session(path).session,
        )
    except WorkCancelled:
        return None
    except store.SessionError as exc:
        text = translate("MergeDialog", "This file cannot be read.")
        dialogs.warn(parent, title, text, error_text(exc))
        return None
    first = _first_merge(parent, document.session, theirs)
    if first is None:
        return None
    dialog = MergeDialog(first[0], document.session, theirs, Path(path).name, first[1], parent)
    try:
        if not modal.run(dialog) or dialog.merge_result.conflicts:
            return None
        merged = dialog.merge_result.session
    finally:
        dialog.deleteLater()
    text = translate("MergeDialog", "Merge with %1").replace("%1", Path(path).name)
    command = ApplyMerge(document, merged, text)
    push_edit(document, command)
    return command
