"""What the ``vigie`` commands print goes through here, so no input can break the terminal.

File names, lock fields and cells come from other people: a name that is not valid UTF-8
(``surrogateescape`` characters in ``sys.argv``) used to make ``print`` fail after a save,
and escape sequences (ESC, C1 controls) reached the terminal raw. Both are shown escaped
(``\\xe9``, ``\\x1b``). A reader that stops reading (``vigie … | head``) no longer turns into
an internal error: the rest of the output is dropped and the command finishes its work, so
its exit code still says what happened.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator
from typing import TextIO

_KEEP = {"\t", "\n"}


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in [*range(0x20), 0x7F, *range(0x80, 0xA0)]:
        if chr(code) not in _KEEP:
            table[code] = f"\\x{code:02x}"
    for code in range(0xD800, 0xE000):  # lone surrogates; U+DC80–U+DCFF are undecodable bytes
        table[code] = f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"
    for code in (0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069):
        table[code] = f"\\u{code:04x}"  # bidirectional overrides that reorder what is shown
    return table


_ESCAPES = _table()


def printable(text: str) -> str:
    """``text`` with terminal controls and undecodable bytes escaped; tabs and newlines kept."""
    return text.translate(_ESCAPES)


def one_line(text: str) -> str:
    """Like :func:`printable`, newlines escaped too: for a name inside a one-line message."""
    return printable(text).replace("\n", "\\n")


class SafeStream(io.TextIOBase):
    """A text stream that escapes what it is given and survives a closed reader."""

    def __init__(self, target: TextIO) -> None:
        self.target = target
        self.closed_by_reader = False

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not self.closed_by_reader:
            try:
                self.target.write(printable(text))
            except BrokenPipeError:
                self._reader_gone()
        return len(text)

    def flush(self) -> None:
        if not self.closed_by_reader:
            try:
                self.target.flush()
            except BrokenPipeError:
                self._reader_gone()

    def _reader_gone(self) -> None:
        """Send what is still buffered, and anything later, to the null device."""
        self.closed_by_reader = True
        with contextlib.suppress(OSError, ValueError, AttributeError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self.target.fileno())
            os.close(devnull)

    @property
    def encoding(self) -> str:  # type: ignore[override]  # read-only here, as on a real stream
        return getattr(self.target, "encoding", "utf-8")

    def isatty(self) -> bool:
        return bool(getattr(self.target, "isatty", lambda: False)())


@contextlib.contextmanager
def safe_output() -> Iterator[None]:
    """Route ``sys.stdout`` and ``sys.stderr`` through :class:`SafeStream` for a command."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(saved[0]), SafeStream(saved[1])
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
        with contextlib.suppress(Exception):
            sys.stderr.flush()
        sys.stdout, sys.stderr = saved
