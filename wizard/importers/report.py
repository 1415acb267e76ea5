"""What an import did, or would do: counts with row numbers and reasons.

The same report serves the CLI (printed), the dialog (shown before the user confirms) and
the result of :func:`~wizard.importers.plan.apply_plan`, so what the user approved is what
they read afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wizard.messages import Message, localise


@dataclass(frozen=True)
class RowOutcome:
    row: int
    reason: str = ""
    """Empty, or a :class:`~wizard.messages.Message` (its English text; ``localise`` it)."""


@dataclass
class ImportReport:
    source: str
    applied: bool = False
    rows: int = 0
    """Data rows read: every one is added, merged, skipped or invalid."""
    guessed: bool = False
    """No header row: the columns were mapped from their content."""
    on_duplicate: str = "skip"
    mapping: list[str] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    secret_columns: list[str] = field(default_factory=list)
    kept_unknown: bool = False
    added: list[RowOutcome] = field(default_factory=list)
    merged: list[RowOutcome] = field(default_factory=list)
    skipped: list[RowOutcome] = field(default_factory=list)
    invalid: list[RowOutcome] = field(default_factory=list)
    platform_from_url: list[int] = field(default_factory=list)
    conflicts: list[RowOutcome] = field(default_factory=list)
    problems: list[RowOutcome] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def duplicates(self) -> int:
        """Rows naming an account already met (in the file or the audit), whatever was done."""
        return sum(1 for o in self.merged + self.skipped + self.added if o.reason)

    def counts(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            "merged": len(self.merged),
            "skipped": len(self.skipped),
            "invalid": len(self.invalid),
        }

    def summary(self, lang: str = "en") -> str:
        """One line: what happened, or what would happen, to every data row."""
        key = "import.summary.applied" if self.applied else "import.summary.planned"
        return Message(key, rows=self.rows, **self.counts()).text(lang)

    def lines(self, limit: int | None = 50, lang: str = "en") -> list[str]:
        """The report as text in ``lang``; each row list is cut at ``limit`` lines (None: every
        row)."""
        out = [Message("import.source", source=self.source).text(lang)]
        if self.guessed:
            out.append(
                Message("import.no_header.guessed", columns=_joined(self.mapping, ", ", lang)).text(
                    lang
                )
                if self.mapping
                else Message("import.no_header").text(lang)
            )
        elif self.mapping:
            out.append(
                Message("import.columns", columns=_joined(self.mapping, "; ", lang)).text(lang)
            )
        if self.unknown_columns:
            key = "import.unknown.kept" if self.kept_unknown else "import.unknown.dropped"
            out.append(Message(key, columns=_names(self.unknown_columns, lang)).text(lang))
        if self.secret_columns:
            columns = _names(self.secret_columns, lang)
            out.append(Message("import.secret_columns", columns=columns).text(lang))
        out += [Message("import.warning", warning=w).text(lang) for w in self.warnings]
        out.append(self.summary(lang))
        if self.platform_from_url:
            count = len(self.platform_from_url)
            out.append(Message("import.platform_from_url", count=count).text(lang))
        duplicates = [o for o in self.added if o.reason]
        for key, outcomes in (
            ("import.section.conflicts", self.conflicts),
            ("import.section.duplicates_added", duplicates),
            ("import.section.merged", self.merged),
            ("import.section.skipped", self.skipped),
            ("import.section.invalid", self.invalid),
            ("import.section.problems", self.problems),
        ):
            out += _section(key, outcomes, limit, lang)
        return out


def _names(headers: list[str], lang: str) -> str:
    """Column headers quoted; a headerless file's "column 3" in the reader's language."""
    return ", ".join(repr(localise(header, lang)) for header in headers)


def _joined(parts: list[str], separator: str, lang: str) -> str:
    return separator.join(localise(part, lang) for part in parts)


def _section(key: str, outcomes: list[RowOutcome], limit: int | None, lang: str) -> list[str]:
    if not outcomes:
        return []
    shown = outcomes if limit is None else outcomes[:limit]
    lines = [Message(key, count=len(outcomes)).text(lang)]
    lines += ["  " + Message("import.row", row=o.row, reason=o.reason).text(lang) for o in shown]
    if len(shown) < len(outcomes):
        lines.append("  " + Message("import.more", count=len(outcomes) - len(shown)).text(lang))
    return lines
