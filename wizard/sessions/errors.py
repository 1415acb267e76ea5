"""What can go wrong when a session file is opened, saved or locked.

Every error carries ``reason``: one line the GUI can show as is, naming the file and what is
wrong, never a traceback. The subclasses let the GUI choose the right dialog (offer the
backup for a damaged file, "update Vigie" for a newer one, a conflict dialog…). The lock's
own errors (:class:`~wizard.sessions.locking.LockedError`, ``LockUnavailableError``) live
with the lock, which says who holds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wizard.messages import Message

if TYPE_CHECKING:
    from pydantic import ValidationError

MAX_PROBLEMS = 50
"""A broken file can produce thousands of errors; the user needs the first few."""


class SessionError(Exception):
    """Base of every session-file error; ``reason`` is one user-facing line."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class DamagedFileError(SessionError):
    """The file is a Vigie session but cannot be read: truncated, empty, bad checksum…"""


class ForeignFileError(SessionError):
    """The file is not a Vigie session at all (another zip, a PDF, random bytes…)."""


class NewerVersionError(SessionError):
    """Written by a newer Vigie: opening it here could lose data, so it is refused."""

    def __init__(self, reason: str, version: int) -> None:
        super().__init__(reason)
        self.version = version


class TooLargeError(SessionError):
    """Over a size, count or compression limit: refused before anything is decompressed."""


class InvalidContentError(SessionError):
    """The audit inside does not pass validation; ``problems`` names each field path."""

    def __init__(self, reason: str, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(reason)

    def __str__(self) -> str:
        return "\n".join([self.reason, *(f"  {p}" for p in self.problems)])


class SaveError(SessionError):
    """Saving failed; the previous file and its backup are untouched."""


class ConflictError(SessionError):
    """The file on disk changed since it was opened; saving would overwrite someone's work."""


def location(loc: tuple[int | str, ...]) -> str:
    """``('accounts', 3, 'notes')`` → ``accounts[3].notes``, the way users read paths."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or Message("session.top_level")


def validation_problems(error: ValidationError) -> list[str]:
    """One line per pydantic error, ``path: message``, capped at :data:`MAX_PROBLEMS`."""
    lines = []
    errors = error.errors(include_url=False, include_input=False)
    for err in errors[:MAX_PROBLEMS]:
        message = err["msg"]
        for prefix in ("Value error, ", "Assertion failed, "):
            message = message.removeprefix(prefix)
        lines.append(f"{location(err['loc'])}: {message}")
    if len(errors) > MAX_PROBLEMS:
        lines.append(Message("session.problems_more", count=len(errors) - MAX_PROBLEMS))
    return lines
