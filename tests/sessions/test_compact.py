"""audit.json as saved (wizard.sessions.compact): defaults left out, the audit read back is
the audit written, and what a reader cannot rebuild (times, ids, the format) is always there."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from helpers.sample import generated_audit

from wizard.audit import model
from wizard.audit.model import Account, Audit, new_audit
from wizard.sessions import compact, fastjson
from wizard.sessions.session import Session
from wizard.sessions.store import load_session, save_session

FIXED = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


class _FrozenClock(datetime):
    @classmethod
    def now(cls, tz=None):  # type: ignore[override]
        return FIXED


def test_fields_holding_their_default_are_not_written():
    audit = new_audit()
    audit.accounts = [Account(handle="ville", notes="à suivre")]
    stored = json.loads(compact.audit_json(audit))
    account = stored["accounts"][0]
    assert set(account) == {"id", "handle", "notes"}
    assert "settings" not in stored
    assert "risks" not in stored
    assert Audit.model_validate_json(compact.audit_json(audit)) == audit


def test_times_ids_and_the_format_are_written_even_when_equal_to_a_fresh_default(monkeypatch):
    monkeypatch.setattr(model, "datetime", _FrozenClock)  # now() gives FIXED
    monkeypatch.setattr(model.uuid, "uuid4", lambda: model.uuid.UUID(int=7))  # new_id() too
    audit = new_audit()
    audit.accounts = [Account(handle="h")]
    assert audit.created == audit.modified == model.now()
    assert audit.accounts[0].id == model.new_id()
    stored = json.loads(compact.audit_json(audit))
    assert stored["format"] == "vigie-audit"
    assert stored["format_version"] == model.FORMAT_VERSION
    assert stored["created"] == stored["modified"] == "2026-03-01T09:30:00Z"
    assert stored["audit_id"] == stored["accounts"][0]["id"] == model.new_id()


def test_a_saved_file_reopens_as_the_same_audit(tmp_path):
    audit = generated_audit(300, seed=5)
    audit.accounts.append(Account(handle="blank"))  # all defaults but the handle
    path = tmp_path / "a.vigie"
    save_session(Session(audit=audit), path)
    loaded = load_session(path).session.audit
    stamped = {"modified": loaded.modified, "app_version": loaded.app_version}
    saved = audit.model_copy(update=stamped)
    assert loaded == saved
    assert compact.full_json(loaded) == compact.full_json(saved)


def test_an_imported_inventory_is_less_than_half_the_size():
    """Accounts as an import leaves them (identity only) are mostly defaults."""
    audit = new_audit()
    audit.accounts = [
        Account(platform="facebook", handle=f"ville{n}", url=f"https://www.facebook.com/ville{n}")
        for n in range(200)
    ]
    written = json.loads(compact.audit_json(audit))["accounts"]
    every_field = json.loads(compact.full_json(audit))["accounts"]
    assert len(json.dumps(written)) < len(json.dumps(every_field)) / 2


@pytest.mark.parametrize("form", [compact.audit_json, compact.full_json])
def test_both_forms_take_the_fast_path_with_the_exact_result(form):
    """Files written with every field (before this change, or by the fallback) stay fast."""
    raw = form(generated_audit(100, seed=6))
    fast = fastjson.validated(raw)
    assert fast is not None
    assert fast == Audit.model_validate_json(raw)


def test_a_spelled_out_default_takes_the_fast_path_with_the_exact_result():
    """The proof re-writes the fields the file held, defaults or not: one serialisation proves
    a file written with defaults left out, with every field, or a mix."""
    audit = new_audit()
    audit.accounts = [Account(handle="h")]
    raw = compact.audit_json(audit).replace(b'"handle":"h"', b'"handle":"h","notes":""')
    fast = fastjson.validated(raw)
    assert fast is not None
    assert fast == Audit.model_validate_json(raw) == audit


def test_a_file_written_with_every_field_is_proven_in_one_serialisation(monkeypatch):
    raw = compact.full_json(generated_audit(50, seed=6))
    written: list[bytes] = []
    serialise = compact.read_json
    monkeypatch.setattr(compact, "audit_json", lambda audit: pytest.fail("serialised twice"))
    monkeypatch.setattr(compact, "full_json", lambda audit: pytest.fail("serialised twice"))
    monkeypatch.setattr(
        compact, "read_json", lambda audit: written.append(serialise(audit)) or written[-1]
    )
    assert fastjson.validated(raw) is not None
    assert written == [raw]


@pytest.mark.parametrize("key", [b'"format":"vigie-audit",', b'"format_version":2,'])
def test_a_file_without_its_format_marker_goes_the_exact_way(key):
    """The exact way reads the format before the model and refuses a file without it; the
    model's default must not make the fast way take it."""
    raw = compact.audit_json(generated_audit(5, seed=6))
    assert key in raw
    assert fastjson.validated(raw.replace(key, b"", 1)) is None


def _every_choice_audit() -> Audit:
    """An audit whose enumerated fields take every value somewhere (defaults included)."""
    from wizard.audit import choices

    audit = generated_audit(60, seed=8)
    kinds = list(choices.AccountKind)
    for index, account in enumerate(audit.accounts):
        account.kind = kinds[index % len(kinds)]
        account.mfa = list(choices.MfaCoverage)[index % len(choices.MfaCoverage)]
    return audit


def test_enumerations_are_written_as_their_text_without_asking_each_member(monkeypatch):
    """Text enumerations go through the plain text writer: the same bytes as the enumeration
    writer, and no member's ``.value`` is looked up in Python (95,000 for 10,000 accounts)."""
    import enum

    audit = _every_choice_audit()
    monkeypatch.setattr(compact, "_plain_text", lambda node: None)
    compact._serializer.cache_clear()
    by_enumeration = compact.audit_json(audit)
    monkeypatch.undo()
    compact._serializer.cache_clear()
    compact._serializer()  # built before counting
    value = enum.Enum.__dict__["value"]
    asked: list[object] = []

    def counted(member: enum.Enum) -> object:
        asked.append(member)
        return value.__get__(member, type(member))

    enum.Enum.value = property(counted)  # type: ignore[method-assign,assignment]
    try:
        written = compact.audit_json(audit)
    finally:
        enum.Enum.value = value  # type: ignore[method-assign]
    assert written == by_enumeration
    assert asked == []
    assert b'"kind":"' in written
