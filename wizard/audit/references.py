"""References inside an audit that point nowhere: what ``vigie check`` reports as warnings.

The model validates each record on its own; links between records (a risk naming an
account, an answer naming an attachment) are not checked on
load, so a hand-edited or merged file can hold a dangling one. None of them stops the
audit from opening; each is named so the user can fix it. (An action's finding is not
checked: generated findings come and go with the audit's answers, by design.)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from wizard.audit.model import Audit, OwnFinding, Risk


def _duplicates(kind: str, ids: list[str]) -> list[str]:
    if len(set(ids)) == len(ids):  # the usual case, without counting
        return []
    return [
        f"{kind} id {key!r} is used {count} times"
        for key, count in Counter(ids).items()
        if count > 1
    ]


def dangling_references(audit: Audit) -> list[str]:
    """One line per reference to a record that is not in the audit, and per repeated id."""
    problems: list[str] = []
    account_ids = [a.id for a in audit.accounts]
    accounts = set(account_ids)
    listed = {e.sha256 for e in audit.evidence}
    problems += _duplicates("account", account_ids)
    problems += _duplicates("risk", [r.id for r in audit.risks])
    problems += _duplicates("action", [a.id for a in audit.actions])
    problems += _duplicates("finding", [f.id for f in audit.own_findings])
    linked: tuple[tuple[str, Sequence[Risk | OwnFinding]], ...] = (
        ("risks", audit.risks),
        ("own_findings", audit.own_findings),
    )
    for kind, records in linked:
        for index, record in enumerate(records):
            missing = [key for key in record.accounts if key not in accounts]
            if missing:
                problems.append(
                    f"{kind}[{index}].accounts: {len(missing)} account(s) not in the audit "
                    f"({missing[0]!r}…)"
                )
    for where, refs in _evidence_references(audit):
        missing = [digest for digest in refs if digest not in listed]
        if missing:
            problems.append(
                f"{where}.evidence: {len(missing)} attachment(s) not listed ({missing[0][:12]}…)"
            )
    return problems


def _evidence_references(audit: Audit) -> Iterator[tuple[str, list[str]]]:
    """Where each non-empty list of attachment references is, and the list (the place is
    named only for those: most of 10,000 accounts have none)."""
    for key, answer in audit.answers.items():
        if answer.evidence:
            yield f"answers[{key!r}]", answer.evidence
    for key, legal in audit.legal.items():
        if legal.evidence:
            yield f"legal[{key!r}]", legal.evidence
    for index, account in enumerate(audit.accounts):
        if account.evidence:
            yield f"accounts[{index}]", account.evidence
