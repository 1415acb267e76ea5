"""Discovery against the inventory: the three lists, the one step that records them, its
undo, "not ours", the finding on unlinked accounts, and the session file keeping it all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers.discovery import DATA, SITE, coop_audit

from wizard.audit.model import Account
from wizard.discovery import DiscoveryError, apply_discovery, compare, scan
from wizard.scoring.findings import generate_findings
from wizard.sessions.session import Session
from wizard.sessions.store import load_session, save_session

HOME = "https://www.coop-boreale.example/"
TODAY = date(2026, 12, 3)


def _plan(audit):
    return compare(scan([SITE, DATA / "bookmarks.html"]), audit)


def test_three_lists_match_the_inventory_as_import_would(audit) -> None:
    plan = _plan(audit)
    assert {a.id for a, _found in plan.linked} == {"fb", "ig", "x"}
    assert [a.id for a in plan.unlinked] == ["tt"]  # "blank" has nothing to compare
    new = {f.key for f in plan.new}
    assert {"linkedin:coop-boreale", "instagram:forets.vivantes", "flickr:coopboreale"} <= new
    assert not new & {"facebook:coopboreale", "instagram:coopboreale", "x:coopboreale"}


def test_apply_adds_the_missing_accounts_and_records_links_in_one_step(audit) -> None:
    before = [a.model_copy() for a in audit.accounts]
    plan = _plan(audit)
    applied = apply_discovery(audit, plan, not_ours=["instagram:fondationnordet"])
    added = {f"{a.platform}:{a.handle}": a for a in applied.added}
    assert "instagram:fondationnordet" not in added
    assert len(audit.accounts) == len(before) + len(plan.new) - 1
    campaign = added["instagram:forets.vivantes"]
    assert campaign.official_link is True
    assert campaign.official_link_source == "https://www.coop-boreale.example/campagne/"
    assert campaign.notes == (
        "Trouvé sur une page officielle : https://www.coop-boreale.example/campagne/ "
        "(lien « @forets.vivantes sur Instagram »)"
    )  # the audit is in French
    fb = audit.account("fb")
    assert fb is not None
    assert fb.official_link is True
    assert fb.official_link_source
    tiktok = audit.account("tt")
    assert tiktok is not None
    assert tiktok.official_link is False
    assert audit.account("blank").official_link is None  # type: ignore[union-attr]
    assert audit.discovery is not None
    assert audit.discovery.pages == 6
    assert audit.discovery.not_ours == ["instagram:fondationnordet"]
    assert audit.discovery.sources == ["site", "bookmarks.html"]

    applied.revert()
    assert [a.model_dump() for a in audit.accounts] == [a.model_dump() for a in before]
    assert audit.discovery is None
    applied.reapply()
    assert len(audit.accounts) == len(before) + len(plan.new) - 1
    assert audit.account("tt").official_link is False  # type: ignore[union-attr]


def test_only_the_chosen_accounts_are_added(audit) -> None:
    plan = _plan(audit)
    applied = apply_discovery(audit, plan, add=["linkedin:coop-boreale"])
    assert [(a.platform, a.handle) for a in applied.added] == [("linkedin", "coop-boreale")]


def test_not_ours_is_kept_and_never_proposed_again(audit) -> None:
    apply_discovery(audit, _plan(audit), add=[], not_ours=["instagram:fondationnordet"])
    again = _plan(audit)
    assert "instagram:fondationnordet" not in {f.key for f in again.new}
    assert [f.key for f in again.not_ours] == ["instagram:fondationnordet"]
    apply_discovery(audit, again, add=[], not_ours=["linkedin_person:example-directrice"])
    assert audit.discovery is not None
    assert audit.discovery.not_ours == [
        "instagram:fondationnordet",
        "linkedin_person:example-directrice",
    ]


def test_a_second_discovery_updates_links(audit) -> None:
    apply_discovery(audit, _plan(audit), add=[])
    assert audit.account("fb").official_link is True  # type: ignore[union-attr]
    # the new pages no longer link the Facebook page
    apply_discovery(audit, compare(scan([DATA / "bookmarks.json"]), audit), add=[])
    fb = audit.account("fb")
    assert fb is not None
    assert fb.official_link is False
    assert fb.official_link_source == ""


def test_unlinked_accounts_become_a_finding(audit) -> None:
    assert "inv.not_linked" not in {f.rule_id for f in generate_findings(audit, TODAY)}
    apply_discovery(audit, _plan(audit), add=[])
    [finding] = [f for f in generate_findings(audit, TODAY) if f.rule_id == "inv.not_linked"]
    assert finding.accounts == ("tt",)
    assert "coopboreale_officiel (tiktok)" in finding.detail("en")


def test_the_discovery_survives_save_and_reopen(audit, tmp_path: Path) -> None:
    apply_discovery(audit, _plan(audit), not_ours=["instagram:fondationnordet"])
    path = tmp_path / "coop.vigie"
    save_session(Session(audit=audit), path)
    reopened = load_session(path).session.audit
    assert reopened.discovery == audit.discovery
    assert [a.model_dump() for a in reopened.accounts] == [a.model_dump() for a in audit.accounts]


def test_a_row_that_would_not_be_valid_changes_nothing(audit, monkeypatch) -> None:
    plan = _plan(audit)
    plan.new[0].sightings[0] = plan.new[0].first.__class__("x" * 5000, "t", "a")
    before = [a.model_dump() for a in audit.accounts]
    with pytest.raises(DiscoveryError):
        apply_discovery(audit, plan, add=[plan.new[0].key])
    assert [a.model_dump() for a in audit.accounts] == before
    assert audit.discovery is None


def test_an_account_removed_since_the_scan_is_left_alone() -> None:
    audit = coop_audit()
    plan = _plan(audit)
    audit.accounts = [a for a in audit.accounts if a.id != "tt"]
    applied = apply_discovery(audit, plan, add=[])
    assert applied.unlinked == 0
    assert all(isinstance(a, Account) for a in audit.accounts)
