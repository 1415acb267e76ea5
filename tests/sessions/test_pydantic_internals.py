"""The pydantic-core adapter (wizard.sessions.pydantic_internals): a library change that makes
a rewrite stop taking effect fails here, and the public-API fallback gives the same audits."""

from __future__ import annotations

from typing import ClassVar

import pytest
from helpers.sample import generated_audit
from pydantic import ValidationError

from wizard.audit import model
from wizard.audit.model import Account, Audit, new_audit
from wizard.sessions import compact, fastjson, pydantic_internals
from wizard.sessions.session import Session
from wizard.sessions.store import load_session, save_session


@pytest.fixture
def fallback(monkeypatch):
    """Every session speed-up off: the path a pydantic that changed its internals takes."""
    monkeypatch.setattr(pydantic_internals, "_disabled", True)
    for cached in (compact._serializer, fastjson._validator):
        cached.cache_clear()
    yield
    monkeypatch.setattr(pydantic_internals, "_disabled", False)
    for cached in (compact._serializer, fastjson._validator):
        cached.cache_clear()


def test_the_rewrite_reaches_nested_models_in_validators():
    """The native validator refuses (undecided) a CRLF note in an account, which the
    account's own Python validator takes (as LF): its rewritten schema, not its own, was used."""
    audit = new_audit()
    audit.accounts = [Account(handle="h", notes="a\nb")]
    raw = compact.audit_json(audit).replace(b"a\\nb", b"a\\r\\nb")
    assert Audit.model_validate_json(raw) == audit
    with pytest.raises(ValidationError):
        fastjson._validator().validate_json(raw)


def test_the_rewrite_reaches_nested_models_in_serializers(monkeypatch):
    """An account id equal to what ``new_id()`` gives now is still written: the account's
    rewritten serializer, not its own, was used."""
    monkeypatch.setattr(model.uuid, "uuid4", lambda: model.uuid.UUID(int=3))
    audit = new_audit()
    audit.accounts = [Account(handle="h")]
    assert audit.accounts[0].id == model.new_id()
    assert f'"id":"{model.new_id()}"'.encode() in compact.audit_json(audit)


def test_models_are_finished_again_after_a_build():
    _, _, models = fastjson.native_schema()
    pydantic_internals.build_serializer(Audit, lambda node, walk: None)
    assert Account in models
    assert all(m.__pydantic_complete__ for m in models)


def test_an_unexpected_schema_is_reported_not_raised():
    class NotAModel:
        __pydantic_core_schema__: ClassVar = {"type": "something-new"}

    with pytest.raises(pydantic_internals.InternalsChanged):
        pydantic_internals.build_validator(NotAModel, lambda node, walk: None)  # type: ignore[arg-type]


def test_the_fallback_writes_every_field_and_reads_the_same_audits(tmp_path, fallback):
    audit = generated_audit(80, seed=8)
    assert compact.audit_json(audit) == compact.full_json(audit)
    assert fastjson.validated(compact.full_json(audit)) is None  # the exact path decides
    path = tmp_path / "fallback.vigie"
    save_session(Session(audit=audit), path)
    through_fallback = load_session(path).session.audit
    pydantic_internals.disable(False)
    compact._serializer.cache_clear()
    fastjson._validator.cache_clear()
    assert load_session(path).session.audit == through_fallback
    fast_path = tmp_path / "fast.vigie"
    save_session(Session(audit=audit), fast_path)
    loaded_fast = load_session(fast_path).session.audit
    same_stamp = loaded_fast.model_copy(update={"modified": through_fallback.modified})
    assert same_stamp == through_fallback
