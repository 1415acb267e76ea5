"""Open and save ``.vigie`` session files (format: docs/session-format.md).

Loading either returns a complete :class:`~wizard.sessions.session.Session` or raises a
:class:`~wizard.sessions.errors.SessionError` subclass whose ``reason`` can be shown as is;
nothing is ever half-loaded. Saving writes a verified temp file and swaps it in
(:mod:`wizard.sessions.atomic`), so a full disk or a crash never costs the previous version.
Locks live in :mod:`wizard.sessions.locking` and recovery copies in
:mod:`wizard.sessions.recovery` (which builds on this module: callers import it directly).

This module is the API and the two sequences, opening and saving; their parts have their own
modules: :mod:`~wizard.sessions.fingerprint`, :mod:`~wizard.sessions.backups`,
:mod:`~wizard.sessions.attachments`, :mod:`~wizard.sessions.written_check`,
:mod:`~wizard.sessions.compact` (what is written), :mod:`~wizard.sessions.fastjson` (the
native check) and :mod:`~wizard.sessions.json_schema`.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import typing
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import IO

from pydantic import ValidationError

from wizard.audit.model import Audit, now
from wizard.messages import Message
from wizard.sessions import compact, fastjson
from wizard.sessions.atomic import atomic_write, remove_leftovers
from wizard.sessions.attachments import evidence_source, read_evidence
from wizard.sessions.backups import backup_original, backup_path
from wizard.sessions.container import DEFAULT_LIMITS, Limits, open_container, write_container
from wizard.sessions.errors import (
    ConflictError,
    DamagedFileError,
    ForeignFileError,
    InvalidContentError,
    NewerVersionError,
    SaveError,
    SessionError,
    TooLargeError,
    validation_problems,
)
from wizard.sessions.fingerprint import Fingerprint, file_fingerprint, hash_open_file
from wizard.sessions.gc_pause import gc_paused
from wizard.sessions.json_schema import schema_text, write_schema
from wizard.sessions.locking import (
    LockedError,
    LockInfo,
    LockUnavailableError,
    SessionLock,
    acquire_lock,
    read_lock,
)
from wizard.sessions.migrations import migrate
from wizard.sessions.regular_file import NotRegularFileError, open_regular
from wizard.sessions.session import Session
from wizard.sessions.strictjson import parse_json, refuse_long_lists
from wizard.sessions.written_check import verifier
from wizard.version import app_version

__all__ = [
    "ConflictError",
    "DamagedFileError",
    "Fingerprint",
    "ForeignFileError",
    "InvalidContentError",
    "LoadResult",
    "LockInfo",
    "LockUnavailableError",
    "LockedError",
    "NewerVersionError",
    "SaveError",
    "SessionError",
    "SessionLock",
    "TooLargeError",
    "acquire_lock",
    "backup_original",
    "backup_path",
    "file_fingerprint",
    "load_session",
    "read_lock",
    "save_session",
    "schema_text",
    "write_schema",
]


@dataclass
class LoadResult:
    session: Session
    migrated_from: int | None = None
    """The old format version the file was converted from; keep a backup before saving."""
    warnings: list[str] = field(default_factory=list)
    fingerprint: Fingerprint | None = None
    """Pass it back to :func:`save_session` so a file changed meanwhile is not overwritten."""
    stored_evidence: set[str] = field(default_factory=set)
    """Hashes of the listed attachments the file really holds (checked)."""


# --- loading


def load_session(
    path: Path, *, limits: Limits = DEFAULT_LIMITS, keep_evidence: bool = True
) -> LoadResult:
    """Open a session file: pre-checks, strict JSON, version, migration, validation.

    Raises a :class:`SessionError` subclass (damaged, foreign, newer, too large, invalid);
    an older format is converted in memory and ``migrated_from`` says so. The file on disk
    is never modified. Without ``keep_evidence`` every attachment is checked against its
    hash as it streams by and left in the file (``session.evidence_file``): the commands
    that never show an attachment need no memory for them.
    """
    path = Path(path)
    label = path.name
    try:
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            result = _load_open_file(handle, size, label, limits, keep_evidence)
            result.fingerprint = Fingerprint(
                size, os.fstat(handle.fileno()).st_mtime_ns, hash_open_file(handle)
            )
    except FileNotFoundError:
        raise SessionError(Message("session.missing", path=path)) from None
    except IsADirectoryError:
        raise SessionError(Message("session.folder", path=path)) from None
    except NotRegularFileError as exc:
        kind = Message(exc.kind_id)
        raise SessionError(Message("session.not_regular", file=label, kind=kind)) from None
    except OSError as exc:
        raise SessionError(
            Message("session.unreadable", path=path, problem=exc.strerror or exc)
        ) from None
    result.session.path = path
    if not keep_evidence:
        result.session.evidence_file = path
    return result


def _load_open_file(
    handle: IO[bytes], size: int, label: str, limits: Limits, keep_evidence: bool = True
) -> LoadResult:
    container = open_container(handle, size, label, limits)
    with contextlib.closing(container):
        raw = container.read_audit()
        audit, migrated_from = _parse(raw, label)
        blobs, warnings, stored = read_evidence(container, audit, label, keep_evidence)
    session = Session(audit=audit, blobs=blobs)
    return LoadResult(session, migrated_from, container.warnings + warnings, stored_evidence=stored)


def _parse(raw: bytes, label: str) -> tuple[Audit, int | None]:
    """The audit in ``raw`` and the format it was converted from (None: current).

    A file as Vigie saved it is proven valid natively (:mod:`wizard.sessions.fastjson`, ~3× faster
    for 10,000 accounts); anything else (older, hand-edited, damaged) goes the strict way:
    strict JSON, migration, then validation with the messages the user sees.
    """
    refuse_long_lists(raw, label, _list_limits())
    with gc_paused():
        return _parse_unpaused(raw, label)


def _parse_unpaused(raw: bytes, label: str) -> tuple[Audit, int | None]:
    audit = fastjson.validated(raw)
    if audit is not None:
        return audit, None
    data = parse_json(raw, label)
    data, migrated_from = migrate(data, label)
    if migrated_from is not None:
        raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return _validate(raw, label), migrated_from


@cache
def _list_limits() -> dict[str, int]:
    """The most records each of the audit's lists may hold, from the model."""
    limits = {}
    for name, info in Audit.model_fields.items():
        if typing.get_origin(info.annotation) is not list:
            continue
        for item in info.metadata:
            if getattr(item, "max_length", None) is not None:
                limits[info.alias or name] = item.max_length
    return limits


