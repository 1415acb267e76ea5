"""Merge timing (issue 8): two 10,000-account sessions edited apart from one start.

Run: ``python -m benchmarks.merge [ACCOUNTS]``. Each copy of a generated audit
(``generated_audit``, tests/helpers) gets about 2 % of its accounts edited, 100 accounts
added with distinct handles (50 of them added on both sides under other ids, so they are
united by platform + handle), 20 deleted, and 100 edits of the same field on both sides
(conflicts). Prints the merge time with and without the common base, the time to settle the
conflicts by rule, and the peak memory of one merge (tracemalloc, measured in a second run
so it does not slow the timed one).
"""

from __future__ import annotations

import random
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # helpers.sample

from helpers.sample import generated_audit

from wizard.audit.model import Account, AccountStatus, MfaCoverage
from wizard.sessions.session import Session
from wizard.teams.merge import apply_rule, merge_sessions


def _copies(count: int) -> tuple[Session, Session, Session]:
    base = generated_audit(count, seed=8)
    mine = Session(audit=base.model_copy(deep=True))
    theirs = Session(audit=base.model_copy(deep=True))
    _edit(mine, random.Random(1), "mine")
    _edit(theirs, random.Random(2), "theirs")
    for n in range(100):  # the same field of the same account set differently: conflicts
        mine.audit.accounts[n].followers = 1_000 + n
        theirs.audit.accounts[n].followers = 2_000 + n
    return Session(audit=base), mine, theirs


def _edit(session: Session, rng: random.Random, side: str) -> None:
    accounts = session.audit.accounts
    size = len(accounts)
    for index in rng.sample(range(100, size), size // 50):
        accounts[index].notes = f"revu par {side}"
        accounts[index].mfa = MfaCoverage.ALL
    for index in rng.sample(range(100, size), 10):
        accounts[index].status = AccountStatus.CLOSED
    for index in sorted(rng.sample(range(100, size), 20), reverse=True):
        del accounts[index]
    for n in range(50):  # added on this side only
        accounts.append(Account(platform="facebook", handle=f"{side}_nouveau_{n}"))
    for n in range(50):  # added on both sides separately: united by handle
        accounts.append(Account(platform="instagram", handle=f"commun_{n}"))


def _seconds(action) -> tuple[float, object]:
    start = time.perf_counter()
    value = action()
    return time.perf_counter() - start, value


def main(count: int = 10_000) -> None:
    base, mine, theirs = _copies(count)
    print(f"{len(mine.audit.accounts):,} and {len(theirs.audit.accounts):,} accounts")
    took, result = _seconds(lambda: merge_sessions(base, mine, theirs))
    print(
        f"merge with base:    {took:6.2f} s  ({len(result.conflicts)} conflicts, "
        f"{len(result.session.audit.accounts):,} accounts, {len(result.one_sided)} one-sided)"
    )
    took, _ = _seconds(lambda: apply_rule(result, "recent"))
    print(f"settle by rule:     {took:6.2f} s")
    took, plain = _seconds(lambda: merge_sessions(None, mine, theirs))
    print(f"merge without base: {took:6.2f} s  ({len(plain.conflicts)} conflicts)")
    tracemalloc.start()
    merge_sessions(base, mine, theirs)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"peak memory of one merge (tracemalloc): {peak / 2**20:.0f} MiB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
