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
