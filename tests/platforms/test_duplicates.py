"""Duplicate accounts in an inventory: the same identity paste and import use."""

from wizard.audit.model import Account
from wizard.platforms import duplicates
from wizard.platforms.duplicates import Identities, duplicate_ids


def test_same_handle_on_the_same_platform_is_a_duplicate():
    a = Account(platform="instagram", handle="Acme")
    b = Account(platform="instagram", handle="@acme")
    c = Account(platform="x", handle="acme")
    d = Account()
    assert duplicate_ids([a, b, c, d]) == {a.id, b.id}


def test_identities_follow_an_edit_to_the_twins_it_makes_and_breaks():
    a = Account(platform="facebook", handle="VilleQc")
    b = Account(platform="facebook", url="https://www.facebook.com/villeqc")
    c = Account(platform="instagram", handle="villeqc")
    accounts = [a, b, c]
    identities = Identities()
    assert identities.duplicate_ids(accounts) == {a.id, b.id}
    assert identities.twin_ids(a.id, accounts) == [b.id]
    c.platform = "facebook"  # c becomes the twin of a and b
    touched = identities.update(c)
    assert set(touched) == {a.id, b.id, c.id}
    assert identities.duplicate_ids(accounts) == {a.id, b.id, c.id}
    assert identities.update(c) == []  # nothing moved since


def test_identities_recognise_each_address_once(monkeypatch):
    recognised = []
    key_of = duplicates.key_of
    monkeypatch.setattr(duplicates, "key_of", lambda a: recognised.append(a) or key_of(a))
    accounts = [Account(platform="facebook", handle=f"ville{n}") for n in range(3)]
    accounts.append(Account(platform="facebook", handle="ville0"))
    identities = Identities()
    assert len(identities.duplicate_ids(accounts)) == 2
    assert len(recognised) == 3  # the twin's address was recognised once
    identities.forget()
    assert not identities.known
    assert len(identities.duplicate_ids(accounts)) == 2
    assert len(recognised) == 3  # nothing recognised again after forget()
