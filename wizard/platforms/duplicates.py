"""Accounts of the inventory that are the same account twice.

Paste and import already refuse a duplicate; an account typed by hand (or edited into
another's handle) is accepted but must be seen: the inventory flags both rows and offers
a "duplicates" filter. Identity is :func:`wizard.platforms.account_key`, the one paste,
import and the returned workbook use.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from wizard.audit.model import Account
from wizard.platforms import account_key


def key_of(account: Account) -> str:
    """The account's identity ("" when it has nothing to compare)."""
    return account_key(account.platform, account.handle, account.url)


def accounts_by_key(accounts: Sequence[Account]) -> dict[str, Account]:
    """Each account by its key (the first one where several share it; none without a key)."""
    index: dict[str, Account] = {}
    for account in accounts:
        key = key_of(account)
        if key:
            index.setdefault(key, account)
    return index


def duplicate_groups(keys: dict[str, str]) -> dict[str, list[str]]:
    """Account ids sharing one identity, from ``{account id: key}``; groups of two or more."""
    groups: dict[str, list[str]] = defaultdict(list)
    for account_id, key in keys.items():
        if key:
            groups[key].append(account_id)
    return {key: ids for key, ids in groups.items() if len(ids) > 1}


def duplicate_ids(accounts: Iterable[Account]) -> set[str]:
    """Ids of every account that has a twin in ``accounts``."""
    groups = duplicate_groups({a.id: key_of(a) for a in accounts})
    return {account_id for ids in groups.values() for account_id in ids}


class Identities:
    """Each account's identity, recognised once per (platform, handle, URL), and which
    accounts have a twin — for a view that asks again after every edit (the inventory).

    :meth:`forget` drops the per-account table after an edit; the recognitions stay, so the
    next :meth:`duplicate_ids` only recognises what was edited."""

    def __init__(self) -> None:
        self._memo: dict[tuple[str, str, str], str] = {}
        self._keys: dict[str, str] | None = None
        self._duplicates: set[str] | None = None

    @property
    def known(self) -> bool:
        """Every account's identity is in the table (since the last :meth:`forget`)."""
        return self._keys is not None

    def key(self, account: Account) -> str:
        inputs = (account.platform, account.handle, account.url)
        found = self._memo.get(inputs)
        if found is None:
            found = self._memo[inputs] = key_of(account)
        return found

    def duplicate_ids(self, accounts: Iterable[Account]) -> set[str]:
        """Ids of ``accounts`` that have a twin among them (kept until :meth:`forget`)."""
        if self._duplicates is None:
            if self._keys is None:
                self._keys = {a.id: self.key(a) for a in accounts}
            groups = duplicate_groups(self._keys)
            self._duplicates = {i for ids in groups.values() for i in ids}
        return self._duplicates

    def twin_ids(self, account_id: str, accounts: Iterable[Account]) -> list[str]:
        """The other accounts that are the same account as ``account_id``."""
        if account_id not in self.duplicate_ids(accounts) or self._keys is None:
            return []
        key = self._keys.get(account_id)
        return [i for i, k in self._keys.items() if k == key and i != account_id]

    def update(self, account: Account) -> list[str]:
        """After ``account`` was edited: when its identity moved, the ids whose twin marks
        may change (its old and new twins and itself); else nothing."""
        if self._keys is None:
            return []
        old, new = self._keys.get(account.id), self.key(account)
        if old == new:
            return []
        touched = [i for i, k in self._keys.items() if k and k in (old, new)]
        self._keys[account.id] = new
        self._duplicates = None
        return [*touched, account.id]

    def forget(self) -> None:
        """An identity may have changed: the table is rebuilt on next need."""
        self._keys = None
        self._duplicates = None
