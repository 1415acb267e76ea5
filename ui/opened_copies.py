"""Copies of attachments handed to the system's viewer, and their removal when Vigie quits.

An attachment lives inside the session file; to open it with the system's viewer it must be
a file of its own. Each copy goes to a private temporary folder (readable by this user only),
is made read-only (an edit in the viewer would be lost: the viewer says the file cannot be
changed instead), and every folder made this way is removed when the program ends, so
evidence such as screenshots of an organisation's accounts does not stay in the temporary
folder. A viewer still holding a copy open may keep it from being removed (Windows): that
copy stays, nothing else fails.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import stat
import tempfile
from pathlib import Path

_folders: list[Path] = []


def write_copy(filename: str, data: bytes) -> Path:
    """A read-only copy of an attachment, under its own name, in a new private folder."""
    folder = Path(tempfile.mkdtemp(prefix="vigie-evidence-"))
    _folders.append(folder)
    path = folder / Path(filename).name
    path.write_bytes(data)
    path.chmod(stat.S_IRUSR)
    return path


def remove_all() -> None:
    """Remove every folder :func:`write_copy` made (called when the program ends)."""
    while _folders:
        folder = _folders.pop()
        for copy in folder.iterdir() if folder.is_dir() else ():
            with contextlib.suppress(OSError):  # removal below says nothing either
                copy.chmod(stat.S_IRUSR | stat.S_IWUSR)
        shutil.rmtree(folder, ignore_errors=True)


def pending() -> list[Path]:
    """The folders not removed yet."""
    return [folder for folder in _folders if os.path.isdir(folder)]


atexit.register(remove_all)
