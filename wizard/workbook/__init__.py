"""The audit workbook: one ``.xlsx`` the consultant hands the client.

:func:`export_workbook` builds the nine sheets (one module each), the hidden list sheet and
the very hidden ``_vigie`` sheet, then writes the file atomically (:mod:`.writer`). Every
piece of user text reaches a cell through :func:`wizard.workbook.cells.write_text`.
openpyxl is imported only here, when exporting, so the app starts fast.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from wizard.audit.model import Audit
from wizard.history.baseline import load_baseline
from wizard.sessions.errors import SessionError
from wizard.sessions.gc_pause import gc_paused
from wizard.sessions.session import Session
from wizard.workbook.encryption import Password
from wizard.workbook.errors import CancelFn, ExportCancelled, ExportError, ProgressFn

__all__ = ["ExportCancelled", "ExportError", "build_workbook", "export_workbook"]

LANGS = ("fr", "en")


def _audit_of(source: Session | Audit) -> Audit:
    return source.audit if isinstance(source, Session) else source


def build_workbook(
    audit: Audit,
    lang: str,
    include_names: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    exported_at: datetime | None = None,
    baseline: Audit | None = None,
    in_memory: bool = False,
):  # -> openpyxl Workbook (not annotated: openpyxl is imported lazily)
    """The workbook in memory (not saved); raises :class:`ExportCancelled` if cancelled.

    With ``baseline`` (last year's audit) a Progress sheet follows the Summary. With
    ``in_memory`` no sheet streams its rows to a temporary file (for an encrypted export)."""
    # lazy: openpyxl loads only when a workbook is written, not with wizard.workbook.strings
    from openpyxl import Workbook

    # lazy: openpyxl loads only when a workbook is written, not with wizard.workbook.strings
    from wizard.workbook import (
        about,
        action_plan,
        assessment,
        cover,
        evidence,
        inventory,
        legal,
        lists,
        meta,
        risks,
        strings,
        styles,
        summary,
    )
    from wizard.workbook import progress as progress_sheet
    from wizard.workbook.context import ExportContext

    workbook = Workbook(write_only=True)
    styles.register(workbook)
    ctx = ExportContext(
        audit=audit,
        lang=lang,
        include_names=include_names,
        exported_at=(exported_at or datetime.now(UTC)).replace(microsecond=0),
        workbook=workbook,
        progress=progress,
        cancel=cancel,
        baseline=baseline,
        in_memory=in_memory,
    )
    ctx.total_steps = 13 + (baseline is not None) + inventory.steps(ctx)
    try:
        ctx.step(0)
        cover.build(ctx)
        pick_lists = lists.build_lists(ctx)
        assessment.build(ctx, pick_lists)
        summary.build(ctx)
        progress_sheet.build(ctx)
        inventory.build(ctx, pick_lists)
        legal.build(ctx, pick_lists)
        risks.build(ctx, pick_lists)
        action_plan.build(ctx, pick_lists)
        evidence.build(ctx)
        about.build(ctx)
        meta.build(ctx)
    except BaseException:
        discard(workbook)
        raise
    shown = strings.sheet_names(lang, progress=baseline is not None)
    _order_sheets(workbook, [*shown, strings.LISTS_SHEET, strings.META_SHEET])
    _properties(ctx)
    return workbook


def discard(workbook) -> None:
    """Close and delete the temp files of an abandoned write-only workbook (cancelled or
    failed), so nothing is left on disk and no half-open writer complains later."""
    # lazy: openpyxl loads only when a workbook is written, not with wizard.workbook.strings
    from wizard.workbook import openpyxl_internals

    openpyxl_internals.discard(workbook)


def _order_sheets(workbook, order: list[str]) -> None:
    """Sheets are built in dependency order (the summary needs the assessment's ranges)
    and shown in reading order. ``move_sheet`` does not accept write-only sheets."""
    # lazy: openpyxl loads only when a workbook is written, not with wizard.workbook.strings
    from wizard.workbook import openpyxl_internals

    openpyxl_internals.order_sheets(workbook, order)


def _properties(ctx) -> None:
    """Document properties: made by Vigie, no personal name anywhere."""
    props = ctx.workbook.properties
    props.creator = "Vigie"
    props.lastModifiedBy = "Vigie"
    props.title = ctx.t("report")
    props.subject = ctx.audit.engagement.organisation.name[:255] or None
    props.created = props.modified = ctx.exported_at.replace(tzinfo=None)
    props.keywords = None
    props.description = None
    ctx.workbook.calculation.fullCalcOnLoad = True


def _baseline_of(source: Session | Audit) -> Audit | None:
    """The baseline a session names, when it loads; an audit alone cannot resolve a relative
    path, and an unreadable baseline only means no Progress sheet (the summary says why)."""
    if not isinstance(source, Session):
        return None

    try:
        return load_baseline(source)
    except SessionError:
        return None


def export_workbook(
    source: Session | Audit,
    path: str | Path,
    lang: str | None = None,
    include_names: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    password: Password | None = None,
) -> Path:
    """Build the workbook and write it atomically to ``path``; return the path.

    With ``password`` the file is encrypted (:mod:`wizard.workbook.encryption`) and no
    unencrypted byte of it is written anywhere on disk.

    ``lang`` defaults to the engagement's deliverable language. Given a session (with its
    path, to resolve a relative baseline path), a loadable baseline adds the Progress sheet.
    Raises :class:`ExportError` (target locked, folder not writable, disk full…) with a
    message for the user, or :class:`ExportCancelled`; in both cases no file is left
    half-written.
    """
    # The cyclic collector waits until the file is written: each of its full passes walked
    # the whole open audit again (~150,000 objects for 10,000 accounts) and found no cycle
    # worth the time (a tenth of the export); reference counting frees everything as usual.
    with gc_paused():
        return _export(source, Path(path), lang, include_names, progress, cancel, password)


def _export(
    source: Session | Audit,
    target: Path,
    lang: str | None,
    include_names: bool,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
    password: Password | None,
) -> Path:
    # lazy: openpyxl loads only when a workbook is written, not with wizard.workbook.strings
    from wizard.workbook.writer import check_target, save_atomic

    audit = _audit_of(source)
    lang = lang or audit.engagement.language
    if lang not in LANGS:
        raise ExportError(f"unknown language {lang!r}: choose fr or en")
    check_target(target)
    baseline = _baseline_of(source)
    workbook = build_workbook(
        audit,
        lang,
        include_names,
        progress,
        cancel,
        baseline=baseline,
        in_memory=password is not None,
    )
    if cancel is not None and cancel():
        discard(workbook)
        raise ExportCancelled
    try:
        save_atomic(workbook, target, password)
    except BaseException:
        discard(workbook)
        raise
    if progress is not None:
        progress(1, 1)
    return target
