"""File → Import accounts: a client's list (CSV, XLSX, URLs) into the inventory.

The dialog reads the file and plans the import on a worker thread (progress, Cancel),
shows which field each column feeds (editable), a preview of the first rows as they will
be imported and the report of the whole file. Nothing in the audit changes until the user
presses "Import N accounts"; the import is then one step on the undo stack. All the
decisions are the core's (:mod:`wizard.importers`); this module only shows them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs
from ui.i18n import current_language
from ui.import_accounts.models import first_values
from ui.import_accounts.views import ImportTables
from ui.import_accounts.worker import ImportAccounts, import_failure
from ui.long_work import Runner, Work
from ui.undo_commands import push_edit
from ui.widgets import modal
from ui.widgets.fields import WarningLabel
from wizard.audit.edits import EditError
from wizard.importers import ImportFileError
from wizard.importers.guess import guess_mapping
from wizard.importers.headers import find_header_row, suggest_mapping
from wizard.importers.plan import DUPLICATE_CHOICES, ImportOptions, ImportPlan, build_plan, prepare
from wizard.importers.report import ImportReport
from wizard.importers.sources import read_source
from wizard.importers.table import Table
from wizard.messages import localise

PREVIEW_ROWS = 20
REPORT_LIMIT = 200
"""Rows listed per section of the report shown in the dialog."""


class ImportDialog(QDialog):
    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.path: Path | None = None
        self.table: Table | None = None
        self.header_index: int | None = None
        self.preview_plan: ImportPlan | None = None
        self.plan: ImportPlan | None = None
        """The whole file's plan, once the worker has made it: what "Import" applies."""
        self.command: ImportAccounts | None = None
        self.report: ImportReport | None = None
        """What the import did, once confirmed."""
        self.runner = Runner(self, import_failure)
        self.runner.sig_progress.connect(self._on_progress)
        self.runner.sig_failed.connect(self._fail)
        self.runner.sig_cancelled.connect(self._on_cancelled)
        self.setWindowTitle(self.tr("Import accounts"))
        self.setAccessibleName(self.tr("Import accounts"))
        self.resize(1100, 720)
        self._build()
        self._set_idle(self.tr("Choose a CSV, Excel or text file listing the accounts."))

    # --- building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setAccessibleName(self.tr("File to import"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the file to import"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.choose_button)
        form.addRow(file_label, file_row)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName(self.tr("Worksheet"))
        self.sheet_combo.activated.connect(self._on_sheet_chosen)
        form.addRow(self._label(self.tr("&Sheet:"), self.sheet_combo), self.sheet_combo)
        self.header_spin = QSpinBox()
        self.header_spin.setAccessibleName(self.tr("Row holding the column names"))
        self.header_spin.setKeyboardTracking(False)
        self.header_spin.valueChanged.connect(self._on_header_row)
        self.no_header_check = QCheckBox(self.tr("No header row: the first row is data"))
        self.no_header_check.setAccessibleName(self.tr("The file has no header row"))
        self.no_header_check.toggled.connect(self._on_no_header)
        header_row = QHBoxLayout()
        header_row.addWidget(self.header_spin)
        header_row.addWidget(self.no_header_check, 1)
        form.addRow(self._label(self.tr("&Header row:"), self.header_spin), header_row)
        self.duplicate_combo = QComboBox()
        self.duplicate_combo.setAccessibleName(self.tr("Accounts already met"))
        for choice, text in zip(DUPLICATE_CHOICES, self._duplicate_texts(), strict=True):
            self.duplicate_combo.addItem(text, choice)
        self.duplicate_combo.currentIndexChanged.connect(lambda _i: self.replan())
        form.addRow(
            self._label(self.tr("&Duplicates:"), self.duplicate_combo), self.duplicate_combo
        )
        layout.addLayout(form)
        layout.addLayout(self._build_progress())
        self.warning = WarningLabel()
        self.warning.setAccessibleName(self.tr("Problem with the file"))
        layout.addWidget(self.warning)
        self.guess_note = QLabel(
            self.tr(
                "This file has no header row: the columns were guessed from their content. "
                "Check “Imported as” below and change any that is wrong."
            )
        )
        self.guess_note.setWordWrap(True)
        self.guess_note.setAccessibleName(self.tr("Columns guessed from content"))
        self.guess_note.hide()
        layout.addWidget(self.guess_note)
        self.tables = ImportTables(PREVIEW_ROWS)
        self.mapping_model, self.preview_model = (
            self.tables.mapping_model,
            self.tables.preview_model,
        )
        self.mapping_model.sig_mapping_changed.connect(self.replan)
        self.report_text = self.tables.report_text
        layout.addWidget(self.tables, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Import summary"))
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close without importing"))
        self.import_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _duplicate_texts(self) -> list[str]:
        return [
            self.tr("Skip them"),
            self.tr("Merge: fill their empty fields only"),
            self.tr("Add them anyway"),
        ]

    def _build_progress(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Import status"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Reading progress"))
        self.stop_button = QPushButton(self.tr("Ca&ncel"))
        self.stop_button.setAccessibleName(self.tr("Cancel reading the file"))
        self.stop_button.clicked.connect(self.cancel_work)
        row.addWidget(self.status, 1)
        row.addWidget(self.progress)
        row.addWidget(self.stop_button)
        return row

    # --- choosing and reading the file

    def choose_file(self) -> None:
        start = str(self.document.path.parent) if self.document.path else ""
        filters = self.tr(
            "Account lists (*.csv *.tsv *.txt *.xlsx *.xlsm);;CSV files (*.csv *.tsv *.txt);;"
            "Excel workbooks (*.xlsx *.xlsm);;All files (*)"
        )
        path = dialogs.get_open_path(self, self.tr("Import accounts"), start, filters)
        if path is not None:
            self.load(path)

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Read ``path`` (the chosen sheet of a workbook) on the worker thread."""
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self._forget_table()
        self.status.setText(self.tr("Reading %1…").replace("%1", self.path.name))
        chosen = self.path
        self._start(
            lambda progress, cancel: read_source(chosen, sheet, progress=progress, cancel=cancel),
            self._on_table,
        )

    def _forget_table(self) -> None:
        self.table = None
        self.header_index = None
        self._forget_plans()
        self.mapping_model.clear()
        self.sheet_combo.clear()
        self.sheet_combo.setEnabled(False)
        self.header_spin.setEnabled(False)
        self.no_header_check.setEnabled(False)
        self.guess_note.hide()
        self.warning.show_message("")

    def _forget_plans(self) -> None:
        self.preview_plan = None
        self.plan = None
        self.preview_model.set_plan(None)
        self.report_text.clear()
        self.summary.clear()
        self._set_import_count(None)

    def _on_table(self, table: Table) -> None:
        self.table = table
        self.sheet_combo.blockSignals(True)
        for name in table.sheets:
            self.sheet_combo.addItem(name, name)
        self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(table.sheet), 0))
        self.sheet_combo.blockSignals(False)
        self.sheet_combo.setEnabled(len(table.sheets) > 1)
        try:
            index, mapping = prepare(table, self._options(mapping=False))
        except ImportFileError as exc:  # the user may still pick the header row or columns
            self._show_mapping(0 if table.rows else None, None)
            self._fail(exc.reason)
            return
        self._show_mapping(index, mapping)
        self.replan()

    def _show_mapping(self, index: int | None, mapping) -> None:
        table = self.table
        assert table is not None
        self.header_index = index
        if mapping is None:
            mapping = suggest_mapping(table.rows[index][1] if index is not None else ())
        data = table.rows if index is None else table.rows[index + 1 :]
        self.mapping_model.set_mapping(mapping, first_values(data[:50], len(mapping.headers)))
        self.header_spin.blockSignals(True)
        headed = table.kind != "list" and index is not None
        last = table.rows[min(len(table.rows), 50) - 1][0] if table.rows else 1
        self.header_spin.setRange(1, max(last, 1))
        self.header_spin.setValue(table.rows[index][0] if index is not None and table.rows else 1)
        self.header_spin.setEnabled(headed)
        self.header_spin.blockSignals(False)
        self.no_header_check.blockSignals(True)
        self.no_header_check.setChecked(mapping.guessed)
        self.no_header_check.setEnabled(table.kind != "list")
        self.no_header_check.blockSignals(False)
        self.guess_note.setVisible(mapping.guessed)

    def _on_no_header(self, checked: bool) -> None:
        """The user says the first row is data (columns guessed), or that it is not."""
        if self.table is None or not self.table.rows:
            return
        cells = [c for _, c in self.table.rows]
        if checked:
            self._show_mapping(None, guess_mapping(cells))
        else:
            self._show_mapping(find_header_row(cells) or 0, None)
        self.replan()

    def _on_sheet_chosen(self, _index: int) -> None:
        if self.path is not None:
            self.load(self.path, self.sheet_combo.currentData())

    def _on_header_row(self, number: int) -> None:
        if self.table is None or not self.table.rows:
            return
        index = next(
            (i for i, (row, _cells) in enumerate(self.table.rows) if row >= number),
            len(self.table.rows) - 1,
        )
        self._show_mapping(index, None)
        self.replan()

    # --- planning

    def _options(self, mapping: bool = True) -> ImportOptions:
        return ImportOptions(
            on_duplicate=self.duplicate_combo.currentData() or "skip",
            keep_unknown=self.mapping_model.keep_unknown() if mapping else False,
            mapping=self.mapping_model.mapping() if mapping else None,
            header_row=self.header_index if mapping else None,
            no_header=mapping and self.mapping_model.guessed(),
        )

    def replan(self) -> None:
        """Preview the first rows now; plan the whole file on the worker thread."""
        if self.table is None:
            return
        self._forget_plans()
        self.warning.show_message("")
        table, audit, options = self.table, self.document.audit, self._options()
        try:
            self.preview_plan = build_plan(table, audit, options, limit=PREVIEW_ROWS)
        except ImportFileError as exc:
            self.runner.drop()
            self._fail(exc.reason)
            return
        self.tables.show_preview(self.preview_plan)
        self.status.setText(self.tr("Checking every row…"))
        self._start(
            lambda progress, cancel: build_plan(
                table, audit, options, progress=progress, cancel=cancel
            ),
            self._on_plan,
        )

    def _on_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        report = plan.report
        lang = current_language()  # the core's report, in the interface's language
        self.report_text.setPlainText("\n".join(report.lines(REPORT_LIMIT, lang)))
        self.summary.setText(report.summary(lang))
        self._set_idle(self.tr("Ready: nothing is changed until you press Import."))
        self._set_import_count(len(report.added) + len(report.merged))

    def _set_import_count(self, count: int | None) -> None:
        writable = not self.document.read_only
        if count is None:
            self.import_button.setText(self.tr("&Import"))
        else:
            self.import_button.setText(self.tr("&Import %n account(s)", "", count))
        self.import_button.setAccessibleName(self.import_button.text().replace("&", ""))
        self.import_button.setEnabled(bool(count) and writable and self.plan is not None)

    # --- the worker

    def _start(self, work: Work, on_done) -> None:
        self.runner.start(work, on_done)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stop_button.show()

    def cancel_work(self) -> None:
        """The Cancel button: stop reading or planning; nothing is imported."""
        if self.runner.drop():
            self._forget_plans()
            self._set_idle(
                self.tr("Cancelled: nothing was imported. Choose the file again to resume.")
            )

    def is_busy(self) -> bool:
        return self.runner.is_busy()

    def _on_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.status.setText(self.tr("%1 rows read…").replace("%1", f"{done:,}"))

    def _on_cancelled(self) -> None:
        self._forget_plans()
        self._set_idle(self.tr("Cancelled: nothing was imported."))

    def _fail(self, reason: str) -> None:
        self.plan = None
        self._set_import_count(None)
        reason = localise(reason, current_language())
        self.warning.show_message(self.tr("This file cannot be imported: %1").replace("%1", reason))
        self._set_idle(self.tr("Nothing was imported."))

    def _set_idle(self, text: str) -> None:
        self.status.setText(text)
        self.progress.hide()
        self.stop_button.hide()

    def shutdown(self) -> None:
        """Stop every worker and wait for it (the dialog is closing)."""
        self.runner.shutdown()

    def done(self, result: int) -> None:
        self.shutdown()
        super().done(result)

    # --- confirming

    def confirm(self) -> None:
        """Apply the whole plan as one undoable step, then close."""
        if self.plan is None or self.is_busy() or self.document.read_only:
            return
        count = len(self.plan.report.added) + len(self.plan.report.merged)
        command = ImportAccounts(
            self.document, self.plan, self.tr("Import %n account(s)", "", count)
        )
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            push_edit(self.document, command)
        except (ImportFileError, EditError) as exc:
            self._fail(getattr(exc, "reason", str(exc)))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.command = command
        self.report = command.report
        self.accept()


def import_accounts(document, parent: QWidget | None = None) -> ImportAccounts | None:
    """Run the import dialog; the command pushed when the user imported, else None."""
    return modal.run_for_command(ImportDialog(document, parent))
