"""What a session file on disk was when it was opened or saved (size, time, SHA-256).

Why: a save must notice that someone else changed the file meanwhile (docs/session-format.md,
"Saving", step 2); loading, saving, the recovery copies and the GUI all compare fingerprints.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from wizard.sessions.atomic import BUFFER
from wizard.sessions.regular_file import open_regular


@dataclass(frozen=True)
class Fingerprint:
    """What the file on disk was when it was opened or saved, to notice later changes."""

    size: int
    mtime_ns: int
    sha256: str

    def same_content(self, other: Fingerprint) -> bool:
        """Content decides: a copied or touched file with the same bytes is no conflict."""
        return self.size == other.size and self.sha256 == other.sha256


def hash_open_file(handle: IO[bytes]) -> str:
    """SHA-256 of a whole open file, read from its start."""
    digest = hashlib.sha256()
    handle.seek(0)
    while chunk := handle.read(BUFFER):
        digest.update(chunk)
    return digest.hexdigest()


def file_fingerprint(path: Path) -> Fingerprint:
    """Size, modification time and SHA-256 of the file as it is now."""
    with open_regular(path) as handle:
        info = os.fstat(handle.fileno())
        return Fingerprint(info.st_size, info.st_mtime_ns, hash_open_file(handle))
