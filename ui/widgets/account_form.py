"""The detail form of the selected account: every field, grouped as the product defines.

Each editor writes through :meth:`AccountsModel.set_field` (so through the undo stack and
the model's validation); a refused value is reported by the model and the editor shows
the stored value again. Undo and redo refresh the form through the audit events.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.models import account_fields
from ui.models.accounts_model import AccountsModel
from ui.refusals import refusal_text
from ui.widgets.date_field import DateField
from ui.widgets.delegates import ChoiceCombo
from ui.widgets.fields import NoteEdit, SecretWarning, WarningLabel
from wizard.audit.edits import edit_error
from wizard.audit.field_labels import field_label
from wizard.audit.model import Account, Person
from wizard.platforms.url_check import UrlProblem, url_problem

NOTE_FIELDS = frozenset({"third_party_apps", "purpose", "kpis", "notes"})
LABEL_WIDTH = 150
"""Width of the label column; a longer label wraps onto a second line."""
FIELD_MIN_WIDTH = 120


class AccountForm(QScrollArea):
    """The form's 35 editors are built on first need (:meth:`build`), not with the pane: the
    inventory paints its table first and builds the form on the next turn of the event loop,
    so a big audit's first visit never freezes the window for both at once. Reading
    :attr:`editors`, :attr:`warnings` or :attr:`secret_warning` builds it."""

    sig_built = Signal()
    """The editors were just created (their place in the Tab order is the owner's)."""

    def __init__(self, model: AccountsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.account_id: str | None = None
        self._editors: dict[str, QWidget] = {}
        self._warnings: dict[str, WarningLabel] = {}
        self._secret_warning: SecretWarning | None = None
        self.setWidgetResizable(True)
        # the form follows the pane's width: labels wrap and fields narrow, never a sideways
        # scroll bar
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Account details"))
        model.document.events.sig_account_changed.connect(self._on_changed)

    @property
    def built(self) -> bool:
        """The editors exist (see :meth:`build`)."""
        return self._secret_warning is not None

    def build(self) -> None:
        """Create the groups and their editors, showing the current account (once)."""
        if self.built:
            return
        body = QWidget()
        layout = QVBoxLayout(body)
        for title, fields in self._groups():
            layout.addWidget(self._group(title, fields))
        texts = [e for e in self._editors.values() if isinstance(e, NoteEdit | QLineEdit)]
        self._secret_warning = SecretWarning(texts)
        layout.addWidget(self._secret_warning)
        layout.addStretch(1)
        self.setWidget(body)
        self.reload()
        self.sig_built.emit()

    @property
    def editors(self) -> dict[str, QWidget]:
        """Each field's editor by field name (``owner.role`` for a nested one)."""
        self.build()
        return self._editors

    @property
    def warnings(self) -> dict[str, WarningLabel]:
        """The line under each field saying why a value was refused."""
        self.build()
        return self._warnings

    @property
    def secret_warning(self) -> SecretWarning:
        """The warning shown when a text field seems to hold a password or code."""
        self.build()
        assert self._secret_warning is not None
        return self._secret_warning

    def _groups(self) -> list[tuple[str, list[str]]]:
        """The form's groups and their fields; each field is labelled by the core's table
        (:mod:`wizard.audit.field_labels`), like the inventory's columns and the workbook."""
        return [
            (
                self.tr("Identity"),
                [
                    "platform",
                    "handle",
                    "url",
                    "display_name",
                    "kind",
                    "languages",
                    "status",
                    "verified",
                    "created",
                    "in_registry",
                ],
            ),
            (
                self.tr("Ownership and access"),
                [
                    "owning_unit",
                    "owner.role",
                    "owner.name",
                    "admin_count",
                    "admins",
                    "credentials",
                    "mfa",
                    "recovery_organisational",
                    "third_party_apps",
                    "last_access_review",
                ],
            ),
            (
                self.tr("Activity and audience"),
                [
                    "followers",
                    "posting_frequency",
                    "last_post",
                    "engagement_rate",
                    "audience",
                    "purpose",
                    "kpis",
                ],
            ),
            (
                self.tr("Compliance"),
                [
                    "notice_linked",
                    "moderation_rules",
                    "accessibility",
                    "branding_consistent",
                    "official_languages",
                    "archiving",
                    "recommendation",
                    "notes",
                ],
            ),
        ]

    def _hints(self) -> dict[str, str]:
        """How to fill a field, where its label alone does not say (shown inside the empty
        field and in its tooltip)."""
        return {
            "languages": self.tr("Language codes, e.g. fr, en"),
            "owner.name": self.tr("Optional"),
            "admins": self.tr("One role a line; a name after “;”"),
        }

    def _group(self, title: str, fields: list[str]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        hints = self._hints()
        for name in fields:
            label = field_label(name, self.model.lang)
            editor = self._make_editor(name)
            editor.setAccessibleName(label)
            editor.setMinimumWidth(FIELD_MIN_WIDTH)
            self._editors[name] = editor
            caption = QLabel(label)
            caption.setWordWrap(True)
            caption.setFixedWidth(LABEL_WIDTH)  # same column in every group; long ones wrap
            hint = hints.get(name)
            caption.setToolTip(f"{label}\n{hint}" if hint else label)
            if hint and isinstance(editor, QLineEdit | NoteEdit):
                editor.setPlaceholderText(hint)
                editor.setAccessibleDescription(hint)
            caption.setBuddy(editor)
            form.addRow(caption, editor)
            warning = WarningLabel()  # a refused value: why, under its field
            self._warnings[name] = warning
            form.addRow(warning)
        return box

    def _make_editor(self, name: str) -> QWidget:
        base = name.split(".")[0]
        kind = account_fields.kind(base)
        if name == "admins" or base in NOTE_FIELDS:
            editor = NoteEdit()
            editor.sig_edited.connect(lambda n=name: self._commit(n))
            return editor
        choices = account_fields.choices(base, self.model.lang)
        if choices is not None:
            combo = ChoiceCombo(choices)
            # the longest choice must not set the form's width: the popup shows it in full
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.activated.connect(lambda _i, n=name: self._commit(n))
            return combo
        if kind == "date":
            date_field = DateField()
            date_field.sig_changed.connect(lambda n=name: self._commit(n))
            date_field.editingFinished.connect(
                lambda e=date_field, n=name: self._date_checked(e, n)
            )
            return date_field
        line = QLineEdit()
        line.editingFinished.connect(lambda n=name: self._commit(n))
        return line

    # --- binding

    def account(self) -> Account | None:
        if self.account_id is None:
            return None
        return self.model.document.audit.account(self.account_id)

    def set_account(self, account_id: str | None) -> None:
        """Show ``account_id`` (None: an empty, disabled form)."""
        self.commit_pending()
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        """Show the account's stored values again (nothing to do before :meth:`build`)."""
        if not self.built:
            return
        account = self.account()
        body = self.widget()
        if body is not None:
            body.setEnabled(account is not None and not self.model.document.read_only)
        for name, editor in self._editors.items():
            self._show(editor, name, self._value(account, name) if account else None)
            self._warnings[name].show_message("")
        self._check_secrets()

    def commit_pending(self) -> None:
        """Store what a note field holds but has not written yet (none before :meth:`build`)."""
        for editor in self._editors.values():
            if isinstance(editor, NoteEdit):
                editor.commit()

    def _on_changed(self, account_id: str) -> None:
        if account_id == self.account_id:
            self.reload()

    @staticmethod
    def _value(account: Account, name: str) -> Any:
        if name.startswith("owner."):
            return getattr(account.owner, name.split(".")[1])
        if name == "admins":
            return "\n".join(f"{p.role}; {p.name}" if p.name else p.role for p in account.admins)
        if name == "languages":
            return ", ".join(account.languages)
        return getattr(account, name)

    def _show(self, editor: QWidget, name: str, value: Any) -> None:
        editor.blockSignals(True)
        if isinstance(editor, ChoiceCombo | DateField):
            editor.set_value(value)
        elif isinstance(editor, NoteEdit):
            editor.set_text(value or "")
        elif isinstance(editor, QLineEdit):
            base = name.split(".")[0]
            shown = "" if value is None else str(value)
            if account_fields.kind(base) in ("int", "float") and value is not None:
                shown = account_fields.display(base, value, self.model.lang).replace("\u202f", "")
            editor.setText(shown)
            editor.setCursorPosition(0)
        editor.blockSignals(False)

    def _read(self, editor: QWidget) -> Any:
        if isinstance(editor, ChoiceCombo):
            return editor.value()
        if isinstance(editor, DateField):
            return editor.value()
        if isinstance(editor, NoteEdit):
            return editor.text()
        assert isinstance(editor, QLineEdit | QComboBox)
        return editor.text() if isinstance(editor, QLineEdit) else editor.currentText()

    def _commit(self, name: str) -> None:
        account = self.account()
        if account is None:
            return
        field = name.split(".")[0]
        if name == "url" and (problem := url_problem(self._read(self.editors[name]))):
            # refused before recognition: a typo must not become a "website" account
            label = self.editors[name].accessibleName()
            self.warnings[name].show_message(refusal_text(label, self._url_reason(problem)))
            return
        try:
            value = self._field_value(account, name)
            refusal = self.model.try_set_field(account.id, field, value)
        except ValidationError as exc:
            refusal = edit_error(exc, name)
        label = self.editors[name].accessibleName()
        # refused: the typed text stays in its field, with why under it, until corrected
        self.warnings[name].show_message(
            refusal_text(label, refusal.problem) if refusal is not None else ""
        )
        self._check_secrets()

    def _url_reason(self, problem: UrlProblem) -> str:
        return {
            UrlProblem.SPACES: self.tr("this is not a web address (it has spaces)"),
            UrlProblem.BAD_SCHEME: self.tr("the start is mistyped: write https://…"),
            UrlProblem.NO_HOST: self.tr("no site name, e.g. https://www.facebook.com/…"),
        }[problem]

    def _date_checked(self, editor: DateField, name: str) -> None:
        if not editor.is_valid():
            self.warnings[name].show_message(editor.error())

    def _field_value(self, account: Account, name: str) -> Any:
        """The value to store for the editor ``name`` (nested and list fields rebuilt)."""
        raw = self._read(self.editors[name])
        if name.startswith("owner."):
            return Person(**{**account.owner.model_dump(), name.split(".")[1]: raw})
        if name == "admins":
            return _parse_admins(raw)
        if name == "languages":
            return [code for code in re.split(r"[\s,;]+", raw.strip().lower()) if code]
        return raw

    def _check_secrets(self) -> None:
        if self._secret_warning is not None:
            self._secret_warning.refresh()


def _parse_admins(text: str) -> list[Person]:
    """One admin a line: ``role`` or ``role; name``."""
    admins = []
    for line in text.splitlines():
        if line.strip():
            role, _sep, name = line.partition(";")
            admins.append(Person(role=role.strip(), name=name.strip()))
    return admins
