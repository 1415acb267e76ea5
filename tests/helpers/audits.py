"""Small audits built in code, so store tests neither wait for nor depend on the real bank."""

from __future__ import annotations

import json
from datetime import date

from wizard.audit.model import Account, Answer, Audit, MfaCoverage
from wizard.bank.framework import Framework
from wizard.sessions.session import Session


def _bi(text: str) -> dict[str, str]:
    return {"fr": f"{text} (fr)", "en": text}


def tiny_framework_dict() -> dict:
    """A two-criterion bank as plain data (what an audit embeds)."""
    return {
        "id": "tiny",
        "version": "1",
        "title": _bi("Tiny bank"),
        "source": _bi("Tests"),
        "scale": [
            {"value": 0, "name": _bi("None"), "description": _bi("Nothing in place")},
            {"value": 1, "name": _bi("Some"), "description": _bi("Partly in place")},
            {"value": 2, "name": _bi("Full"), "description": _bi("Fully in place")},
        ],
        "stages": [
            {"id": "start", "name": _bi("Start"), "description": _bi("Start"), "min_score": 0},
            {"id": "done", "name": _bi("Done"), "description": _bi("Done"), "min_score": 50},
        ],
        "groups": [{"id": "gov", "title": _bi("Governance")}],
        "sections": [
            {
                "id": "S1",
                "group": "gov",
                "title": _bi("Strategy"),
                "description": _bi("Strategy"),
                "criteria": [
                    {
                        "id": "C1",
                        "text": _bi("Is there a policy?"),
                        "guidance": _bi("Look for it"),
                        "evidence": _bi("The policy"),
                    },
                    {
                        "id": "C2",
                        "text": _bi("Is it applied?"),
                        "guidance": _bi("Ask"),
                        "evidence": _bi("Minutes"),
                    },
                ],
            }
        ],
        "legal": [{"id": "L1", "title": _bi("Privacy law"), "guidance": _bi("Check it")}],
    }


def tiny_framework() -> Framework:
    return Framework.model_validate_json(json.dumps(tiny_framework_dict()))


def make_audit(accounts: int = 3, org: str = "Ville de Québec") -> Audit:
    """An audit with a few filled-in fields of every kind."""
    audit = Audit(framework=tiny_framework())
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
    audit.answers = {"C1": Answer(level=2, notes="ok")}
    return audit


def make_session(accounts: int = 3, org: str = "Ville de Québec") -> Session:
    """A session with one attachment referenced by the first account and C1."""
    session = Session(audit=make_audit(accounts, org))
    record = session.add_evidence("policy.pdf", b"%PDF-1.4 fake policy " * 50)
    if session.audit.accounts:
        session.audit.accounts[0].evidence = [record.sha256]
    session.audit.answers["C1"].evidence = [record.sha256]
    return session
