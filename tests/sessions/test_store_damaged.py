"""Files that must be refused, each with a specific reason and never a traceback:
damaged or foreign files (RELIABILITY case 15), bad JSON content (16), oversized files,
zip bombs and unsafe member names (17)."""

from __future__ import annotations

import json
import re
import struct
from pathlib import Path

import pytest
from helpers.audits import make_audit, make_session
from helpers.hostile_sessions import MIMETYPE, deflated_zeros, raw_deflated_zip, write_zip

from wizard.sessions.container import Limits
from wizard.sessions.store import (
    DamagedFileError,
    ForeignFileError,
    InvalidContentError,
    SessionError,
    TooLargeError,
    load_session,
    save_session,
)


def valid_audit_dict() -> dict:
    return json.loads(make_audit().model_dump_json())


def session_with(tmp_path: Path, audit_json: bytes | str) -> Path:
    raw = audit_json.encode() if isinstance(audit_json, str) else audit_json
    return write_zip(tmp_path / "s.vigie", [("mimetype", MIMETYPE), ("audit.json", raw)])


# --- case 15: damaged and foreign files


def _valid_bytes(tmp_path: Path) -> bytes:
    path = tmp_path / "valid.vigie"
    save_session(make_session(accounts=20), path)
    return path.read_bytes()


def _flip_in_audit(data: bytes) -> bytes:
    """Damage one byte of the compressed audit.json (CRC or deflate must notice)."""
    start = data.index(b"audit.json") + len(b"audit.json") + 40
    return data[:start] + bytes([data[start] ^ 0xFF]) + data[start + 1 :]


