"""Replace a file so that it is always either the old version or the new one, never a mix.

``QSaveFile`` reported success after writing a third of a file on a full disk
(docs/reliability.md, case 9), so nothing is trusted: every ``os.write`` is checked, the size
on disk is compared with what was meant to be written, the temp file is re-read and verified,
and only then does ``os.replace`` swap it in. Any failure removes the temp file and leaves the
original and its backup exactly as they were.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import secrets
import shutil
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, TypeVar

from wizard.sessions.errors import SaveError

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

T = TypeVar("T")

BUFFER = 1024 * 1024
LEFTOVER_AGE_SECONDS = 3600
"""Temp files older than this were left by a crash (a save never takes an hour)."""

_ERRNO_TEXT = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EROFS: "the folder is on a read-only disk",
    errno.EACCES: "permission denied (read-only folder, or the file is open elsewhere?)",
    errno.EPERM: "permission denied (read-only folder, or the file is open elsewhere?)",
    errno.EFBIG: "the file is too large for this disk",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.ENOENT: "the folder does not exist",
}

SHARING_VIOLATIONS = (5, 32, 33)
"""Windows error codes for a file another program holds open: access denied, sharing
violation, lock violation. Antivirus scanners, indexers and sync clients do this briefly."""
REPLACE_ATTEMPTS = 6
"""Tries of the final swap while Windows reports the file in use (about 1.5 s in all)."""


def describe_os_error(exc: OSError, step: str, path: Path) -> str:
    """A one-line reason: what failed, which path, and that the old file is safe."""
    if is_sharing_violation(exc):
        what = "another program has the file open (Excel, an antivirus or a sync client?)"
    else:
        what = _ERRNO_TEXT.get(exc.errno or -1) or exc.strerror or str(exc) or type(exc).__name__
    return f"Could not save {path} ({step}): {what}. The previous version is unchanged."


def is_sharing_violation(exc: OSError) -> bool:
    """True for Windows' "the file is in use by another process" family of errors."""
    return getattr(exc, "winerror", None) in SHARING_VIOLATIONS


def replace_file(source: Path, target: Path) -> None:
    """``os.replace``, tried again for a moment while Windows says another program holds
    ``target`` (POSIX has no such state: any other error is raised at once)."""
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if not is_sharing_violation(exc) or attempt == REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * 2**attempt)


def unlink_file(path: Path) -> None:
    """Delete ``path`` (already gone is fine), tried again for a moment while Windows says
    another program has it open: there a file being read cannot be deleted."""
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            path.unlink(missing_ok=True)
            return
        except PermissionError as exc:
            if not is_sharing_violation(exc) or attempt == REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * 2**attempt)


class _FdSink(io.RawIOBase):
    """A raw file over an fd whose writes are all checked (short writes are retried).

    It goes through ``os.write`` so a test can make the disk "full" part-way.
    """

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer) -> int:
        view = memoryview(data).cast("B")
        total = len(view)
        while view:
            written = os.write(self.fd, view)
            if written <= 0:
                raise OSError(errno.EIO, "the system accepted no bytes")
            view = view[written:]
        return total

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return os.lseek(self.fd, offset, whence)

    def tell(self) -> int:
        return os.lseek(self.fd, 0, os.SEEK_CUR)

    def close(self) -> None:
        """The fd belongs to :func:`atomic_write`; only mark this wrapper closed."""
        super().close()


NAME_MAX = 255
"""Bytes in one file name on the usual file systems (ext4, NTFS in UTF-16 units, APFS)."""
SIDE_RESERVE = 24
"""Room kept for what side files add to a name: ``.`` + ``.bak-tmp-1a2b3c4d``, ``.lock``."""


def fit_name(name: str, reserve: int = SIDE_RESERVE) -> str:
    """``name`` itself when ``reserve`` more bytes still make a legal file name; otherwise
    its beginning and a hash of the whole (``very-long-na~1a2b3c4d5e6f``), so that a legal
    250-byte session name still gets a lock, temp and backup name, always the same one."""
    if len(os.fsencode(name)) + reserve <= NAME_MAX:
        return name
    digest = hashlib.sha256(os.fsencode(name)).hexdigest()[:12]
    keep = name
    while keep and len(os.fsencode(f"{keep}~{digest}")) + reserve > NAME_MAX:
        keep = keep[:-1]
    return f"{keep}~{digest}"


def side_name(path: Path, suffix: str) -> Path:
    """A hidden side file of ``path``: ``.audit.vigie`` + ``suffix`` (shortened if needed)."""
    return path.with_name(f".{fit_name(path.name)}{suffix}")


