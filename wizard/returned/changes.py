"""The review of a returned workbook: every change, field by field, accepted or refused.

A :class:`ChangeSet` lists :class:`Change` objects grouped by table. Each has a stable
``key`` the caller accepts or rejects; a change with a ``reason`` is refused (a formula where
a value belongs, text in a number column, an unknown dropdown value, an unreadable date…)
and can never be applied. Rows the client deleted are listed as ``deleted`` changes that are
off by default: nothing is deleted unless the user explicitly asks for it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from wizard.messages import Message, localise
from wizard.returned.headers import ROLES


class ChangeKind(StrEnum):
    UPDATE = "update"
    """One field of an item already in the audit."""
    NEW = "new"
    """A row without id: a new account, risk or action (or a refused cell of that row)."""
    DELETED = "deleted"
    """An item of the audit whose row is not in the workbook."""


@dataclass
class Change:
    key: str
    table: str
    """``inventory``, ``assessment``, ``legal``, ``risks`` or ``actions``."""
    kind: ChangeKind
    item_id: str
    """The item's id (for a new item: the id it will get)."""
    item_label: str
    row: int | None
    """The row in the returned workbook (None for a deleted item)."""
    field: str = ""
    """The column's key; empty for a whole new or deleted row."""
    column: str = ""
    """The column's header, as the workbook labels it."""
    old_text: str = ""
    new_text: str = ""
    updates: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Model field → value (an update)."""
    record: Any = None
    """The new account, risk or action (a new row)."""
    reason: str = ""
    """Why the change is refused; empty when it can be applied."""
    note: str = ""
    """Something the reviewer should know (an id this audit does not have…)."""
    default: bool = True
    """Accepted unless the reviewer says otherwise."""

    @property
    def rejected(self) -> bool:
        return bool(self.reason)

    @property
    def applicable(self) -> bool:
        return not self.reason

    def describe(self, lang: str = "en") -> str:
        """One line in ``lang``: what changes, for the command line and tooltips."""
        where = (
            Message("returned.row", row=self.row)
            if self.row
            else Message("returned.not_in_workbook")
        )
        head = Message("returned.head", item=self.item_label, where=where)
        if self.kind is ChangeKind.DELETED:
            text = Message("returned.change.deleted", head=head).text(lang)
        elif self.kind is ChangeKind.NEW and not self.field:
            text = Message("returned.change.new", head=head).text(lang)
        else:
            old = _quote(self.old_text, lang) if self.kind is ChangeKind.UPDATE else ""
            new = _quote(self.new_text, lang)
            arrow = f"{old} → {new}" if old else new
            change = Message("returned.change.field", head=head, column=self.column, change=arrow)
            text = change.text(lang)
        if self.reason:
            text += Message("returned.change.refused", reason=self.reason).text(lang)
        if self.note:
            text += f"  ({localise(self.note, lang)})"
        return text


def _quote(text: str, lang: str) -> str:
    flat = text.replace("\n", " ⏎ ")
    if len(flat) > 80:
        flat = flat[:77] + "…"
    return f"“{flat}”" if flat else Message("returned.empty").text(lang)


@dataclass
class ChangeSet:
    file_name: str
    audit_id: str
    workbook_audit_id: str
    lang: str
    exported_at: datetime | None
    foreign: bool = False
    changes: list[Change] = dataclasses.field(default_factory=list)
    warnings: list[str] = dataclasses.field(default_factory=list)

    def by_table(self) -> dict[str, list[Change]]:
        """Changes per table, in report order; tables without changes are left out."""
        grouped: dict[str, list[Change]] = {role: [] for role in ROLES}
        for change in self.changes:
            grouped[change.table].append(change)
        return {role: found for role, found in grouped.items() if found}

    def get(self, key: str) -> Change | None:
        return next((c for c in self.changes if c.key == key), None)

    def default_accepted(self) -> set[str]:
        return {c.key for c in self.changes if c.applicable and c.default}

    def applicable(self) -> list[Change]:
        return [c for c in self.changes if c.applicable]

    def rejected(self) -> list[Change]:
        return [c for c in self.changes if c.rejected]

    def selected(self, accepted: Iterable[str]) -> list[Change]:
        """The applicable changes among ``accepted``, in list order."""
        wanted = set(accepted)
        return [c for c in self.changes if c.applicable and c.key in wanted]

    @property
    def empty(self) -> bool:
        return not self.changes