CASE15 = {
    "empty": (lambda v: b"", DamagedFileError, "empty"),
    "truncated": (lambda v: v[: len(v) // 2], DamagedFileError, "truncated"),
    "truncated_end": (lambda v: v[:-10], DamagedFileError, "truncated"),
    "zero_filled": (lambda v: bytes(len(v)), DamagedFileError, "zero bytes"),
    "garbage": (lambda v: bytes(range(7, 256)) * 40, ForeignFileError, "not a zip"),
    "pdf": (lambda v: b"%PDF-1.7\n" + b"x" * 500, ForeignFileError, "PDF"),
    "json_text": (lambda v: b'{"format": "vigie-audit"}', ForeignFileError, "JSON"),
    "bit_flip": (_flip_in_audit, DamagedFileError, "audit.json cannot be read"),
}


@pytest.mark.parametrize("case", sorted(CASE15))
def test_case15_damaged_or_foreign(tmp_path: Path, case: str) -> None:
    make, error, reason = CASE15[case]
    path = tmp_path / "s.vigie"
    path.write_bytes(make(_valid_bytes(tmp_path)))
    with pytest.raises(error) as caught:
        load_session(path)
    assert reason in caught.value.reason
    assert caught.value.reason.startswith("s.vigie")


ZIPS = {
    "no_audit": ([("mimetype", MIMETYPE)], DamagedFileError, "audit.json) is missing"),
    "no_mimetype": ([("audit.json", b"{}")], ForeignFileError, "no mimetype"),
    "wrong_mimetype": (
        [("mimetype", b"application/epub+zip"), ("audit.json", b"{}")],
        ForeignFileError,
        "application/epub+zip",
    ),
    "office": ([("[Content_Types].xml", b"<x/>")], ForeignFileError, "Office document"),
    "other_format": (
        [("mimetype", MIMETYPE), ("audit.json", b'{"format": "other"}')],
        ForeignFileError,
        "does not hold a Vigie audit",
    ),
}


@pytest.mark.parametrize("case", sorted(ZIPS))
def test_case15_zips_that_are_not_sessions(tmp_path: Path, case: str) -> None:
    members, error, reason = ZIPS[case]
    path = write_zip(tmp_path / "s.vigie", members)
    with pytest.raises(error, match=re.escape(reason)):
        load_session(path)


def test_missing_file_and_folder_are_session_errors(tmp_path: Path) -> None:
    with pytest.raises(SessionError, match="does not exist"):
        load_session(tmp_path / "nothing.vigie")
    with pytest.raises(SessionError, match="is a folder"):
        load_session(tmp_path)


def test_attachment_that_does_not_match_its_name(tmp_path: Path) -> None:
    session = make_session()
    digest = session.audit.evidence[0].sha256
    audit = session.audit.model_dump_json().encode()
    members = [("mimetype", MIMETYPE), ("audit.json", audit), (f"evidence/{digest}", b"evil")]
    with pytest.raises(DamagedFileError, match="does not match its checksum"):
        load_session(write_zip(tmp_path / "s.vigie", members))


def test_unknown_and_unreferenced_members_are_warnings(tmp_path: Path) -> None:
    audit = make_audit().model_dump_json().encode()
    stray = "evidence/" + "ab" * 32
    members = [("mimetype", MIMETYPE), ("audit.json", audit), ("notes.txt", b"hi"), (stray, b"x")]
    result = load_session(write_zip(tmp_path / "s.vigie", members))
    assert any("notes.txt" in w for w in result.warnings)
    assert any("not listed in the audit" in w for w in result.warnings)
    assert result.session.blobs == {}


# --- case 16: invalid JSON content


def _nested(data: dict, path: list, value: object) -> dict:
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


def _json_with(path: list, value: object) -> str:
    return json.dumps(_nested(valid_audit_dict(), path, value), ensure_ascii=False)


CASE16 = {
    "nan": (
        lambda: _json_with(["accounts", 0, "followers"], 1).replace(
            '"followers": 1', '"followers": NaN'
        ),
        "NaN is not a number",
    ),
    "infinity": (
        lambda: _json_with(["accounts", 0, "followers"], 1).replace(
            '"followers": 1', '"followers": -Infinity'
        ),
        "-Infinity is not a number",
    ),
    "float_overflow": (
        lambda: _json_with(["accounts", 0, "engagement_rate"], 1.5).replace("1.5", "1e999"),
        "too large",
    ),
    "huge_int_digits": (
        lambda: _json_with(["accounts", 0, "followers"], 1).replace(
            '"followers": 1', '"followers": ' + "9" * 5000
        ),
        "digits",
    ),
    "huge_int": (
        lambda: _json_with(["accounts", 0, "followers"], 10**20),
        "accounts[0].followers: Input should be less than or equal to 10000000000",
    ),
    "duplicate_top": (
        lambda: '{"format": "vigie-audit", "format": "vigie-audit"}',
        "format: this key appears twice",
    ),
    "duplicate_nested": (
        lambda: _json_with(["accounts", 1, "handle"], "@a").replace(
            '"handle": "@a"', '"handle": "@a", "handle": "@b"'
        ),
        "accounts[1].handle: this key appears twice",
    ),
    "deep_nesting": (lambda: "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    "deep_in_object": (lambda: '{"a": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
    "wrong_type": (
        lambda: _json_with(["answers", "S1.1", "level"], "2"),
        "answers.S1.1.level: Input should be a valid integer",
    ),
    "password": (
        lambda: _json_with(["accounts", 2, "password"], "hunter2"),
        "accounts[2].password: Extra inputs are not permitted",
    ),
    "control_char": (
        lambda: _json_with(["accounts", 3 - 3, "notes"], "Mot de passe\x07 ici"),
        "accounts[0].notes: contains a control character U+0007 at position 13",
    ),
    "lone_surrogate": (
        lambda: _json_with(["engagement", "title"], "x").replace(
            '"title": "x"', '"title": "\\ud800"'
        ),
        "engagement.title: contains an unpaired",
    ),
    "not_utf8": (lambda: b'{"format": "vigie-audit", "x": "\xff"}', "not UTF-8"),
    "bom": (lambda: "\ufeff" + json.dumps(valid_audit_dict()), "BOM"),
    "top_level_list": (lambda: "[1, 2]", "top level must be an object"),
    "syntax": (lambda: '{"format": ', "line 1 column"),
    "version_text": (
        lambda: _json_with(["format_version"], "1"),
        "format_version: must be a whole number",
    ),
    "unknown_criterion": (
        lambda: _json_with(["answers", "Z9"], {"level": 1}),
        "answers to criteria not in the question bank",
    ),
}


@pytest.mark.parametrize("case", sorted(CASE16))
def test_case16_invalid_content_names_the_field(tmp_path: Path, case: str) -> None:
    make, expected = CASE16[case]
    path = session_with(tmp_path, make())
    with pytest.raises(InvalidContentError) as caught:
        load_session(path)
    assert any(expected in p for p in caught.value.problems), caught.value.problems
    assert caught.value.reason.startswith("s.vigie")


def test_case16_many_problems_are_capped(tmp_path: Path) -> None:
    data = valid_audit_dict()
    data["accounts"] = [{"password": str(i)} for i in range(500)]
    with pytest.raises(InvalidContentError) as caught:
        load_session(session_with(tmp_path, json.dumps(data)))
    assert len(caught.value.problems) == 51
    assert caught.value.problems[-1] == "… and 450 more problems"


# --- case 17: too large, zip bombs, unsafe names


def _refused(path: Path, error: type[Exception], match: str, **limits: int) -> None:
    """Refused with ``match`` (how fast and with how little memory: benchmarks/limits.py)."""
    with pytest.raises(error, match=match):
        load_session(path, limits=Limits(**limits)) if limits else load_session(path)


def test_case17_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.vigie"
    with path.open("wb") as handle:  # sparse: costs no disk space
        handle.truncate(2 * 1024**3 + 1)
    _refused(path, TooLargeError, "over the 2,147,483,648-byte limit")


def test_case17_small_limit_applies_too(tmp_path: Path) -> None:
    path = tmp_path / "s.vigie"
    save_session(make_session(), path)
    _refused(path, TooLargeError, "byte limit", file_size=100)


@pytest.fixture(scope="module")
def zeros_200mb() -> bytes:
    return deflated_zeros()


def test_case17_zip_bomb_audit_json_over_its_limit(tmp_path: Path, zeros_200mb: bytes) -> None:
    path = raw_deflated_zip(tmp_path / "bomb.vigie", "audit.json", zeros_200mb, 208 * 1024**2)
    _refused(path, TooLargeError, "audit.json' declares 218,103,808 bytes")


def test_case17_member_declaring_4_gb(tmp_path: Path, zeros_200mb: bytes) -> None:
    path = raw_deflated_zip(tmp_path / "bomb.vigie", "audit.json", zeros_200mb, 0xFFFF_FFF0)
    _refused(path, TooLargeError, "declares 4,294,967,280 bytes")


def test_case17_compression_ratio(tmp_path: Path, zeros_200mb: bytes) -> None:
    """Within every size limit but expanding ~1000 times: refused before decompression."""
    name = "evidence/" + "0" * 64
    path = raw_deflated_zip(tmp_path / "bomb.vigie", name, zeros_200mb, 99 * 1024**2)
    _refused(path, TooLargeError, "zip bomb")


def test_case17_forged_entry_count(tmp_path: Path) -> None:
    path = tmp_path / "s.vigie"
    save_session(make_session(), path)
    data = bytearray(path.read_bytes())
    end = data.rindex(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 60_000, 60_000)
    path.write_bytes(bytes(data))
    _refused(path, TooLargeError, "60,000 members")


def test_case17_many_members(tmp_path: Path) -> None:
    members = [("mimetype", MIMETYPE), ("audit.json", b"{}")]
    members += [(f"evidence/{i:064x}", b"x") for i in range(30)]
    path = write_zip(tmp_path / "s.vigie", members)
    _refused(path, TooLargeError, "over the limit of 10", entries=10)


@pytest.mark.parametrize(
    "name", ["../x", "evidence/../../etc/passwd", "/etc/passwd", "C:/x", "a\\..\\b", "..", ""]
)
def test_case17_unsafe_member_names(tmp_path: Path, name: str) -> None:
    members = [("mimetype", MIMETYPE), ("audit.json", b"{}"), (name, b"x")]
    path = write_zip(tmp_path / "s.vigie", members)
    _refused(path, DamagedFileError, "unsafe member name")


def test_case17_duplicate_member_names(tmp_path: Path) -> None:
    members = [("mimetype", MIMETYPE), ("audit.json", b"{}"), ("audit.json", b"{}")]
    path = write_zip(tmp_path / "s.vigie", members)
    _refused(path, DamagedFileError, "appears twice")
