"""What every part of the report needs: the audit, the language, the options, the figures.

:class:`ReportContext` extends the workbook's :class:`~wizard.workbook.context.ExportContext`
(without a workbook) so the report reads the very same computed figures — scores, inventory
statistics, active findings — and shows people the same way (roles unless names are
included). It adds the document being written, the report's own words and number and date
formats for each language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from wizard.report import strings
from wizard.workbook.context import ExportContext


@dataclass
class ReportContext(ExportContext):
    document: Any = None
    """The python-docx ``Document`` being written."""

    def r(self, key: str, **values: object) -> str:
        """A sentence or heading of the report, its placeholders filled with ``values``."""
        template = strings.text(key, self.lang)
        return template.format(**values) if values else template

    def score(self, value: float | None) -> str:
        """A score as the workbook shows it (one decimal), or the "not assessed" words."""
        if value is None:
            return self.r("not_scored")
        return self._decimal(f"{value:.1f}")

    def percent(self, value: float | None) -> str:
        """A 0–100 figure as a whole percentage, like the workbook's ``0%`` format."""
        if value is None:
            return "—"
        number = f"{value:.0f}"
        return f"{number} %" if self.lang == "fr" else f"{number}%"

    def count(self, value: int) -> str:
        """A whole number with the language's thousands separator."""
        grouped = f"{value:,}"
        return grouped.replace(",", "\u202f") if self.lang == "fr" else grouped

    def day(self, value: date | None) -> str:
        if value is None:
            return ""
        name = strings.month(value.month, self.lang)
        if self.lang == "fr":
            first = "1er" if value.day == 1 else str(value.day)
            return f"{first} {name} {value.year}"
        return f"{value.day} {name} {value.year}"

    def _decimal(self, text: str) -> str:
        return text.replace(".", ",") if self.lang == "fr" else text

    def account_label(self, account_id: str) -> str:
        """An account as the workbook names it: handle (or display name) and platform."""
        account = self._accounts.get(account_id)
        if account is None:
            return account_id[:8]
        name = account.handle or account.display_name or account.id[:8]
        return f"{name} ({self.platform(account.platform)})"

    @property
    def _accounts(self) -> dict[str, Any]:
        cached = self.refs.get("accounts_by_id")
        if cached is None:
            cached = self.refs["accounts_by_id"] = {a.id: a for a in self.audit.accounts}
        return cached
