"""The export panel of the summary: language, names, an optional password, progress, cancel,
open the result.

The password fields hold the password only until the export starts: it is handed to the
export job (:class:`wizard.workbook.encryption.Password`), the fields are emptied, and it is
never written to the settings, the session, a recovery copy or a log."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs
from ui.document import AuditDocument
from ui.export_worker import export_failure, snapshot, workbook_work
from ui.long_work import Runner
from ui.pages.summary_brand import BrandChoice
from ui.read_only import mark_view_only
from ui.widgets.fields import WarningLabel
from wizard.workbook.encryption import Password, PasswordError

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def suggested_name(organisation: str, today: date) -> str:
    """``Organisation - audit 2025-06-01.xlsx`` with characters file systems refuse removed."""
    base = " ".join(_UNSAFE.sub(" ", organisation).split()).strip(" .") or "Vigie"
    return f"{base[:80]} - audit {today.isoformat()}.xlsx"


class ExportPanel(QGroupBox):
    sig_save_requested = Signal()
    """The user pressed "Save the audit"."""
    sig_exported = Signal(Path)
    """A workbook was written to this path."""

    def __init__(self, document: AuditDocument) -> None:
        super().__init__()
        self.document = document
        self.runner = Runner(self)
        self.runner.sig_progress.connect(self._on_progress)
        self.runner.sig_done.connect(self._on_done)
        self.runner.sig_failed.connect(self._on_failed)
        self.runner.sig_cancelled.connect(self._on_cancelled)
        self.runner.sig_finished.connect(lambda: self._set_running(False))
        self.last_path: Path | None = None
        self._protected = False
        self.setTitle(self.tr("Export the workbook"))
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        self.language.setAccessibleName(self.tr("Workbook language"))
        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        self.brand = BrandChoice(document)
        language_row.addWidget(self.brand, 1)
        form.addRow(self.tr("Language"), language_row)
        self.include_names = QCheckBox(self.tr("Include personal names"))
        self.include_names.setToolTip(
            self.tr("Off: people appear by their role only, as privacy law usually expects.")
        )
        self._build_password(form)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setAccessibleName(self.tr("Export the workbook"))
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the export"))
        self.save_button = QPushButton(self.tr("&Save the audit"))
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(row)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        # the bar's and the message's room is kept while they are hidden or empty: the
        # panel does not jump when an export starts or ends
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.progress)
        holder.setFixedHeight(self.progress.sizeHint().height())
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 2)
        form.addRow(holder)
        form.addRow(self.status)
        self.open_button = QPushButton(self.tr("&Open the workbook"))
        self.folder_button = QPushButton(self.tr("Show &in folder"))
        mark_view_only(  # exporting a read-only audit is allowed; saving it is not
            self.language,
            self.include_names,
            self.protect,
            self.password,
            self.password_again,
            self.export_button,
            self.cancel_button,
            self.open_button,
            self.folder_button,
        )
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        form.addRow(row)
        self.export_button.clicked.connect(self.choose_and_export)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.sig_save_requested)
        self.open_button.clicked.connect(self._open_workbook)
        self.folder_button.clicked.connect(self._show_folder)
        self._set_running(False)

    def _build_password(self, form: QFormLayout) -> None:
        self.protect = QCheckBox(self.tr("&Protect with a password"))
        self.protect.setToolTip(
            self.tr(
                "The workbook is encrypted: Excel and LibreOffice ask for the password to open "
                "it. Vigie does not keep the password; send it by another channel than the file."
            )
        )
        checks = QHBoxLayout()
        checks.addWidget(self.include_names)
        checks.addWidget(self.protect)
        checks.addStretch(1)
        form.addRow(checks)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Workbook password"))
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again.setAccessibleName(self.tr("Workbook password again"))
        for field in (self.password, self.password_again):
            field.setMaxLength(255)
            field.textChanged.connect(lambda _text: self.password_problem.show_message(""))
        self.password.setPlaceholderText(self.tr("Password"))
        self.password_again.setPlaceholderText(self.tr("Same password again"))
        self.password_box = QWidget()
        box = QVBoxLayout(self.password_box)
        box.setContentsMargins(0, 0, 0, 0)
        fields = QHBoxLayout()
        fields.addWidget(self.password)
        fields.addWidget(self.password_again)
        box.addLayout(fields)
        self.password_problem: WarningLabel = WarningLabel()
        box.addWidget(self.password_problem)
        form.addRow(self.password_box)
        self._form = form
        self.protect.toggled.connect(self._show_password)
        self._show_password(False)

    def _show_password(self, on: bool) -> None:
        """The password fields take room only while the protection is ticked (the summary
        must fit a 1024 × 700 screen)."""
        self._form.setRowVisible(self.password_box, on)
        if not on:
            self._forget_password()

    def _forget_password(self) -> None:
        self.password.clear()
        self.password_again.clear()
        self.password_problem.show_message("")

    def chosen_password(self) -> Password | None:
        """The password to encrypt with (None: not protected); :class:`PasswordError` with a
        message for the user when the two fields are empty or differ."""
        if not self.protect.isChecked():
            return None
        if not self.password.text():
            raise PasswordError(self.tr("Type the password twice, or untick the protection."))
        if self.password.text() != self.password_again.text():
            raise PasswordError(self.tr("The two passwords differ: type the same one twice."))
        try:
            return Password(self.password.text())
        except PasswordError:
            raise PasswordError(
                self.tr("This password cannot be used: no tabs or line breaks.")
            ) from None

    def refresh(self) -> None:
        """Default the language to the engagement's deliverable language; show the brand."""
        self.brand.refresh()
        index = self.language.findData(self.document.audit.engagement.language)
        if index >= 0 and not self.is_running():
            self.language.setCurrentIndex(index)

    def is_running(self) -> bool:
        return self.runner.is_busy()

    def choose_and_export(self) -> None:
        try:
            self.chosen_password()
        except PasswordError as exc:
            self._say_password_problem(str(exc))
            return
        folder = self.document.path.parent if self.document.path else Path.home()
        name = suggested_name(self.document.audit.engagement.organisation.name, date.today())
        path = dialogs.get_save_path(
            self,
            self.tr("Export the workbook"),
            str(folder / name),
            dialogs.workbook_filter(),
            "xlsx",
        )
        if path is not None:
            self.start_export(path)

    def start_export(self, path: Path) -> None:
        """Export to ``path`` on a worker thread."""
        if self.is_running():
            return
        try:
            password = self.chosen_password()
        except PasswordError as exc:
            self._say_password_problem(str(exc))
            return
        self.password.clear()
        self.password_again.clear()
        self._protected = password is not None
        work = workbook_work(
            snapshot(self.document.session),
            path,
            str(self.language.currentData()),
            self.include_names.isChecked(),
            password,
        )
        del password
        self.runner.explain = export_failure(path)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Exporting…"))
        self._set_running(True)
        self.runner.start(work)

    def _say_password_problem(self, message: str) -> None:
        self.password_problem.show_message(message)
        self.status.setText(self.tr("The workbook was not written."))
        target = self.password if not self.password.text() else self.password_again
        target.setFocus()

    def cancel(self) -> None:
        if self.runner.cancel():
            self.status.setText(self.tr("Cancelling…"))

    def shutdown(self) -> None:
        self.runner.shutdown()

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.language.setEnabled(not running)
        self.include_names.setEnabled(not running)
        for widget in (self.protect, self.password, self.password_again):
            widget.setEnabled(not running)
        exists = self.last_path is not None and not running
        self.open_button.setEnabled(exists)
        self.folder_button.setEnabled(exists)
        self.progress.setVisible(running)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_done(self, path: Path) -> None:
        self.last_path = path
        if self._protected:
            text = self.tr("Workbook written to %1, protected with a password")
        else:
            text = self.tr("Workbook written to %1")
        self.status.setText(text.replace("%1", str(path)))
        self.sig_exported.emit(path)

    def _on_failed(self, reason: str) -> None:
        self.status.setText(self.tr("The workbook was not written."))
        dialogs.warn(
            self,
            self.tr("Export failed"),
            self.tr("The workbook was not written. Choose another name or folder and retry."),
            reason,
        )

    def _on_cancelled(self) -> None:
        self.status.setText(self.tr("Export cancelled."))

    def _open_workbook(self) -> None:
        if self.last_path is not None:
            self._open(self.last_path)

    def _show_folder(self) -> None:
        if self.last_path is not None:
            self._open(self.last_path.parent)

    def _open(self, path: Path) -> None:
        """Hand ``path`` to the desktop; when it cannot, say why and where the file is."""
        if not path.exists():
            reason = self.tr("The file is no longer there (moved or deleted).")
        elif dialogs.open_path(path):
            return
        else:
            reason = self.tr(
                "No program on this computer opens it (install a spreadsheet program, "
                "or open the file from its folder)."
            )
        dialogs.warn(self, self.tr("Cannot open"), reason, str(path))
