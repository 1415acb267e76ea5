"""The ``.vigie`` zip container: checked before it is trusted, written in one known shape.

Opening runs cheap checks first, on the zip directory only, so an oversized file, a zip bomb
or a forged directory is refused in milliseconds and without decompressing anything. The
declared sizes can be trusted once checked: :mod:`zipfile` stops at the declared size and a
lie ends in a CRC error (docs/reliability.md). The JSON inside is parsed by
:mod:`wizard.sessions.strictjson`.
"""

from __future__ import annotations

import hashlib
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO

from wizard.messages import Message
from wizard.sessions.errors import (
    DamagedFileError,
    ForeignFileError,
    TooLargeError,
)
from wizard.sessions.session import EVIDENCE_LIMIT

MIMETYPE = "application/vnd.vigie.audit+zip"
MIMETYPE_MEMBER = "mimetype"
AUDIT_MEMBER = "audit.json"
RECOVERY_MEMBER = "recovery.json"
"""Only in recovery copies: where the audit came from (see :mod:`wizard.sessions.recovery`)."""
EVIDENCE_PREFIX = "evidence/"
EVIDENCE_NAME = re.compile(r"^evidence/([0-9a-f]{64})$")

KiB = 1024
MiB = 1024 * KiB
GiB = 1024 * MiB


@dataclass(frozen=True)
class Limits:
    """What a session file may declare; anything over is refused before decompression."""

    file_size: int = 2 * GiB
    entries: int = 10_100
    """10,000 attachments (the model's limit) plus the fixed members."""
    central_directory: int = 16 * MiB
    audit_json: int = 200 * 1000 * 1000
    evidence_member: int = EVIDENCE_LIMIT
    total_uncompressed: int = 2 * GiB
    ratio: float = 500.0
    """Real audits compress ~20:1, attachments less; deflate cannot exceed ~1032:1."""
    ratio_floor: int = 1 * MiB
    """Small members may compress as they like: one cannot hurt."""
    total_ratio: float = 200.0
    """The whole file may expand this much: many small members each under
    :attr:`ratio_floor` (2,000 × 1 MiB of zeros in a 2.6 MB file) add up to a bomb."""
    total_ratio_floor: int = 64 * MiB
    """Below this much unpacked, the whole file may compress as it likes."""


DEFAULT_LIMITS = Limits()

