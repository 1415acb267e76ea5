"""The check of a session's temp file before it replaces the real one.

Why: a save is verified by reading back what was written (docs/session-format.md, "Saving",
step 4): the zip opens with the same checks as opening, ``audit.json`` holds exactly the bytes
validated, every attachment hashes to its name.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from wizard.sessions.container import DEFAULT_LIMITS, open_container
from wizard.sessions.errors import SaveError, SessionError
from wizard.sessions.fingerprint import Fingerprint, hash_open_file


def verifier(path: Path, raw: bytes, digests: set[str]) -> Callable[[Path], Fingerprint]:
    """Re-read the temp file: the zip opens, audit.json holds exactly the bytes meant (so it
    parses and validates, as checked before writing), every attachment matches its hash."""

    def verify(temp: Path) -> Fingerprint:
        try:
            with temp.open("rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                container = open_container(handle, size, path.name, DEFAULT_LIMITS)
                with contextlib.closing(container):
                    if container.read_audit() != raw:
                        raise SaveError(f"Could not save {path}: the data read back differs")
                    if set(container.evidence) != digests:
                        raise SaveError(f"Could not save {path}: attachments are missing")
                    for digest in digests:
                        container.verify_evidence(digest)
                mtime = os.fstat(handle.fileno()).st_mtime_ns
                return Fingerprint(size, mtime, hash_open_file(handle))
        except SaveError:
            raise
        except SessionError as exc:
            raise SaveError(f"Could not save {path}: the written file is wrong ({exc})") from None

    return verify
