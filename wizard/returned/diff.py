"""The machinery that compares a returned workbook's rows with the audit as it is now.

:class:`Differ` holds what the comparison of every table shares (the audit, the workbook, the
changes and warnings found so far); :mod:`wizard.returned.tables` says what each table holds
and :mod:`wizard.returned.review` runs them into one :class:`ChangeSet`.

Rows are matched by the id in their hidden column, never by position, so sorted, filtered
and inserted rows do not matter. A cell is a change only when it differs from what the
export writes for the item *now* and its parsed value differs from the stored one: a value
the client left alone is never a change, even in an older export of the same audit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel

from wizard.audit import model as m
from wizard.audit.edits import EditError, with_changes
from wizard.audit.text import normalise_newlines
from wizard.messages import Message, reason_of
from wizard.returned import fields as f
from wizard.returned import headers
from wizard.returned.changes import Change, ChangeKind
from wizard.returned.reader import ReturnedWorkbook, Table
from wizard.returned.values import Formula, Rejected, as_text, is_blank
from wizard.workbook.context import ExportContext


def _norm(value: object) -> object:
    if isinstance(value, Formula) or value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return normalise_newlines(value).strip() or None
    if isinstance(value, datetime):
        return value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, int | float):
        return float(value)
    return value


def same(a: object, b: object) -> bool:
    """Whether a returned cell holds what the export wrote (or one model value equals
    another), with floats compared to a relative 1e-9."""
    if type(a) is type(b) and a == b:  # the common case: an untouched cell
        return True
    a, b = _norm(a), _norm(b)
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
    return a == b


def raw_text(value: object) -> str:
    """A returned cell as the review shows it, formulas included."""
    if isinstance(value, Formula):
        return value.text
    try:
        return as_text(value)
    except Rejected:
        return str(value)


class Differ:
    """Builds the change list of one returned workbook against one audit.

    For a workbook of another audit (``foreign``), answers and legal lines are offered only
    where the workbook has a value, and are off by default: new data never clears or
    silently overwrites this audit's assessment."""

    def __init__(
        self, audit: m.Audit, returned: ReturnedWorkbook, foreign: bool, lang: str | None = None
    ) -> None:
        self.audit = audit
        self.returned = returned
        self.foreign = foreign
        self.lang = lang or returned.lang
        """The language of the review (labels and values shown); cells are read in the
        workbook's language."""
        self.ctx = ExportContext(
            audit=audit,
            lang=returned.lang,
            include_names=returned.include_names,
            exported_at=datetime.now(UTC),
            workbook=None,  # type: ignore[arg-type]  # only labels are needed
        )
        self.changes: list[Change] = []
        self.warnings: list[str] = list(returned.warnings)

    # --- shared

    def column(self, role: str, key: str) -> str:
        return headers.label(role, key, self.lang)

    def table(self, role: str) -> Table | None:
        table = self.returned.tables.get(role)
        if table is None:
            return None
        if "id" not in table.columns:
            self.warnings.append(Message("returned.warn.id_deleted", sheet=table.sheet))
            return None
        for name in table.unknown_columns:
            self.warnings.append(
                Message("returned.warn.unknown_column", name=name, sheet=table.sheet)
            )
        return table

    def row_id(self, table: Table, values: tuple[object, ...]) -> str:
        value = table.value(values, "id")
        return "" if is_blank(value) or isinstance(value, Formula) else as_text(value).strip()

    def field_changes(
        self, table: Table, row: int, values: tuple, item: Any, item_id: str, label: str
    ) -> list[Change]:
        """The changed fields of one matched row, validated together against ``item``."""
        found: list[Change] = []
        for spec in f.SPECS[table.role]:
            if spec.key not in table.columns:
                continue
            cell = table.value(values, spec.key)
            if same(cell, spec.render(self.ctx, item)) or (self.foreign and is_blank(cell)):
                continue
            change = Change(
                key=f"{table.role}:{item_id}:{spec.key}",
                table=table.role,
                kind=ChangeKind.UPDATE,
                item_id=item_id,
                item_label=label,
                row=row,
                field=spec.key,
                column=self.column(table.role, spec.key),
                old_text=f.show(spec.current(item), self.lang),
                default=not self.foreign,
            )
            try:
                new = spec.read(cell, self.ctx, item)
            except Rejected as exc:
                change.new_text, change.reason = raw_text(cell), exc.reason
                found.append(change)
                continue
            if same(new, spec.current(item)):
                continue
            change.new_text, change.updates = f.show(new, self.lang), spec.updates(new)
            found.append(change)
        _validate_together(item, [c for c in found if c.applicable])
        return found

    def new_record(
        self,
        table: Table,
        row: int,
        values: tuple,
        build: Callable[[dict[str, Any]], BaseModel],
        label: Callable[[Any], str],
        template: BaseModel,
    ) -> Change | None:
        """A row without id: the new record, and a refused change per unreadable cell;
        None when the row holds nothing the audit stores (only computed columns)."""
        updates: dict[str, Any] = {}
        refused = False
        for spec in f.SPECS[table.role]:
            cell = table.value(values, spec.key)
            if spec.key not in table.columns or is_blank(cell):
                continue
            try:
                value = spec.read(cell, self.ctx, None)
                checked = spec.updates(value)
                with_changes(template, **checked)  # each field alone, so a bad one is named
                updates.update(checked)
            except Rejected as exc:
                self.refused_cell(table, row, spec.key, cell, exc.reason)
                refused = True
            except EditError as exc:
                self.refused_cell(table, row, spec.key, cell, exc.problem)
                refused = True
        if not updates and not refused:
            return None
        change = Change(
            key=f"{table.role}:row{row}",
            table=table.role,
            kind=ChangeKind.NEW,
            item_id="",
            item_label=Message("returned.row", row=row),
            row=row,
        )
        try:
            record = build(updates)
        except EditError as exc:
            change.reason = Message("returned.value.cannot_add", problem=reason_of(exc))
            return change
        change.record, change.item_id = record, getattr(record, "id", "")
        change.item_label = label(record) or Message("returned.row", row=row)
        change.new_text = change.item_label
        return change

    def refused_cell(self, table: Table, row: int, key: str, cell: object, reason: str) -> None:
        self.changes.append(
            Change(
                key=f"{table.role}:row{row}:{key}",
                table=table.role,
                kind=ChangeKind.NEW,
                item_id="",
                item_label=Message("returned.row", row=row),
                row=row,
                field=key,
                column=self.column(table.role, key),
                new_text=raw_text(cell),
                reason=reason,
            )
        )

    def deleted(self, role: str, item_id: str, label: str) -> None:
        self.changes.append(
            Change(
                key=f"{role}:{item_id}:delete",
                table=role,
                kind=ChangeKind.DELETED,
                item_id=item_id,
                item_label=label,
                row=None,
                default=False,
            )
        )


def _validate_together(item: Any, changes: list[Change]) -> None:
    """Refuse what the model refuses: each change alone, then all of them together (an
    answer set to N/A needs the justification typed beside it)."""
    if not changes or not isinstance(item, BaseModel):
        return
    combined: dict[str, Any] = {}
    for change in changes:
        combined.update(change.updates)
    try:
        with_changes(item, **combined)
        return
    except EditError as exc:
        together = exc.problem
    alone_failed = False
    for change in changes:
        try:
            with_changes(item, **change.updates)
        except EditError as exc:
            change.reason, alone_failed = exc.problem, True
    if not alone_failed:
        for change in changes:
            change.reason = together
