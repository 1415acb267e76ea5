"""The saved pages under a folder, walked without following links and within bounds.

A folder of saved pages may be a whole site mirror: thousands of files, deep trees, and
symbolic links (a loop is one ``ln -s .. up`` away). The walk never follows a link to a
folder (it says so), stops below :data:`~wizard.discovery.limits.MAX_DEPTH` levels and after
:data:`~wizard.discovery.limits.MAX_ENTRIES` entries, and goes in name order so two runs
read the same pages. The ``NAME_files`` folder a browser writes beside ``NAME.html`` ("Web
page, complete") holds the page's scripts, styles and third-party frames (share widgets,
embedded timelines), not the organisation's pages: it is skipped.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from wizard.discovery.limits import MAX_DEPTH, MAX_ENTRIES, PAGE_SUFFIXES
from wizard.messages import Message

Warn = Callable[[str], None]


def _is_page(name: str) -> bool:
    return name.lower().endswith(PAGE_SUFFIXES)


def _resource_folders(names: list[str]) -> set[str]:
    """The ``NAME_files`` folders beside saved ``NAME.html`` pages."""
    stems = {os.path.splitext(n)[0] for n in names if _is_page(n)}
    return {f"{stem}_files" for stem in stems}


def saved_pages(root: Path, warn: Warn) -> Iterator[Path]:
    """Every saved page under ``root``, in name order, depth first."""
    seen = 0
    depth_warned = False
    stack: list[tuple[Path, int]] = [(root, 0)]
    while stack:
        folder, depth = stack.pop()
        try:
            with os.scandir(folder) as found:
                entries = sorted(found, key=lambda e: e.name)
        except OSError as exc:
            warn(Message("discover.warn.unreadable", page=str(folder), problem=exc.strerror or exc))
            continue
        skip = _resource_folders([e.name for e in entries])
        subfolders: list[Path] = []
        for entry in entries:
            seen += 1
            if seen > MAX_ENTRIES:
                warn(Message("discover.warn.entries", folder=str(root), limit=MAX_ENTRIES))
                return
            if entry.is_symlink() and _points_to_folder(entry.path):
                warn(Message("discover.warn.symlink", path=entry.path))
                continue
            if entry.is_dir(follow_symlinks=False):
                if entry.name in skip:
                    continue
                if depth + 1 > MAX_DEPTH:
                    if not depth_warned:
                        warn(Message("discover.warn.depth", folder=str(root), limit=MAX_DEPTH))
                        depth_warned = True
                    continue
                subfolders.append(Path(entry.path))
            elif _is_page(entry.name):
                yield Path(entry.path)
        stack.extend((sub, depth + 1) for sub in reversed(subfolders))


def _points_to_folder(path: str) -> bool:
    try:
        return os.path.isdir(path)
    except OSError:
        return False
