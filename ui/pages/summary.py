"""Step 6: scores, stage, completeness, inventory figures, top findings, and the export.

Every figure comes from :mod:`wizard.scoring.scores` and :mod:`wizard.scoring.findings`; this page
only
lays them out. The export runs on a worker thread (:mod:`ui.export_worker`).

Figures are worked out again only when the audit changed since the page last showed them
(the document's ``revision``, the language, the as-of date); on a big audit the inventory
figures and the findings list are filled on the next turns of the event loop, so the scores
paint first and no single step holds the window for long.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWizardPage,
)

from ui.document import AuditDocument
from ui.formats import format_percent
from ui.i18n import current_language
from ui.pages.summary_export import ExportPanel
from ui.pages.summary_progress import ProgressPanel
from ui.widgets.fields import WarningLabel
from ui.widgets.next_turn import after_next_paint, on_next_turn
from ui.widgets.score_chart import Bar, ScoreChart
from wizard.audit import labels
from wizard.scoring import findings as finding_rules
from wizard.scoring import scores as scoring

TOP_FINDINGS = 8


PROVISIONAL_BELOW = 50
"""Completeness (%) under which the overall score is shown small, with a caveat."""

PROBLEMS_SLICE = 2500
"""Accounts whose problems are worked out per event-loop turn on a big audit (under ten
milliseconds)."""

DEFER_FINDINGS_FROM = 1000
"""Accounts from which the inventory figures and findings are filled on later event-loop
turns."""


class SummaryPage(QWizardPage):
    sig_save_requested = Signal()
    """The user pressed "Save the audit" on this page."""

    def __init__(self, document: AuditDocument) -> None:
        super().__init__()
        self.document = document
        self.setTitle(self.tr("Summary and export"))
        self.setSubTitle(
            self.tr("Maturity by section, the inventory in figures, and the workbook.")
        )
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self._build_scores(), 1)
        self.progress_panel = ProgressPanel(document)
        left.addWidget(self.progress_panel)
        layout.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(self._build_inventory())
        right.addWidget(self._build_findings(), 1)
        self.export_panel = ExportPanel(document)
        self.export_panel.sig_save_requested.connect(self.sig_save_requested)
        right.addWidget(self.export_panel)
        layout.addLayout(right, 2)
        self._shown_for: tuple[int, str, date] | None = None
        """(revision, language, as-of date) the figures on show were worked out for."""
        self.filling = False
        """Figures of a big audit are still being filled in, a step per event-loop turn."""

    def _build_scores(self) -> QGroupBox:
        box = QGroupBox(self.tr("Maturity"))
        column = QVBoxLayout(box)
        form = QFormLayout()
        self.overall_label = QLabel()
        self.overall_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.stage_label = QLabel()
        self.stage_label.setWordWrap(True)
        self.completeness_label = QLabel()
        form.addRow(self.tr("Overall score"), self.overall_label)
        form.addRow(self.tr("Stage"), self.stage_label)
        form.addRow(self.tr("Completeness"), self.completeness_label)
        column.addLayout(form)
        self.caveat = WarningLabel()  # a score on few answers must not read as a result
        column.addWidget(self.caveat)
        column.addWidget(QLabel(self.tr("Scores by section (0–100)")))
        self.chart = ScoreChart()
        self.chart.setAccessibleName(self.tr("Scores by section"))
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        scroll.setAccessibleName(self.tr("Scores by section"))
        column.addWidget(scroll, 1)
        self.chart_legend = QLabel()  # what the dashed lines are
        self.chart_legend.setWordWrap(True)
        column.addWidget(self.chart_legend)
        return box

    def _build_inventory(self) -> QGroupBox:
        box = QGroupBox(self.tr("Inventory"))
        form = QFormLayout(box)
        self.stat_labels: dict[str, QLabel] = {}
        rows = [
            ("total", self.tr("Accounts")),
            ("managed", self.tr("Managed by the organisation")),
            ("mfa", self.tr("MFA on every admin")),
            ("dormant", self.tr("Dormant")),
            ("without_owner", self.tr("Without an owner")),
            ("unofficial", self.tr("Unofficial or impostor")),
            ("closed", self.tr("Closed")),
        ]
        for key, text in rows:
            value = QLabel()
            value.setAccessibleName(text)
            self.stat_labels[key] = value
            form.addRow(text, value)
        return box

    def _build_findings(self) -> QGroupBox:
        box = QGroupBox(self.tr("Most severe findings"))
        column = QVBoxLayout(box)
        self.findings_list = QListWidget()
        self.findings_list.setAccessibleName(self.tr("Most severe findings"))
        self.findings_list.setWordWrap(True)
        column.addWidget(self.findings_list)
        return box

    # --- reading the audit

    def initializePage(self) -> None:
        audit = self.document.audit
        lang = current_language()
        today = scoring.as_of(audit)
        stamp = (self.document.revision, lang, today)
        if stamp != self._shown_for:
            self._shown_for = stamp
            self._show_figures(audit, today, lang)
        self.progress_panel.refresh()
        self.export_panel.refresh()

    def _show_figures(self, audit, today: date, lang: str) -> None:
        """Scores, chart, inventory figures and findings, from the audit as it is now."""
        overall = scoring.overall_score(audit)
        self.overall_label.setText(format_percent(overall.score, self.tr("not assessed yet")))
        provisional = overall.score is not None and overall.completeness < PROVISIONAL_BELOW
        # a large figure only once it means something
        size = "16pt" if not provisional else "11pt"
        self.overall_label.setStyleSheet(f"font-size: {size}; font-weight: bold;")
        self.caveat.show_message(
            self.tr(
                "Provisional: only %1 of the criteria are answered, so this score can still "
                "change a lot."
            ).replace("%1", format_percent(overall.completeness))
            if provisional
            else ""
        )
        self.stage_label.setText(overall.stage.name.get(lang) if overall.stage else "—")
        self.completeness_label.setText(
            self.tr("%1 of the criteria answered").replace(
                "%1", format_percent(overall.completeness)
            )
        )
        sections = {s.id: s for s in audit.framework.sections}
        bars = [
            Bar(
                label=sections[s.section_id].title.get(lang),
                value=s.score,
                completeness=s.completeness,
                group=sections[s.section_id].group,
            )
            for s in overall.sections
        ]
        thresholds = [stage.min_score for stage in audit.framework.stages]
        self.chart.set_bars(bars, thresholds, self.tr("not assessed"))
        starts = [
            f"{stage.name.get(lang)} {stage.min_score:g}"
            for stage in audit.framework.stages
            if 0 < stage.min_score < 100
        ]
        self.chart_legend.setText(
            self.tr("╌ Dashed lines: where each stage begins (%1).").replace(
                "%1", ", ".join(starts)
            )
            if starts
            else ""
        )
        if len(audit.accounts) < DEFER_FINDINGS_FROM:
            self._show_inventory(scoring.inventory_stats(audit, today))
            self._show_findings(audit, today, lang)
            self.filling = False  # steps left for an earlier, bigger audit stop
            return
        # a big audit: each account's problems a slice per turn, then the figures, then
        # the findings, each on a turn of its own
        accounts = list(audit.accounts)
        problems: list[list[scoring.Problem]] = []

        def work_out(start: int) -> None:
            problems.extend(
                scoring.account_problems(a, audit, today)
                for a in accounts[start : start + PROBLEMS_SLICE]
            )

        def same_accounts() -> bool:
            return [a.id for a in audit.accounts] == [a.id for a in accounts]

        def figures() -> None:
            stats = scoring.inventory_stats(audit, today, problems if same_accounts() else None)
            self._show_inventory(stats)

        def findings() -> None:
            self._show_findings(audit, today, lang, problems if same_accounts() else None)

        steps: list[Callable[[], None]] = [
            partial(work_out, start) for start in range(0, len(accounts), PROBLEMS_SLICE)
        ]
        steps.append(figures)
        steps.append(findings)
        self.findings_list.clear()
        self._run_later(steps, self._shown_for)

    def _run_later(self, steps: list[Callable[[], None]], stamp: object) -> None:
        """Run ``steps`` one per event-loop turn, unless the page was shown again since."""

        def next_step() -> None:
            if self._shown_for != stamp:
                return  # shown again for a newer audit: its own steps run and say when done
            steps.pop(0)()
            if steps:
                on_next_turn(self, next_step)
            else:
                self.filling = False

        self.filling = True
        after_next_paint(self, next_step)  # the scores on screen first

    def _show_inventory(self, stats: scoring.InventoryStats) -> None:
        out = self.stat_labels
        out["total"].setText(str(stats.total))
        out["managed"].setText(str(stats.managed))
        out["mfa"].setText(
            self.tr("%1 of %2 (%3)")
            .replace("%1", str(stats.mfa_all))
            .replace("%2", str(stats.managed))
            .replace("%3", format_percent(stats.mfa_coverage))
        )
        out["dormant"].setText(str(stats.dormant))
        out["without_owner"].setText(str(stats.without_owner))
        out["unofficial"].setText(str(stats.unofficial))
        out["closed"].setText(str(stats.closed))

    def _show_findings(
        self,
        audit,
        today: date,
        lang: str,
        problems: Sequence[Sequence[scoring.Problem]] | None = None,
    ) -> None:
        """The most severe findings; ``problems``: each account's, already worked out."""
        self.findings_list.clear()
        for finding in finding_rules.top_findings(audit, today, TOP_FINDINGS, problems):
            severity = labels.label(finding.severity, lang)
            self.findings_list.addItem(f"{severity} — {finding.title(lang)}")
        if self.findings_list.count() == 0:
            self.findings_list.addItem(self.tr("No findings."))

    def nextId(self) -> int:
        """The last step."""
        return -1

    def isComplete(self) -> bool:
        """False so the wizard disables Next here: with our own button layout (no Finish)
        QWizard keeps Next visible and enables it exactly when the page is complete."""
        return False

    def shutdown(self) -> None:
        """Cancel a running export and wait for it (the window is closing)."""
        self.export_panel.shutdown()
