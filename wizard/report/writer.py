"""Writing the ``.docx``: refuse a bad target early, then save through a verified temp file.

Like the workbook (:mod:`wizard.workbook.writer`), the file at the target path is either the
old one or the complete new one; a target open in Word or LibreOffice (its lock file is
beside it) or read-only is refused with a message saying what to do.
"""

from __future__ import annotations

import errno
import os
import zipfile
from pathlib import Path
from typing import Any

from wizard.sessions.atomic import atomic_write
from wizard.sessions.errors import SaveError
from wizard.workbook.errors import ExportError


def _lock_holder(path: Path) -> str | None:
    folder, name = path.parent, path.name
    if (folder / f".~lock.{name}#").exists():
        return "LibreOffice"
    if (folder / f"~${name}").exists() or (folder / f"~${name[2:]}").exists():
        return "Word"
    return None


def check_target(path: Path, suffix: str = ".docx") -> None:
    """Refuse early, with a clear message, a target that cannot be written."""
    folder = path.parent
    if path.suffix.lower() != suffix:
        raise ExportError(f"{path.name}: the report name must end in {suffix}")
    if not folder.is_dir():
        raise ExportError(f"{folder}: this folder does not exist")
    if path.is_dir():
        raise ExportError(f"{path}: a folder has this name; choose another file name")
    holder = _lock_holder(path)
    if holder:
        raise ExportError(
            f"{path.name} is open in {holder}; close it there or choose another file name"
        )
    if path.exists() and not os.access(path, os.W_OK):
        raise ExportError(f"{path.name} is read-only; choose another file name")
    if not os.access(folder, os.W_OK):
        raise ExportError(f"{folder}: this folder is not writable; choose another folder")


def _verify(temp: Path) -> None:
    try:
        with zipfile.ZipFile(temp) as archive:
            bad = archive.testzip()
            names = archive.namelist()
    except zipfile.BadZipFile as exc:
        raise OSError(errno.EIO, f"the written report is damaged ({exc})") from None
    if bad is not None or "word/document.xml" not in names:
        raise OSError(errno.EIO, "the written report failed its check")


def save_atomic(document: Any, path: Path) -> None:
    try:
        atomic_write(path, document.save, _verify)
    except SaveError as exc:
        raise ExportError(exc.reason) from None
