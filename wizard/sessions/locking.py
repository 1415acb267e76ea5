"""A lock file beside the session, saying who has it open, so two people do not overwrite
each other on a shared folder.

The lock is a small JSON file ``.<name>.lock`` created atomically (``O_CREAT | O_EXCL``):
of two Vigies opening the file at once, exactly one creates it. It is advisory: it cannot
stop another program, only inform the user. A lock left by a crash on this machine (its
process is gone, or the machine restarted since) is stale and taken over silently; a lock from
another machine cannot be checked, so the user decides (read-only, a copy, or take over).
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import sys
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from wizard.messages import Message
from wizard.sessions.atomic import is_sharing_violation, side_name, unlink_file
from wizard.sessions.errors import SessionError
from wizard.sessions.regular_file import NotRegularFileError, open_regular
from wizard.version import app_version

UNREADABLE_GRACE_SECONDS = 30
"""An empty or garbled lock younger than this may be one being written right now."""

_LOCK_READ_LIMIT = 64 * 1024
MAX_PID = 2**31 - 1
"""Process ids are positive 32-bit numbers everywhere; a lock claiming more is damaged
(treated as unreadable: the stale rules apply), never passed to ``os.kill``."""


def lock_path(path: Path) -> Path:
    """``/dir/audit.vigie`` → ``/dir/.audit.vigie.lock`` (hidden, and no ``#`` that some
    shared drives refuse in names)."""
    return side_name(path, ".lock")


def _os_reason(exc: OSError) -> str:
    if is_sharing_violation(exc):
        return "another program has it open"
    return exc.strerror or str(exc)


def _boot_id() -> str:
    """Changes at every restart (Linux), so a pid from before a reboot is known dead."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


def _user() -> str:
    import getpass  # lazy: only a lock names its holder (`vigie check` takes none)

    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return "unknown"


def _pid_alive(pid: int) -> bool:
    """Whether a process with this id runs here; when unsure, say yes (the safe answer)."""
    if pid <= 0 or pid > MAX_PID:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: only checks existence (never used on Windows: it kills)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # EPERM: it exists but belongs to someone else
    return True


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    # lazy: ctypes.windll exists on Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # windll: Windows only
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


@dataclass(frozen=True)
class LockInfo:
    """What a lock file says about who holds the session."""

    user: str
    host: str
    pid: int
    time: datetime
    app_version: str = ""
    boot_id: str = ""
    token: str = ""
    readable: bool = True
    """False when the lock file is empty or garbled (``time`` is then its mtime)."""

    def is_stale(self) -> bool:
        """True when the holder is certainly gone: same host and its process is dead."""
        if not self.readable:
            age = datetime.now(UTC) - self.time
            return age.total_seconds() > UNREADABLE_GRACE_SECONDS
        if self.host != _host():
            return False
        if self.boot_id and self.boot_id != _boot_id():
            return True
        return not _pid_alive(self.pid)

    def describe(self) -> str:
        """``Marie on PC-42 since 2024-05-01 10:20`` (local time)."""
        if not self.readable:
            return "an unknown user (the lock file is unreadable)"
        since = self.time.astimezone().strftime("%Y-%m-%d %H:%M")
        user = self.user or "an unknown user"
        return f"{user} on {self.host or 'an unknown computer'} since {since}"

    def message(self, file_name: str) -> Message:
        """``describe`` as a core message: "<file> is open by …", in either language."""
        if not self.readable:
            return Message("session.lock.open_by_unknown", file=file_name)
        since = self.time.astimezone().strftime("%Y-%m-%d %H:%M")
        who = self.user or Message("session.lock.unknown_user")
        host = self.host or Message("session.lock.unknown_host")
        return Message("session.lock.open_by", file=file_name, who=who, host=host, since=since)

    def to_json(self) -> bytes:
        data = asdict(self)
        data["time"] = self.time.isoformat()
        del data["readable"]
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


class LockedError(SessionError):
    """Someone else has the file open; ``info`` says who, where and since when."""

    def __init__(self, reason: str, info: LockInfo) -> None:
        super().__init__(reason)
        self.info = info


class LockUnavailableError(SessionError):
    """No lock can be created (read-only folder…): the GUI can still open read-only."""


def _host() -> str:
    import socket  # lazy: only a lock names its computer (`vigie check` takes none)

    return socket.gethostname()


