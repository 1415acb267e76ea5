"""Writing the ``.docx``: refuse a bad target early, then save through a verified temp file.

Like the workbook (:mod:`wizard.workbook.writer`), the file at the target path is either the
old one or the complete new one; a target open in Word or LibreOffice (its lock file is
beside it) or read-only is refused with a message saying what to do.
"""

from __future__ import annotations

import errno
import zipfile
from pathlib import Path
from typing import Any

from wizard.sessions.atomic import atomic_write
from wizard.sessions.errors import SaveError
from wizard.workbook import writer as workbook_writer
from wizard.workbook.errors import ExportError


def check_target(path: Path, suffix: str = ".docx") -> None:
    """Refuse early, with a clear message, a target that cannot be written (the workbook's
    checks, :func:`wizard.workbook.writer.check_target`, with Word's lock file)."""
    workbook_writer.check_target(path, suffix, what="report", office="Word")


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