def sibling(path: Path, kind: str) -> Path:
    """A hidden, unique name in the same folder: ``.audit.vigie.tmp-1a2b3c4d``."""
    return side_name(path, f".{kind}-{secrets.token_hex(4)}")


def _create_temp(path: Path) -> tuple[int, Path]:
    for _ in range(10):
        temp = sibling(path, "tmp")
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), temp
        except FileExistsError:
            continue
    raise OSError(errno.EEXIST, "no free temporary name")


def fsync_dir(folder: Path) -> None:
    """Make the rename durable; not possible on Windows or on some network disks."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        import logging  # lazy: logging loads only when there is something to log

        logging.getLogger(__name__).info("cannot fsync folder %s: %s", folder, exc)
    finally:
        os.close(fd)


def _write_checked(fd: int, write: Callable[[IO[bytes]], None]) -> None:
    """Write through a buffer, fsync, and check the size the disk reports."""
    sink = _FdSink(fd)
    buffered = io.BufferedWriter(sink, BUFFER)
    try:
        write(buffered)
        buffered.flush()
        end = buffered.tell()
    finally:
        with contextlib.suppress(Exception):  # data still pending on a full disk
            buffered.close()
    os.fsync(fd)
    on_disk = os.fstat(fd).st_size
    if on_disk != end:
        raise OSError(errno.EIO, f"only {on_disk:,} of {end:,} bytes reached the disk")


def _stage_backup(path: Path) -> Path | None:
    """A second name for the current file (hard link, or a copy where links are not
    supported), renamed over the old backup only once the new file is in place."""
    if not path.exists():
        return None
    staged = sibling(path, "bak-tmp")
    try:
        os.link(path, staged)
    except OSError:
        shutil.copy2(path, staged)
    return staged


def _copy_mode(source: Path, target: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(target, stat.S_IMODE(os.stat(source).st_mode))


def remove_leftovers(path: Path, *, max_age: float = LEFTOVER_AGE_SECONDS) -> None:
    """Delete temp files a killed save left beside ``path``: by default only old ones
    (another save of the same file may be running right now); ``max_age=0`` when the
    caller holds the file's lock, so no other save can be running."""
    stem = fit_name(path.name)
    prefixes = (f".{stem}.tmp-", f".{stem}.bak-tmp-")
    limit = time.time() - max_age
    with contextlib.suppress(OSError):
        for entry in os.scandir(path.parent):
            if entry.name.startswith(prefixes) and entry.stat().st_mtime <= limit:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def atomic_write(
    path: Path,
    write: Callable[[IO[bytes]], None],
    verify: Callable[[Path], T],
    *,
    backup: Path | None = None,
    before_replace: Callable[[], None] | None = None,
) -> T:
    """Write ``path`` through a verified temp file; return what ``verify`` returned.

    ``verify`` re-reads the temp file and raises if it is not right; ``before_replace`` is a
    last check (the conflict test) just before the swap. With ``backup``, the file being
    replaced is kept under that name (the old backup is replaced only on success).
    Raises :class:`SaveError`; on failure nothing but the temp file was touched, and it is gone.
    """
    step = "creating a temporary file"
    fd: int | None = None
    temp: Path | None = None
    staged: Path | None = None
    try:
        fd, temp = _create_temp(path)
        step = "writing"
        _write_checked(fd, write)
        os.close(fd)
        fd = None
        step = "checking what was written"
        result = verify(temp)
        _copy_mode(path, temp)
        if before_replace is not None:
            before_replace()
        step = "keeping a backup"
        staged = _stage_backup(path) if backup is not None else None
        step = "replacing the file"
        replace_file(temp, path)
        temp = None
    except OSError as exc:
        raise SaveError(describe_os_error(exc, step, path)) from exc
    finally:
        if fd is not None:
            os.close(fd)
        for leftover in (temp, staged if temp is not None else None):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    leftover.unlink()
    if staged is not None and backup is not None:
        try:
            replace_file(staged, backup)
        except OSError as exc:  # saved all the same; only the backup is older than it should be
            import logging  # lazy: logging loads only when there is something to log

            logging.getLogger(__name__).warning(
                "saved %s but could not update the backup %s: %s", path, backup, exc
            )
            with contextlib.suppress(OSError):
                staged.unlink()
    fsync_dir(path.parent)
    return result


def copy_atomically(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` so that ``target`` is never a partial copy."""

    def write(out: IO[bytes]) -> None:
        with source.open("rb") as handle:
            shutil.copyfileobj(handle, out, BUFFER)

    def verify(temp: Path) -> None:
        if temp.stat().st_size != source.stat().st_size:
            raise OSError(errno.EIO, "the copy has the wrong size")

    atomic_write(target, write, verify)