def _this_process() -> LockInfo:
    return LockInfo(
        user=_user(),
        host=_host(),
        pid=os.getpid(),
        time=datetime.now(UTC).replace(microsecond=0),
        app_version=app_version(),
        boot_id=_boot_id(),
        token=secrets.token_hex(16),
    )


def _parse(raw: bytes, mtime: float) -> LockInfo:
    try:
        data = json.loads(raw.decode("utf-8"))
        pid = data.get("pid", 0)
        if not isinstance(pid, int) or not 0 <= pid <= MAX_PID:
            raise ValueError("no process can have this id")
        time = datetime.fromisoformat(str(data["time"]))
        return LockInfo(
            user=str(data.get("user", "")),
            host=str(data.get("host", "")),
            pid=pid,
            time=time if time.tzinfo is not None else time.replace(tzinfo=UTC),
            app_version=str(data.get("app_version", "")),
            boot_id=str(data.get("boot_id", "")),
            token=str(data.get("token", "")),
        )
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError):
        when = datetime.fromtimestamp(mtime, UTC)
        return LockInfo(user="", host="", pid=0, time=when, readable=False)


def read_lock(path: Path) -> LockInfo | None:
    """Who holds ``path`` (the session file), or None when nobody does."""
    target = lock_path(path)
    try:
        with open_regular(target) as handle:
            raw = handle.read(_LOCK_READ_LIMIT)
            mtime = os.fstat(handle.fileno()).st_mtime
    except FileNotFoundError:
        return None
    except NotRegularFileError as exc:
        raise LockUnavailableError(f"cannot use the lock file {target}: {exc}") from None
    except OSError as exc:
        raise LockUnavailableError(
            Message("session.lock.unreadable", path=target, problem=exc.strerror)
        ) from None
    return _parse(raw, mtime)


def _create(target: Path, info: LockInfo) -> None:
    """Create the lock file or raise FileExistsError; never leave a half-written one."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        data = memoryview(info.to_json())
        while data:
            written = os.write(fd, data)
            if written <= 0:
                raise OSError("the lock file could not be written")
            data = data[written:]
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    os.close(fd)


class SessionLock:
    """A held lock; release it when the session is closed (or use ``with``)."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        self.path = path
        self.lock_file = lock_path(path)
        self.info = info

    def is_held(self) -> bool:
        """False when someone took the lock over (or deleted it) since we acquired it."""
        try:
            current = read_lock(self.path)
        except LockUnavailableError:
            return False
        return current is not None and current.token == self.info.token

    def release(self) -> None:
        """Remove the lock file if it is still ours; calling it twice is harmless.

        A lock file that cannot be removed (on Windows, another Vigie reading it at that very
        moment for longer than the retries) is left: once this process is gone it is stale
        here, and another computer asks its user, which is the safe answer."""
        if self.is_held():
            try:
                unlink_file(self.lock_file)
            except OSError as exc:
                import logging  # lazy: logging loads only when there is something to log

                logging.getLogger(__name__).warning(
                    "could not remove the lock file %s: %s", self.lock_file, exc
                )

    def __enter__(self) -> SessionLock:
        return self

    def __exit__(self, *_exc_info: object) -> None:
        self.release()


def acquire_lock(path: Path, *, take_over: bool = False) -> SessionLock:
    """Lock ``path`` for this process.

    A stale lock is replaced silently; a live one raises :class:`LockedError` carrying its
    :class:`LockInfo`, unless ``take_over`` (the user chose to). A folder where no lock can
    be created raises :class:`LockUnavailableError` (the GUI may then open read-only).
    """
    path = Path(path)
    target = lock_path(path)
    mine = _this_process()
    existing: LockInfo | None = None
    for _attempt in range(5):
        try:
            _create(target, mine)
            return SessionLock(path, mine)
        except FileExistsError:
            existing = read_lock(path)
        except OSError as exc:
            raise LockUnavailableError(
                Message(
                    "session.lock.cannot_create_because", path=target, problem=exc.strerror or exc
                )
            ) from None
        if existing is None:
            continue  # released between our two calls: try again
        if not (take_over or existing.is_stale()):
            break
        try:
            unlink_file(target)
        except OSError as exc:
            raise LockUnavailableError(
                f"cannot remove the lock file {target}: {_os_reason(exc)}"
            ) from None
    if existing is None:
        raise LockUnavailableError(Message("session.lock.cannot_create", path=target))
    raise LockedError(existing.message(path.name), existing)
