"""The brand stays with the audit through the operations that rebuild one: a merge with a
colleague's copy, and next year's audit started from this one."""

from __future__ import annotations

from helpers.images import png

from wizard.audit.branding import Brand, Logo
from wizard.audit.model import new_audit
from wizard.history.baseline import start_from_previous
from wizard.sessions.session import Session
from wizard.teams.merge import merge_sessions

BRAND = Brand(firm="Conseil Lavoie", accent="#1F6F8B", logo=Logo.from_bytes(png()))


def _session(brand: Brand) -> Session:
    audit = new_audit()
    audit.brand = brand
    return Session(audit=audit)


def test_a_merge_keeps_my_brand_or_takes_theirs_when_i_have_none():
    mine, theirs = _session(BRAND), _session(Brand(firm="Autre cabinet"))
    theirs.audit.audit_id = mine.audit.audit_id
    assert merge_sessions(None, mine, theirs).session.audit.brand == BRAND
    empty = _session(Brand())
    empty.audit.audit_id = mine.audit.audit_id
    assert merge_sessions(None, empty, mine).session.audit.brand == BRAND


def test_next_years_audit_keeps_the_brand():
    assert start_from_previous(_session(BRAND)).audit.brand == BRAND
