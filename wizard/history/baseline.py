"""Start next year's audit from last year's: the "baseline" flow.

The new audit gets the old inventory and question bank, and every answer starts unassessed
with the old level kept as a hint (:attr:`wizard.audit.model.Answer.previous_level`); its
``engagement.baseline`` names the old file, which :func:`wizard.history.compare.compare_audits`
later sets beside it to show the progress.
"""

from __future__ import annotations

import os
from pathlib import Path, PureWindowsPath

from wizard.audit.model import Answer, Audit, Engagement, new_id, now
from wizard.bank.framework import Framework
from wizard.sessions.session import Session
from wizard.sessions.store import load_session


def counterparts(old: Audit, new: Audit, criterion_map: dict[str, str]) -> dict[str, str]:
    """New criterion id → old criterion id, through the map or by the same id."""
    old_ids = {c.id for c in old.framework.criteria()}
    new_ids = {c.id for c in new.framework.criteria()}
    found = {nid: nid for nid in new_ids & old_ids if nid not in criterion_map}
    for old_id, target in criterion_map.items():
        if old_id in old_ids and target in new_ids:
            found[target] = old_id
    return found


def _hints(old: Audit, new: Audit, criterion_map: dict[str, str]) -> dict[str, Answer]:
    """An unassessed answer carrying last year's level for every criterion that had one."""
    top = new.framework.max_level
    hints = {}
    for target, old_id in counterparts(old, new, criterion_map).items():
        level = old.answer(old_id).level
        if level is not None and level <= top:
            hints[target] = Answer(previous_level=level)
    return hints


def _fresh_engagement(old: Engagement, baseline: str) -> Engagement:
    """Same organisation, scope and team; dates cleared, since they belong to last year."""
    return old.model_copy(
        update={"start_date": None, "end_date": None, "report_date": None, "baseline": baseline},
        deep=True,
    )


def start_from_previous(
    old: Session,
    *,
    baseline_path: Path | str | None = None,
    framework: Framework | None = None,
    criterion_map: dict[str, str] | None = None,
) -> Session:
    """Next year's audit, opened from last year's session.

    Copies the inventory (account ids kept, so the rows can be traced back), the question
    bank (or ``framework``, with ``criterion_map`` for moved criteria), the engagement, the
    settings and the brand; every answer starts unassessed with the old level as
    ``previous_level``. The legal checklist, risks, findings and actions are not copied: they
    are this year's work, and last year's stay readable in the baseline. Evidence is kept only
    where the copied accounts still point to it. ``engagement.baseline`` records the old
    file's path.
    """
    audit = old.audit
    baseline = str(baseline_path or old.path or "")
    stamp = now()
    fresh = Audit(
        audit_id=new_id(),
        created=stamp,
        modified=stamp,
        app_version=audit.app_version,
        engagement=_fresh_engagement(audit.engagement, baseline),
        framework=(framework or audit.framework).model_copy(deep=True),
        accounts=[a.model_copy(deep=True) for a in audit.accounts],
        settings=audit.settings.model_copy(),
        brand=audit.brand.model_copy(),
    )
    fresh.answers = _hints(audit, fresh, criterion_map or {})
    kept = {digest for account in fresh.accounts for digest in account.evidence}
    fresh.evidence = [e.model_copy() for e in audit.evidence if e.sha256 in kept]
    blobs = {digest: data for digest, data in old.blobs.items() if digest in kept}
    return Session(audit=fresh, blobs=blobs, path=None)


def _portable(text: str) -> str:
    """A relative path written on Windows (``..\\2025\\audit.vigie``) read on macOS or
    Linux: backslashes are separators there, never part of a name Vigie would suggest."""
    windows = PureWindowsPath(text)
    if os.sep == "/" and "\\" in text and not windows.drive and not windows.root:
        return windows.as_posix()
    return text


def baseline_file(session: Session) -> Path | None:
    """Where the baseline file should be: ``engagement.baseline``, read relative to the
    session's own folder when it is not absolute (so a folder of audits can be moved)."""
    text = session.audit.engagement.baseline.strip()
    if not text:
        return None
    path = Path(_portable(text)).expanduser()
    if not path.is_absolute() and session.path is not None:
        path = Path(session.path).parent / path
    return path


def load_baseline(session: Session) -> Audit | None:
    """The baseline audit, or None when the engagement names none.

    Raises :class:`wizard.sessions.errors.SessionError` (with a one-line ``reason``) when the
    file is missing or unreadable: the summary and the workbook then say so and carry on.
    """
    path = baseline_file(session)
    return None if path is None else load_session(path).session.audit