_MAGIC = [
    (b"%PDF", "a PDF document"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.xls/.doc)"),
    (b"{", "a text file (JSON?)"),
    (b"[", "a text file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
]


@dataclass
class Container:
    """A pre-checked session zip: members are known safe to read within the limits."""

    zip: zipfile.ZipFile
    label: str
    audit: zipfile.ZipInfo
    members: dict[str, zipfile.ZipInfo] = field(default_factory=dict)
    evidence: dict[str, zipfile.ZipInfo] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def read_audit(self) -> bytes:
        return _read_member(self.zip, self.audit, self.label)

    def read_small(self, name: str, limit: int = 64 * KiB) -> bytes | None:
        """A small side member (``recovery.json``), or None when absent or oversized."""
        info = self.members.get(name)
        if info is None or info.file_size > limit:
            return None
        return _read_member(self.zip, info, self.label)

    def read_evidence(self, digest: str) -> bytes:
        """The attachment's bytes, refused if they do not match the name (their hash)."""
        chunks: list[bytes] = []
        self._stream_evidence(digest, chunks.append)
        return b"".join(chunks)

    def verify_evidence(self, digest: str) -> int:
        """Check an attachment against its hash without keeping it; return its size."""
        size = [0]

        def count(chunk: bytes) -> None:
            size[0] += len(chunk)

        self._stream_evidence(digest, count)
        return size[0]

    def compresses_too_well(self, digest: str) -> bool:
        """Whether to store this attachment plain when it is copied (see ``SAFE_RATIO``)."""
        info = self.evidence[digest]
        ratio = info.file_size / max(info.compress_size, 1)
        return info.file_size > PLAIN_CHECK_FLOOR and ratio > SAFE_RATIO

    def copy_evidence(self, digest: str, out: IO[bytes]) -> None:
        """Copy an attachment into ``out`` chunk by chunk, checking its hash on the way."""
        self._stream_evidence(digest, out.write)

    def _stream_evidence(self, digest: str, sink: Callable[[bytes], object]) -> None:
        info = self.evidence[digest]
        hasher = hashlib.sha256()
        try:
            with self.zip.open(info) as member:
                while chunk := member.read(MiB):
                    hasher.update(chunk)
                    sink(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
            raise DamagedFileError(
                f"{self.label}: {info.filename} cannot be read ({exc})"
            ) from None
        if hasher.hexdigest() != digest:
            raise DamagedFileError(
                f"{self.label}: attachment evidence/{digest[:12]}… does not match its checksum"
            )

    def close(self) -> None:
        self.zip.close()


# --- opening


def open_container(fp: IO[bytes], size: int, label: str, limits: Limits) -> Container:
    """Check the file's shape and directory; raise a :class:`SessionError` subclass if bad."""
    if size > limits.file_size:
        raise TooLargeError(
            Message("session.too_large", file=label, size=size, limit=limits.file_size)
        )
    _check_head(fp, size, label)
    _check_directory(fp, size, label, limits)
    try:
        archive = zipfile.ZipFile(fp)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        ValueError,
        EOFError,
        OverflowError,
    ) as exc:
        raise DamagedFileError(Message("session.zip_damaged", file=label, problem=exc)) from None
    try:
        return _check_members(archive, label, limits)
    except BaseException:
        archive.close()
        raise


def _check_head(fp: IO[bytes], size: int, label: str) -> None:
    """Tell empty, zero-filled and foreign files apart before any zip parsing."""
    fp.seek(0)
    head = fp.read(8)
    if size == 0 and head:
        raise ForeignFileError(Message("session.unknown_size", file=label))
    if size == 0:
        raise DamagedFileError(Message("session.empty", file=label))
    if head.startswith(b"PK"):
        return
    if head.strip(b"\0") == b"":
        raise DamagedFileError(Message("session.zero_bytes", file=label))
    what = next((name for magic, name in _MAGIC if head.lstrip().startswith(magic)), None)
    raise ForeignFileError(
        Message("session.not_zip_looks_like", file=label, what=what)
        if what
        else Message("session.not_zip", file=label)
    )


def _check_directory(fp: IO[bytes], size: int, label: str, limits: Limits) -> None:
    """Read the end-of-directory record ourselves: entry count and directory size."""
    tail_size = min(size, 65_536 + 22)
    fp.seek(size - tail_size)
    tail = fp.read(tail_size)
    pos = tail.rfind(b"PK\x05\x06")
    if pos < 0 or len(tail) - pos < 22:
        if b"PK\x05\x06" in _before(fp, size - tail_size, MiB):
            raise DamagedFileError(Message("session.appended", file=label))
        raise DamagedFileError(Message("session.truncated", file=label))
    entries, cd_size = struct.unpack_from("<10xHL", tail, pos)
    if entries == 0xFFFF or cd_size == 0xFFFFFFFF:
        entries, cd_size = _zip64_directory(fp, size - tail_size + pos, label)
    if entries > limits.entries:
        raise TooLargeError(f"{label}: {entries:,} members is over the limit of {limits.entries:,}")
    if cd_size > limits.central_directory:
        raise TooLargeError(f"{label}: the zip directory ({cd_size:,} bytes) is too large")


def _before(fp: IO[bytes], end: int, length: int) -> bytes:
    """Up to ``length`` bytes just before offset ``end``."""
    start = max(end - length, 0)
    fp.seek(start)
    return fp.read(end - start)


def _zip64_directory(fp: IO[bytes], eocd_offset: int, label: str) -> tuple[int, int]:
    damaged = DamagedFileError(f"{label}: the zip64 directory record is damaged")
    if eocd_offset < 20:
        raise damaged
    fp.seek(eocd_offset - 20)
    locator = fp.read(20)
    if len(locator) < 20 or not locator.startswith(b"PK\x06\x07"):
        raise damaged
    (record_offset,) = struct.unpack_from("<8xQ", locator)
    if record_offset > eocd_offset - 20 - 56:  # the record comes before its locator
        raise damaged
    fp.seek(record_offset)
    record = fp.read(56)
    if len(record) < 56 or not record.startswith(b"PK\x06\x06"):
        raise damaged
    entries, cd_size = struct.unpack_from("<32xQQ", record)
    return entries, cd_size


def _unsafe_name(info: zipfile.ZipInfo) -> bool:
    name = info.orig_filename
    return (
        not name
        or "\0" in name
        or "\\" in name
        or name.startswith("/")
        or re.match(r"^[A-Za-z]:", name) is not None
        or ".." in name.split("/")
    )


def _check_members(archive: zipfile.ZipFile, label: str, limits: Limits) -> Container:
    infos = archive.infolist()
    if len(infos) > limits.entries:
        raise TooLargeError(f"{label}: too many members ({len(infos):,})")
    names: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        _check_member(info, label, limits)
        if info.filename in names:
            raise DamagedFileError(f"{label}: the member {info.filename!r} appears twice")
        names[info.filename] = info
        total += info.file_size
    if total > limits.total_uncompressed:
        raise TooLargeError(
            f"{label}: the members would take {total:,} bytes once unpacked, over the limit"
        )
    packed = max(sum(info.compress_size for info in infos), 1)
    if total > limits.total_ratio_floor and total / packed > limits.total_ratio:
        raise TooLargeError(
            f"{label}: the members would expand {total / packed:,.0f} times once unpacked "
            f"({total:,} bytes; a zip bomb?)"
        )
    warnings = _check_mimetype(archive, infos, names, label)
    audit = names.get(AUDIT_MEMBER)
    if audit is None:
        raise DamagedFileError(Message("session.no_audit", file=label))
    if audit.file_size > limits.audit_json:
        raise TooLargeError(f"{label}: audit.json declares {audit.file_size:,} bytes, too large")
    container = Container(archive, label, audit, members=names, warnings=warnings)
    known = (MIMETYPE_MEMBER, AUDIT_MEMBER, RECOVERY_MEMBER)
    for name, info in names.items():
        match = EVIDENCE_NAME.match(name)
        if match:
            container.evidence[match.group(1)] = info
        elif name not in known and not name.endswith("/"):
            container.warnings.append(Message("session.warn.unknown_member", name=name))
    return container


def _check_member(info: zipfile.ZipInfo, label: str, limits: Limits) -> None:
    if _unsafe_name(info):
        raise DamagedFileError(f"{label}: unsafe member name {info.orig_filename!r} refused")
    if info.flag_bits & 0x1:
        raise ForeignFileError(Message("session.encrypted", file=label, member=info.filename))
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise ForeignFileError(
            f"{label}: the member {info.filename!r} uses an unsupported compression"
        )
    limit = limits.audit_json if info.filename == AUDIT_MEMBER else limits.evidence_member
    if info.file_size > limit:
        raise TooLargeError(
            f"{label}: the member {info.filename!r} declares {info.file_size:,} bytes, "
            f"over the {limit:,}-byte limit"
        )
    if info.file_size > limits.ratio_floor:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.ratio:
            raise TooLargeError(
                f"{label}: the member {info.filename!r} expands {ratio:,.0f} times (a zip bomb?)"
            )


def _check_mimetype(
    archive: zipfile.ZipFile,
    infos: list[zipfile.ZipInfo],
    names: dict[str, zipfile.ZipInfo],
    label: str,
) -> list[str]:
    info = names.get(MIMETYPE_MEMBER)
    if info is None:
        if "[Content_Types].xml" in names:
            raise ForeignFileError(Message("session.office", file=label))
        raise ForeignFileError(Message("session.no_mimetype", file=label))
    if info.file_size > 200:
        raise ForeignFileError(Message("session.odd_mimetype", file=label))
    value = _read_member(archive, info, label).decode("ascii", "replace").strip()
    if value != MIMETYPE:
        raise ForeignFileError(Message("session.other_type", file=label, type=value[:80]))
    warnings: list[str] = []
    if infos[0] is not info or info.compress_type != zipfile.ZIP_STORED:
        warnings.append(Message("session.warn.mimetype"))
    return warnings


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str) -> bytes:
    try:
        with archive.open(info) as member:
            return member.read()
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise DamagedFileError(
            Message("session.member_unreadable", file=label, member=info.filename, problem=exc)
        ) from None


