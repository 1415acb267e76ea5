"""Findings as a table: generated ones with the auditor's decision, then the own ones.

The list is computed by the core (:func:`wizard.scoring.findings.effective_findings`) and
recomputed whenever the page is shown or a review or own finding changes: findings are
never stored, only the decisions on them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ui.i18n import current_language
from ui.models.roles import RECORD_ID_ROLE
from wizard.audit import labels
from wizard.scoring import scores as scoring
from wizard.scoring.findings import ReviewedFinding, effective_findings

Index = QModelIndex | QPersistentModelIndex
COL_SEVERITY, COL_TITLE, COL_ACCOUNTS, COL_DECISION = range(4)


class FindingsModel(QAbstractTableModel):
    def __init__(self, document, today: date | None = None, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.today = today or scoring.as_of(document.audit)
        self.lang = current_language()
        self.findings: list[ReviewedFinding] = []
        events = document.events
        events.sig_reviews_changed.connect(self.refresh)
        events.sig_records_changed.connect(
            lambda kind: self.refresh() if kind == "own_findings" else None
        )
        self.refresh()

    def refresh(self) -> None:
        """Recompute the findings from the audit as it is now."""
        self.beginResetModel()
        self.lang = current_language()
        self.findings = effective_findings(self.document.audit, self.today)
        self.endResetModel()

    def finding(self, key: str) -> ReviewedFinding | None:
        return next((f for f in self.findings if f.key == key), None)

    def row_of(self, key: str) -> int:
        return next((n for n, f in enumerate(self.findings) if f.key == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("Severity"), self.tr("Finding"), self.tr("Accounts"), self.tr("Decision")]
        return titles[section] if 0 <= section < 4 else None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.findings):
            return None
        finding = self.findings[index.row()]
        if role == RECORD_ID_ROLE:
            return finding.key
        if role == Qt.ItemDataRole.FontRole and finding.dismissed:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.detail(self.lang)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == COL_SEVERITY:
            return labels.label(finding.severity, self.lang)
        if column == COL_TITLE:
            return finding.title(self.lang)
        if column == COL_ACCOUNTS:
            return str(len(finding.accounts)) if finding.accounts else ""
        return self.decision_text(finding)

    def decision_text(self, finding: ReviewedFinding) -> str:
        if finding.own:
            return self.tr("Own finding")
        if finding.decision is None:
            return self.tr("To review")
        text = labels.label(finding.decision, self.lang)
        return f"{text}: {finding.reason}" if finding.dismissed else text
