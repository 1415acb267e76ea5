"""The summary's "Progress since the baseline" panel: shown only when the audit names one.

The baseline file is read with :func:`wizard.history.baseline.load_baseline` (again only when the
file changed) and set beside the audit by :func:`wizard.history.compare.compare_audits`, the same
comparison the workbook's Progress sheet and ``vigie compare`` show. A baseline that cannot
be read is said in one line ("Baseline unavailable: …"); the rest of the summary carries on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.document import AuditDocument
from ui.formats import format_date, locale
from ui.i18n import current_language
from ui.messages import shown
from wizard.audit.model import Audit
from wizard.history.baseline import baseline_file, load_baseline
from wizard.history.compare import Comparison, ScoreChange, compare_audits
from wizard.sessions.errors import SessionError


def _number(value: float | None) -> str:
    return "—" if value is None else locale().toString(value, "f", 1)


def score_text(change: ScoreChange) -> str:
    """ "51.5 → 58.3 (+6.8)" in the interface's number format; "—" for no score."""
    delta = change.delta
    shown = ""
    if delta is not None:
        sign = "+" if delta > 0 else ("−" if delta < 0 else "±")
        shown = f" ({sign}{_number(abs(delta))})"
    return f"{_number(change.old)} → {_number(change.new)}{shown}"


class ProgressPanel(QGroupBox):
    def __init__(self, document: AuditDocument) -> None:
        super().__init__()
        self.document = document
        self._cache: tuple[tuple, Audit] | None = None
        self.comparison: Comparison | None = None
        self.setTitle(self.tr("Progress since the baseline"))
        self.setAccessibleName(self.tr("Progress since the baseline"))
        column = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("baseline-problem")
        self.problem.setStyleSheet("QLabel#baseline-problem { color: #a40000; }")
        column.addWidget(self.problem)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        self.values: dict[str, QLabel] = {}
        for key, text in (
            ("overall", self.tr("Overall score")),
            ("completeness", self.tr("Completeness")),
            ("accounts", self.tr("Accounts")),
            ("findings", self.tr("Findings")),
        ):
            label = QLabel()
            label.setWordWrap(True)
            label.setAccessibleName(text)
            self.values[key] = label
            form.addRow(text, label)
        self.section_model = QStandardItemModel(0, 4, self)
        self.sections = QTreeView()
        self.sections.setModel(self.section_model)
        self.sections.setRootIsDecorated(False)
        self.sections.setAlternatingRowColors(True)
        self.sections.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sections.setAccessibleName(self.tr("Score change by section"))
        self.sections.setMaximumHeight(170)
        form.addRow(self.sections)
        column.addWidget(self.details)
        self.setVisible(False)

    # --- reading

    def _baseline(self) -> Audit | None:
        """The baseline audit, read again only when its file changed."""
        path = baseline_file(self.document.session)
        if path is None:
            return None
        try:
            stat = Path(path).stat()
            key: tuple[object, ...] = (str(path), stat.st_mtime_ns, stat.st_size)
        except OSError:
            key = (str(path),)
        if self._cache is not None and self._cache[0] == key and len(key) > 1:
            return self._cache[1]
        audit = load_baseline(self.document.session)
        if audit is not None:
            self._cache = (key, audit)
        return audit

    def refresh(self) -> None:
        """Show the progress since the baseline, or hide when the audit names none."""
        self.comparison = None
        if not self.document.audit.engagement.baseline.strip():
            self.setVisible(False)
            return
        self.setVisible(True)
        try:
            baseline = self._baseline()
        except SessionError as exc:
            self._show_problem(shown(exc.reason))
            return
        if baseline is None:
            self.setVisible(False)
            return
        self.comparison = compare_audits(baseline, self.document.audit)
        self.problem.setVisible(False)
        self.details.setVisible(True)
        self._show(self.comparison)

    def _show_problem(self, reason: str) -> None:
        self.heading.setText("")
        self.heading.setVisible(False)
        self.details.setVisible(False)
        self.problem.setText(self.tr("Baseline unavailable: %1").replace("%1", reason))
        self.problem.setVisible(True)

    def _show(self, c: Comparison) -> None:
        title = c.old_title or self.tr("untitled audit")
        heading = (
            self.tr("Compared with “%1” of %2.")
            .replace("%1", title)
            .replace("%2", format_date(c.old_date))
        )
        notes = c.bank.lines(current_language()) if c.bank is not None else []
        self.heading.setText("\n".join([heading, *notes]))
        self.heading.setVisible(True)
        self.values["overall"].setText(score_text(c.overall))
        self.values["completeness"].setText(score_text(c.completeness))
        self.values["accounts"].setText(
            self.tr("%1 added, %2 closed, %3 changed status, %4 removed (%5 → %6)")
            .replace("%1", str(len(c.added)))
            .replace("%2", str(len(c.closed)))
            .replace("%3", str(len(c.status_changed)))
            .replace("%4", str(len(c.removed)))
            .replace("%5", str(c.accounts_before))
            .replace("%6", str(c.accounts_after))
        )
        findings = (
            self.tr("%1 resolved, %2 new")
            .replace("%1", str(len(c.findings_resolved)))
            .replace("%2", str(len(c.findings_new)))
        )
        if c.findings_pending:
            findings += self.tr(", %1 not yet re-assessed").replace(
                "%1", str(len(c.findings_pending))
            )
        self.values["findings"].setText(findings)
        self._show_sections(c)

    def _show_sections(self, c: Comparison) -> None:
        lang = current_language()
        model = self.section_model
        model.removeRows(0, model.rowCount())
        model.setHorizontalHeaderLabels(
            [self.tr("Section"), self.tr("Baseline"), self.tr("Now"), self.tr("Change")]
        )
        for section in c.sections:
            title = section.title.get(lang) if section.title else section.item_id
            delta = section.delta
            change = "—" if delta is None else f"{'+' if delta > 0 else ''}{_number(delta)}"
            row = [
                QStandardItem(f"{section.item_id} {title}"),
                QStandardItem(_number(section.old)),
                QStandardItem(_number(section.new)),
                QStandardItem(change),
            ]
            model.appendRow(row)
        header = self.sections.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
