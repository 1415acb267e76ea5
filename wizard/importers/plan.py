"""From a read table to a plan, and from a plan to a changed audit.

:func:`build_plan` does all the work that can fail or take time (mapping, recognition,
validation, dedupe) without touching the audit; :func:`apply_plan` is the only function that
changes it, in one assignment at the end, so a cancel or an error leaves the audit exactly as
it was. Duplicates are decided again at apply time against the audit as it is then: the user
may have edited it while the dialog was open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from wizard.audit import model as m
from wizard.importers.errors import ImportCancelled, ImportFileError
from wizard.importers.guess import guess_mapping
from wizard.importers.headers import (
    IDENTITY,
    Mapping,
    find_header_row,
    match_header,
    override,
    suggest_mapping,
)
from wizard.importers.report import ImportReport, RowOutcome
from wizard.importers.rows import RowReader, RowResult
from wizard.importers.sources import read_source
from wizard.importers.table import Cancel, Progress, Table, Ticker
from wizard.importers.values import as_text
from wizard.messages import Message, reason_of
from wizard.platforms.duplicates import accounts_by_key

OnDuplicate = Literal["skip", "merge", "add"]
DUPLICATE_CHOICES: tuple[str, ...] = ("skip", "merge", "add")
_LIST_MAPPING = Mapping(headers=["URL or handle"], fields={0: "url"})
_NEVER_MERGED = frozenset({"id", "platform", "handle", "evidence"})


@dataclass
class ImportOptions:
    on_duplicate: OnDuplicate = "skip"
    keep_unknown: bool = False
    """Copy unknown columns into the notes as ``Header: value`` lines."""
    mapping: Mapping | None = None
    """The dialog's edited mapping; None uses the one the headers suggest."""
    header_row: int | None = None
    """Index in ``table.rows`` of the header row; None detects it."""
    no_header: bool = False
    """The first row is data: map the columns from their content (``--no-header``)."""
    overrides: dict[str, str] = field(default_factory=dict)
    """Column (number from 1, or header) → field, applied over the suggested mapping
    (``--map COLUMN=FIELD``)."""


@dataclass
class ImportPlan:
    """What importing a table would do; nothing in the audit has changed yet."""

    table: Table
    mapping: Mapping
    header_row: int | None
    """Row number (as the user sees it) of the header, None for a plain list."""
    results: list[RowResult]
    options: ImportOptions
    report: ImportReport = field(init=False)

    def accounts(self) -> list[m.Account]:
        """Every valid row's account, in file order (for the dialog's preview)."""
        return [r.account for r in self.results if r.account is not None]


# --------------------------------------------------------------------------- planning


def prepare(table: Table, options: ImportOptions | None = None) -> tuple[int | None, Mapping]:
    """Header row index and mapping for ``table``; the dialog shows and edits both.

    A file without a header row has its columns guessed from their content (the mapping is
    marked ``guessed``); ``options.overrides`` then correct any column."""
    options = options or ImportOptions()
    cells = [c for _, c in table.rows]
    if table.kind == "list" and not options.overrides:
        headed = bool(cells) and match_header(cells[0][0]) in IDENTITY
        return (0 if headed else None), options.mapping or _LIST_MAPPING
    index, mapping = _detect(table, cells, options)
    if options.overrides:
        try:
            mapping = override(mapping, options.overrides)
        except ValueError as exc:
            raise ImportFileError(
                Message("import.file.problem", file=table.name, problem=reason_of(exc))
            ) from None
    mapping.promote_website()
    if not mapping.has_identity():
        if mapping.guessed:
            first = ", ".join(repr(as_text(c)) for c in cells[0][:8]) if cells else ""
            raise ImportFileError(
                Message("import.file.no_identity_guessed", file=table.name, first=first)
            )
        headers = ", ".join(repr(h) for h in mapping.headers if h) or Message("import.file.none")
        raise ImportFileError(Message("import.file.no_identity", file=table.name, columns=headers))
    return index, mapping


def _detect(table: Table, cells: list, options: ImportOptions) -> tuple[int | None, Mapping]:
    """The header row and the mapping it suggests, or no header and the guessed mapping."""
    if options.no_header:
        return None, options.mapping or guess_mapping(cells)
    index = options.header_row if options.header_row is not None else find_header_row(cells)
    if index is not None:
        return index, options.mapping or suggest_mapping(cells[index])
    if table.kind == "list" or all(sum(1 for c in row if as_text(c)) <= 1 for row in cells[:50]):
        return None, options.mapping or _LIST_MAPPING
    return None, options.mapping or guess_mapping(cells)


def _fraction_rates(rows: list[tuple[int, tuple[object, ...]]], column: int | None) -> bool:
    """True when the engagement column holds Excel percentages (0.035 shown as 3.5 %)."""
    if column is None:
        return False
    cells = [c[column] for _, c in rows if column < len(c)]
    numbers = [n for n in cells if isinstance(n, int | float) and not isinstance(n, bool)]
    return bool(numbers) and all(0 <= n <= 1 for n in numbers)


