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
    ``kind`` says what, in a user's words."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def kind_of(mode: int) -> str:
    """What a non-regular file is, in a user's words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not an ordinary file"


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
            raise NotRegularFileError(f"{Path(path).name} is {kind}, not a file", kind)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def refuse_unless_regular(path: Path | str) -> str | None:
    """None for a regular file (or one that does not exist: the caller says so); otherwise
    why it cannot be read, for one-line messages."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    return f"{Path(path).name} is {kind_of(mode)}, not a file"
