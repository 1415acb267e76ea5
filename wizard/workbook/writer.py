"""Writing the file: temp file in the same folder, fsync, verify, then ``os.replace``.

The mechanics are :func:`wizard.sessions.atomic.atomic_write` (shared with session saves: checked
writes, re-read before the swap, temp file removed on any failure). This module adds what is
specific to a workbook: refusing early a target that is open in Excel or LibreOffice, or
read-only, with a message that says what to do, and checking the archive before the swap.
"""

from __future__ import annotations

import contextlib
import datetime
import errno
import hashlib
import os
import zipfile
from io import BytesIO
from pathlib import Path
from typing import IO

from wizard.sessions.atomic import atomic_write
from wizard.sessions.errors import SaveError
from wizard.workbook.encryption import Password, encrypt
from wizard.workbook.errors import ExportError
from wizard.workbook.memory import MemoryAwareWriter


def _lock_holder(path: Path, office: str = "Excel") -> str | None:
    """The program that has ``path`` open, judged by its lock file, or None. ``office`` is
    the Microsoft program whose ``~$name`` lock file this kind of document gets."""
    folder, name = path.parent, path.name
    if _exists(folder / f".~lock.{name}#"):
        return "LibreOffice"
    if _exists(folder / f"~${name}") or _exists(folder / f"~${name[2:]}"):
        return office
    return None


def _exists(path: Path) -> bool:
    """``exists`` that says no for a name too long to exist (a 250-byte workbook name has
    no room for LibreOffice's ``.~lock.…#``), instead of raising."""
    try:
        return path.exists()
    except OSError:
        return False


def check_target(
    path: Path, suffix: str = ".xlsx", what: str = "workbook", office: str = "Excel"
) -> None:
    """Refuse early, with a clear message, a target that cannot be written (the workbook by
    default; the Word report and its PDF pass their own suffix, name and program)."""
    folder = path.parent
    if path.suffix.lower() != suffix:
        raise ExportError(f"{path.name}: the {what} name must end in {suffix}")
    if not folder.is_dir():
        raise ExportError(f"{folder}: this folder does not exist")
    if path.is_dir():
        raise ExportError(f"{path}: a folder has this name; choose another file name")
    holder = _lock_holder(path, office)
    if holder:
        raise ExportError(
            f"{path.name} is open in {holder}; close it there or choose another file name"
        )
    if path.exists() and not os.access(path, os.W_OK):
        raise ExportError(f"{path.name} is read-only; choose another file name")
    if not os.access(folder, os.W_OK):
        raise ExportError(f"{folder}: this folder is not writable; choose another folder")


def _verify(temp: Path | IO[bytes]) -> None:
    """Reopen the written archive (a file, or the bytes in memory): every member's CRC must
    match."""
    try:
        with zipfile.ZipFile(temp) as archive:
            bad = archive.testzip()
            names = archive.namelist()
    except zipfile.BadZipFile as exc:
        raise OSError(errno.EIO, f"the written workbook is damaged ({exc})") from None
    if bad is not None or "xl/workbook.xml" not in names:
        raise OSError(errno.EIO, "the written workbook failed its check")


def _write(workbook, stream: IO[bytes]) -> None:
    """``Workbook.save`` to ``stream``, but with the archive closed whatever happens.

    openpyxl's own save leaves its ``ZipFile`` open when a write fails (a full disk): when it
    is collected, ``ZipFile.__del__`` writes to the closed temp file ("Exception ignored").
    """
    if workbook.write_only and not workbook.worksheets:
        workbook.create_sheet()
    archive = zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        now = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)
        workbook.properties.modified = now
        MemoryAwareWriter(workbook, archive).save()  # closes the archive when all went well
    except BaseException:
        with contextlib.suppress(Exception):  # the end record cannot be written either
            archive.close()  # sets archive.fp to None even when it fails
        raise


def save_atomic(workbook, path: Path, password: Password | None = None) -> None:
    """Save ``workbook`` to ``path`` so that ``path`` is either the old or the new file.

    With ``password`` the archive is written to memory, checked there, encrypted there, and
    only the encrypted bytes are written (and read back) through the same atomic write."""
    if password is not None:
        _save_encrypted(workbook, path, password)
        return
    try:
        atomic_write(path, lambda stream: _write(workbook, stream), _verify)
    except SaveError as exc:
        raise ExportError(exc.reason) from None


def _save_encrypted(workbook, path: Path, password: Password) -> None:
    buffer = BytesIO()
    _write(workbook, buffer)
    try:
        _verify(buffer)
    except OSError as exc:
        raise ExportError(f"could not export {path.name}: {exc.strerror or exc}") from None
    sealed = encrypt(buffer.getvalue(), password)
    buffer = BytesIO()  # the plaintext is not kept longer than needed
    expected = hashlib.sha256(sealed).hexdigest()

    def verify(temp: Path) -> None:
        if hashlib.sha256(temp.read_bytes()).hexdigest() != expected:
            raise OSError(errno.EIO, "the written workbook differs from the encrypted one")

    def write(stream: IO[bytes]) -> None:
        stream.write(sealed)

    try:
        atomic_write(path, write, verify)
    except SaveError as exc:
        raise ExportError(exc.reason) from None
