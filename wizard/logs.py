"""Where internal errors are written, so a user can send the file instead of a screenshot."""

from __future__ import annotations

import os
import traceback
from datetime import datetime
from pathlib import Path

import platformdirs


def log_dir() -> Path:
    override = os.environ.get("VIGIE_LOG_DIR")
    if override:
        return Path(override)

    return Path(platformdirs.user_log_dir("vigie", appauthor=False))


def log_exception(exc: BaseException) -> Path:
    """Append the traceback to ``vigie.log`` in the per-user log folder; return its path."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "vigie.log"
    stamp = datetime.now().isoformat(timespec="seconds")
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"--- {stamp}\n{text}\n")
    return path
