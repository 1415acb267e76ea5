"""Attachments in session files: checked as a file is opened, and read again from the file
they were left in when a save copies them.

Why: the commands open sessions without keeping attachments in memory
(``keep_evidence=False``); each one is still checked against its hash and its record's
size, and a later save copies it from the file it came from.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from wizard.audit.model import Audit
from wizard.messages import Message
from wizard.sessions.container import DEFAULT_LIMITS, Container, open_container
from wizard.sessions.errors import InvalidContentError, SaveError
from wizard.sessions.regular_file import open_regular


def read_evidence(
    container: Container, audit: Audit, label: str, keep: bool = True
) -> tuple[dict[str, bytes], list[str], set[str]]:
    """Attachment bytes by hash (only checked, not kept, without ``keep``), warnings, and the
    hashes found; each checked against its name and its record's size."""
    blobs: dict[str, bytes] = {}
    checked: set[str] = set()
    warnings: list[str] = []
    for index, record in enumerate(audit.evidence):
        if record.sha256 not in container.evidence:
            warnings.append(Message("session.warn.attachment_missing", name=record.filename))
            continue
        if keep:
            data = container.read_evidence(record.sha256)
            size = len(data)
            blobs[record.sha256] = data
        else:
            size = container.verify_evidence(record.sha256)
        if size != record.size:
            raise InvalidContentError(
                f"{label}: the audit is not valid",
                [f"evidence[{index}].size: says {record.size:,} bytes, the file has {size:,}"],
            )
        checked.add(record.sha256)
    for digest in sorted(container.evidence.keys() - checked):
        warnings.append(Message("session.warn.attachment_unlisted", digest=digest[:12]))
    return blobs, warnings, checked


@contextlib.contextmanager
def evidence_source(path: Path | None) -> Iterator[Container]:
    """The file the attachments were left in, opened again to copy them into a save."""
    if path is None:
        raise SaveError("Not saved: the attachments' file is unknown")
    try:
        handle = open_regular(path)
    except OSError as exc:
        reason = f"Not saved: the attachments cannot be read from {path} ({exc.strerror or exc})"
        raise SaveError(reason) from None
    with handle:
        size = os.fstat(handle.fileno()).st_size
        container = open_container(handle, size, path.name, DEFAULT_LIMITS)
        with contextlib.closing(container):
            yield container
