"""Files that must be refused, each with a specific reason and never a traceback:
damaged or foreign files (RELIABILITY case 15), bad JSON content (16), oversized files,
zip bombs and unsafe member names (17)."""

from __future__ import annotations

import json
import re
import struct
import time
import tracemalloc
import warnings
import zipfile
import zlib
from pathlib import Path

import pytest
from helpers.audits import make_audit, make_session

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

MIMETYPE = b"application/vnd.vigie.audit+zip"


def write_zip(path: Path, members: list[tuple[str, bytes]], level: int = 6) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
            for name, data in members:
                method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
                archive.writestr(zipfile.ZipInfo(name), data, method)
    return path


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
        lambda: _json_with(["answers", "C1", "level"], "2"),
        "answers.C1.level: Input should be a valid integer",
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
    started = time.perf_counter()
    with pytest.raises(InvalidContentError) as caught:
        load_session(path)
    assert time.perf_counter() - started < 2
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


def _refused_quickly(path: Path, error: type[Exception], match: str, **limits: int) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(error, match=match):
            load_session(path, limits=Limits(**limits)) if limits else load_session(path)
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert elapsed < 1.0
    assert peak < 20 * 1024 * 1024


def test_case17_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.vigie"
    with path.open("wb") as handle:  # sparse: costs no disk space
        handle.truncate(2 * 1024**3 + 1)
    _refused_quickly(path, TooLargeError, "over the 2,147,483,648-byte limit")


def test_case17_small_limit_applies_too(tmp_path: Path) -> None:
    path = tmp_path / "s.vigie"
    save_session(make_session(), path)
    _refused_quickly(path, TooLargeError, "byte limit", file_size=100)


@pytest.fixture(scope="module")
def zeros_200mb() -> bytes:
    """200 MiB of zeros, deflated (about 200 KB): the body of the zip bombs."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = bytes(16 * 1024 * 1024)
    parts = [compressor.compress(chunk) for _ in range(200 // 16)]
    parts.append(compressor.compress(bytes(8 * 1024 * 1024)))
    return b"".join([*parts, compressor.flush()])


def _raw_deflated_zip(path: Path, name: str, deflated: bytes, size: int, crc: int = 0) -> Path:
    """A zip whose member holds pre-compressed bytes (zipfile cannot write a bomb quickly)."""
    encoded = name.encode()
    local = struct.pack(
        "<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(deflated), size, len(encoded), 0
    )
    mimetype_local = struct.pack(
        "<4s5H3L2H",
        b"PK\x03\x04",
        10,
        0,
        0,
        0,
        0x21,
        zlib.crc32(MIMETYPE),
        len(MIMETYPE),
        len(MIMETYPE),
        8,
        0,
    )
    first = mimetype_local + b"mimetype" + MIMETYPE
    second_offset = len(first)
    body = first + local + encoded + deflated
    central = b""
    for fname, method, csize, usize, ccrc, offset in (
        (b"mimetype", 0, len(MIMETYPE), len(MIMETYPE), zlib.crc32(MIMETYPE), 0),
        (encoded, 8, len(deflated), size, crc, second_offset),
    ):
        central += (
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                20,
                20,
                0,
                method,
                0,
                0x21,
                ccrc,
                csize,
                usize,
                len(fname),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + fname
        )
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 2, 2, len(central), len(body), 0)
    path.write_bytes(body + central + end)
    return path


def test_case17_zip_bomb_audit_json_over_its_limit(tmp_path: Path, zeros_200mb: bytes) -> None:
    path = _raw_deflated_zip(tmp_path / "bomb.vigie", "audit.json", zeros_200mb, 208 * 1024**2)
    _refused_quickly(path, TooLargeError, "audit.json' declares 218,103,808 bytes")


def test_case17_member_declaring_4_gb(tmp_path: Path, zeros_200mb: bytes) -> None:
    path = _raw_deflated_zip(tmp_path / "bomb.vigie", "audit.json", zeros_200mb, 0xFFFF_FFF0)
    _refused_quickly(path, TooLargeError, "declares 4,294,967,280 bytes")


def test_case17_compression_ratio(tmp_path: Path, zeros_200mb: bytes) -> None:
    """Within every size limit but expanding ~1000 times: refused before decompression."""
    name = "evidence/" + "0" * 64
    path = _raw_deflated_zip(tmp_path / "bomb.vigie", name, zeros_200mb, 99 * 1024**2)
    _refused_quickly(path, TooLargeError, "zip bomb")


def test_case17_forged_entry_count(tmp_path: Path) -> None:
    path = tmp_path / "s.vigie"
    save_session(make_session(), path)
    data = bytearray(path.read_bytes())
    end = data.rindex(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 60_000, 60_000)
    path.write_bytes(bytes(data))
    _refused_quickly(path, TooLargeError, "60,000 members")


def test_case17_many_members(tmp_path: Path) -> None:
    members = [("mimetype", MIMETYPE), ("audit.json", b"{}")]
    members += [(f"evidence/{i:064x}", b"x") for i in range(30)]
    path = write_zip(tmp_path / "s.vigie", members)
    _refused_quickly(path, TooLargeError, "over the limit of 10", entries=10)


@pytest.mark.parametrize(
    "name", ["../x", "evidence/../../etc/passwd", "/etc/passwd", "C:/x", "a\\..\\b", "..", ""]
)
def test_case17_unsafe_member_names(tmp_path: Path, name: str) -> None:
    members = [("mimetype", MIMETYPE), ("audit.json", b"{}"), (name, b"x")]
    path = write_zip(tmp_path / "s.vigie", members)
    _refused_quickly(path, DamagedFileError, "unsafe member name")


def test_case17_duplicate_member_names(tmp_path: Path) -> None:
    members = [("mimetype", MIMETYPE), ("audit.json", b"{}"), ("audit.json", b"{}")]
    path = write_zip(tmp_path / "s.vigie", members)
    _refused_quickly(path, DamagedFileError, "appears twice")