def build_plan(
    table: Table,
    audit: m.Audit,
    options: ImportOptions | None = None,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    limit: int | None = None,
) -> ImportPlan:
    """Read every data row of ``table`` (or the first ``limit``, for a preview) into a plan."""
    options = options or ImportOptions()
    index, mapping = prepare(table, options)
    data = table.rows if index is None else table.rows[index + 1 :]
    if limit is not None:
        data = data[:limit]
    reader = RowReader(
        mapping,
        keep_unknown=options.keep_unknown,
        fraction_rate=_fraction_rates(data, mapping.column("engagement_rate")),
    )
    ticker = Ticker(progress, cancel, len(data))
    results = []
    for done, (number, cells) in enumerate(data, start=1):
        results.append(reader.read(number, cells))
        ticker.tick(done)
    header_row = None if index is None else table.rows[index][0]
    plan = ImportPlan(table, mapping, header_row, results, options)
    plan.report = _report(plan, decide(results, audit, options.on_duplicate))
    return plan


def plan_import(
    path: Path,
    audit: m.Audit,
    options: ImportOptions | None = None,
    *,
    sheet: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportPlan:
    """Read ``path`` and plan its import: the CLI's and the dialog's single entry point."""
    table = read_source(path, sheet, progress=progress, cancel=cancel)
    return build_plan(table, audit, options, progress=progress, cancel=cancel)


# --------------------------------------------------------------------------- dedupe


@dataclass(frozen=True)
class Decision:
    row: RowResult
    action: Literal["add", "merge", "skip", "invalid"]
    reason: str = ""
    target_id: str = ""
    """Audit account to merge into (empty: an account added by an earlier row)."""
    target_row: int = 0


def decide(results: list[RowResult], audit: m.Audit, on_duplicate: str) -> list[Decision]:
    """Add, merge, skip or refuse each row; the first row naming an account wins."""
    existing = accounts_by_key(audit.accounts)
    seen: dict[str, int] = {}
    decisions = []
    for result in results:
        if result.account is None:
            decisions.append(Decision(result, "invalid", result.invalid))
            continue
        key = result.key
        target = existing.get(key) if key else None
        first = seen.get(key) if key else None
        if target is None and first is None:
            decisions.append(Decision(result, "add"))
            if key:
                seen[key] = result.row
            continue
        reason = (
            Message("import.dup.audit", key=key)
            if target is not None
            else Message("import.dup.row", row=first, key=key)
        )
        action: Literal["add", "merge", "skip"] = (
            "skip" if on_duplicate == "skip" else "merge" if on_duplicate == "merge" else "add"
        )
        target_id = target.id if target is not None else ""
        decisions.append(Decision(result, action, reason, target_id, first or 0))
    return decisions


def _report(plan: ImportPlan, decisions: list[Decision], *, applied: bool = False) -> ImportReport:
    mapping = plan.mapping
    report = ImportReport(
        source=Message(
            "import.source.header_row", source=plan.table.describe(), row=plan.header_row
        )
        if plan.header_row
        else plan.table.describe(),
        guessed=mapping.guessed,
        applied=applied,
        on_duplicate=plan.options.on_duplicate,
        mapping=mapping.describe(),
        unknown_columns=[mapping.headers[i] for i in mapping.unknown],
        rows=len(plan.results),
        secret_columns=[mapping.headers[i] for i in mapping.secret],
        kept_unknown=plan.options.keep_unknown,
        warnings=list(plan.table.warnings),
    )
    buckets = {"add": report.added, "merge": report.merged, "skip": report.skipped}
    for d in decisions:
        buckets.get(d.action, report.invalid).append(RowOutcome(d.row.row, d.reason))
    for r in plan.results:
        if r.platform_from_url:
            report.platform_from_url.append(r.row)
        if r.platform_conflict:
            report.conflicts.append(RowOutcome(r.row, r.platform_conflict))
        report.problems += [RowOutcome(r.row, p) for p in r.problems]
    return report


# --------------------------------------------------------------------------- applying


def _empty_values() -> dict[str, Any]:
    fields = m.Account.model_fields
    return {
        name: info.get_default(call_default_factory=True)
        for name, info in fields.items()
        if name not in _NEVER_MERGED
    }


def merge_into(existing: m.Account, incoming: m.Account) -> m.Account:
    """``existing`` with its empty fields filled from ``incoming``; nothing is overwritten."""
    update = {
        name: getattr(incoming, name)
        for name, empty in _empty_values().items()
        if getattr(existing, name) == empty and getattr(incoming, name) != empty
    }
    return existing.model_copy(update=update) if update else existing


def apply_plan(
    audit: m.Audit,
    plan: ImportPlan,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportReport:
    """Change ``audit`` as planned and report what was done. Nothing changes before the end:
    cancelling (:class:`ImportCancelled`) or an error leaves the audit as it was."""
    decisions = decide(plan.results, audit, plan.options.on_duplicate)
    accounts = list(audit.accounts)
    position = {a.id: i for i, a in enumerate(accounts)}
    added_at: dict[int, int] = {}
    ticker = Ticker(progress, cancel, len(decisions))
    for done, d in enumerate(decisions, start=1):
        ticker.tick(done)
        incoming = d.row.account
        if incoming is None or d.action in ("skip", "invalid"):
            continue
        if d.action == "add":
            added_at[d.row.row] = len(accounts)
            if incoming.id in position:  # the same plan applied again with "add"
                incoming = incoming.model_copy(update={"id": m.new_id()})
            position[incoming.id] = len(accounts)
            accounts.append(incoming)
            continue
        at = position[d.target_id] if d.target_id else added_at[d.target_row]
        accounts[at] = merge_into(accounts[at], incoming)
    if cancel is not None and cancel():
        raise ImportCancelled()
    try:
        audit.accounts = accounts
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ImportFileError(Message("import.file.invalid_audit", problem=first["msg"])) from None
    return _report(plan, decisions, applied=True)
