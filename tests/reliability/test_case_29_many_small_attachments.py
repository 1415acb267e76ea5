"""Issue 18, case 1: a session listing many attachments, each small enough to pass the
per-member zip-bomb check, that together expand to gigabytes.

A 2.6 MB file with 2,000 members of 1 MiB of zeros was accepted by ``check`` after 9 s and
2 GB of memory. The whole file's expansion is now bounded (refused before decompressing),
and the commands check attachments as they stream by instead of holding them all.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path

import pytest
from helpers.reliability import vigie

from wizard.audit.model import Evidence, now
from wizard.sessions.container import AUDIT_MEMBER, MIMETYPE, MIMETYPE_MEMBER, MiB
from wizard.sessions.session import Session
from wizard.sessions.store import DamagedFileError, load_session, save_session


def _blob(index: int) -> bytes:
    return index.to_bytes(8, "big") + bytes(MiB - 8)  # distinct, and compresses ~1,000:1


def _write_raw_session(path: Path, count: int) -> None:
    """A session zip written by hand, each attachment deflated as an attacker would."""
    session = Session.new()
    digests = []
    for index in range(count):
        digest = hashlib.sha256(_blob(index)).hexdigest()
        digests.append(digest)
        session.audit.evidence.append(
            Evidence(sha256=digest, filename=f"a{index}.bin", size=MiB, added=now())
        )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(MIMETYPE_MEMBER, MIMETYPE, compress_type=zipfile.ZIP_STORED)
        audit = session.audit.model_dump_json().encode("utf-8")
        archive.writestr(AUDIT_MEMBER, audit, compress_type=zipfile.ZIP_DEFLATED)
        for index, digest in enumerate(digests):
            archive.writestr(f"evidence/{digest}", _blob(index), compress_type=zipfile.ZIP_DEFLATED)


def test_many_small_members_adding_up_to_a_bomb_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "many.vigie"
    _write_raw_session(path, 100)  # 100 MiB unpacked from ~100 KB
    assert path.stat().st_size < MiB
    before = path.read_bytes()
    done = vigie("check", str(path))
    assert done.returncode == 1
    assert "would expand" in done.stderr
    assert "zip bomb" in done.stderr
    assert path.read_bytes() == before


def test_vigie_never_saves_a_file_it_would_refuse(tmp_path: Path) -> None:
    session = Session.new()
    for index in range(70):  # 70 MiB of very compressible attachments, each at 1 MiB
        session.add_evidence(f"zeros{index}.bin", _blob(index))
    path = tmp_path / "zeros.vigie"
    save_session(session, path)
    loaded = load_session(path)
    assert len(loaded.session.blobs) == 70


def test_commands_check_attachments_without_keeping_them_and_save_them_intact(
    tmp_path: Path,
) -> None:
    session = Session.new()
    originals = {session.add_evidence(f"r{i}.bin", os.urandom(300_000)).sha256 for i in range(3)}
    path = tmp_path / "audit.vigie"
    save_session(session, path)
    keep = dict(session.blobs)

    lazy = load_session(path, keep_evidence=False)
    assert lazy.session.blobs == {}
    assert lazy.session.evidence_file == path
    urls = tmp_path / "urls.txt"
    urls.write_text("https://x.com/one\nhttps://x.com/two\n", encoding="utf-8")
    done = vigie("import-accounts", str(path), str(urls), "--apply")
    assert done.returncode == 0, done.stderr

    again = load_session(path).session
    assert set(again.blobs) == originals
    assert again.blobs == keep
    assert len(again.audit.accounts) == 2


def test_a_damaged_attachment_is_still_refused_when_only_checked(tmp_path: Path) -> None:
    session = Session.new()
    data = os.urandom(200_000)
    digest = session.add_evidence("r.bin", data).sha256
    path = tmp_path / "audit.vigie"
    save_session(session, path)
    raw = bytearray(path.read_bytes())
    at = raw.find(data[:64])
    raw[at + 100] ^= 0xFF  # one flipped byte in a stored attachment
    path.write_bytes(bytes(raw))
    done = vigie("check", str(path))
    assert done.returncode == 1
    assert digest[:12] in done.stderr or "cannot be read" in done.stderr
    with pytest.raises(DamagedFileError):
        load_session(path, keep_evidence=False)
