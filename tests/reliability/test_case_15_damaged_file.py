"""Case 15: a session file that is truncated, empty, binary, not a zip, or a zip without
``audit.json``: "damaged file" with the reason, the backup offered, never a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers.reliability import answer
from helpers.session_corpus import FAIL, REFUSALS, check_refused, names

from wizard.sessions.session import Session
from wizard.sessions.store import backup_path, save_session


@pytest.mark.parametrize("name", names(15))
def test_refused_with_its_reason(name: str, tmp_path: Path) -> None:
    check_refused(name, tmp_path)


@pytest.mark.parametrize("name", ["truncated.vigie", "binary.vigie", "no_audit_json.vigie"])
def test_gui_says_damaged_and_offers_the_backup(
    name: str, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The previous save's backup is offered; opening it loads the whole audit and leaves
    the damaged file as it was (the user saves the restored work under a name they choose)."""
    path = tmp_path / "audit.vigie"
    session = Session.new()
    session.audit.engagement.organisation.name = "Ville de Rimouski"
    save_session(session, path)
    save_session(session, path)  # now audit.vigie.bak exists
    shutil.copy(FAIL / name, path)
    asked = answer(monkeypatch, "ask_yes_no", True)
    assert not window.controller.open_file(path)
    [(_, title, question)] = asked
    assert title == "Damaged file"
    assert REFUSALS[name][1] in question
    assert backup_path(path).name in question
    assert window.document.audit.engagement.organisation.name == "Ville de Rimouski"
    assert window.document.path is None
    assert path.read_bytes() == (FAIL / name).read_bytes()


def test_gui_without_a_backup_says_why_and_loads_nothing(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "audit.vigie"
    shutil.copy(FAIL / "zero_filled.vigie", path)
    warned = answer(monkeypatch, "warn", None)
    assert not window.controller.open_file(path)
    [(_, title, _text, reason)] = warned
    assert title == "Damaged file"
    assert "starts with zero bytes" in reason
    assert "Traceback" not in reason
    assert window.document.audit.engagement.organisation.name == ""