def _validate(raw: bytes, label: str) -> Audit:
    try:
        return Audit.model_validate_json(raw)
    except ValidationError as exc:
        problems = validation_problems(exc)
        raise InvalidContentError(Message("session.invalid", file=label), problems) from None


# --- saving

SAVE_LEVEL = 3
"""Deflate level of saved files: a third of level 6's time for 10,000 accounts (0.06 s
against 0.15 s), for a file ~30 % larger (1.1 MB against 0.9 MB)."""


def _serialise(session: Session, stamp: datetime) -> tuple[Audit, bytes]:
    """The audit as it will be stored, validated as a whole: in-place edits (list appends)
    bypass pydantic, and a file that saves but will not load would lose the user's work.
    The native check (:mod:`wizard.sessions.fastjson`) passes what loads; only if it cannot tell
    does the exact validation run, for its verdict and its messages."""
    audit = session.audit.model_copy(update={"modified": stamp, "app_version": app_version()})
    with gc_paused():
        return audit, _checked_json(audit)


def _checked_json(audit: Audit) -> bytes:
    raw = compact.audit_json(audit)  # defaults left out
    if fastjson.valid(raw):
        return raw
    try:
        parse_json(raw, "audit")  # what the loader refuses first, e.g. an over-long number
        Audit.model_validate_json(raw)
    except InvalidContentError as exc:
        problems = "; ".join(exc.problems[:5])
        raise SaveError(Message("session.save.invalid", problems=problems)) from None
    except ValidationError as exc:
        problems = "; ".join(validation_problems(exc)[:5])
        raise SaveError(Message("session.save.invalid", problems=problems)) from None
    return raw


