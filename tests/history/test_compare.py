"""Progress since a baseline audit: the comparison reports exactly the edits, and next
year's audit starts from last year's with the old levels as hints."""

from __future__ import annotations

import pytest

from wizard.audit.model import Account, AccountStatus, Answer, Audit, MfaCoverage
from wizard.bank.framework import Framework
from wizard.demo import demo_session
from wizard.history.baseline import start_from_previous
from wizard.history.compare import (
    CriterionMapError,
    compare_audits,
    load_criterion_map,
    reference_date,
)
from wizard.history.report import format_comparison
from wizard.scoring.findings import generate_findings
from wizard.scoring.scores import overall_score
from wizard.sessions.store import load_session, save_session

NEW = Account(id="acc-new", platform="bluesky", handle="armd-velo.bsky.social")


def _edited(audit: Audit) -> Audit:
    """A copy with eight edits: add, remove, close, status, two fields, two answers."""
    new = audit.model_copy(deep=True)
    new.account("acc-002").status = AccountStatus.CLOSED
    new.account("acc-004").status = AccountStatus.DORMANT
    new.account("acc-005").mfa = MfaCoverage.NONE
    new.account("acc-005").notes = "Deux administrateurs ont quitté l'Agence."
    new.accounts = [a for a in new.accounts if a.id != "acc-010"]
    new.accounts.append(NEW)
    new.answers["SC1.1"] = Answer(level=4)
    new.answers["LC3.2"] = Answer(level=2)
    return new


def test_a_comparison_with_itself_reports_nothing():
    audit = demo_session().audit
    c = compare_audits(audit, audit.model_copy(deep=True))
    assert (c.added, c.removed, c.changed, c.criteria, c.unmapped) == ((), (), (), (), ())
    assert (c.findings_resolved, c.findings_pending, c.findings_new) == ((), (), ())
    assert c.overall.delta == 0
    assert all(s.delta == 0 for s in c.sections)
    assert c.same_bank


def test_baseline_comparison_reports_exactly_the_edits():
    old = demo_session().audit
    c = compare_audits(old, _edited(old))
    assert [a.id for a in c.added] == ["acc-new"]
    assert [a.id for a in c.removed] == ["acc-010"]
    assert [ch.new.id for ch in c.closed] == ["acc-002"]
    assert [(ch.new.id, ch.status_change.old, ch.status_change.new) for ch in c.status_changed] == [
        ("acc-004", AccountStatus.ACTIVE, AccountStatus.DORMANT)
    ]
    assert [(ch.new.id, [f.field for f in ch.other_changes]) for ch in c.fields_changed] == [
        ("acc-005", ["mfa", "notes"])
    ]
    assert {ch.new.id for ch in c.changed} == {"acc-002", "acc-004", "acc-005"}
    assert [(x.criterion_id, x.old, x.new) for x in c.criteria] == [
        ("SC1.1", 2, 4),
        ("LC3.2", "n/a", 2),
    ]
    assert {s.item_id for s in c.sections if s.old != s.new} == {"SC1", "LC3"}
    assert c.overall.delta is not None
    assert c.overall.delta > 0
    assert (c.accounts_before, c.accounts_after) == (41, 41)


def test_findings_resolved_and_new_follow_the_edits_only():
    old = demo_session().audit
    new = _edited(old)
    c = compare_audits(old, new)
    day = reference_date(old)
    before = {f.key for f in generate_findings(old, day)}
    after = {f.key for f in generate_findings(new, day)}
    assert {f.key for f in c.findings_resolved} == before - after
    assert {f.key for f in c.findings_new} == after - before
    touched = {"SC1", "SC1.1", "LC3", "LC3.2"}
    for finding in c.findings_resolved + c.findings_new:
        item = finding.key.partition(":")[2]
        assert finding.key.startswith("inv.") or item in touched, finding.key


def test_accounts_match_by_canonical_handle_or_url_not_by_row():
    old = demo_session().audit
    new = old.model_copy(deep=True)
    retyped = new.accounts[0].model_copy(update={"id": "other-row", "handle": "@ARMD.ValDeLoire"})
    url_only = new.accounts[1].model_copy(update={"id": "third-row", "handle": ""})
    new.accounts[0], new.accounts[1] = retyped, url_only
    c = compare_audits(old, new)
    assert (c.added, c.removed) == ((), ())
    assert [[f.field for f in ch.changes] for ch in c.changed] == [["handle"], ["handle"]]


def _renamed_bank(audit: Audit) -> Audit:
    """The same audit on a bank where SC1.1 became GOV1.1."""
    data = audit.framework.model_dump(mode="json")
    data["version"] = "2.0"
    data["sections"][0]["criteria"][0]["id"] = "GOV1.1"
    answers = dict(audit.answers)
    answers["GOV1.1"] = answers.pop("SC1.1")
    bank = Framework.model_validate_json(Framework(**data).model_dump_json())
    return audit.model_copy(update={"framework": bank, "answers": answers}, deep=True)


def test_criteria_follow_a_mapping_when_the_bank_changed(tmp_path):
    old = demo_session().audit
    new = _renamed_bank(old)
    unmapped = compare_audits(old, new)
    assert not unmapped.same_bank
    assert unmapped.unmapped == ("SC1.1",)
    assert [(x.criterion_id, x.old_id, x.old) for x in unmapped.criteria] == [
        ("GOV1.1", None, None)
    ]
    table = tmp_path / "map.toml"
    table.write_text('[criteria]\n"SC1.1" = "GOV1.1"\n', encoding="utf-8")
    mapped = compare_audits(old, new, criterion_map=load_criterion_map(table))
    assert (mapped.criteria, mapped.unmapped) == ((), ())


