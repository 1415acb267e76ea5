"""The consultant profile: the brand a consultant puts on their deliverables (firm name, logo,
accent colour, default confidentiality line, contact line), kept in the settings.

The profile is only a starting point: an audit gets a copy of it when the consultant chooses
"Use my profile" on the export panel (:mod:`ui.pages.summary_brand`), and from then on the
audit's own copy makes its deliverables. Text is checked as any user text is (the model's
``Line``); a logo is read by :func:`ui.logo_file.read_logo`, which says why it refuses one.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs
from ui.logo_file import read_logo
from ui.widgets.brand_preview import BrandPreview
from ui.widgets.fields import WarningLabel
from wizard.audit.branding import Brand, Logo
from wizard.audit.edits import edit_error
from wizard.brand.colour import ColourError, parse_colour
from wizard.brand.image import LogoError
from wizard.brand.svg import SvgError


class ConsultantProfileDialog(QDialog):
    def __init__(self, profile: Brand, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consultant profile"))
        self._logo: Logo | None = profile.logo
        self._logo_problem = ""
        """Why the last logo chosen was refused (kept shown while the user types)."""
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.firm = self._line(profile.firm, self.tr("Firm name"))
        form.addRow(self.tr("&Firm"), self.firm)
        self.contact = self._line(profile.contact, self.tr("Contact line"))
        self.contact.setPlaceholderText(self.tr("e.g. 418 555-0100 · info@firm.example"))
        form.addRow(self.tr("C&ontact line"), self.contact)
        self.confidentiality = self._line(
            profile.confidentiality_line, self.tr("Default confidentiality line")
        )
        self.confidentiality.setPlaceholderText(self.tr("e.g. Confidential: for the client only"))
        form.addRow(self.tr("Confidentiality l&ine"), self.confidentiality)
        self.accent = self._line(profile.accent or "", self.tr("Accent colour"))
        self.accent.setPlaceholderText("#1F6F8B")
        self.accent.setMaxLength(7)
        form.addRow(self.tr("&Accent colour"), self.accent)
        logo_row = QHBoxLayout()
        self.choose_logo = QPushButton(self.tr("Choose &logo…"))
        self.choose_logo.clicked.connect(self.pick_logo)
        self.remove_logo = QPushButton(self.tr("&Remove logo"))
        self.remove_logo.clicked.connect(self.clear_logo)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        logo_row.addStretch(1)
        form.addRow(self.tr("Logo"), logo_row)
        layout.addLayout(form)
        self.problem = WarningLabel()
        layout.addWidget(self.problem)
        self.preview = BrandPreview()
        layout.addWidget(self.preview)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.firm, self.contact, self.confidentiality, self.accent):
            field.textChanged.connect(self._refresh)
        self._refresh()

    def _line(self, text: str, name: str) -> QLineEdit:
        field = QLineEdit(text)
        field.setAccessibleName(name)
        return field

    # --- the logo

    def pick_logo(self) -> None:
        path = dialogs.get_open_path(
            self,
            self.tr("Choose the logo"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.svg)"),
        )
        if path is not None:
            self.load_logo(path)

    def load_logo(self, path: Path) -> bool:
        """Take the logo in ``path``; say why not (and keep the previous one) if refused."""
        try:
            self._logo = read_logo(path)
        except (LogoError, SvgError) as exc:
            self._logo_problem = self.tr("Logo not used: %1").replace("%1", str(exc))
            self.problem.show_message(self._logo_problem)
            return False
        self._logo_problem = ""
        self._refresh()
        return True

    def clear_logo(self) -> None:
        self._logo = None
        self._logo_problem = ""
        self._refresh()

    # --- the result

    def profile(self) -> Brand:
        """The brand as typed; ``ValueError`` with a message for the user when it is not one."""
        accent = self.accent.text().strip()
        try:
            colour = parse_colour(accent) if accent else None
        except ColourError:
            raise ValueError(
                self.tr("“%1” is not a colour: write it as #RRGGBB, e.g. #1F6F8B.").replace(
                    "%1", accent
                )
            ) from None
        try:
            return Brand(
                firm=self.firm.text().strip(),
                contact=self.contact.text().strip(),
                confidentiality_line=self.confidentiality.text().strip(),
                accent=colour,
                logo=self._logo,
            )
        except ValidationError as exc:
            raise ValueError(str(edit_error(exc))) from None

    def _refresh(self) -> None:
        self.remove_logo.setEnabled(self._logo is not None)
        try:
            brand = self.profile()
        except ValueError as exc:
            self.problem.show_message(str(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self.problem.show_message(self._logo_problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.preview.show_brand(brand)
