"""The demonstration audit: it loads on the installed bank and shows every feature."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from wizard.audit.model import (
    AccountKind,
    AccountStatus,
    CredentialStore,
    MfaCoverage,
    Recommendation,
)
from wizard.audit.secrets import find_secrets
from wizard.bank.framework import default_bank
from wizard.demo import demo_session
from wizard.platforms import recognise
from wizard.scoring.findings import generate_findings, orphan_reviews
from wizard.scoring.scores import is_single_admin, overall_score, review_is_stale
from wizard.sessions.session import Session

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 3, 20)
"""The demo's fieldwork date: its "dormant" and "stale review" cases are relative to it."""


@pytest.fixture(scope="module")
def session() -> Session:
    return demo_session()


def test_loads_unsaved_on_the_default_bank(session: Session) -> None:
    assert session.path is None
    assert session.audit.audit_id == "demo-armd-2026"
    assert session.audit.framework == default_bank()
    raw = (resources.files("resources") / "demo" / "demo-audit.json").read_text("utf-8")
    assert "framework" not in json.loads(raw)


def test_each_call_is_a_fresh_session() -> None:
    first, second = demo_session(), demo_session()
    assert first.audit == second.audit
    first.audit.accounts[0].notes = "changed"
    assert second.audit.accounts[0].notes != "changed"


def test_engagement_is_complete(session: Session) -> None:
    engagement = session.audit.engagement
    organisation = engagement.organisation
    assert all([organisation.name, organisation.sector, organisation.jurisdiction])
    assert organisation.official_languages == ["fr", "en"]
    assert all([engagement.title, engagement.scope, engagement.objectives])
    assert len(engagement.auditors) == 2
    assert all(p.name and p.role for p in engagement.auditors)
    assert all([engagement.client_contact.name, engagement.client_contact.role])
    dates = [engagement.start_date, engagement.end_date, engagement.report_date]
    assert all(d is not None and d.year == 2026 for d in dates)
    assert engagement.language == "fr"
    assert engagement.confidentiality == "internal"


def test_inventory_is_varied(session: Session) -> None:
    accounts = session.audit.accounts
    assert 35 <= len(accounts) <= 50
    assert len({a.platform for a in accounts}) >= 10
    assert len({a.id for a in accounts}) == len(accounts)
    kinds = {a.kind for a in accounts}
    assert set(AccountKind) - {AccountKind.UNKNOWN} <= kinds
    statuses = {a.status for a in accounts}
    assert {AccountStatus.ACTIVE, AccountStatus.DORMANT, AccountStatus.TO_CLOSE} <= statuses
    assert AccountStatus.CLOSED in statuses
    assert {MfaCoverage.ALL, MfaCoverage.SOME, MfaCoverage.NONE, MfaCoverage.UNKNOWN} <= {
        a.mfa for a in accounts
    }
    assert {
        CredentialStore.PASSWORD_MANAGER,
        CredentialStore.SHARED_DOCUMENT,
        CredentialStore.INDIVIDUAL,
    } <= {a.credentials for a in accounts}
    assert set(Recommendation) - {Recommendation.UNDECIDED} <= {a.recommendation for a in accounts}
    assert all(a.owner.role for a in accounts)
    assert any(a.owner.name for a in accounts)
    assert any(a.recovery_organisational is False for a in accounts)
    assert any(is_single_admin(a) and a.kind is AccountKind.OFFICIAL for a in accounts)
    assert any(review_is_stale(a, session.audit.settings, TODAY) for a in accounts)


def test_inventory_shows_the_typical_problems(session: Session) -> None:
    accounts = session.audit.accounts
    dormant = [a for a in accounts if a.status is AccountStatus.DORMANT]
    assert dormant
    assert all(a.last_post and (TODAY - a.last_post).days > 180 for a in dormant)
    assert any(a.kind is AccountKind.UNOFFICIAL for a in accounts)
    assert any(a.mfa is MfaCoverage.NONE for a in accounts)
    assert any(a.notice_linked == "no" for a in accounts)
    assert any(
        a.branding_consistent == "no" and a.kind is not AccountKind.UNOFFICIAL for a in accounts
    )
    assert any(a.official_languages == "partial" for a in accounts)


def test_assessment_is_mostly_done(session: Session) -> None:
    audit = session.audit
    criteria = audit.framework.criteria()
    answers = [audit.answer(c.id) for c in criteria]
    assessed = [a for a in answers if a.assessed]
    not_applicable = [a for a in answers if a.not_applicable]
    assert len(assessed) >= 0.85 * len(criteria)
    assert 2 <= len(not_applicable) <= 3
    assert all(a.justification.strip() for a in not_applicable)
    assert 3 <= len(criteria) - len(assessed) <= 8
    assert sum(a.to_review for a in answers) == 2
    assert sum(bool(a.notes) for a in answers) >= 20


def test_profile_is_plausible(session: Session) -> None:
    overall = overall_score(session.audit)
    assert overall.score is not None
    assert 45 <= overall.score <= 65
    by_section = {s.section_id: s.score for s in overall.sections}
    assert by_section["ST12"] >= 75
    assert by_section["SC5"] >= 70
    assert overall.by_group["learning"] < overall.by_group["success"]


def test_legal_risks_findings_and_actions(session: Session) -> None:
    audit = session.audit
    assert set(audit.legal) == {item.id for item in audit.framework.legal}
    assert len({answer.status for answer in audit.legal.values()}) >= 3
    account_ids = {a.id for a in audit.accounts}
    assert 4 <= len(audit.risks) <= 6
    for risk in audit.risks:
        assert all([risk.owner, risk.mitigation, risk.accounts])
        assert set(risk.accounts) <= account_ids
    assert 5 <= len(audit.actions) <= 8
    assert all(action.owner and action.due for action in audit.actions)
    assert len({action.status for action in audit.actions}) >= 3
    assert len(audit.own_findings) == 1
    assert set(audit.own_findings[0].accounts) <= account_ids
    assert orphan_reviews(audit, TODAY) == []
    keys = {f.key for f in generate_findings(audit, TODAY)}
    own = {o.id for o in audit.own_findings}
    assert all(a.finding in keys | own for a in audit.actions if a.finding)


def test_evidence_bytes_match_their_record(session: Session) -> None:
    audit = session.audit
    assert len(audit.evidence) == 1
    record = audit.evidence[0]
    blob = session.blobs[record.sha256]
    assert hashlib.sha256(blob).hexdigest() == record.sha256
    assert len(blob) == record.size
    users = session.evidence_users(record.sha256)
    assert "ST12.1" in users
    assert any(user.startswith("acc-") for user in users)


def test_no_text_looks_like_a_secret(session: Session) -> None:
    assert find_secrets(session.audit) == []


def test_every_url_is_recognised_as_its_platform(session: Session) -> None:
    for account in session.audit.accounts:
        found = recognise(account.url)
        assert found is not None, account.id
        assert found.recognised, account.id
        assert (found.platform, found.handle) == (account.platform, account.handle), account.id


def test_the_committed_json_is_what_the_generator_writes() -> None:
    """``tools/build_demo.py`` is the source: regenerate after editing it or the bank."""
    spec = importlib.util.spec_from_file_location("build_demo", ROOT / "tools" / "build_demo.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    data, blob = module.build()
    assert json.loads(module.JSON_PATH.read_text("utf-8")) == data
    assert data["evidence"][0]["sha256"] == hashlib.sha256(blob).hexdigest()
