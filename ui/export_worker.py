"""The workbook and report exports as long work: a snapshot of the session, the call to the
core, and the one line the user reads when the file was not written.

Writing a large workbook takes seconds; :class:`ui.long_work.Runner` runs it on a worker
thread with progress and cancel. The worker exports a deep copy of the session taken on the
GUI thread, so edits made while it runs cannot race with it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ui.long_work import Cancel, Progress, Work, failure_text
from wizard import workbook
from wizard.sessions.session import Session
from wizard.workbook.encryption import Password
from wizard.workbook.errors import ExportError


def snapshot(session: Session) -> Session:
    """A copy the worker owns: the audit deep-copied, the evidence bytes shared (immutable),
    the path kept so a baseline named relative to the session's folder is found."""
    return Session(
        audit=session.audit.model_copy(deep=True), blobs=dict(session.blobs), path=session.path
    )


def workbook_work(
    session: Session,
    path: Path,
    lang: str,
    include_names: bool,
    password: Password | None = None,
) -> Work:
    """Write the workbook of ``session`` (a snapshot) to ``path``, encrypted with ``password``
    when one is given (it lives only as long as this work); the result is the path."""
    protection = {} if password is None else {"password": password}

    def work(progress: Progress, cancel: Cancel) -> Path:
        workbook.export_workbook(
            session,
            path,
            lang=lang,
            include_names=include_names,
            progress=progress,
            cancel=cancel,
            **protection,
        )
        protection.clear()  # used once, not kept
        return path

    return work


def export_failure(path: Path) -> Callable[[BaseException], str]:
    """What the user reads when the export to ``path`` failed."""

    def explain(exc: BaseException) -> str:
        if isinstance(exc, ExportError):
            return str(exc)
        if isinstance(exc, OSError):
            return f"{path}: {exc.strerror or exc}"
        return failure_text(exc)

    return explain
