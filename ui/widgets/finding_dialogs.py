"""Dialogs of the findings page: edit a finding (or write one) and dismiss with a reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui.i18n import current_language
from ui.widgets.delegates import ChoiceCombo
from ui.widgets.fields import WarningLabel
from wizard.audit import labels
from wizard.audit.model import Severity


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class FindingDialog(QDialog):
    """Title, (detail,) recommendation and severity. ``with_detail`` for own findings."""

    def __init__(
        self,
        title: str,
        recommendation: str,
        severity: Severity,
        detail: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Finding"))
        self.resize(560, 420)
        form = QFormLayout(self)
        self.title_edit = QLineEdit(title)
        self.title_edit.setAccessibleName(self.tr("Title"))
        form.addRow(self.tr("Title"), self.title_edit)
        self.detail_edit: QPlainTextEdit | None = None
        if detail is not None:
            self.detail_edit = QPlainTextEdit(detail)
            self.detail_edit.setTabChangesFocus(True)
            self.detail_edit.setAccessibleName(self.tr("Detail"))
            form.addRow(self.tr("Detail"), self.detail_edit)
        self.recommendation_edit = QPlainTextEdit(recommendation)
        self.recommendation_edit.setTabChangesFocus(True)
        self.recommendation_edit.setAccessibleName(self.tr("Recommendation"))
        form.addRow(self.tr("Recommendation"), self.recommendation_edit)
        self.severity = ChoiceCombo(labels.choices(Severity, current_language()), severity)
        self.severity.setAccessibleName(self.tr("Severity"))
        form.addRow(self.tr("Severity"), self.severity)
        self.warning = WarningLabel()
        form.addRow(self.warning)
        self.buttons = _buttons(self)
        form.addRow(self.buttons)

    def values(self) -> dict:
        values = {
            "title": self.title_edit.text().strip(),
            "recommendation": self.recommendation_edit.toPlainText(),
            "severity": self.severity.value(),
        }
        if self.detail_edit is not None:
            values["detail"] = self.detail_edit.toPlainText()
        return values

    def accept(self) -> None:
        if not self.title_edit.text().strip():
            self.warning.show_message(self.tr("A finding needs a title."))
            return
        super().accept()


class DismissDialog(QDialog):
    """Dismissing a generated finding needs a reason: OK stays disabled without one."""

    def __init__(self, finding_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dismiss finding"))
        self.resize(480, 260)
        form = QFormLayout(self)
        heading = QLabel(finding_title)
        heading.setWordWrap(True)
        form.addRow(heading)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason for dismissal"))
        form.addRow(self.tr("Reason (required)"), self.reason)
        self.buttons = _buttons(self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Dismiss"))
        form.addRow(self.buttons)
        self.reason.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.reason.toPlainText().strip()))

    def accept(self) -> None:
        if self.reason.toPlainText().strip():
            super().accept()
