"""Step 1: the engagement — who is audited, by whom, when, and for what deliverable.

Every edit is written to the audit at once (through the model's validating assignment), so
Back, Next and side-list jumps never lose anything. A value the core refuses is not
stored; its reason is shown under the form and blocks Next, like a missing required field.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui import dialogs
from ui.document import AuditDocument
from ui.form_fields import error_message
from ui.i18n import current_language
from ui.page_state import CompleteAnnouncer
from ui.pages.engagement_people import PeopleEditor
from ui.widgets.date_field import DateField
from ui.widgets.fields import LengthCounter, SecretWarning
from ui.widgets.vertical_scroll import VerticalScrollArea
from wizard.audit import labels
from wizard.audit.engagement_required import KNOWN_LANGUAGES, missing_fields
from wizard.audit.model import Confidentiality, OrgSize, Person


class EngagementPage(QWizardPage):
    def __init__(self, document: AuditDocument) -> None:
        super().__init__()
        self.document = document
        self._errors: dict[str, str] = {}
        self._loading = False
        self._labels: dict[str, str] = {}
        self._complete = CompleteAnnouncer(self)
        self.setTitle(self.tr("Engagement"))
        self.setSubTitle(self.tr("Who is audited, by whom, when, and for which deliverable."))
        content = QWidget()
        columns = QHBoxLayout(content)
        left = QVBoxLayout()
        left.addWidget(self._build_organisation())
        left.addWidget(self._build_people())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._build_audit())
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = VerticalScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)  # the groups are the frames
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the first field
        scroll.setWidget(content)
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.reason_label.setObjectName("reason")
        self.reason_label.setStyleSheet("QLabel#reason { color: #a40000; font-weight: bold; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.reason_label)

    # --- building

    def _row(self, form: QFormLayout, key: str, text: str, widget: QWidget, required=False):
        self._labels[key] = text.replace("&", "")
        label = QLabel(f"{text} *" if required else text)
        label.setBuddy(widget)
        widget.setAccessibleName(self._labels[key])
        form.addRow(label, widget)

    def _line(self, key: str, form: QFormLayout, text: str, required: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.textEdited.connect(lambda value: self._write(key, value))
        self._row(form, key, text, edit, required)
        return edit

    def _note(self, key: str, form: QFormLayout, text: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(110)
        edit.textChanged.connect(lambda: self._write(key, edit.toPlainText()))
        LengthCounter(edit)  # an over-long text is refused by _write, and stays here
        self._row(form, key, text, edit)
        form.addRow(SecretWarning([edit], live=True))
        return edit

    def _combo(self, key: str, form: QFormLayout, text: str, items, required=False, enum=None):
        """A pick-list; Qt hands data back as plain strings, so enum values are rebuilt."""
        combo = QComboBox()
        for value, item_text in items:
            combo.addItem(item_text, str(value))

        def write(_index: int) -> None:
            data = combo.currentData()
            self._write(key, enum(data) if enum is not None else data)

        combo.currentIndexChanged.connect(write)
        self._row(form, key, text, combo, required)
        return combo

    def _date(self, key: str, form: QFormLayout, text: str) -> DateField:
        edit = DateField()
        edit.sig_changed.connect(lambda: self._write(key, edit.value()))
        edit.editingFinished.connect(lambda: self._check_date(key, edit))
        edit.calendar_start = lambda: self.document.audit.engagement.report_date
        self._row(form, key, text, edit)
        return edit

    def _build_organisation(self) -> QGroupBox:
        box = QGroupBox(self.tr("Organisation"))
        form = QFormLayout(box)
        lang = current_language()
        self.org_name = self._line(
            "organisation.name", form, self.tr("Or&ganisation name"), required=True
        )
        self.sector = self._line("organisation.sector", form, self.tr("&Sector"))
        self.org_size = self._combo(
            "organisation.size", form, self.tr("Si&ze"), labels.choices(OrgSize, lang), enum=OrgSize
        )
        self.jurisdiction = self._line("organisation.jurisdiction", form, self.tr("&Jurisdiction"))
        self.lang_fr = QCheckBox(self.tr("French"))
        self.lang_en = QCheckBox(self.tr("English"))
        self.other_langs = QLineEdit()
        self.other_langs.setPlaceholderText(self.tr("other codes, e.g. es, iu"))
        self.other_langs.setAccessibleName(self.tr("Other official languages"))
        self.lang_fr.setAccessibleName(self.tr("French is an official language"))
        self.lang_en.setAccessibleName(self.tr("English is an official language"))
        row = QHBoxLayout()
        row.addWidget(self.lang_fr)
        row.addWidget(self.lang_en)
        row.addWidget(self.other_langs, 1)
        self._labels["organisation.official_languages"] = self.tr("Official languages")
        form.addRow(self.tr("Official languages"), row)
        for check in (self.lang_fr, self.lang_en):
            check.toggled.connect(self._write_languages)
        self.other_langs.textEdited.connect(self._write_languages)
        return box

    def _build_audit(self) -> QGroupBox:
        box = QGroupBox(self.tr("Audit"))
        form = QFormLayout(box)
        lang = current_language()
        self.title_edit = self._line("title", form, self.tr("Audit &title"), required=True)
        self.scope = self._note("scope", form, self.tr("Sc&ope"))
        self.objectives = self._note("objectives", form, self.tr("Object&ives"))
        self.start_date = self._date("start_date", form, self.tr("Start date"))
        self.end_date = self._date("end_date", form, self.tr("End date"))
        self.report_date = self._date("report_date", form, self.tr("Report date"))
        languages = [("fr", self.tr("French")), ("en", self.tr("English"))]
        self.language = self._combo(
            "language", form, self.tr("&Deliverable language"), languages, required=True
        )
        self.confidentiality = self._combo(
            "confidentiality",
            form,
            self.tr("Confidentialit&y"),
            labels.choices(Confidentiality, lang),
            enum=Confidentiality,
        )
        self.baseline = QLineEdit()
        self.baseline.setPlaceholderText(self.tr("last year's audit file (optional)"))
        self.baseline.textEdited.connect(lambda value: self._write("baseline", value))
        self.baseline_button = QPushButton(self.tr("Bro&wse…"))
        self.baseline_button.setAccessibleName(self.tr("Choose the baseline audit file"))
        self.baseline_button.clicked.connect(self._choose_baseline)
        # an icon beside the field (every letter of the page is taken for a mnemonic)
        self.baseline_clear = QToolButton()
        self.baseline_clear.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
        )
        self.baseline_clear.setAccessibleName(self.tr("Clear the baseline"))
        self.baseline_clear.setToolTip(self.tr("Clear the baseline: compare with no other audit"))
        self.baseline_clear.clicked.connect(self._clear_baseline)
        self.baseline_clear.setEnabled(False)
        self.baseline.textChanged.connect(lambda text: self.baseline_clear.setEnabled(bool(text)))
        row = QHBoxLayout()
        row.addWidget(self.baseline, 1)
        row.addWidget(self.baseline_button)
        row.addWidget(self.baseline_clear)
        self._labels["baseline"] = self.tr("Baseline")
        self.baseline.setAccessibleName(self.tr("Baseline"))
        label = QLabel(self.tr("Base&line"))
        label.setBuddy(self.baseline)
        form.addRow(label, row)
        return box

    def _build_people(self) -> QGroupBox:
        box = QGroupBox(self.tr("People"))
        form = QFormLayout(box)
        self.auditors = PeopleEditor()
        self.auditors.sig_edited.connect(self._write_auditors)
        self._labels["auditors"] = self.tr("Auditors")
        form.addRow(self.tr("Auditors"), self.auditors)
        self.contact_name = self._line("client_contact.name", form, self.tr("&Client contact name"))
        self.contact_role = self._line("client_contact.role", form, self.tr("Client contact &role"))
        note = QLabel(self.tr("* required. Names are left out of exports unless you ask."))
        note.setWordWrap(True)
        form.addRow(note)
        return box

    # --- reading the audit

    def initializePage(self) -> None:
        eng = self.document.audit.engagement
        self._loading = True
        try:
            self.org_name.setText(eng.organisation.name)
            self.sector.setText(eng.organisation.sector)
            _select(self.org_size, eng.organisation.size)
            self.jurisdiction.setText(eng.organisation.jurisdiction)
            codes = list(eng.organisation.official_languages)
            self.lang_fr.setChecked("fr" in codes)
            self.lang_en.setChecked("en" in codes)
            self.other_langs.setText(", ".join(c for c in codes if c not in KNOWN_LANGUAGES))
            self.title_edit.setText(eng.title)
            self.scope.setPlainText(eng.scope)
            self.objectives.setPlainText(eng.objectives)
            self.start_date.set_value(eng.start_date)
            self.end_date.set_value(eng.end_date)
            self.report_date.set_value(eng.report_date)
            _select(self.language, eng.language)
            _select(self.confidentiality, eng.confidentiality)
            self.baseline.setText(eng.baseline)
            self.auditors.set_rows([(p.name, p.role) for p in eng.auditors])
            self.contact_name.setText(eng.client_contact.name)
            self.contact_role.setText(eng.client_contact.role)
            for edit in self.findChildren(QLineEdit):
                edit.setCursorPosition(0)  # show the start of long values, not their end
        finally:
            self._loading = False
        self._errors.clear()
        self._show_reason()

    # --- writing back

    def _write(self, key: str, value: Any) -> None:
        """Assign one engagement field; a refused value is kept out and its reason shown."""
        if self._loading:
            return
        target: Any = self.document.audit.engagement
        *parents, name = key.split(".")
        for part in parents:
            target = getattr(target, part)
        self._apply(key, lambda: setattr(target, name, value))

    def _apply(self, key: str, assign: Callable[[], None]) -> None:
        if self._loading:
            return
        try:
            assign()
        except ValidationError as exc:
            self._errors[key] = f"{self._labels.get(key, key)}: {error_message(exc)}"
        else:
            self._errors.pop(key, None)
            self.document.mark_changed()
        self._show_reason()

    def _check_date(self, key: str, edit: DateField) -> None:
        """A typed text that is not a date stays in its field and blocks Next, with why."""
        if edit.is_valid():
            self._errors.pop(key, None)
        else:
            self._errors[key] = f"{self._labels.get(key, key)}: {edit.error()}"
        self._show_reason()

    def _write_languages(self) -> None:
        codes = [
            code for code, box in (("fr", self.lang_fr), ("en", self.lang_en)) if box.isChecked()
        ]
        others = [c.strip().lower() for c in self.other_langs.text().replace(";", ",").split(",")]
        codes += [c for c in others if c and c not in codes]
        self._write("organisation.official_languages", codes)

    def _write_auditors(self) -> None:
        def assign() -> None:
            people = [Person(name=name, role=role) for name, role in self.auditors.rows()]
            self.document.audit.engagement.auditors = people

        self._apply("auditors", assign)

    def _choose_baseline(self) -> None:
        path = dialogs.get_open_path(
            self, self.tr("Baseline audit"), self.baseline.text(), dialogs.session_filter()
        )
        if path is not None:
            self.baseline.setText(str(path))
            self._write("baseline", str(path))

    def _clear_baseline(self) -> None:
        self.baseline.clear()
        self._write("baseline", "")

    # --- validation

    def problems(self) -> list[str]:
        """Why Next is blocked: missing required fields, then refused values."""
        missing = [self._labels[key] for key in missing_fields(self.document.audit)]
        out = []
        if missing:
            out.append(self.tr("To continue, fill in: %1.").replace("%1", ", ".join(missing)))
        return out + list(self._errors.values())

    def isComplete(self) -> bool:
        return not self.problems()

    def validatePage(self) -> bool:
        self._show_reason()
        return self.isComplete()

    def _show_reason(self) -> None:
        problems = self.problems()
        self.reason_label.setText("\n".join(problems))
        self.reason_label.setVisible(bool(problems))
        self._complete.announce()


def _select(combo: QComboBox, value: StrEnum | str) -> None:
    index = combo.findData(str(value))
    combo.setCurrentIndex(max(index, 0))