@pytest.mark.parametrize("content", ["not toml [", "[other]\na = 'b'\n", "[criteria]\nSC1 = 3\n"])
def test_a_bad_mapping_file_is_one_clear_error(tmp_path, content):
    table = tmp_path / "map.toml"
    table.write_text(content, encoding="utf-8")
    with pytest.raises(CriterionMapError, match=r"map\.toml"):
        load_criterion_map(table)


def test_the_text_report_lists_the_edits_in_both_languages():
    old = demo_session().audit
    c = compare_audits(old, _edited(old))
    english, french = format_comparison(c, "en"), format_comparison(c, "fr")
    assert "Overall score" in english
    assert "Score global" in french
    assert "+ Bluesky armd-velo.bsky.social" in english
    assert "SC1.1: 2 → 4" in english
    assert "LC3.2: S.O. → 2" in french
    assert "MFA: All admins → None" in english


# --- starting from last year's audit


def test_start_from_previous_resets_answers_and_keeps_hints(tmp_path):
    previous = demo_session()
    save_session(previous, tmp_path / "2026.vigie")
    fresh = start_from_previous(previous)
    old, new = previous.audit, fresh.audit
    assert new.audit_id != old.audit_id
    assert new.engagement.baseline == str(tmp_path / "2026.vigie")
    assert [a.id for a in new.accounts] == [a.id for a in old.accounts]
    assert new.framework == old.framework
    assert all(not answer.assessed for answer in new.answers.values())
    expected = {cid: a.level for cid, a in old.answers.items() if a.level is not None}
    assert {cid: a.previous_level for cid, a in new.answers.items()} == expected
    assert (new.legal, new.risks, new.actions, new.finding_reviews) == ({}, [], [], {})
    assert new.engagement.start_date is None
    assert new.engagement.organisation.name
    kept = {d for a in new.accounts for d in a.evidence}
    assert {e.sha256 for e in new.evidence} == kept == set(fresh.blobs)


def test_previous_levels_are_ignored_by_scoring_and_findings():
    fresh = start_from_previous(demo_session()).audit
    score = overall_score(fresh)
    assert score.score is None
    assert score.completeness == 0
    day = reference_date(demo_session().audit)
    assert not [f for f in generate_findings(fresh, day) if f.key.startswith("asm.")]


def test_findings_not_yet_reassessed_are_pending_not_resolved():
    previous = demo_session().audit
    c = compare_audits(previous, start_from_previous(demo_session()).audit)
    assert c.findings_pending
    assert not [f for f in c.findings_resolved if not f.key.startswith("inv.")]


def test_hints_survive_saving_and_loading(tmp_path):
    fresh = start_from_previous(demo_session(), baseline_path="C:/audits/2026.vigie")
    save_session(fresh, tmp_path / "2027.vigie")
    loaded = load_session(tmp_path / "2027.vigie").session.audit
    assert loaded.answers == fresh.audit.answers
    assert loaded.engagement.baseline == "C:/audits/2026.vigie"


# --- vigie compare


def test_cli_compare_prints_the_progress(tmp_path, capsys):
    from wizard.cli.main import EXIT_OK, main

    old = demo_session()
    new = demo_session()
    new.audit = _edited(old.audit)
    save_session(old, tmp_path / "old.vigie")
    save_session(new, tmp_path / "new.vigie")
    args = ["compare", str(tmp_path / "old.vigie"), str(tmp_path / "new.vigie")]
    assert main([*args, "--lang", "en"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "SC1.1: 2 → 4" in out
    assert "1 added" in out
    assert main(args) == EXIT_OK
    assert "Score global" in capsys.readouterr().out  # the engagement's language


def test_cli_compare_problems_exit_1_without_traceback(tmp_path, capsys):
    from wizard.cli.main import EXIT_PROBLEM, main

    save_session(demo_session(), tmp_path / "old.vigie")
    old = str(tmp_path / "old.vigie")
    assert main(["compare", old, str(tmp_path / "missing.vigie")]) == EXIT_PROBLEM
    (tmp_path / "map.toml").write_text("nonsense [", encoding="utf-8")
    assert main(["compare", old, old, "--map", str(tmp_path / "map.toml")]) == EXIT_PROBLEM
    err = capsys.readouterr().err
    assert err.count("\n") == 2
    assert "Traceback" not in err


def test_the_baseline_is_found_beside_the_session_and_loaded(tmp_path):
    from wizard.history.baseline import baseline_file, load_baseline
    from wizard.sessions.errors import SessionError

    save_session(demo_session(), tmp_path / "2026.vigie")
    fresh = start_from_previous(demo_session(), baseline_path="2026.vigie")
    save_session(fresh, tmp_path / "2027.vigie")
    assert baseline_file(fresh) == tmp_path / "2026.vigie"
    assert load_baseline(fresh).audit_id == demo_session().audit.audit_id
    fresh.audit.engagement.baseline = str(tmp_path / "moved.vigie")
    with pytest.raises(SessionError):
        load_baseline(fresh)
    fresh.audit.engagement.baseline = ""
    assert load_baseline(fresh) is None
