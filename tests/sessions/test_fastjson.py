"""The native fast path of session loading (wizard.sessions.fastjson): whatever it accepts, the
exact
path accepts with the same result; whatever it cannot prove goes the exact way."""

from __future__ import annotations

import json

import pytest
from helpers.sample import generated_audit
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from wizard.audit import text
from wizard.audit.model import Account, Audit, new_audit
from wizard.sessions import fastjson
from wizard.sessions.session import Session
from wizard.sessions.store import InvalidContentError, load_session, save_session


def _raw(audit: Audit) -> bytes:
    return audit.model_dump_json().encode("utf-8")


def _with_notes(notes: str) -> bytes:
    audit = new_audit()
    audit.accounts = [Account(handle="h", notes="x")]
    return _raw(audit).replace(b'"notes":"x"', b'"notes":' + json.dumps(notes).encode())


def test_a_saved_audit_takes_the_fast_path_with_the_same_result():
    audit = generated_audit(200, seed=3)
    raw = _raw(audit)
    fast = fastjson.validated(raw)
    assert fast is not None
    assert fast == Audit.model_validate_json(raw)
    assert type(fast) is Audit
    assert type(fast.accounts[0]) is Account


def test_no_python_text_validator_is_left_and_models_keep_their_own():
    _, replaced, models = fastjson.native_schema()
    assert replaced > 30
    assert Account in models
    fastjson._validator()
    assert all(model.__pydantic_complete__ for model in models)
    with pytest.raises(ValidationError, match="control character"):
        Account(handle="a\x07b")  # the exact validators are untouched


def test_spaces_are_what_str_strip_removes():
    every = {chr(c) for c in range(0x110000) if chr(c).isspace()}
    assert set(fastjson._SPACES) == every


@pytest.mark.parametrize(
    "raw",
    [
        _with_notes("a\r\nb"),  # normalised by the exact path: not proven natively
        _with_notes("😀" * (text.EXCEL_CELL_LIMIT // 2 + 1)),  # needs the UTF-16 count
        _with_notes("\ud800"),  # lone surrogate (json.dumps escapes it)
        _with_notes("a\x07"),
        _raw(new_audit()).replace(b'"audit_id":', b'"audit_id":"a","audit_id":', 1),
        _raw(new_audit()).replace(b'"dormant_after_days":', b'"dormant_after_days":NaN,"x":', 1),
    ],
)
def test_what_cannot_be_proven_goes_the_exact_way(raw):
    assert fastjson.validated(raw) is None


def test_duplicate_key_is_refused_by_the_loader(tmp_path):
    audit = new_audit()
    audit.accounts = [Account(handle="h")]
    path = tmp_path / "a.vigie"
    save_session(Session(audit=audit), path)
    raw = _raw(audit).replace(b'"handle":"h"', b'"handle":"h","handle":"g"')
    assert fastjson.validated(raw) is None  # jiter alone would take the last value
    from wizard.sessions.store import _parse

    with pytest.raises(InvalidContentError) as info:
        _parse(raw, "a.vigie")
    assert "accounts[0].handle: this key appears twice" in str(info.value)


def test_long_number_is_refused_natively():
    audit = new_audit()
    audit.accounts = [Account(handle="h", followers=5)]
    raw = _raw(audit).replace(b'"followers":5', b'"followers":' + b"9" * 41)
    assert fastjson.validated(raw) is None
    bounded = fastjson._bounded({"type": "int", "le": 5})
    assert (bounded["lt"], bounded["gt"], bounded["le"]) == (10**40, -(10**40), 5)


def test_save_then_load_round_trips_through_the_fast_path(tmp_path):
    audit = generated_audit(50, seed=4)
    path = tmp_path / "s.vigie"
    save_session(Session(audit=audit), path)
    loaded = load_session(path).session.audit
    assert loaded.accounts == audit.accounts


_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=()) | st.sampled_from("\r\n\t "),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(handle=_TEXT, url=_TEXT, notes=_TEXT)
def test_fast_acceptance_implies_exact_acceptance(handle, url, notes):
    audit = new_audit()
    audit.accounts = [Account(handle="h", url="u", notes="n")]
    raw = (
        _raw(audit)
        .replace(b'"handle":"h"', b'"handle":' + json.dumps(handle, ensure_ascii=False).encode())
        .replace(b'"url":"u"', b'"url":' + json.dumps(url, ensure_ascii=False).encode())
        .replace(b'"notes":"n"', b'"notes":' + json.dumps(notes, ensure_ascii=False).encode())
    )
    fast = fastjson.validated(raw)
    if fast is not None:
        assert fast == Audit.model_validate_json(raw)
