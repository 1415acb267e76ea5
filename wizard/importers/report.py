"""What an import did, or would do: counts with row numbers and reasons.

The same report serves the CLI (printed), the dialog (shown before the user confirms) and
the result of :func:`~wizard.importers.plan.apply_plan`, so what the user approved is what
they read afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RowOutcome:
    row: int
    reason: str = ""


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

    def summary(self) -> str:
        """One line: what happened, or what would happen, to every data row."""
        c = self.counts()
        verb = "Imported" if self.applied else "Would import"
        return (
            f"{verb}: {c['added']:,} added, {c['merged']:,} merged, "
            f"{c['skipped']:,} skipped (duplicates), {c['invalid']:,} invalid "
            f"({self.rows:,} data rows)"
        )

    def lines(self, limit: int | None = 50) -> list[str]:
        """The report as text; each row list is cut at ``limit`` lines (None: every row)."""
        out = [f"Source: {self.source}"]
        if self.guessed:
            out.append(
                "No header row; columns guessed from content: " + ", ".join(self.mapping)
                if self.mapping
                else "No header row"
            )
        elif self.mapping:
            out.append("Columns: " + "; ".join(self.mapping))
        if self.unknown_columns:
            fate = "kept in notes" if self.kept_unknown else "not imported"
            out.append(f"Unknown columns ({fate}): " + ", ".join(map(repr, self.unknown_columns)))
        if self.secret_columns:
            out.append(
                "Columns that look like passwords or codes, never imported: "
                + ", ".join(map(repr, self.secret_columns))
            )
        out += [f"Warning: {w}" for w in self.warnings]
        out.append(self.summary())
        if self.platform_from_url:
            out.append(
                f"Platform recognised from the URL (platform column empty): "
                f"{len(self.platform_from_url):,} rows"
            )
        out += _section("Platform column disagreed with the URL", self.conflicts, limit)
        duplicates = [o for o in self.added if o.reason]
        out += _section("Duplicates added anyway", duplicates, limit)
        out += _section("Merged into an existing account (empty fields filled)", self.merged, limit)
        out += _section("Skipped duplicates", self.skipped, limit)
        out += _section("Invalid rows (not imported)", self.invalid, limit)
        out += _section("Values left empty or adjusted", self.problems, limit)
        return out


def _section(title: str, outcomes: list[RowOutcome], limit: int | None) -> list[str]:
    if not outcomes:
        return []
    shown = outcomes if limit is None else outcomes[:limit]
    lines = [f"{title}: {len(outcomes):,}"]
    lines += [f"  row {o.row}: {o.reason}" for o in shown]
    if len(shown) < len(outcomes):
        lines.append(f"  … and {len(outcomes) - len(shown):,} more")
    return lines
