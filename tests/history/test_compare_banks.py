"""Issue 17: comparing audits made on two versions of a bank reports what cannot be
compared (criteria added, removed, a changed scale); on two unrelated banks it says so and
compares only what the banks do not shape."""

from __future__ import annotations

from datetime import date

from helpers.banks import bank_data, sized_bank
from helpers.sample import generated_audit

from wizard.audit.model import Answer, Audit
from wizard.bank.diff import BankRelation
from wizard.bank.framework import Framework
from wizard.history.compare import compare_audits
from wizard.history.report import format_comparison

TODAY = date(2025, 3, 15)


def _audit(bank: Framework, seed: int) -> Audit:
    return generated_audit(6, seed=seed, framework=bank, today=TODAY)


def _version_two(scale_levels: int = 5) -> Framework:
    data = bank_data(3, version="2", levels=scale_levels)
    data["sections"][0]["criteria"].append({**data["sections"][0]["criteria"][0], "id": "S1.9"})
    del data["sections"][2]["criteria"][1]
    data["sections"][1]["criteria"][0]["text"] = {"fr": "Reformulé", "en": "Reworded"}
    return Framework.model_validate(data)


def test_same_bank_reports_nothing_about_banks() -> None:
    old, new = _audit(sized_bank(3), 1), _audit(sized_bank(3), 2)
    c = compare_audits(old, new)
    assert c.bank is not None
    assert c.bank.relation is BankRelation.SAME
    assert c.bank.lines("en") == []
    assert len(c.sections) == 3


def test_two_versions_name_added_removed_and_reworded_criteria() -> None:
    old, new = _audit(sized_bank(3), 1), _audit(_version_two(), 2)
    old.answers["S3.2"] = Answer(level=2)
    c = compare_audits(old, new)
    assert c.bank.relation is BankRelation.VERSIONS
    assert c.bank.criteria_added == ("S1.9",)
    assert c.bank.criteria_removed == ("S3.2",)
    assert c.bank.criteria_changed == ("S2.1",)
    assert c.bank.levels_comparable
    assert "S3.2" in c.unmapped
    assert c.criteria, "levels on the same scale are compared"
    text = format_comparison(c, "en")
    assert "Two versions of the bank: consultant-bank 1 → consultant-bank 2." in text
    assert "Criteria added (no earlier answer): S1.9" in text
    assert "Criteria removed (not compared): S3.2" in text
    assert "Criteria reworded or reweighted (compare with care): S2.1" in text
    french = format_comparison(c, "fr")
    assert "Critères retirés (non comparés) : S3.2" in french


def test_a_changed_scale_stops_comparing_levels() -> None:
    old, new = _audit(sized_bank(3), 1), _audit(_version_two(scale_levels=4), 2)
    c = compare_audits(old, new)
    assert c.bank.scale_changed == "0–4 → 0–3"
    assert c.criteria == ()
    assert [s.item_id for s in c.sections] == ["S1", "S2", "S3"]  # scores /100 still compared
    assert "Scale changed (0–4 → 0–3): answer levels are not compared" in format_comparison(c, "en")


def test_unrelated_banks_compare_only_the_inventory() -> None:
    old = _audit(sized_bank(3), 1)
    new = _audit(sized_bank(3, bank_id="another-bank"), 2)
    for criterion in new.framework.criteria():  # same ids, unrelated questions
        new.answers[criterion.id] = Answer(level=0)
    c = compare_audits(old, new)
    assert c.bank.relation is BankRelation.DIFFERENT
    assert c.sections == ()
    assert c.criteria == ()
    assert c.unmapped == ()
    every = c.findings_new + c.findings_resolved + c.findings_pending
    assert not [f for f in every if f.rule_id.startswith(("asm.", "legal."))]
    text = format_comparison(c, "en")
    assert (
        "The two audits use different question banks (consultant-bank 1 and another-bank 1): "
        "sections, answers and assessment findings cannot be compared" in text
    )
    assert "Les deux audits utilisent des banques de questions différentes" in (
        format_comparison(c, "fr")
    )


def test_a_criterion_map_still_compares_answers_across_banks() -> None:
    old = _audit(sized_bank(3), 1)
    new = _audit(sized_bank(3, bank_id="another-bank"), 2)
    old.answers["S1.1"] = Answer(level=1)
    new.answers["S2.2"] = Answer(level=4)
    c = compare_audits(old, new, criterion_map={"S1.1": "S2.2"})
    assert [(x.old_id, x.criterion_id) for x in c.criteria if x.old_id == "S1.1"] == [
        ("S1.1", "S2.2")
    ]
