"""The written report: an editable Word document (``.docx``) generated from the audit.

Consultants hand over the workbook *and* a report; this writes the report's first draft from
what the audit holds, with real Word structure (heading styles, a TOC field, table styles,
numbered captions, page numbers) so it is edited in Word or LibreOffice Writer like any
document. One module per part: :mod:`.cover` (and the contents), :mod:`.summary`,
:mod:`.method`, :mod:`.results` (with the :mod:`.chart` image), :mod:`.inventory`,
:mod:`.findings`, :mod:`.action_plan`, :mod:`.legal_risks`, :mod:`.appendices`.

Figures and words are the workbook's: the context is the workbook's
(:class:`~wizard.report.context.ReportContext`), labels come from :mod:`wizard.audit.labels` and
:mod:`wizard.workbook.strings`. Personal names appear only with ``include_names``.
python-docx is imported only when a report is written.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from wizard.audit import labels
from wizard.audit.model import Audit
from wizard.sessions.session import Session
from wizard.workbook.errors import CancelFn, ExportCancelled, ExportError, ProgressFn

__all__ = ["ExportCancelled", "ExportError", "build_report", "export_report"]

LANGS = ("fr", "en")
PARTS = 9


def build_report(
    audit: Audit,
    lang: str,
    include_names: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    generated_at: datetime | None = None,
):  # -> docx Document (python-docx is imported lazily)
    """The report in memory; raises :class:`ExportCancelled` if cancelled between parts."""
    # lazy: python-docx loads only when a report is written, not with the package
    from wizard.report import (
        action_plan,
        appendices,
        cover,
        findings,
        inventory,
        layout,
        legal_risks,
        method,
        results,
        summary,
    )
    from wizard.report.context import ReportContext

    ctx = ReportContext(
        audit=audit,
        lang=lang,
        include_names=include_names,
        exported_at=(generated_at or datetime.now(UTC)).replace(microsecond=0),
        # the report adds no sheet, so ExportContext.new_sheet never reaches the workbook
        workbook=None,  # type: ignore[arg-type]
        progress=progress,
        cancel=cancel,
        total_steps=PARTS + 1,
    )
    ctx.document = document = layout.new_document(ctx)
    ctx.step(0)
    cover.build(ctx)
    anchor = document.paragraphs[-1]._p
    for part in (
        summary,
        method,
        results,
        inventory,
        findings,
        action_plan,
        legal_risks,
        appendices,
    ):
        part.build(ctx)
        ctx.step()
    _contents_after(ctx, anchor, cover)
    engagement = audit.engagement
    confidentiality = labels.label(engagement.confidentiality, lang)
    layout.headers_and_footers(ctx, engagement.organisation.name, confidentiality)
    _properties(ctx)
    ctx.step()
    return document


def _contents_after(ctx, anchor, cover) -> None:
    """Write the table of contents (now that every heading is known) and move it right
    after the cover."""
    body = ctx.document.element.body
    before = len(body)
    cover.contents(ctx, ctx.refs.get("headings", []))
    added = list(body)[before - 1 : len(body) - 1]  # the new elements, before the sectPr
    for element in reversed(added):
        anchor.addnext(element)


def _properties(ctx) -> None:
    """Document properties: made by Vigie, no personal name anywhere."""
    props = ctx.document.core_properties
    props.author = "Vigie"
    props.last_modified_by = "Vigie"
    props.title = ctx.t("report")
    props.subject = ctx.audit.engagement.organisation.name[:255]
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.language = ctx.lang
    stamp = ctx.exported_at.replace(tzinfo=None)
    props.created = props.modified = stamp
    props.revision = 1
    package = ctx.document.part.package
    for key, relation in list(package.rels.items()):
        if relation.reltype.endswith("/thumbnail"):  # the template's blank page preview
            package.rels.pop(key)


def export_report(
    source: Session | Audit,
    path: str | Path,
    lang: str | None = None,
    include_names: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    pdf: str | Path | None = None,
) -> Path:
    """Build the report and write it atomically to ``path``; return the path.

    ``lang`` defaults to the engagement's language. With ``pdf``, LibreOffice also converts
    it to that PDF (after the ``.docx`` is written, so a missing LibreOffice costs only the
    PDF). Raises :class:`ExportError` with a message for the user, or
    :class:`ExportCancelled`; no file is left half-written.
    """
    # lazy: python-docx loads only when a report is written, not with the package
    from wizard.report.writer import check_target, save_atomic

    audit = source.audit if isinstance(source, Session) else source
    lang = lang or audit.engagement.language
    if lang not in LANGS:
        raise ExportError(f"unknown language {lang!r}: choose fr or en")
    target = Path(path)
    check_target(target)
    pdf_target = Path(pdf) if pdf is not None else None
    if pdf_target is not None:
        check_target(pdf_target, ".pdf")
    document = build_report(audit, lang, include_names, progress, cancel)
    if cancel is not None and cancel():
        raise ExportCancelled
    save_atomic(document, target)
    if pdf_target is not None:
        # lazy: python-docx loads only when a report is written, not with the package
        from wizard.report.pdf import write_pdf

        write_pdf(document, pdf_target)
    if progress is not None:
        progress(1, 1)
    return target
