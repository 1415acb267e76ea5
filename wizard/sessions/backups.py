"""The copies a save keeps: ``<name>.bak`` (the version before the last save) and, before
the first save of a converted file, ``<stem>.v<version><suffix>.bak`` (the original).

Why: a save or a migration must never cost the previous version; the names are fitted to
the file system's limit (:func:`wizard.sessions.atomic.fit_name`).
"""

from __future__ import annotations

import os
from pathlib import Path

from wizard.sessions.atomic import SIDE_RESERVE, copy_atomically, fit_name


def backup_path(path: Path) -> Path:
    """``audit.vigie`` → ``audit.vigie.bak``: the version before the last save."""
    return path.with_name(fit_name(path.name) + ".bak")


def backup_original(path: Path, version: int) -> Path:
    """Keep a converted file's original as ``<stem>.v<version><suffix>.bak`` (never
    overwriting an earlier one); call it before the first save after a migration."""
    path = Path(path)
    stem = fit_name(path.stem, SIDE_RESERVE + len(os.fsencode(path.suffix)))
    target = path.with_name(f"{stem}.v{version}{path.suffix}.bak")
    counter = 2
    while target.exists():
        target = path.with_name(f"{stem}.v{version}-{counter}{path.suffix}.bak")
        counter += 1
    copy_atomically(path, target)
    return target
