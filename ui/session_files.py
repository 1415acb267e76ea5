"""What the session controller asks of files: is it the same file, its fingerprint now, and a
name to suggest when an audit is first saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.document import AuditDocument
from wizard.sessions import store

translate = QCoreApplication.translate


def same_file(one: Path, other: Path) -> bool:
    """True when both paths name one file (resolved when possible)."""
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return one.absolute() == other.absolute()


def fingerprint(path: Path) -> Any:
    """The file's fingerprint as it is now, or None when it cannot be read."""
    try:
        return store.file_fingerprint(path)
    except (OSError, store.SessionError):
        return None


def suggested_name(doc: AuditDocument) -> str:
    """A file name for Save As: the organisation's name with only safe characters."""
    name = doc.audit.engagement.organisation.name.strip() or translate("Session", "audit")
    safe = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in name).strip()
    return f"{safe or 'audit'}.vigie"
