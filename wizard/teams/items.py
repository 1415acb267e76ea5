"""Where each kind of mergeable item lives in an audit, how it is named to the user, and how
accounts are paired; the bookkeeping side of :mod:`wizard.teams.merge`."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from wizard.audit.model import (
    Account,
    Action,
    Answer,
    Audit,
    Engagement,
    Evidence,
    FindingReview,
    LegalAnswer,
    OwnFinding,
    Risk,
    Settings,
)
from wizard.history.compare import match_key
from wizard.history.report import account_label
from wizard.platforms import account_key
from wizard.teams.fields import flatten, rebuild


@dataclass(frozen=True)
class KindSpec:
    cls: type[BaseModel]
    attr: str
    """The audit attribute holding the items."""
    shape: str
    """list (ordered records with an id), dict (keyed by framework id), or single."""
    key: str = "id"
    skip: tuple[str, ...] = ()
    """Identity fields: never merged, always mine's. For an attachment the content is the
    identity, so the same file attached under two names is one attachment, named as mine."""


KINDS: dict[str, KindSpec] = {
    "account": KindSpec(Account, "accounts", "list", skip=("id",)),
    "risk": KindSpec(Risk, "risks", "list", skip=("id",)),
    "action": KindSpec(Action, "actions", "list", skip=("id",)),
    "own_finding": KindSpec(OwnFinding, "own_findings", "list", skip=("id",)),
    "evidence": KindSpec(
        Evidence,
        "evidence",
        "list",
        key="sha256",
        skip=("sha256", "size", "added", "filename", "media_type"),
    ),
    "answer": KindSpec(Answer, "answers", "dict"),
    "legal": KindSpec(LegalAnswer, "legal", "dict"),
    "finding_review": KindSpec(FindingReview, "finding_reviews", "dict"),
    "engagement": KindSpec(Engagement, "engagement", "single"),
    "settings": KindSpec(Settings, "settings", "single"),
}

_NAMES = {
    "engagement": ("Mandat", "Engagement"),
    "settings": ("Paramètres", "Settings"),
}
LABEL_LIMIT = 80


@dataclass(frozen=True)
class Item:
    kind: str
    item_id: str
    position: int | None = None
    """Index in the audit's list, for list kinds."""


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_LIMIT else text[: LABEL_LIMIT - 1] + "…"


def item_label(kind: str, item_id: str, record: Any, audit: Audit, lang: str) -> str:
    """What the user reads to recognise the item (side by side, in the CLI, in reports)."""
    if kind == "account":
        return account_label(record, lang)
    if kind == "answer":
        criterion = next((c for c in audit.framework.criteria() if c.id == item_id), None)
        return f"{item_id} {_short(criterion.text.get(lang))}" if criterion else item_id
    if kind == "legal":
        legal = next((i for i in audit.framework.legal if i.id == item_id), None)
        return f"{item_id} {legal.title.get(lang)}" if legal else item_id
    if kind in _NAMES:
        fr, en = _NAMES[kind]
        return fr if lang == "fr" else en
    if kind == "evidence":
        return record.filename
    title = getattr(record, "title", "")
    return _short(title) if title else item_id


# --- finding and replacing an item of the merged audit


def find_index(audit: Audit, kind: str, item_id: str, cache: dict | None = None) -> int | None:
    """Position of a list item; ``cache`` keeps one id → position table per kind (apply_rule
    touches thousands of accounts, a scan each would be quadratic)."""
    spec = KINDS[kind]
    if spec.shape != "list":
        return None
    records = getattr(audit, spec.attr)
    if cache is None:
        return next(i for i, r in enumerate(records) if getattr(r, spec.key) == item_id)
    if kind not in cache:
        cache[kind] = {getattr(r, spec.key): i for i, r in enumerate(records)}
    return cache[kind][item_id]


def get_item(audit: Audit, item: Item) -> Any:
    spec = KINDS[item.kind]
    if spec.shape == "list":
        return getattr(audit, spec.attr)[item.position]
    if spec.shape == "dict":
        return getattr(audit, spec.attr).get(item.item_id) or spec.cls()
    return getattr(audit, spec.attr)


def put_item(audit: Audit, item: Item, record: Any) -> None:
    spec = KINDS[item.kind]
    if spec.shape == "list":
        getattr(audit, spec.attr)[item.position] = record
    elif spec.shape == "dict":
        table = getattr(audit, spec.attr)
        if record == spec.cls():
            table.pop(item.item_id, None)
        else:
            table[item.item_id] = record
    else:
        setattr(audit, spec.attr, record)


