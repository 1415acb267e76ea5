"""Nothing a client sends, and nothing Vigie does, reaches the network: the whole demo
(load, edit, import accounts, save, reopen, export, check for secrets) runs with every way
of opening a connection replaced by a recorder that refuses."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from wizard.audit.model import Account, Risk
from wizard.audit.secrets import find_secrets
from wizard.demo import demo_session
from wizard.sessions.store import acquire_lock, load_session, save_session


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, tuple]]:
    """Every connection or name lookup attempted during the test (each one refused)."""
    seen: list[tuple[str, tuple]] = []

    def refuse(name: str):
        def blocked(*args: object, **kwargs: object) -> object:
            seen.append((name, args[1:] if name.startswith("socket.") else args))
            raise OSError(f"network blocked by the test ({name})")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("socket.sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    return seen


def test_the_whole_demo_runs_offline(attempts: list, tmp_path: Path) -> None:
    from wizard.importers.plan import apply_plan, plan_import
    from wizard.workbook import export_workbook

    session = demo_session()
    audit = session.audit
    audit.engagement.title = "Audit hors ligne"
    audit.accounts.append(Account(platform="x", handle="@hors_ligne", notes="nouveau"))
    audit.risks.append(Risk(title="Fuite", description="https://example.org/ressource"))
    listing = tmp_path / "accounts.txt"
    listing.write_text(
        "https://www.facebook.com/exemple.hors.ligne\nhttps://mastodon.social/@vigie\n",
        encoding="utf-8",
    )
    apply_plan(audit, plan_import(listing, audit))
    path = tmp_path / "demo.vigie"
    with acquire_lock(path):
        save_session(session, path)
        reopened = load_session(path)
    reopened.session.audit.engagement.scope = "Portée revue"
    save_session(reopened.session, path, expected_fingerprint=reopened.fingerprint)
    for lang in ("fr", "en"):
        export_workbook(reopened.session, tmp_path / f"demo-{lang}.xlsx", lang=lang)
        export_workbook(reopened.session, tmp_path / f"names-{lang}.xlsx", lang, True)
    find_secrets(reopened.session.audit)
    assert (tmp_path / "demo-fr.xlsx").stat().st_size > 10_000
    assert attempts == []


def test_the_recorder_does_record(attempts: list) -> None:
    """The blocking is real: an attempt is refused and recorded."""
    with pytest.raises(OSError, match="network blocked"):
        socket.create_connection(("example.org", 443), timeout=1)
    assert attempts
