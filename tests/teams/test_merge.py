"""Merging two auditors' sessions: the demo edited apart, conflicts, rules, nothing lost."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from wizard.audit.model import (
    Account,
    AccountStatus,
    ActionStatus,
    Answer,
    Check,
    Decision,
    Discovery,
    FindingReview,
    LegalAnswer,
    MfaCoverage,
    Person,
    Risk,
)
from wizard.demo import demo_session
from wizard.sessions.session import Session
from wizard.teams.merge import (
    Conflict,
    DifferentAuditError,
    MergeError,
    MergeResult,
    apply_rule,
    merge_sessions,
    resolve,
)

NEW_HANDLE = "armd.nouveau"
SHARED_BYTES = b"minutes of the 2026 governance committee"


def _edited_apart() -> tuple[Session, Session, Session]:
    """The demo, and two copies with 10 changes between them, 3 of them in conflict."""
    base, mine, theirs = demo_session(), demo_session(), demo_session()
    a, b = mine.audit, theirs.audit
    # 1-3: conflicts — the same account field (twice, one nested) and the same criterion
    a.accounts[0].status, b.accounts[0].status = AccountStatus.CLOSED, AccountStatus.DORMANT
    a.accounts[0].owner = Person(name="Alex Démo", role="Chef de division")
    b.accounts[0].owner = Person(name="Alex Démo", role="Conseillère numérique")
    a.answers["SC1.1"] = Answer(level=4)
    b.answers["SC1.1"] = Answer(level=1)
    # 4-6: mine only
    a.answers["SC2.1"] = Answer(level=1, notes="Le comité ne s'est pas réuni.")
    a.accounts.append(Account(platform="facebook", handle=NEW_HANDLE))
    record = mine.add_evidence("proces-verbal.pdf", SHARED_BYTES)
    a.accounts[3].evidence = [record.sha256]
    # 7-10: theirs only (10 attaches the same file under another name)
    b.accounts[2].mfa = MfaCoverage.NONE
    b.risks.append(Risk(id="risk-new", title="Perte de l'accès au compte TikTok"))
    b.legal["records"] = LegalAnswer(status=Check.YES)
    record = theirs.add_evidence("pv-comite.pdf", SHARED_BYTES)
    b.answers["SC3.1"] = b.answers["SC3.1"].model_copy(update={"evidence": [record.sha256]})
    return base, mine, theirs


def _conflict(result: MergeResult, kind: str, field: str) -> Conflict:
    return next(c for c in result.conflicts if c.item_kind == kind and c.field == field)


def _assert_seven_clean_changes(result: MergeResult) -> None:
    audit = result.session.audit
    assert audit.answers["SC2.1"].level == 1
    assert audit.answers["SC2.1"].notes.startswith("Le comité")
    assert [a.handle for a in audit.accounts].count(NEW_HANDLE) == 1
    assert audit.account("acc-003").mfa is MfaCoverage.NONE
    assert any(r.id == "risk-new" for r in audit.risks)
    assert audit.legal["records"].status is Check.YES
    shared = [e for e in audit.evidence if e.filename in ("proces-verbal.pdf", "pv-comite.pdf")]
    assert len(shared) == 1, "the same bytes are one attachment"
    digest = shared[0].sha256
    assert audit.account("acc-004").evidence == [digest]
    assert audit.answers["SC3.1"].evidence == [digest]
    assert set(result.session.blobs) == {e.sha256 for e in audit.evidence}


def test_edited_apart_gives_exactly_three_conflicts_with_a_base():
    base, mine, theirs = _edited_apart()
    result = merge_sessions(base, mine, theirs)
    found = {(c.item_kind, c.item_id, c.field) for c in result.conflicts}
    assert found == {
        ("account", "acc-001", "status"),
        ("account", "acc-001", "owner.role"),
        ("answer", "SC1.1", "level"),
    }
    assert _conflict(result, "answer", "level").theirs == 1
    alone = {(o.item_kind, o.side, o.deleted_on_other) for o in result.one_sided}
    assert alone == {("account", "mine", False), ("risk", "theirs", False)}
    _assert_seven_clean_changes(result)


def test_conflicts_resolved_one_by_one_hold_all_ten_changes():
    result = merge_sessions(*_edited_apart())
    resolve(result, _conflict(result, "account", "status"), "theirs")
    resolve(result, _conflict(result, "account", "owner.role"), "mine")
    resolve(result, _conflict(result, "answer", "level"), "theirs")
    assert result.conflicts == []
    assert len(result.resolved) == 3
    audit = result.session.audit
    assert audit.account("acc-001").status is AccountStatus.DORMANT
    assert audit.account("acc-001").owner.role == "Chef de division"
    assert audit.answers["SC1.1"].level == 1
    _assert_seven_clean_changes(result)


@pytest.mark.parametrize(
    ("rule", "status", "level"),
    [("mine", AccountStatus.CLOSED, 4), ("theirs", AccountStatus.DORMANT, 1)],
)
def test_conflicts_settled_by_rule_hold_all_ten_changes(rule, status, level):
    result = merge_sessions(*_edited_apart(), rule=rule)
    assert result.conflicts == []
    audit = result.session.audit
    assert audit.account("acc-001").status is status
    assert audit.answers["SC1.1"].level == level
    _assert_seven_clean_changes(result)


@pytest.mark.parametrize(("later", "level"), [("mine", 4), ("theirs", 1), (None, 4)])
def test_recent_rule_prefers_the_session_saved_last(later, level):
    base, mine, theirs = _edited_apart()
    if later is not None:
        side = mine if later == "mine" else theirs
        side.audit.modified = side.audit.modified + timedelta(hours=1)
    result = merge_sessions(base, mine, theirs, rule="recent")
    assert result.session.audit.answers["SC1.1"].level == level


def test_resolving_can_change_ones_mind():
    result = merge_sessions(*_edited_apart())
    conflict = _conflict(result, "answer", "level")
    resolve(result, conflict, "theirs")
    resolve(result, conflict, "mine")
    assert result.session.audit.answers["SC1.1"].level == 4
    assert [side for c, side in result.resolved if c == conflict] == ["mine"]


def test_without_a_base_a_side_left_empty_gives_way_and_other_differences_conflict():
    _, mine, theirs = _edited_apart()
    mine.audit.account("acc-005").owner = Person(name="Sam Exemple", role="Directeur des RH")
    result = merge_sessions(None, mine, theirs)
    audit = result.session.audit
    kinds = {(c.item_kind, c.item_id, c.field) for c in result.conflicts}
    # every field both sides hold differently is a conflict: nothing says who changed it
    assert ("account", "acc-003", "mfa") in kinds
    assert ("answer", "SC2.1", "level") in kinds
    assert ("legal", "records", "status") in kinds
    # a field one side left empty gives way; reference lists are united, never in conflict
    assert ("account", "acc-005", "owner.name") not in kinds
    assert audit.account("acc-005").owner.name == "Sam Exemple"
    assert audit.answers["SC3.1"].evidence
    assert [a.handle for a in audit.accounts].count(NEW_HANDLE) == 1


def test_inputs_are_not_modified_and_the_merge_shares_no_record():
    base, mine, theirs = _edited_apart()
    before = mine.audit.model_dump(), theirs.audit.model_dump()
    result = merge_sessions(base, mine, theirs, rule="theirs")
    assert (mine.audit.model_dump(), theirs.audit.model_dump()) == before
    result.session.audit.accounts[1].notes = "edited after the merge"
    assert mine.audit.accounts[1].notes != "edited after the merge"


def test_an_account_deleted_on_one_side_is_kept_and_reported():
    base, mine, theirs = demo_session(), demo_session(), demo_session()
    removed = theirs.audit.accounts.pop(5)
    result = merge_sessions(base, mine, theirs)
    assert result.session.audit.account(removed.id) is not None
    [alone] = result.one_sided
    assert (alone.item_id, alone.side, alone.deleted_on_other) == (removed.id, "mine", True)
    assert merge_sessions(None, mine, theirs).one_sided[0].deleted_on_other is None


def test_accounts_added_on_both_sides_are_united_and_references_follow():
    mine, theirs = demo_session(), demo_session()
    mine.audit.accounts.append(Account(id="mine-new", platform="instagram", handle="@ARMD.Velo"))
    theirs.audit.accounts.append(
        Account(id="theirs-new", platform="instagram", handle="armd.velo", followers=120)
    )
    theirs.audit.risks.append(Risk(id="risk-velo", title="Compte vélo", accounts=["theirs-new"]))
    result = merge_sessions(None, mine, theirs)
    audit = result.session.audit
    assert len(audit.accounts) == len(mine.audit.accounts)
    merged = audit.account("mine-new")
    assert merged is not None
    assert merged.followers == 120
    assert not [c for c in result.conflicts if c.item_id == "mine-new"], "@ARMD.Velo = armd.velo"
    risk = next(r for r in audit.risks if r.id == "risk-velo")
    assert risk.accounts == ["mine-new"]


def test_different_audits_need_confirmation():
    mine, theirs = demo_session(), demo_session()
    theirs.audit.audit_id = "another-audit"
    with pytest.raises(DifferentAuditError):
        merge_sessions(None, mine, theirs)
    result = merge_sessions(None, mine, theirs, force=True)
    assert result.conflicts == []
    assert len(result.session.audit.accounts) == len(mine.audit.accounts)


def test_forced_merge_gives_a_new_id_to_a_different_account_with_a_taken_id():
    mine, theirs = demo_session(), demo_session()
    theirs.audit.audit_id = "another-audit"
    theirs.audit.accounts[0] = Account(id="acc-001", platform="tiktok", handle="quelquun")
    result = merge_sessions(None, mine, theirs, force=True)
    ids = [a.id for a in result.session.audit.accounts]
    assert len(ids) == len(set(ids)) == len(mine.audit.accounts) + 1
    assert result.session.audit.accounts[-1].handle == "quelquun"


def test_different_question_banks_cannot_be_merged():
    mine, theirs = demo_session(), demo_session()
    theirs.audit.framework = theirs.audit.framework.model_copy(update={"version": "2.0"})
    with pytest.raises(MergeError, match="two versions of the same question bank"):
        merge_sessions(None, mine, theirs, force=True)


def test_na_against_a_level_is_one_conflict_and_either_choice_is_valid():
    base, mine, theirs = demo_session(), demo_session(), demo_session()
    mine.audit.answers["SC1.2"] = Answer(not_applicable=True, justification="Hors mandat")
    theirs.audit.answers["SC1.2"] = Answer(level=3)
    result = merge_sessions(base, mine, theirs)
    [conflict] = result.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs) == ("level", "n/a", 3)
    resolve(result, conflict, "theirs")
    assert result.session.audit.answers["SC1.2"].level == 3
    resolve(result, conflict, "mine")
    assert result.session.audit.answers["SC1.2"].not_applicable


def test_choices_that_make_an_invalid_record_fall_back_to_conflicts():
    base, mine, theirs = demo_session(), demo_session(), demo_session()
    start = base.audit.engagement.start_date
    mine.audit.engagement.end_date = start + timedelta(days=10)  # still after the start
    theirs.audit.engagement.start_date = start + timedelta(days=20)  # still before the end
    result = merge_sessions(base, mine, theirs)
    assert {c.field for c in result.conflicts} == {"start_date", "end_date"}
    with pytest.raises(MergeError, match="end date"):
        resolve(result, _field(result, "start_date"), "theirs")
    apply_rule(result, "theirs")
    assert result.session.audit.engagement.start_date == start + timedelta(days=20)


def _field(result: MergeResult, name: str) -> Conflict:
    return next(c for c in result.conflicts if c.field == name)


def test_finding_reviews_conflict_as_whole_decisions():
    base, mine, theirs = demo_session(), demo_session(), demo_session()
    mine.audit.finding_reviews["inv.dormant"] = FindingReview(decision=Decision.ACCEPTED)
    theirs.audit.finding_reviews["inv.dormant"] = FindingReview(
        decision=Decision.DISMISSED, reason="Compte archivé"
    )
    theirs.audit.actions[0].status = ActionStatus.DONE
    result = merge_sessions(base, mine, theirs, rule="theirs")
    audit = result.session.audit
    assert audit.finding_reviews["inv.dormant"].decision is Decision.DISMISSED
    assert audit.actions[0].status is ActionStatus.DONE
    assert [c.field for c, _ in result.resolved] == ["review"]


def test_a_discovery_recorded_on_either_side_survives_the_merge():
    base, mine, theirs = demo_session(), demo_session(), demo_session()
    earlier = datetime(2026, 11, 2, tzinfo=UTC)
    mine.audit.discovery = Discovery(when=earlier, pages=3, not_ours=["instagram:partner"])
    theirs.audit.discovery = Discovery(
        when=earlier + timedelta(days=1), pages=40, not_ours=["x:sponsor"]
    )
    theirs.audit.accounts[1].official_link = True
    theirs.audit.accounts[1].official_link_source = "https://www.example.org/contact"
    audit = merge_sessions(base, mine, theirs).session.audit
    assert audit.discovery is not None
    assert audit.discovery.pages == 40  # the later one
    assert audit.discovery.not_ours == ["instagram:partner", "x:sponsor"]
    assert audit.accounts[1].official_link is True
    assert audit.accounts[1].official_link_source == "https://www.example.org/contact"
    alone = merge_sessions(base, mine, demo_session()).session.audit
    assert alone.discovery == mine.audit.discovery


def test_merged_session_saves_and_loads(tmp_path):
    from wizard.sessions.store import load_session, save_session

    result = merge_sessions(*_edited_apart(), rule="mine")
    save_session(result.session, tmp_path / "merged.vigie")
    loaded = load_session(tmp_path / "merged.vigie").session
    assert loaded.audit.answers["SC2.1"].level == 1
    assert set(loaded.blobs) == {e.sha256 for e in loaded.audit.evidence}
    assert loaded.audit.engagement.report_date == date(2026, 4, 30)


# --- vigie merge


def _save_apart(tmp_path) -> tuple[str, str, str]:
    from wizard.sessions.store import save_session

    base, mine, theirs = _edited_apart()
    paths = [tmp_path / "base.vigie", tmp_path / "a.vigie", tmp_path / "b.vigie"]
    for session, path in zip((base, mine, theirs), paths, strict=True):
        save_session(session, path)
    return tuple(str(p) for p in paths)  # type: ignore[return-value]


def test_cli_merge_with_conflicts_writes_nothing_and_exits_1(tmp_path, capsys):
    from wizard.cli.main import EXIT_PROBLEM, main

    base, a, b = _save_apart(tmp_path)
    out = tmp_path / "c.vigie"
    assert main(["merge", a, b, "-o", str(out), "--base", base, "--lang", "en"]) == EXIT_PROBLEM
    captured = capsys.readouterr()
    assert captured.out.count("conflict:") == 3
    assert "A=Closed | B=Dormant" in captured.out
    assert "3 conflict(s) remain; nothing written" in captured.err
    assert "Traceback" not in captured.err
    assert not out.exists()


def test_cli_merge_with_a_rule_writes_the_merged_session(tmp_path, capsys):
    from wizard.cli.main import EXIT_OK, main
    from wizard.sessions.store import load_session

    base, a, b = _save_apart(tmp_path)
    out = tmp_path / "c.vigie"
    assert main(["merge", a, b, "-o", str(out), "--base", base, "--prefer", "theirs"]) == EXIT_OK
    assert "3 conflict(s) settled by --prefer theirs" in capsys.readouterr().out
    merged = load_session(out).session.audit
    assert merged.answers["SC1.1"].level == 1
    assert merged.answers["SC2.1"].level == 1


def test_cli_merge_without_conflicts_writes(tmp_path, capsys):
    from wizard.cli.main import EXIT_OK, main
    from wizard.sessions.store import save_session

    mine, theirs = demo_session(), demo_session()
    owner = theirs.audit.account("acc-005").owner
    theirs.audit.account("acc-005").owner = owner.model_copy(update={"name": "Sam Exemple"})
    save_session(mine, tmp_path / "a.vigie")
    save_session(theirs, tmp_path / "b.vigie")
    args = ["merge", str(tmp_path / "a.vigie"), str(tmp_path / "b.vigie"), "-o"]
    assert main([*args, str(tmp_path / "c.vigie")]) == EXIT_OK
    assert "Merged session written" in capsys.readouterr().out


def test_cli_merge_of_different_audits_needs_force(tmp_path, capsys):
    from wizard.cli.main import EXIT_OK, EXIT_PROBLEM, main
    from wizard.sessions.store import save_session

    mine, theirs = demo_session(), demo_session()
    theirs.audit.audit_id = "another-audit"
    save_session(mine, tmp_path / "a.vigie")
    save_session(theirs, tmp_path / "b.vigie")
    args = ["merge", str(tmp_path / "a.vigie"), str(tmp_path / "b.vigie")]
    assert main([*args, "-o", str(tmp_path / "c.vigie")]) == EXIT_PROBLEM
    assert "different audits" in capsys.readouterr().err
    assert main([*args, "-o", str(tmp_path / "c.vigie"), "--force"]) == EXIT_OK


def test_cli_merge_of_a_missing_file_is_one_line(tmp_path, capsys):
    from wizard.cli.main import EXIT_PROBLEM, EXIT_USAGE, main

    missing = str(tmp_path / "nope.vigie")
    assert main(["merge", missing, missing, "-o", str(tmp_path / "c.vigie")]) == EXIT_PROBLEM
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert main(["merge", missing, missing]) == EXIT_USAGE  # -o is required
