"""Recording a discovery in the audit: the only step that changes it, and its undo.

:func:`apply_discovery` adds the chosen new accounts (the page that links to each noted in
``official_link_source`` and in its notes), marks every compared inventory account linked
or not, and records the discovery (when, what was read, the keys marked "not ours"). The
inventory accounts are changed in place, so views holding them stay in step; the returned
:class:`AppliedDiscovery` reverts and re-applies the whole change as one step (the GUI's
undo command calls it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from wizard.audit import model as m
from wizard.discovery.compare import DiscoveryPlan
from wizard.discovery.scanner import DiscoveryError, FoundAccount
from wizard.messages import Message

_LINK_FIELDS = ("official_link", "official_link_source")
_MAX_SOURCES = 1000


@dataclass
class AppliedDiscovery:
    audit: m.Audit
    added: list[m.Account] = field(default_factory=list)
    changed: list[tuple[m.Account, dict[str, tuple[Any, Any]]]] = field(default_factory=list)
    record_before: m.Discovery | None = None
    record_after: m.Discovery | None = None
    linked: int = 0
    unlinked: int = 0

    @property
    def added_ids(self) -> list[str]:
        return [a.id for a in self.added]

    @property
    def changed_ids(self) -> list[str]:
        return [a.id for a, _changes in self.changed]

    def revert(self) -> None:
        wanted = set(self.added_ids)
        self.audit.accounts[:] = [a for a in self.audit.accounts if a.id not in wanted]
        for account, changes in self.changed:
            for name, (old, _new) in changes.items():
                setattr(account, name, old)
        self.audit.discovery = self.record_before

    def reapply(self) -> None:
        for account, changes in self.changed:
            for name, (_old, new) in changes.items():
                setattr(account, name, new)
        self.audit.accounts.extend(self.added)
        self.audit.discovery = self.record_after

    def message(self) -> Message:
        return Message(
            "discover.applied",
            added=len(self.added),
            linked=self.linked,
            unlinked=self.unlinked,
        )


def new_account(found: FoundAccount, lang: str) -> m.Account:
    """The inventory row for an account found on the pages, its first page as evidence."""
    first = found.first
    note = (
        Message("discover.note", page=first.page, text=first.text)
        if first.text
        else Message("discover.note.no_text", page=first.page)
    )
    return m.Account(
        platform=found.platform,
        handle=found.handle,
        url=found.url,
        official_link=True,
        official_link_source=first.page,
        notes=note.text(lang),
    )


def apply_discovery(
    audit: m.Audit,
    plan: DiscoveryPlan,
    *,
    add: Iterable[str] | None = None,
    not_ours: Iterable[str] = (),
    when: datetime | None = None,
) -> AppliedDiscovery:
    """Record ``plan`` in ``audit``: add the new accounts whose keys are in ``add`` (all of
    them when None), remember ``not_ours``, mark linked and unlinked accounts. Raises
    :class:`~wizard.discovery.scanner.DiscoveryError` before changing anything if a row would
    not be valid."""
    rejected = set(not_ours)
    wanted = None if add is None else set(add)
    lang = audit.engagement.language
    try:
        added = [
            new_account(found, lang)
            for found in plan.new
            if found.key not in rejected and (wanted is None or found.key in wanted)
        ]
        record = _record(audit, plan, rejected, when)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise DiscoveryError(Message("import.file.invalid_audit", problem=first["msg"])) from None
    applied = AppliedDiscovery(audit, added, record_before=audit.discovery, record_after=record)
    marks: dict[str, tuple[bool, str]] = {}
    for account, found in plan.linked:
        marks.setdefault(account.id, (True, found.first.page))
    for account in plan.unlinked:
        marks.setdefault(account.id, (False, ""))
    present = {a.id: a for a in audit.accounts}
    for account_id, (linked, source) in marks.items():
        current = present.get(account_id)
        if current is None:  # removed since the scan
            continue
        account = current
        applied.linked += linked
        applied.unlinked += not linked
        new = {"official_link": linked, "official_link_source": source}
        changes = {
            name: (getattr(account, name), value)
            for name, value in new.items()
            if getattr(account, name) != value
        }
        if changes:
            applied.changed.append((account, changes))
    applied.reapply()
    return applied


def _record(
    audit: m.Audit, plan: DiscoveryPlan, rejected: set[str], when: datetime | None
) -> m.Discovery:
    before = audit.discovery.not_ours if audit.discovery is not None else []
    keys = list(dict.fromkeys([*before, *sorted(rejected)]))
    return m.Discovery(
        when=when or m.now(),
        sources=[s[:200] for s in plan.scan.sources[:_MAX_SOURCES]],
        pages=plan.scan.pages,
        found=len(plan.scan.accounts),
        not_ours=keys,
    )
