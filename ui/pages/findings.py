"""Step 5, findings and action plan.

Generated findings are listed with the auditor's decision (accept, edit, dismiss with a
reason); the auditor adds their own; each finding can become an action of the plan.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui import dialogs
from ui.models.findings_model import (
    COL_ACCOUNTS,
    COL_DECISION,
    COL_SEVERITY,
    COL_TITLE,
    FindingsModel,
)
from ui.models.plan_models import ActionsModel
from ui.pages.legal import current_id, make_table, select_row, size_columns
from ui.undo_commands import (
    InsertRecord,
    RemoveRecord,
    ReplaceOwnFinding,
    ReviewFinding,
    push_edit,
)
from ui.widgets import modal
from ui.widgets.buttons import add_button
from ui.widgets.finding_dialogs import DismissDialog, FindingDialog
from wizard.audit.edits import EditError, with_changes
from wizard.audit.model import Action, Decision, FindingReview, OwnFinding
from wizard.scoring.findings import OWN_PREFIX, ReviewedFinding

TITLE_LIMIT = 200


class FindingsPage(QWizardPage):
    def __init__(self, document, today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.setTitle(self.tr("Findings and action plan"))
        self.setSubTitle(
            self.tr("Review each generated finding, add your own, and turn them into actions.")
        )
        self.findings_model = FindingsModel(document, today, self)
        self.actions_model = ActionsModel(document, self._finding_title, self)
        self.actions_model.sig_edit_refused.connect(self._on_refused)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_findings())
        splitter.addWidget(self._build_actions())
        QVBoxLayout(self).addWidget(splitter)
        self._update_buttons()

    def _build_findings(self) -> QGroupBox:
        box = QGroupBox(self.tr("Findings"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.accept_button = self._button(self.tr("Acce&pt"), self.accept_finding, row)
        self.edit_button = self._button(self.tr("Ed&it…"), self.edit_finding, row)
        self.dismiss_button = self._button(self.tr("&Dismiss…"), self.dismiss_finding, row)
        self.restore_button = self._button(self.tr("&Undecide"), self.withdraw_review, row)
        row.addStretch(1)
        layout.addLayout(row)
        row = QHBoxLayout()  # a second row: one row of seven is wider than a 1024 screen
        self.own_button = self._button(self.tr("Add &own finding…"), self.add_own_finding, row)
        self.remove_own_button = self._button(self.tr("&Remove"), self.remove_own_finding, row)
        self.action_button = self._button(
            self.tr("&Create action from finding"), self.action_from_finding, row
        )
        row.addStretch(1)
        layout.addLayout(row)
        self.findings_table = make_table(self.findings_model, self.tr("Findings"))
        size_columns(
            self.findings_table,
            {COL_SEVERITY: 90, COL_ACCOUNTS: 80, COL_DECISION: 220},
            COL_TITLE,
        )
        layout.addWidget(self.findings_table, 1)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("Finding detail"))
        layout.addWidget(self.detail)
        self.findings_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.findings_model.modelReset.connect(self._update_buttons)
        return box

    def _build_actions(self) -> QGroupBox:
        box = QGroupBox(self.tr("Action plan"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.add_action_button = self._button(self.tr("&Add action"), self.add_action, row)
        self.remove_action_button = self._button(self.tr("Re&move action"), self.remove_action, row)
        row.addStretch(1)
        layout.addLayout(row)
        self.actions_table = make_table(self.actions_model, self.tr("Action plan"))
        self.actions_table.selectionModel().selectionChanged.connect(self._update_action_buttons)
        size_columns(
            self.actions_table,
            {
                ActionsModel.COL_FINDING: 260,
                ActionsModel.COL_PRIORITY: 90,
                ActionsModel.COL_OWNER: 190,
                ActionsModel.COL_DUE: 100,
                ActionsModel.COL_EFFORT: 130,
                ActionsModel.COL_STATUS: 100,
            },
            ActionsModel.COL_TITLE,
        )
        layout.addWidget(self.actions_table, 1)
        return box

    def _update_action_buttons(self, *_args) -> None:
        chosen = bool(self.actions_table.selectionModel().selectedRows())
        self.remove_action_button.setEnabled(chosen and not self.document.read_only)

    def _button(self, text: str, slot, row: QHBoxLayout) -> QPushButton:
        return add_button(row, text, slot)

    # --- wizard hooks

    def initializePage(self) -> None:
        """Findings follow the inventory and the answers: recompute them on every visit."""
        self.findings_model.refresh()
        self.actions_model.refresh()
        self._update_action_buttons()

    # --- the current finding

    def current(self) -> ReviewedFinding | None:
        key = current_id(self.findings_table)
        return self.findings_model.finding(key) if key else None

    def select_finding(self, key: str) -> None:
        select_row(self.findings_table, self.findings_model.row_of(key))

    def _update_buttons(self, *_args) -> None:
        finding = self.current()
        generated = finding if finding is not None and not finding.own else None
        self.accept_button.setEnabled(
            generated is not None and generated.decision is not Decision.ACCEPTED
        )
        self.dismiss_button.setEnabled(generated is not None and not generated.dismissed)
        self.restore_button.setEnabled(generated is not None and generated.decision is not None)
        self.edit_button.setEnabled(finding is not None)
        self.remove_own_button.setEnabled(finding is not None and finding.own)
        self.action_button.setEnabled(finding is not None and not finding.dismissed)
        lang = self.findings_model.lang
        heading = self.tr("Recommendation:")  # not inside the f-string: lupdate would miss it
        self.detail.setText(
            ""
            if finding is None
            else f"{finding.detail(lang)}\n\n{heading} {finding.recommendation(lang)}"
        )

    # --- decisions on generated findings

    def _review(self, key: str, review: FindingReview | None, text: str) -> None:
        if self._push(ReviewFinding(self.document, key, review, text)):
            self.select_finding(key)

    def accept_finding(self) -> None:
        finding = self.current()
        if finding is not None and not finding.own:
            review = FindingReview(decision=Decision.ACCEPTED)
            self._review(finding.key, review, self.tr("Accept finding"))

    def dismiss_finding(self) -> None:
        finding = self.current()
        if finding is None or finding.own:
            return
        dialog = DismissDialog(finding.title(self.findings_model.lang), self)
        if modal.run(dialog):
            reason = dialog.reason.toPlainText().strip()
            review = self._make_review(decision=Decision.DISMISSED, reason=reason)
            if review is not None:
                self._review(finding.key, review, self.tr("Dismiss finding"))
        dialog.deleteLater()

    def withdraw_review(self) -> None:
        finding = self.current()
        if finding is not None and finding.decision is not None:
            self._review(finding.key, None, self.tr("Undecide finding"))

    def edit_finding(self) -> None:
        finding = self.current()
        if finding is None:
            return
        if finding.own:
            self._edit_own(finding)
            return
        lang = self.findings_model.lang
        dialog = FindingDialog(
            finding.title(lang), finding.recommendation(lang), finding.severity, parent=self
        )
        if modal.run(dialog):
            review = self._make_review(decision=Decision.EDITED, **dialog.values())
            if review is not None:
                self._review(finding.key, review, self.tr("Edit finding"))
        dialog.deleteLater()

    def _make_review(self, **values) -> FindingReview | None:
        try:
            return with_changes(FindingReview(decision=Decision.ACCEPTED), **values)
        except EditError as exc:
            self._on_refused(str(exc))
            return None

    # --- own findings

    def add_own_finding(self) -> None:
        dialog = FindingDialog("", "", OwnFinding.model_fields["severity"].default, "", self)
        if modal.run(dialog):
            try:
                own = OwnFinding.model_validate(dialog.values())
            except ValueError as exc:
                self._on_refused(str(exc))
            else:
                command = InsertRecord(self.document, "own_findings", own, self.tr("Add finding"))
                if self._push(command):
                    self.select_finding(f"{OWN_PREFIX}{own.id}")
        dialog.deleteLater()

    def _own(self, finding: ReviewedFinding) -> OwnFinding:
        own_id = finding.key.removeprefix(OWN_PREFIX)
        return next(o for o in self.document.audit.own_findings if o.id == own_id)

    def _edit_own(self, finding: ReviewedFinding) -> None:
        own = self._own(finding)
        dialog = FindingDialog(own.title, own.recommendation, own.severity, own.detail, self)
        if modal.run(dialog):
            try:
                edited = with_changes(own, **dialog.values())
            except EditError as exc:
                self._on_refused(str(exc))
            else:
                self._push(ReplaceOwnFinding(self.document, edited, self.tr("Edit finding")))
                self.select_finding(finding.key)
        dialog.deleteLater()

    def remove_own_finding(self) -> None:
        finding = self.current()
        if finding is not None and finding.own:
            own = self._own(finding)
            text = self.tr("Remove finding")
            self._push(RemoveRecord(self.document, "own_findings", own.id, text))

    # --- actions

    def action_from_finding(self) -> None:
        """An action answering the current finding, titled from its recommendation."""
        finding = self.current()
        if finding is None:
            return
        lang = self.findings_model.lang
        source = finding.recommendation(lang).strip() or finding.title(lang)
        title = source.splitlines()[0][:TITLE_LIMIT] if source else self.tr("New action")
        action = Action(title=title, finding=finding.key, priority=finding.severity)
        self._insert_action(action)

    def add_action(self) -> None:
        self._insert_action(Action(title=self.tr("New action")))

    def _insert_action(self, action: Action) -> None:
        if self._push(InsertRecord(self.document, "actions", action, self.tr("Add action"))):
            select_row(self.actions_table, self.actions_model.row_of(action.id))

    def remove_action(self) -> None:
        action_id = current_id(self.actions_table)
        if action_id is not None:
            text = self.tr("Remove action")
            self._push(RemoveRecord(self.document, "actions", action_id, text))

    def _finding_title(self, key: str) -> str:
        """``Action.finding`` is a generated finding's key or an own finding's id."""
        if not key:
            return ""
        finding = self.findings_model.finding(key) or self.findings_model.finding(
            f"{OWN_PREFIX}{key}"
        )
        return finding.title(self.findings_model.lang) if finding else key

    # --- shared

    def _push(self, command) -> bool:
        try:
            push_edit(self.document, command)
        except EditError as exc:
            self._on_refused(str(exc))
            return False
        return True

    def _on_refused(self, message: str) -> None:
        dialogs.warn(self, self.tr("Not accepted"), message)
