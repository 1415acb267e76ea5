"""Issue 17: merging two copies made on different banks says what stands in the way —
two versions of one bank (criteria added, removed, a changed scale) or two unrelated banks —
and merges nothing."""

from __future__ import annotations

import pytest
from helpers.banks import bank_data, sized_bank

from wizard.audit.model import Answer
from wizard.bank.framework import Framework
from wizard.messages import localise
from wizard.sessions.session import Session
from wizard.teams.merge import MergeError, merge_sessions


def _session(bank: Framework) -> Session:
    session = Session.new()
    session.audit.framework = bank
    session.audit.answers = {bank.criteria()[0].id: Answer(level=1)}
    return session


def _next_version() -> Framework:
    data = bank_data(3, version="2")
    data["sections"][0]["criteria"].append({**data["sections"][0]["criteria"][0], "id": "S1.9"})
    del data["sections"][2]["criteria"][1]
    data["scale"] = data["scale"][:4]
    return Framework.model_validate(data)


def test_two_versions_of_a_bank_name_what_differs() -> None:
    mine, theirs = _session(sized_bank(3)), _session(_next_version())
    theirs.audit.audit_id = mine.audit.audit_id
    with pytest.raises(MergeError) as refused:
        merge_sessions(None, mine, theirs)
    english = str(refused.value.args[0])
    assert "two versions of the same question bank" in english
    assert "consultant-bank 1 → consultant-bank 2" in english
    assert "Criteria added (no earlier answer): S1.9" in english
    assert "Criteria removed (not compared): S3.2" in english
    assert "Scale changed (0–4 → 0–3)" in english
    french = localise(refused.value.args[0], "fr")
    assert "Critères ajoutés (sans réponse antérieure) : S1.9" in french


def test_two_unrelated_banks_say_so_plainly() -> None:
    mine = _session(sized_bank(3))
    theirs = _session(sized_bank(3, bank_id="another-bank"))
    theirs.audit.audit_id = mine.audit.audit_id
    with pytest.raises(MergeError) as refused:
        merge_sessions(None, mine, theirs)
    assert str(refused.value.args[0]) == (
        "the sessions use different question banks (consultant-bank 1 and another-bank 1); "
        "their answers are not to the same questions: they cannot be merged"
    )


def test_same_bank_merges() -> None:
    mine = _session(sized_bank(3))
    theirs = Session(audit=mine.audit.model_copy(deep=True), blobs={})
    theirs.audit.answers["S2.1"] = Answer(level=3)
    merged = merge_sessions(mine, mine, theirs)
    assert merged.session.audit.answers["S2.1"].level == 3
