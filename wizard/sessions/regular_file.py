"""Open only regular files: a named pipe, a device or a socket given as a session, an import,
a map or a lock file made the commands hang (reading a FIFO waits for a writer forever).

The file is opened without blocking and checked with ``fstat`` on the open descriptor, so it
cannot be swapped between the check and the read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO


class NotRegularFileError(OSError):
    """The path names something that is not an ordinary file (pipe, device, socket…);
    ``kind`` says what, in a user's words (English), ``kind_id`` is that text's message id
    (``file.kind.*``, :mod:`wizard.messages.sessions`) for a message in the user's language."""

    def __init__(self, message: str, kind: str, kind_id: str = "file.kind.other") -> None:
        super().__init__(message)
        self.kind = kind
        self.kind_id = kind_id


_KIND_WORDS = {
    "file.kind.folder": "a folder",
    "file.kind.pipe": "a named pipe",
    "file.kind.socket": "a socket",
    "file.kind.device": "a device",
    "file.kind.other": "not an ordinary file",
}
"""English words of each kind (the command line's); the catalogue has them in both languages."""


def kind_id(mode: int) -> str:
    """The message id of what a non-regular file is (``file.kind.folder``…)."""
    if stat.S_ISDIR(mode):
        return "file.kind.folder"
    if stat.S_ISFIFO(mode):
        return "file.kind.pipe"
    if stat.S_ISSOCK(mode):
        return "file.kind.socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "file.kind.device"
    return "file.kind.other"


def kind_of(mode: int) -> str:
    """What a non-regular file is, in a user's words (English)."""
    return _KIND_WORDS[kind_id(mode)]


def open_regular(path: Path | str) -> BinaryIO:
    """``open(path, "rb")`` that refuses anything but a regular file, without hanging.

    Raises :class:`NotRegularFileError` (an :class:`OSError`) naming what it is instead.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = kind_of(mode)
            message = f"{Path(path).name} is {kind}, not a file"
            raise NotRegularFileError(message, kind, kind_id(mode))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def irregular_kind(path: Path | str) -> str | None:
    """None for a regular file (or one that does not exist: the caller says so); otherwise
    the message id of what it is (:func:`kind_id`)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    return None if stat.S_ISREG(mode) else kind_id(mode)


def refuse_unless_regular(path: Path | str) -> str | None:
    """None for a regular file (or one that does not exist: the caller says so); otherwise
    why it cannot be read, for one-line messages."""
    kind = irregular_kind(path)
    return None if kind is None else f"{Path(path).name} is {_KIND_WORDS[kind]}, not a file"
