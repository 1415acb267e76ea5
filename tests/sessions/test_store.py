"""Saving and loading session files: round trip, changed on disk (RELIABILITY case 14),
versions (18, 19) and the committed JSON Schema. Failures while saving (cases 9–11) are in
test_store_save_failures.py."""

from __future__ import annotations

import json
import os
import shutil
import time
import zipfile
from pathlib import Path

import pytest
from helpers.audits import make_session

from wizard.audit.model import FORMAT_VERSION, Account, Audit
from wizard.sessions import store
from wizard.sessions.container import Limits
from wizard.sessions.store import (
    ConflictError,
    InvalidContentError,
    NewerVersionError,
    SaveError,
    backup_original,
    backup_path,
    file_fingerprint,
    load_session,
    save_session,
    schema_text,
)

ROOT = Path(__file__).resolve().parents[2]
V0_FIXTURE = ROOT / "tests" / "data" / "sessions" / "pass" / "v0-minimal.vigie"


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".tmp-" in p.name or "bak-tmp" in p.name)


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, bytes, bytes]:
    """A file saved twice: (path, current bytes, backup bytes)."""
    path = tmp_path / "audit.vigie"
    save_session(make_session(org="Version A"), path)
    save_session(make_session(org="Version B"), path)
    return path, path.read_bytes(), backup_path(path).read_bytes()


# --- round trip


def test_round_trip_keeps_audit_and_evidence(tmp_path: Path) -> None:
    session = make_session(accounts=5)
    path = tmp_path / "audit.vigie"
    fingerprint = save_session(session, path)
    result = load_session(path)
    assert result.session.audit == session.audit
    assert result.session.blobs == session.blobs
    assert result.session.path == path
    assert result.migrated_from is None
    assert result.warnings == []
    assert result.fingerprint == fingerprint == file_fingerprint(path)


def test_container_layout(tmp_path: Path) -> None:
    session = make_session()
    path = tmp_path / "audit.vigie"
    save_session(session, path)
    with zipfile.ZipFile(path) as archive:
        first = archive.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
        assert archive.read("mimetype") == b"application/vnd.vigie.audit+zip"
        data = json.loads(archive.read("audit.json"))
        digest = session.audit.evidence[0].sha256
        assert archive.getinfo(f"evidence/{digest}").compress_type == zipfile.ZIP_DEFLATED
    assert path.read_bytes()[30:38] == b"mimetype"  # file(1)-style sniffing works
    assert (data["format"], data["format_version"]) == ("vigie-audit", FORMAT_VERSION)


def test_save_stamps_modified_and_keeps_backup(tmp_path: Path) -> None:
    path = tmp_path / "audit.vigie"
    session = make_session(org="First")
    session.audit.modified = session.audit.modified.replace(year=2000)
    save_session(session, path)
    assert session.audit.modified.year > 2000
    assert session.path == path
    first = path.read_bytes()
    session.audit.engagement.organisation.name = "Second"
    save_session(session, path)
    assert backup_path(path).read_bytes() == first
    assert load_session(path).session.audit.engagement.organisation.name == "Second"
    assert _leftovers(tmp_path) == []


def test_save_refuses_an_audit_that_would_not_load(tmp_path: Path) -> None:
    """In-place list edits skip validation; saving must not produce an unopenable file."""
    session = make_session()
    session.audit.accounts.append(Account(id=session.audit.accounts[0].id))
    path = tmp_path / "audit.vigie"
    with pytest.raises(SaveError, match="same id"):
        save_session(session, path)
    assert list(tmp_path.iterdir()) == []


def test_save_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.vigie"
    save_session(make_session(org="A"), real)
    link = tmp_path / "link.vigie"
    link.symlink_to(real)
    save_session(make_session(org="B"), link)
    assert link.is_symlink()
    assert load_session(real).session.audit.engagement.organisation.name == "B"


def test_missing_blob_is_a_warning_not_a_loss(tmp_path: Path) -> None:
    session = make_session()
    session.blobs.clear()
    path = tmp_path / "audit.vigie"
    save_session(session, path)
    result = load_session(path)
    assert result.session.audit == session.audit
    assert any("policy.pdf" in w and "missing" in w for w in result.warnings)


def test_blob_that_does_not_match_its_hash_is_not_saved(tmp_path: Path) -> None:
    session = make_session()
    digest = session.audit.evidence[0].sha256
    session.blobs[digest] = b"something else"
    with pytest.raises(SaveError, match="written file is wrong"):
        save_session(session, tmp_path / "audit.vigie")
    assert list(tmp_path.iterdir()) == []


def test_very_compressible_attachment_is_stored_plain_and_reopens(tmp_path: Path) -> None:
    """A blank 5 MB bitmap would look like a zip bomb if deflated (~1000:1)."""
    session = make_session()
    record = session.add_evidence("blank.bmp", bytes(5 * 1024 * 1024))
    path = tmp_path / "audit.vigie"
    save_session(session, path)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(f"evidence/{record.sha256}")
        assert info.compress_type == zipfile.ZIP_STORED
    assert load_session(path).session.blobs[record.sha256] == bytes(5 * 1024 * 1024)


def test_over_the_load_limits_is_refused_before_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "DEFAULT_LIMITS", Limits(total_uncompressed=1000))
    with pytest.raises(SaveError, match="over the 1,000-byte limit"):
        save_session(make_session(), tmp_path / "audit.vigie")
    assert list(tmp_path.iterdir()) == []


# --- case 14: changed on disk since opened


