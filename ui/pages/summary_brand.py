"""The brand of this audit's deliverables, on the export panel: a preview, "Use my profile"
(copies the consultant profile into the audit) and "No brand".

The audit keeps its own copy (:attr:`wizard.audit.model.Audit.brand`), so a colleague who
opens the session exports the same cover whatever their own profile says; changing the
profile later changes no audit until "Use my profile" is pressed again. Both are undoable.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.document import AuditDocument
from ui.undo_commands import SetBrand, push_edit
from ui.widgets.brand_preview import BrandPreview
from ui.widgets.fields import WarningLabel
from wizard.audit.edits import EditError
from wizard.audit.model import Brand


def _saved_profile() -> Brand:
    from ui.settings import AppSettings  # lazy: settings only when the profile is read

    return AppSettings().brand_profile()


class BrandChoice(QWidget):
    def __init__(self, document: AuditDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.profile_of: Callable[[], Brand] = _saved_profile
        """Where the consultant profile comes from (the main window gives its settings)."""
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.preview = BrandPreview(compact=True)
        row.addWidget(self.preview, 1)
        self.use_profile = QPushButton(self.tr("Use &my profile"))
        self.use_profile.setAccessibleName(self.tr("Use my consultant profile for this audit"))
        self.no_brand = QPushButton(self.tr("No b&rand"))
        self.no_brand.setAccessibleName(self.tr("No brand on this audit's deliverables"))
        row.addWidget(self.use_profile)
        row.addWidget(self.no_brand)
        column.addLayout(row)
        self.problem = WarningLabel()
        column.addWidget(self.problem)
        self.use_profile.clicked.connect(self.apply_profile)
        self.no_brand.clicked.connect(lambda: self._set(Brand()))
        document.events.sig_brand_changed.connect(self.refresh)
        document.events.sig_audit_replaced.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        brand = self.document.audit.brand
        self.preview.show_brand(brand)
        self.no_brand.setEnabled(not brand.is_empty())

    def apply_profile(self) -> None:
        profile = self.profile_of()
        if profile.is_empty():
            self.problem.show_message(
                self.tr("Your consultant profile is empty: fill it in Edit → Consultant profile…")
            )
            return
        self._set(profile)

    def _set(self, brand: Brand) -> None:
        if brand == self.document.audit.brand:
            return
        try:
            push_edit(self.document, SetBrand(self.document, brand, self.tr("Brand")))
        except EditError as exc:
            self.problem.show_message(exc.problem)
            return
        self.problem.show_message("")
        self.refresh()
