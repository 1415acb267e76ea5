"""The accounts found, set against the inventory: three lists, nothing changed yet.

* **new**: found on the pages, not in the inventory (and not marked "not ours" earlier):
  what the client forgot, or a partner's account the auditor will mark "not ours";
* **linked**: in the inventory and linked from a page provided: the official site vouches
  for them;
* **unlinked**: in the inventory, linked from no page provided: ownership to verify (a sign of
  an impostor, or of a site that forgot them).

Accounts are matched on :func:`wizard.platforms.account_key`, as imports match them. An
inventory row with nothing to compare (no handle, no URL) is in no list.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from wizard.audit import model as m
from wizard.discovery.scanner import FoundAccount, ScanResult
from wizard.platforms import account_key
from wizard.platforms.duplicates import accounts_by_key


@dataclass
class DiscoveryPlan:
    scan: ScanResult
    new: list[FoundAccount] = field(default_factory=list)
    linked: list[tuple[m.Account, FoundAccount]] = field(default_factory=list)
    unlinked: list[m.Account] = field(default_factory=list)
    not_ours: list[FoundAccount] = field(default_factory=list)
    """Found, new, but marked "not ours" in an earlier discovery: not proposed."""


def inventory_keys(audit: m.Audit) -> dict[str, m.Account]:
    """Each inventory account by its key (the first one, when the inventory has duplicates)."""
    return accounts_by_key(audit.accounts)


def compare(result: ScanResult, audit: m.Audit, *, not_ours: Iterable[str] = ()) -> DiscoveryPlan:
    """The three lists for ``result`` against ``audit`` as it is now; accounts marked "not
    ours" (in the audit, or in ``not_ours`` now) are set aside rather than proposed."""
    plan = DiscoveryPlan(result)
    rejected = set(audit.discovery.not_ours) if audit.discovery is not None else set()
    rejected |= set(not_ours)
    index = inventory_keys(audit)
    for key, found in result.accounts.items():
        if key in index:
            continue
        (plan.not_ours if key in rejected else plan.new).append(found)
    for account in audit.accounts:
        key = account_key(account.platform, account.handle, account.url)
        if not key:
            continue
        linked = result.accounts.get(key)
        if linked is not None:
            plan.linked.append((account, linked))
        else:
            plan.unlinked.append(account)
    return plan
