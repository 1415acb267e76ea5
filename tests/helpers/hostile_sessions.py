"""Hostile session files built in code (zip bombs, forged archives) for the store's tests and
benchmarks/limits.py, which times the refusals the tests only check."""

from __future__ import annotations

import struct
import warnings
import zipfile
import zlib
from pathlib import Path

MIMETYPE = b"application/vnd.vigie.audit+zip"


def write_zip(path: Path, members: list[tuple[str, bytes]], level: int = 6) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
            for name, data in members:
                method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
                archive.writestr(zipfile.ZipInfo(name), data, method)
    return path


def deflated_zeros() -> bytes:
    """200 MiB of zeros, deflated (about 200 KB): the body of the zip bombs."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = bytes(16 * 1024 * 1024)
    parts = [compressor.compress(chunk) for _ in range(200 // 16)]
    parts.append(compressor.compress(bytes(8 * 1024 * 1024)))
    return b"".join([*parts, compressor.flush()])


def raw_deflated_zip(path: Path, name: str, deflated: bytes, size: int, crc: int = 0) -> Path:
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