def _check_limits(raw: bytes, blobs: list[tuple[str, bytes]], streamed_bytes: int = 0) -> None:
    """Refuse early what the loader would refuse: a file that saves but never opens."""
    limits = DEFAULT_LIMITS
    total = len(raw) + sum(len(data) for _, data in blobs) + streamed_bytes
    if len(raw) > limits.audit_json or total > limits.total_uncompressed:
        raise SaveError(
            f"Not saved: the audit and its attachments take {total:,} bytes, over the "
            f"{limits.total_uncompressed:,}-byte limit; remove large attachments"
        )
    if len(blobs) + 3 > limits.entries:
        raise SaveError(f"Not saved: {len(blobs):,} attachments is over the limit")


def _check_unchanged(path: Path, expected: Fingerprint) -> os.stat_result:
    """Raise :class:`ConflictError` if ``path`` no longer holds what was opened."""
    try:
        current = file_fingerprint(path)
        seen = os.stat(path)
    except FileNotFoundError:
        raise ConflictError(Message("session.save.moved", file=path.name)) from None
    except OSError as exc:
        raise SaveError(f"Could not check {path} before saving: {exc.strerror or exc}") from None
    if not current.same_content(expected):
        raise ConflictError(Message("session.save.changed", file=path.name))
    return seen


def save_session(
    session: Session, path: Path, *, expected_fingerprint: Fingerprint | None = None
) -> Fingerprint:
    """Save atomically; return the new file's fingerprint (for the next save's check).

    The file being replaced is kept as ``<name>.bak``. With ``expected_fingerprint`` (from
    :class:`LoadResult` or the previous save), a file changed on disk meanwhile raises
    :class:`ConflictError` instead of being overwritten. Raises :class:`SaveError` with the
    previous file and backup intact. On success sets ``audit.modified`` and ``session.path``.
    """
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()
    if path.is_dir():
        raise SaveError(Message("session.save.folder", path=path))
    stamp = now()
    audit, raw = _serialise(session, stamp)
    blobs = list(
        {
            e.sha256: session.blobs[e.sha256] for e in audit.evidence if e.sha256 in session.blobs
        }.items()
    )
    kept = {digest for digest, _ in blobs}
    streamed = [
        (e.sha256, e.size)
        for e in audit.evidence
        if e.sha256 not in kept and session.evidence_file is not None
    ]
    streamed = list(dict(streamed).items())  # each attachment once
    if streamed:
        with evidence_source(session.evidence_file) as source:  # a missing one stays missing
            streamed = [(digest, size) for digest, size in streamed if digest in source.evidence]
    _check_limits(raw, blobs, sum(size for _, size in streamed))
    seen = _check_unchanged(path, expected_fingerprint) if expected_fingerprint else None

    def recheck() -> None:
        """Narrow the race: if the file moved since the first check, check it again."""
        if expected_fingerprint is None or seen is None:
            return
        now_seen = os.stat(path)
        if (now_seen.st_size, now_seen.st_mtime_ns) != (seen.st_size, seen.st_mtime_ns):
            _check_unchanged(path, expected_fingerprint)

    def write(out: IO[bytes]) -> None:
        if not streamed:
            write_container(out, raw, blobs, stamp, level=SAVE_LEVEL)
            return
        with evidence_source(session.evidence_file) as source:
            plain = [(d, size, source.compresses_too_well(d)) for d, size in streamed]
            write_container(
                out,
                raw,
                blobs,
                stamp,
                level=SAVE_LEVEL,
                streamed=plain,
                source=source.copy_evidence,
            )

    remove_leftovers(path)
    fingerprint = atomic_write(
        path,
        write,
        verifier(path, raw, kept | {digest for digest, _ in streamed}),
        backup=backup_path(path),
        before_replace=recheck,
    )
    session.audit.modified = audit.modified
    session.audit.app_version = audit.app_version
    session.path = path
    return fingerprint


if __name__ == "__main__":  # python -m wizard.sessions.store docs/session-schema.json
    write_schema(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/session-schema.json"))
