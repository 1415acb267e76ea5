"""The collector is paused while an audit is built, and the audit built is not left among the
young objects that every collection walks (wizard/sessions/gc_pause.py)."""

from __future__ import annotations

import gc

from helpers.sample import generated_audit

from wizard.audit.model import Account
from wizard.sessions.session import Session
from wizard.sessions.store import load_session, save_session


def _young_accounts() -> int:
    return sum(isinstance(o, Account) for g in (0, 1) for o in gc.get_objects(generation=g))


def test_a_loaded_audit_is_not_left_to_the_young_collections(tmp_path):
    path = tmp_path / "a.vigie"
    save_session(Session(audit=generated_audit(200, seed=2)), path)
    gc.collect()
    loaded = load_session(path)
    assert len(loaded.session.audit.accounts) == 200
    assert gc.isenabled()
    assert _young_accounts() == 0
    assert sum(isinstance(o, Account) for o in gc.get_objects(generation=2)) >= 200


def test_with_the_collector_off_it_stays_off_and_the_audit_still_ages(tmp_path):
    """The GUI switches the automatic collector off (it collects on its own thread)."""
    path = tmp_path / "a.vigie"
    save_session(Session(audit=generated_audit(50, seed=3)), path)
    gc.collect()
    gc.disable()
    try:
        loaded = load_session(path)
        assert not gc.isenabled()
        assert len(loaded.session.audit.accounts) == 50
        assert _young_accounts() == 0
    finally:
        gc.enable()
