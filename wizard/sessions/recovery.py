"""Recovery copies: the work in progress, saved often, where a crash cannot take it.

They live in the per-user state folder (``platformdirs.user_state_dir("vigie")/recovery``,
or ``$VIGIE_STATE_DIR/recovery``), never beside the shared session file: a colleague must not
find someone's unsaved draft there. Each copy is a normal session container plus a
``recovery.json`` member naming the file it belongs to, so at the next start the GUI can
offer "restore / discard / later" (RELIABILITY cases 10 and 25). The GUI deletes the copy
after a successful save or when the user discards it; "later" keeps it.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

import platformdirs

from wizard.audit.model import now
from wizard.messages import Message
from wizard.sessions.atomic import atomic_write
from wizard.sessions.container import (
    DEFAULT_LIMITS,
    RECOVERY_MEMBER,
    open_container,
    write_container,
)
from wizard.sessions.errors import SessionError
from wizard.sessions.session import Session
from wizard.sessions.store import Fingerprint, LoadResult, load_session

KEY = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
SUFFIX = ".vigie"


def state_dir() -> Path:
    """The per-user state folder; ``VIGIE_STATE_DIR`` overrides it (tests, portable use)."""
    override = os.environ.get("VIGIE_STATE_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_state_dir("vigie", appauthor=False))


def recovery_dir() -> Path:
    return state_dir() / "recovery"


@dataclass(frozen=True)
class RecoveryInfo:
    """One recovery copy, described without loading the audit."""

    key: str
    path: Path
    """The recovery copy itself."""
    original: Path | None
    """The session file it belongs to; None for an audit never saved."""
    organisation: str
    saved: datetime | None
    fingerprint: Fingerprint | None = None
    """The original file as it was when opened, to detect a conflict when saving back."""
    problem: str = ""
    """Why the copy cannot be read (then offer only "discard")."""


def _check_key(key: str) -> None:
    if not KEY.match(key):
        raise ValueError(f"recovery key {key!r} must be 1–64 letters, digits, '-' or '_'")


def _metadata(session: Session, key: str, fingerprint: Fingerprint | None) -> bytes:
    meta = {
        "key": key,
        "original": str(session.path) if session.path else None,
        "organisation": session.audit.engagement.organisation.name,
        "saved": datetime.now(UTC).isoformat(),  # to the microsecond: copies sort by it
        "fingerprint": asdict(fingerprint) if fingerprint else None,
    }
    return json.dumps(meta, ensure_ascii=False, indent=1).encode("utf-8")


def write_recovery(session: Session, key: str, *, fingerprint: Fingerprint | None = None) -> Path:
    """Write (or replace) the recovery copy ``key``; atomic, quick (light compression, no
    validation), and it never touches the session file itself.

    ``key`` identifies the open document (e.g. the audit id); ``fingerprint`` is the one
    from :class:`~wizard.sessions.store.LoadResult`, kept so a restored copy still detects
    conflicts.
    """
    _check_key(key)
    folder = recovery_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise SessionError(Message("session.recovery.folder", path=folder, problem=exc)) from None
    audit = session.audit
    raw = audit.model_dump_json().encode("utf-8")
    blobs = [
        (e.sha256, session.blobs[e.sha256]) for e in audit.evidence if e.sha256 in session.blobs
    ]
    meta = _metadata(session, key, fingerprint)

    def write(out: IO[bytes]) -> None:
        write_container(
            out,
            raw,
            dict(blobs).items(),
            now(),
            level=1,
            compress_evidence=False,
            extra=[(RECOVERY_MEMBER, meta)],
        )

    target = folder / f"{key}{SUFFIX}"
    atomic_write(target, write, lambda _temp: None)
    return target


def _describe(path: Path) -> RecoveryInfo:
    key = path.name.removesuffix(SUFFIX)
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            container = open_container(handle, size, path.name, DEFAULT_LIMITS)
            try:
                raw = container.read_small(RECOVERY_MEMBER)
            finally:
                container.close()
        meta = json.loads(raw or b"null")
        original = meta.get("original")
        stamp = meta.get("fingerprint")
        return RecoveryInfo(
            key=key,
            path=path,
            original=Path(original) if original else None,
            organisation=str(meta.get("organisation") or ""),
            saved=datetime.fromisoformat(meta["saved"]),
            fingerprint=Fingerprint(**stamp) if stamp else None,
        )
    except (SessionError, OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        reason = exc.reason if isinstance(exc, SessionError) else "its description is damaged"
        return RecoveryInfo(key, path, None, "", None, problem=reason)


def list_recoveries() -> list[RecoveryInfo]:
    """Every recovery copy, newest first (damaged ones last, with ``problem`` set)."""
    folder = recovery_dir()
    try:
        paths = [p for p in folder.iterdir() if p.suffix == SUFFIX and not p.name.startswith(".")]
    except OSError:
        return []
    infos = [_describe(p) for p in paths]
    return sorted(infos, key=lambda i: (i.saved is None, -(i.saved.timestamp() if i.saved else 0)))


def load_recovery(info: RecoveryInfo) -> LoadResult:
    """Load a copy as a session that belongs to its original file (``session.path``), with
    the original's fingerprint so saving back still notices a changed file."""
    result = load_session(info.path)
    result.session.path = info.original
    result.fingerprint = info.fingerprint
    return result


def discard_recovery(info: RecoveryInfo) -> None:
    """Delete a recovery copy (after a successful save, or when the user discards it)."""
    try:
        info.path.unlink(missing_ok=True)
    except OSError as exc:
        raise SessionError(
            Message("session.recovery.delete", path=info.path, problem=exc)
        ) from None
