"""Duplicate accounts in an inventory: the same identity paste and import use."""

from wizard.audit.model import Account
from wizard.platforms.duplicates import duplicate_ids


def test_same_handle_on_the_same_platform_is_a_duplicate():
    a = Account(platform="instagram", handle="Acme")
    b = Account(platform="instagram", handle="@acme")
    c = Account(platform="x", handle="acme")
    d = Account()
    assert duplicate_ids([a, b, c, d]) == {a.id, b.id}