# --- writing


SAFE_RATIO = 100.0
"""Attachments that would compress more than this are stored as is, so that no saved file
ever trips the zip-bomb check (:attr:`Limits.ratio`) when it is opened again."""

_too_compressible: dict[str, bool] = {}
"""Per attachment hash (content-addressed, so the answer never changes)."""


PLAIN_CHECK_FLOOR = 64 * KiB
"""Attachments above this are tested: 10,000 smaller ones stay under
:attr:`Limits.total_ratio_floor` however much they compress."""


def _store_plain(digest: str, data: bytes) -> bool:
    if len(data) <= PLAIN_CHECK_FLOOR:
        return False
    if digest not in _too_compressible:
        compressor = zlib.compressobj(1)
        size = 0
        view = memoryview(data)
        for start in range(0, len(view), MiB):
            size += len(compressor.compress(view[start : start + MiB]))
        size += len(compressor.flush())
        _too_compressible[digest] = len(data) / max(size, 1) > SAFE_RATIO
    return _too_compressible[digest]


def _info(name: str, when: datetime, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
    info.compress_type = compress
    info.external_attr = 0o644 << 16
    return info


EvidenceSource = Callable[[str, IO[bytes]], None]
"""Copies the attachment with this hash into the stream (from the file it was loaded from)."""


def write_container(
    fp: IO[bytes],
    audit_json: bytes,
    blobs: Iterable[tuple[str, bytes]],
    when: datetime,
    *,
    level: int = 6,
    compress_evidence: bool = True,
    extra: Iterable[tuple[str, bytes]] = (),
    streamed: Iterable[tuple[str, int, bool]] = (),
    source: EvidenceSource | None = None,
) -> None:
    """Write the zip: ``mimetype`` first and stored, then audit.json, then attachments.

    Recovery copies pass a low ``level`` and ``compress_evidence=False``: they are written
    often and must be quick; ``extra`` carries their ``recovery.json``. ``streamed``
    attachments (hash, size) are copied by ``source`` one at a time, never all in memory.
    """
    stored, deflate = zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(fp, "w", allowZip64=True) as archive:
        archive.writestr(_info(MIMETYPE_MEMBER, when, stored), MIMETYPE)
        archive.writestr(_info(AUDIT_MEMBER, when, deflate), audit_json, compresslevel=level)
        for name, data in extra:
            archive.writestr(_info(name, when, deflate), data, compresslevel=level)
        for digest, data in blobs:
            plain = not compress_evidence or _store_plain(digest, data)
            info = _info(EVIDENCE_PREFIX + digest, when, stored if plain else deflate)
            archive.writestr(info, data, compresslevel=level)
        for digest, size, plain in streamed:  # one at a time, never all in memory
            compress = stored if plain or not compress_evidence else deflate
            info = _info(EVIDENCE_PREFIX + digest, when, compress)
            info.file_size = size
            info._compresslevel = level  # type: ignore[attr-defined]  # as writestr's compresslevel
            with archive.open(info, "w", force_zip64=size > 2 * GiB - MiB) as member:
                assert source is not None
                source(digest, member)
