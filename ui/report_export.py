"""File → Export Report…: the report's options, its file name, and the writing off the GUI
thread with a progress dialog that can cancel.

The report itself is :func:`wizard.report.export_report`; this module only asks and shows.
It runs through :class:`ui.long_work.Runner`, like the workbook export.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QProgressDialog,
    QWidget,
)

from ui import dialogs
from ui.document import AuditDocument
from ui.export_worker import export_failure, snapshot
from ui.long_work import Cancel, Progress, Runner, Work
from ui.pages.summary_export import suggested_name
from ui.widgets import modal
from wizard.sessions.session import Session


def report_work(session: Session, path: Path, lang: str, names: bool, pdf: Path | None) -> Work:
    """Write the report of ``session`` (a snapshot) to ``path``; the result is the path."""

    def work(progress: Progress, cancel: Cancel) -> Path:
        from wizard.report import export_report  # lazy: python-docx only when a report is made

        export_report(
            session,
            path,
            lang=lang,
            include_names=names,
            progress=progress,
            cancel=cancel,
            pdf=pdf,
        )
        return path

    return work


class ReportOptions(QDialog):
    """Language, personal names, and a PDF copy when LibreOffice is installed."""

    def __init__(self, document: AuditDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from wizard.report.pdf import find_soffice  # lazy: the report package on first use

        self.setWindowTitle(self.tr("Export the report"))
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(
            max(0, self.language.findData(document.audit.engagement.language))
        )
        self.language.setAccessibleName(self.tr("Report language"))
        form.addRow(self.tr("&Language"), self.language)
        self.include_names = QCheckBox(self.tr("Include personal &names"))
        self.include_names.setToolTip(
            self.tr("Without this, auditors and the client contact appear by their role")
        )
        form.addRow(self.include_names)
        self.pdf = QCheckBox(self.tr("Also make a &PDF"))
        if find_soffice() is None:
            self.pdf.setEnabled(False)
            self.pdf.setToolTip(self.tr("Needs LibreOffice, which is not installed"))
        form.addRow(self.pdf)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ReportExporter(QObject):
    """Asks, writes and reports one report at a time for the main window."""

    sig_written = Signal(Path)
    """The report (and its PDF, when asked) was written; the ``.docx`` path."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.runner = Runner(self)
        self.runner.sig_progress.connect(self._on_progress)
        self.runner.sig_done.connect(self._on_done)
        self.runner.sig_failed.connect(self._on_failed)
        self.runner.sig_cancelled.connect(self._close_progress)
        self.progress: QProgressDialog | None = None

    def is_running(self) -> bool:
        return self.runner.is_busy()

    def choose_and_export(self, document: AuditDocument) -> None:
        if self.is_running():
            return
        options = ReportOptions(document, self.window)
        if not modal.run(options):
            return
        folder = document.path.parent if document.path else Path.home()
        name = suggested_name(document.audit.engagement.organisation.name, date.today())
        path = dialogs.get_save_path(
            self.window,
            self.tr("Export the report"),
            str(folder / Path(name).with_suffix(".docx")),
            self.tr("Word documents (*.docx)"),
            "docx",
        )
        if path is None:
            return
        pdf = path.with_suffix(".pdf") if options.pdf.isChecked() else None
        lang = str(options.language.currentData())
        self.start(document, path, lang, options.include_names.isChecked(), pdf)

    def start(
        self, document: AuditDocument, path: Path, lang: str, names: bool, pdf: Path | None
    ) -> None:
        work = report_work(snapshot(document.session), path, lang, names, pdf)
        self.runner.explain = export_failure(path)
        self.progress = QProgressDialog(
            self.tr("Writing the report…"), self.tr("Cancel"), 0, 0, self.window
        )
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.runner.cancel)
        self.runner.start(work)

    def shutdown(self) -> None:
        self.runner.shutdown()

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _on_done(self, path: Path) -> None:
        self._close_progress()
        self.sig_written.emit(path)

    def _on_failed(self, reason: str) -> None:
        self._close_progress()
        dialogs.warn(
            self.window,
            self.tr("Report not written"),
            self.tr("The report was not written. Choose another name or folder and retry."),
            reason,
        )
