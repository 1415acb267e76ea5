"""Recovery copies in the per-user state folder: RELIABILITY cases 10 and 25 (offered at the
next start after a crash: restore, discard or later)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.audits import make_session

from wizard.sessions import recovery
from wizard.sessions.recovery import (
    discard_recovery,
    list_recoveries,
    load_recovery,
    write_recovery,
)
from wizard.sessions.store import ConflictError, load_session, save_session


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "state"
    monkeypatch.setenv("VIGIE_STATE_DIR", str(folder))
    return folder


def test_write_list_load_discard(tmp_path: Path, state_dir: Path) -> None:
    original = tmp_path / "shared" / "audit.vigie"
    original.parent.mkdir()
    session = make_session(org="Ville de Lévis")
    fingerprint = save_session(session, original)
    session.audit.engagement.title = "Unsaved work"

    copy = write_recovery(session, session.audit.audit_id, fingerprint=fingerprint)
    assert copy.parent == state_dir / "recovery"
    assert sorted(p.name for p in original.parent.iterdir()) == ["audit.vigie"]

    [info] = list_recoveries()
    assert (info.key, info.original, info.organisation) == (
        session.audit.audit_id,
        original,
        "Ville de Lévis",
    )
    assert info.saved is not None
    assert info.problem == ""
    assert info.fingerprint == fingerprint

    restored = load_recovery(info)
    assert restored.session.audit == session.audit
    assert restored.session.blobs == session.blobs
    assert restored.session.path == original
    assert restored.fingerprint == fingerprint
    save_session(restored.session, original, expected_fingerprint=restored.fingerprint)
    assert load_session(original).session.audit.engagement.title == "Unsaved work"

    discard_recovery(info)
    assert list_recoveries() == []
    discard_recovery(info)  # already gone: fine


def test_restored_copy_still_detects_a_changed_original(tmp_path: Path) -> None:
    original = tmp_path / "audit.vigie"
    session = make_session(org="Mine")
    fingerprint = save_session(session, original)
    write_recovery(session, "doc1", fingerprint=fingerprint)
    save_session(make_session(org="Someone else"), original)
    [info] = list_recoveries()
    restored = load_recovery(info)
    with pytest.raises(ConflictError):
        save_session(restored.session, original, expected_fingerprint=restored.fingerprint)


def test_never_saved_audit_has_no_original() -> None:
    write_recovery(make_session(org="Nouveau"), "new-audit")
    [info] = list_recoveries()
    assert info.original is None
    assert info.fingerprint is None
    assert load_recovery(info).session.path is None


def test_rewriting_replaces_and_newest_comes_first() -> None:
    write_recovery(make_session(org="Old"), "a")
    write_recovery(make_session(org="Other"), "b")
    write_recovery(make_session(org="Newer"), "a")
    infos = list_recoveries()
    assert [i.key for i in infos] == ["a", "b"]
    assert {i.organisation for i in infos} == {"Newer", "Other"}


def test_damaged_copy_is_listed_with_its_problem(state_dir: Path) -> None:
    write_recovery(make_session(), "good")
    (state_dir / "recovery" / "bad.vigie").write_bytes(b"PK\x03\x04 truncated")
    infos = list_recoveries()
    assert [i.key for i in infos] == ["good", "bad"]
    assert "truncated" in infos[1].problem
    discard_recovery(infos[1])
    assert [i.key for i in list_recoveries()] == ["good"]


def test_no_folder_means_no_copies() -> None:
    assert list_recoveries() == []


@pytest.mark.parametrize("key", ["", "../escape", "a/b", "x" * 65, "é"])
def test_keys_cannot_escape_the_folder(key: str) -> None:
    with pytest.raises(ValueError, match="recovery key"):
        write_recovery(make_session(), key)


def test_default_folder_is_the_platform_state_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VIGIE_STATE_DIR")
    folder = recovery.recovery_dir()
    assert folder.name == "recovery"
    assert "vigie" in str(folder).lower()