def set_fields(audit: Audit, kind: str, item_id: str, values: dict[str, Any], index=None):
    """Rebuild one item of the merged audit with some (flattened) fields replaced; raises
    :class:`~wizard.teams.fields.RebuildError` when the result is not a valid record."""
    spec = KINDS[kind]
    if kind == "finding_review":  # merged as a whole value, not field by field
        value = values["review"]
        if value is None:
            audit.finding_reviews.pop(item_id, None)
        else:
            audit.finding_reviews[item_id] = value
        return
    item = Item(kind, item_id, find_index(audit, kind, item_id, index))
    record = get_item(audit, item)
    fields = flatten(record, spec.skip)
    fields.update(values)
    identity = {name: getattr(record, name) for name in spec.skip}
    put_item(audit, item, rebuild(spec.cls, fields, **identity))


def fresh_copy(value: Any) -> Any:
    """A copy sharing no record or list with ``value``; several times faster than
    ``model_copy(deep=True)``, which goes through :func:`copy.deepcopy` (strings, dates and
    enums are immutable, so only records, lists and dicts need copying)."""
    if isinstance(value, BaseModel):
        copied = value.model_copy()
        for name, item in value.__dict__.items():
            if isinstance(item, BaseModel | list | dict):
                copied.__dict__[name] = fresh_copy(item)
        return copied
    if isinstance(value, list):
        return [fresh_copy(item) for item in value]
    if isinstance(value, dict):
        return {key: fresh_copy(item) for key, item in value.items()}
    return value


def same_identity(kind: str, name: str, mine: Any, theirs: Any) -> bool:
    """Two spellings of one account handle or URL (``@Acme`` and ``acme``): not a conflict."""
    if kind != "account" or name not in ("handle", "url"):
        return False
    if name == "handle":
        return (
            mine.strip().removeprefix("@").casefold() == theirs.strip().removeprefix("@").casefold()
        )
    key = account_key("", "", mine)  # the one canonical key imports and comparisons use
    return bool(key) and key == account_key("", "", theirs)


# --- pairing accounts

BaseOf = Callable[[Account | None, Account | None], Account | None]


def _base_finder(base: Audit | None) -> BaseOf:
    """The base version of an account: by either side's id, else by key (built on demand)."""
    by_id = {a.id: a for a in base.accounts} if base else {}
    by_key: dict[str, Account] = {}

    def find(mine: Account | None, theirs: Account | None) -> Account | None:
        if base is None:
            return None
        for side in (mine, theirs):
            if side is not None and side.id in by_id:
                return by_id[side.id]
        if not by_key:
            by_key.update((match_key(a), a) for a in reversed(base.accounts))
        side = mine or theirs
        return by_key.get(match_key(side)) if side is not None else None

    return find


def account_pairs(
    base: Audit | None, mine: Audit, theirs: Audit, force: bool
) -> tuple[list[tuple[Account, Account | None]], list[Account], BaseOf]:
    """(mine, theirs or None) in mine's order, theirs' unpaired accounts, base lookup.

    Ids pair first (under ``force`` only when the keys agree), then keys, in inventory
    order when a key repeats.
    """
    theirs_by_id = {a.id: a for a in theirs.accounts}
    paired: dict[str, Account] = {}
    taken: set[str] = set()
    for account in mine.accounts:
        other = theirs_by_id.get(account.id)
        if other is not None and (not force or match_key(other) == match_key(account)):
            paired[account.id] = other
            taken.add(other.id)
    waiting: dict[str, deque[Account]] = defaultdict(deque)
    for other in theirs.accounts:
        if other.id not in taken:
            waiting[match_key(other)].append(other)
    pairs: list[tuple[Account, Account | None]] = []
    for account in mine.accounts:
        other = paired.get(account.id)
        if other is None:
            queue = waiting.get(match_key(account))
            other = queue.popleft() if queue else None
        pairs.append((account, other))
    theirs_only = [a for queue in waiting.values() for a in queue]
    order = {a.id: i for i, a in enumerate(theirs.accounts)}
    theirs_only.sort(key=lambda a: order[a.id])
    return pairs, theirs_only, _base_finder(base)
