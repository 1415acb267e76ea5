"""Tell the desktop which audits were opened, so they appear in its own "Recent" lists.

Vigie keeps its own recent list (File → Open Recent). File managers and the desktop's
"Recent" place read another one: on Linux desktops the freedesktop bookmark file
``$XDG_DATA_HOME/recently-used.xbel`` (GNOME Files, KDE's Dolphin and the GTK/Qt file choosers
show it); on Windows the shell's recent documents. This module adds an audit to that list.

It never gets in the user's way: the desktop list is a convenience, so any failure (a file it
cannot read or parse, a read-only folder, an unknown platform) leaves everything as it was and
returns ``False``. A list it cannot parse is never rewritten, so another program's entries are
never lost; an update is written to a temporary file and swapped in atomically.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree

from defusedxml import ElementTree as SafeTree

MIME_TYPE = "application/vnd.vigie.audit+zip"
"""The session type declared by ``packaging/linux/vigie-mime.xml``."""

APP_NAME = "Vigie"
MAX_BYTES = 16 * 1024 * 1024
"""A bookmark file larger than this is left alone rather than read into memory."""

BOOKMARK_NS = "http://www.freedesktop.org/standards/desktop-bookmarks"
MIME_NS = "http://www.freedesktop.org/standards/shared-mime-info"

EMPTY_LIST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    f'<xbel version="1.0" xmlns:bookmark="{BOOKMARK_NS}" xmlns:mime="{MIME_NS}"></xbel>\n'
)


def record_recent(path: Path, *, now: datetime | None = None) -> bool:
    """Add ``path`` to the desktop's recent documents; ``True`` when the desktop list changed."""
    try:
        if sys.platform.startswith("win"):
            return _record_windows(Path(path))
        if sys.platform == "darwin":
            return False  # macOS keeps its recent documents through the application bundle
        return record_in_xbel(xbel_path(), Path(path), now or datetime.now(UTC))
    except (OSError, ValueError, ElementTree.ParseError):
        return False


def xbel_path() -> Path:
    """Where freedesktop desktops keep their recent documents."""
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "recently-used.xbel"


def record_in_xbel(xbel: Path, document: Path, when: datetime) -> bool:
    """Add or refresh ``document`` in the bookmark file ``xbel`` (created when missing)."""
    ElementTree.register_namespace("bookmark", BOOKMARK_NS)
    ElementTree.register_namespace("mime", MIME_NS)
    root = _read_list(xbel)
    if root is None or root.tag != "xbel":
        return False
    href = document.absolute().as_uri()
    stamp = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    bookmark = _find_bookmark(root, href) or _new_bookmark(root, href, stamp)
    bookmark.set("modified", stamp)
    bookmark.set("visited", stamp)
    _count_our_application(bookmark, stamp)
    _write_atomically(xbel, ElementTree.tostring(root, encoding="unicode"))
    return True


def _read_list(xbel: Path) -> ElementTree.Element | None:
    if not xbel.exists():
        xbel.parent.mkdir(parents=True, exist_ok=True)
        return SafeTree.fromstring(EMPTY_LIST)
    if not xbel.is_file() or xbel.stat().st_size > MAX_BYTES:
        return None
    return SafeTree.fromstring(xbel.read_bytes())


def _find_bookmark(root: ElementTree.Element, href: str) -> ElementTree.Element | None:
    return next((b for b in root.findall("bookmark") if b.get("href") == href), None)


def _new_bookmark(root: ElementTree.Element, href: str, stamp: str) -> ElementTree.Element:
    bookmark = ElementTree.SubElement(root, "bookmark", href=href, added=stamp)
    metadata = ElementTree.SubElement(
        ElementTree.SubElement(bookmark, "info"), "metadata", owner="http://freedesktop.org"
    )
    ElementTree.SubElement(metadata, f"{{{MIME_NS}}}mime-type", type=MIME_TYPE)
    ElementTree.SubElement(metadata, f"{{{BOOKMARK_NS}}}applications")
    return bookmark


def _count_our_application(bookmark: ElementTree.Element, stamp: str) -> None:
    applications = bookmark.find(f"info/metadata/{{{BOOKMARK_NS}}}applications")
    if applications is None:
        return
    ours = next(
        (a for a in applications if a.get("name") == APP_NAME),
        None,
    )
    if ours is None:
        ours = ElementTree.SubElement(
            applications, f"{{{BOOKMARK_NS}}}application", name=APP_NAME, exec="'vigie %u'"
        )
    ours.set("modified", stamp)
    ours.set("count", str(_count(ours.get("count")) + 1))


def _count(text: str | None) -> int:
    try:
        return max(0, int(text or "0"))
    except ValueError:
        return 0


def _write_atomically(target: Path, text: str) -> None:
    temporary = target.with_name(f".{target.name}.vigie-tmp")
    with open(temporary, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write(text)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, target)


def _record_windows(path: Path) -> bool:  # pragma: no cover - exercised on Windows only
    # lazy: ctypes.windll exists on Windows only
    import ctypes

    shard_pathw = 3
    shell32 = ctypes.windll.shell32  # type: ignore[attr-defined]  # windll: Windows only
    shell32.SHAddToRecentDocs(shard_pathw, str(path.absolute()))
    return True