def test_case14_changed_on_disk_is_a_conflict(saved: tuple[Path, bytes, bytes]) -> None:
    path, _, _ = saved
    mine = load_session(path)
    theirs = load_session(path)
    theirs.session.audit.engagement.organisation.name = "Their edit"
    save_session(theirs.session, path, expected_fingerprint=theirs.fingerprint)
    on_disk = path.read_bytes()
    mine.session.audit.engagement.organisation.name = "My edit"
    with pytest.raises(ConflictError, match="changed by someone else"):
        save_session(mine.session, path, expected_fingerprint=mine.fingerprint)
    assert path.read_bytes() == on_disk
    copy = path.with_name("audit (copy).vigie")
    save_session(mine.session, copy)
    assert load_session(copy).session.audit.engagement.organisation.name == "My edit"


def test_same_content_with_a_new_mtime_is_no_conflict(saved: tuple[Path, bytes, bytes]) -> None:
    path, _, _ = saved
    result = load_session(path)
    os.utime(path, (time.time() + 100, time.time() + 100))
    new = save_session(result.session, path, expected_fingerprint=result.fingerprint)
    assert new == file_fingerprint(path)


def test_deleted_since_opened_is_a_conflict(saved: tuple[Path, bytes, bytes]) -> None:
    path, _, _ = saved
    result = load_session(path)
    path.unlink()
    with pytest.raises(ConflictError, match="moved or deleted"):
        save_session(result.session, path, expected_fingerprint=result.fingerprint)
    assert not path.exists()


def test_fingerprint_chains_from_save_to_save(tmp_path: Path) -> None:
    """Each save returns the fingerprint of what it wrote: the next save of the same window
    goes through, while a fingerprint from before it is refused as a change on disk."""
    path = tmp_path / "audit.vigie"
    session = make_session()
    fingerprint = save_session(session, path)
    seen = [fingerprint]
    for name in ("B", "C"):
        session.audit.engagement.organisation.name = name
        fingerprint = save_session(session, path, expected_fingerprint=fingerprint)
        assert fingerprint == file_fingerprint(path)
        seen.append(fingerprint)
    assert len(set(seen)) == 3
    assert load_session(path).session.audit.engagement.organisation.name == "C"
    on_disk = path.read_bytes()
    session.audit.engagement.organisation.name = "D"
    with pytest.raises(ConflictError):
        save_session(session, path, expected_fingerprint=seen[1])
    assert path.read_bytes() == on_disk


# --- cases 18 and 19: versions


def _rewrite_audit(path: Path, change: dict) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    data = json.loads(members["audit.json"])
    data.update(change)
    members["audit.json"] = json.dumps(data).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)


def test_case18_newer_version_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.vigie"
    save_session(make_session(), path)
    _rewrite_audit(path, {"format_version": 99, "hologram": {"x": 1}})
    before = path.read_bytes()
    with pytest.raises(NewerVersionError) as caught:
        load_session(path)
    assert "newer version of Vigie (format 99)" in caught.value.reason
    assert "update Vigie" in caught.value.reason
    assert caught.value.version == 99
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.vigie"]


def test_case19_v0_fixture_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.vigie"
    shutil.copy(V0_FIXTURE, path)
    before = path.read_bytes()
    result = load_session(path)
    assert result.migrated_from == 0
    audit = result.session.audit
    assert audit.format_version == FORMAT_VERSION
    assert audit.answers["policy.exists"].level == 1
    assert audit.answers["policy.known"].not_applicable
    assert [a.mfa.value for a in audit.accounts] == ["all", "none", "unknown"]
    assert path.read_bytes() == before  # load never writes
    original = backup_original(path, result.migrated_from)
    assert original.name == "old.v0.vigie.bak"
    assert original.read_bytes() == before
    save_session(result.session, path, expected_fingerprint=result.fingerprint)
    assert load_session(path).migrated_from is None
    assert backup_original(path, 0).name == "old.v0-2.vigie.bak"  # never overwrites


def test_v0_with_an_answer_given_twice_names_it(tmp_path: Path) -> None:
    path = tmp_path / "old.vigie"
    shutil.copy(V0_FIXTURE, path)
    answers = [{"criterion": "policy.exists", "level": 1}, {"criterion": "policy.exists"}]
    _rewrite_audit(path, {"answers": answers})
    with pytest.raises(InvalidContentError) as caught:
        load_session(path)
    assert caught.value.problems == ["answers[1].criterion: policy.exists is answered twice"]


def test_migration_registry_reaches_the_current_version() -> None:
    from wizard.audit.model import FORMAT_VERSION
    from wizard.sessions.migrations import MIGRATIONS

    assert sorted(MIGRATIONS) == list(range(FORMAT_VERSION))


# --- the committed JSON Schema


def test_committed_schema_is_current() -> None:
    committed = (ROOT / "docs" / "session-schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), (
        "docs/session-schema.json is out of date: run "
        "`.venv/bin/python -m wizard.sessions.store docs/session-schema.json`"
    )


def test_schema_describes_the_audit() -> None:
    schema = json.loads(schema_text())
    assert schema["title"] == Audit.__name__
    assert {"format", "format_version", "accounts", "evidence"} <= set(schema["properties"])
    assert schema["additionalProperties"] is False


def test_store_module_exports_what_callers_use() -> None:
    for name in store.__all__:
        assert hasattr(store, name), name
    with pytest.raises(AttributeError):
        _ = store.no_such_name


def test_a_format_1_file_opens_unchanged_and_says_it_was_migrated(tmp_path: Path) -> None:
    path = tmp_path / "v1.vigie"
    shutil.copy(Path(__file__).parents[1] / "data" / "sessions" / "pass" / "v1-minimal.vigie", path)
    before = path.read_bytes()
    result = load_session(path)
    assert result.migrated_from == 1
    assert result.session.audit.format_version == FORMAT_VERSION
    assert path.read_bytes() == before
