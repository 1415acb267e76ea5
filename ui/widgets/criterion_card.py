"""One criterion of the assessment: its text and guidance, the maturity answer, notes,
evidence and the to-review flag.

An N/A answer without a justification is refused by the model; the card keeps that choice
on screen (``pending_na``) with a warning until a justification is typed, then saves it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.read_only import mark_view_only
from ui.undo_commands import SetAnswer, SetEvidenceCaptured, push_edit
from ui.widgets.evidence_list import EvidenceList
from ui.widgets.fields import NoteEdit, SecretWarning, WarningLabel
from wizard.audit.edits import EditError, with_changes
from wizard.audit.model import Answer
from wizard.bank.framework import Criterion

NOT_ASSESSED = -1
NOT_APPLICABLE = -2


class CriterionCard(QFrame):
    sig_state_changed = Signal()
    """The card's completeness changed (an N/A waiting for its justification, or not)."""

    def __init__(self, document, criterion: Criterion, number: str, lang: str, parent=None):
        super().__init__(parent)
        self.document, self.criterion, self.lang = document, criterion, lang
        self.pending_na = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAccessibleName(self.tr("Criterion %1").replace("%1", number))
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{number}</b> {_escape(criterion.text.get(lang))}")
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addLayout(self._guidance_row())
        layout.addWidget(self.guidance)
        layout.addWidget(self._build_scale())
        self.previous_hint = QLabel()
        self.previous_hint.setObjectName("previous-level")
        self.previous_hint.setStyleSheet("color: palette(dark); font-style: italic;")
        self.previous_hint.setToolTip(self.tr("The level given in the baseline audit: a hint only"))
        layout.addWidget(self.previous_hint)
        self.level_description = QLabel()
        self.level_description.setWordWrap(True)
        self.level_description.setStyleSheet("color: palette(dark);")
        layout.addWidget(self.level_description)
        layout.addLayout(self._build_fields())
        self.reload()

    # --- building

    def _guidance_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.guidance_toggle = QToolButton()
        mark_view_only(self.guidance_toggle)
        self.guidance_toggle.setText(self.tr("Guidance and evidence"))
        self.guidance_toggle.setAccessibleName(self.tr("Show guidance"))
        self.guidance_toggle.setCheckable(True)
        self.guidance_toggle.setChecked(True)
        self.guidance_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.guidance_toggle.setArrowType(Qt.ArrowType.DownArrow)
        row.addWidget(self.guidance_toggle)
        row.addStretch(1)
        criterion, lang = self.criterion, self.lang
        # lupdate cannot see tr() inside an f-string: translate first, then assemble
        evidence_heading = self.tr("Typical evidence:")
        self.guidance = QLabel(
            f"{_escape(criterion.guidance.get(lang))}<br><i>{_escape(evidence_heading)}</i> "
            f"{_escape(criterion.evidence.get(lang))}"
        )
        self.guidance.setWordWrap(True)
        self.guidance_toggle.toggled.connect(self._toggle_guidance)
        return row

    def _toggle_guidance(self, shown: bool) -> None:
        self.guidance.setVisible(shown)
        self.guidance_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _build_scale(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[int, QRadioButton] = {}
        for level in self.document.audit.framework.scale:
            name = level.name.get(self.lang)
            self._radio(
                level.value, f"{level.value} · {name}", level.description.get(self.lang), row
            )
        self._radio(NOT_APPLICABLE, self.tr("N/A"), self.tr("Not applicable (justify)"), row)
        self._radio(NOT_ASSESSED, self.tr("Not assessed"), self.tr("No answer yet"), row)
        row.addStretch(1)
        self.group.idClicked.connect(self.choose)
        return box

    def _radio(self, value: int, text: str, tip: str, row: QHBoxLayout) -> None:
        button = QRadioButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setAccessibleDescription(tip)
        self.group.addButton(button, value)
        self.buttons[value] = button
        row.addWidget(button)

    def _build_fields(self) -> QFormLayout:
        form = QFormLayout()
        self.justification = NoteEdit(lines=2)
        self.justification.setAccessibleName(self.tr("Justification for N/A"))
        self.justification.textChanged.connect(self._on_justification_typed)
        self.justification.sig_edited.connect(self._save_justification)
        self.justification_label = QLabel(self.tr("Justification"))
        form.addRow(self.justification_label, self.justification)
        self.na_warning = WarningLabel()
        form.addRow(self.na_warning)
        self.notes = NoteEdit(lines=2)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.sig_edited.connect(self._save_notes)
        form.addRow(self.tr("Notes"), self.notes)
        self.secret_warning = SecretWarning([self.notes, self.justification])
        form.addRow(self.secret_warning)
        self.error = WarningLabel()
        form.addRow(self.error)
        self.evidence = EvidenceList(lambda: self.document.session)
        self.evidence.sig_evidence_changed.connect(lambda digests: self._save(evidence=digests))
        self.evidence.sig_captured_changed.connect(self._save_captured)
        self.document.events.sig_evidence_changed.connect(self._on_evidence_changed)
        form.addRow(self.tr("Evidence"), self.evidence)
        self.to_review = QCheckBox(self.tr("To review"))
        self.to_review.setAccessibleName(self.tr("To review"))
        self.to_review.toggled.connect(lambda checked: self._save(to_review=checked))
        form.addRow(self.to_review)
        return form

    # --- showing the stored answer

    def answer(self) -> Answer:
        return self.document.audit.answer(self.criterion.id)

    def choice(self) -> int:
        if self.pending_na:
            return NOT_APPLICABLE
        answer = self.answer()
        if answer.not_applicable:
            return NOT_APPLICABLE
        return NOT_ASSESSED if answer.level is None else answer.level

    def reload(self) -> None:
        """Show the stored answer (after an edit, an undo or a redo)."""
        answer = self.answer()
        self.pending_na = self.pending_na and not answer.not_applicable
        for widget in (self.group, self.to_review, self.justification, self.notes):
            widget.blockSignals(True)
        self.buttons[self.choice()].setChecked(True)
        self.to_review.setChecked(answer.to_review)
        self.justification.set_text(answer.justification or self.justification.text())
        self.notes.set_text(answer.notes)
        for widget in (self.group, self.to_review, self.justification, self.notes):
            widget.blockSignals(False)
        self.evidence.set_digests(answer.evidence)
        self._show_previous(answer.previous_level)
        self._update_state()

    def _show_previous(self, level: int | None) -> None:
        """Last audit's level as a hint beside the scale; never counted as an answer."""
        scale = {lv.value: lv for lv in self.document.audit.framework.scale}
        if level is None:
            text = ""
        elif level in scale:
            text = f"{level} · {scale[level].name.get(self.lang)}"
        else:
            text = str(level)
        hint = self.tr("Last audit: %1").replace("%1", text) if text else ""
        self.previous_hint.setText(hint)
        self.previous_hint.setAccessibleName(hint)
        self.previous_hint.setVisible(bool(hint))

    def _update_state(self) -> None:
        na = self.choice() == NOT_APPLICABLE
        self.justification.setVisible(na)
        self.justification_label.setVisible(na)
        missing = na and not self.justification.text().strip()
        self.na_warning.show_message(
            self.tr("N/A needs a justification: say why this criterion does not apply.")
            if missing
            else ""
        )
        level = self.choice()
        scale = {lv.value: lv for lv in self.document.audit.framework.scale}
        self.level_description.setText(
            scale[level].description.get(self.lang) if level in scale else ""
        )
        self.secret_warning.refresh()

    def is_complete(self) -> bool:
        """False while an N/A waits for its justification."""
        return not self.pending_na

    # --- edits

    def choose(self, value: int) -> None:
        """Set the answer to a level, N/A or not assessed (radio click or number key)."""
        if value == NOT_APPLICABLE:
            justification = self.justification.text()
            if not justification.strip():
                self.pending_na = True
                self.buttons[NOT_APPLICABLE].setChecked(True)
                self._update_state()
                self.sig_state_changed.emit()
                return
            changes: dict[str, Any] = {
                "level": None,
                "not_applicable": True,
                "justification": justification,
            }
        else:
            level = None if value == NOT_ASSESSED else value
            changes = {"level": level, "not_applicable": False}
        was_pending, self.pending_na = self.pending_na, False
        if not self._save(**changes) and was_pending:
            self.pending_na = True
        self._update_state()
        self.sig_state_changed.emit()

    def _on_justification_typed(self) -> None:
        self._update_state()

    def _save_justification(self) -> None:
        text = self.justification.text()
        if self.pending_na and text.strip():
            self.choose(NOT_APPLICABLE)
        elif self.answer().not_applicable:
            self._save(justification=text, merge_key="justification")

    def _save_notes(self) -> None:
        self._save(notes=self.notes.text(), merge_key="notes")

    def _save(self, merge_key: str = "", **changes) -> bool:
        """Store the answer with ``changes`` through the undo stack; False if refused."""
        try:
            answer = with_changes(self.answer(), **changes)
            stored = None if answer == Answer() else answer
            if stored == self.document.audit.answers.get(self.criterion.id):
                return True
            text = self.tr("Answer %1").replace("%1", self.criterion.id)
            command = SetAnswer(self.document, self.criterion.id, stored, text, merge_key)
            push_edit(self.document, command)
        except EditError as exc:
            self.reload()
            self.error.show_message(self.tr("Not saved: %1").replace("%1", str(exc)))
            return False
        self.error.show_message("")
        return True

    def _save_captured(self, sha256: str, captured: date | None) -> None:
        """Record when the selected attachment was captured, through the undo stack."""
        try:
            text = self.tr("Capture date of %1").replace("%1", sha256[:12])
            push_edit(self.document, SetEvidenceCaptured(self.document, sha256, captured, text))
        except EditError as exc:
            self.evidence.show_captured()
            self.error.show_message(self.tr("Not saved: %1").replace("%1", str(exc)))
            return
        self.error.show_message("")

    def _on_evidence_changed(self, sha256: str) -> None:
        if sha256 in self.answer().evidence:
            self.evidence.show_captured()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """0–9 set that level, N sets N/A, Delete clears: for keyboard-only assessment."""
        key = event.key()
        top = self.document.audit.framework.max_level
        if self.document.read_only:
            super().keyPressEvent(event)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_0 <= top:
            self.choose(key - Qt.Key.Key_0)
        elif key == Qt.Key.Key_N:
            self.choose(NOT_APPLICABLE)
            self.justification.setFocus()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.choose(NOT_ASSESSED)
        else:
            super().keyPressEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
