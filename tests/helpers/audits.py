"""Small audits on the tiny bank (helpers.bank), so store tests neither wait for nor depend on
the shipped one."""

from __future__ import annotations

from datetime import date

from helpers.bank import tiny_bank
from wizard.audit.model import Account, Answer, Audit, MfaCoverage
from wizard.sessions.session import Session


def make_audit(accounts: int = 3, org: str = "Ville de Québec") -> Audit:
    """An audit with a few filled-in fields of every kind."""
    audit = Audit(framework=tiny_bank())
    audit.engagement.organisation.name = org
    audit.engagement.start_date = date(2024, 5, 1)
    audit.accounts = [
        Account(
            platform="facebook",
            handle=f"@compte{i}",
            url=f"https://facebook.com/compte{i}",
            display_name=f"Compte n° {i} — é ✓",
            mfa=MfaCoverage.SOME,
            followers=1000 + i,
            notes="ligne 1\nligne 2",
        )
        for i in range(accounts)
    ]
    audit.answers = {"S1.1": Answer(level=2, notes="ok")}
    return audit


def make_session(accounts: int = 3, org: str = "Ville de Québec") -> Session:
    """A session with one attachment referenced by the first account and S1.1."""
    session = Session(audit=make_audit(accounts, org))
    record = session.add_evidence("policy.pdf", b"%PDF-1.4 fake policy " * 50)
    if session.audit.accounts:
        session.audit.accounts[0].evidence = [record.sha256]
    session.audit.answers["S1.1"].evidence = [record.sha256]
    return session
