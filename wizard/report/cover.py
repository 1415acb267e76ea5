"""The cover page and the table of contents.

The cover says who, what, when and how confidential; people appear by role unless names are
included (:meth:`ReportContext.person`). The table of contents is a real ``TOC`` field over
Heading 1–3; until Word updates it (it asks on opening) it lists the headings without page
numbers, so the document reads right even where fields are never updated.
"""

from __future__ import annotations

from docx.shared import Pt

from wizard.audit import labels
from wizard.report import fields, layout
from wizard.report.context import ReportContext
from wizard.report.text import add_run, labelled, paragraph


def _period(ctx: ReportContext) -> str:
    engagement = ctx.audit.engagement
    start, end = engagement.start_date, engagement.end_date
    if start and end:
        return f"{ctx.day(start)} {ctx.t('to')} {ctx.day(end)}"
    return ctx.day(start or end)


def build(ctx: ReportContext) -> None:
    document, engagement = ctx.document, ctx.audit.engagement
    for _ in range(4):
        document.add_paragraph()
    paragraph(document, ctx.r("cover_kicker").upper(), "Subtitle")
    title = document.add_paragraph(style="Title")
    add_run(title, ctx.t("report"))
    organisation = paragraph(document, engagement.organisation.name, "Subtitle")
    if organisation.runs:
        organisation.runs[0].font.size = Pt(18)
    if engagement.title:
        paragraph(document, engagement.title, bold=True)
    document.add_paragraph()
    auditors = ", ".join(p for p in (ctx.person(a) for a in engagement.auditors) if p)
    rows = [
        ("period", _period(ctx)),
        ("report_date", ctx.day(engagement.report_date)),
        ("auditors", auditors),
        ("client_contact", ctx.person(engagement.client_contact)),
        ("framework", ctx.audit.framework.title.get(ctx.lang)),
        ("confidentiality", labels.label(engagement.confidentiality, ctx.lang)),
    ]
    for key, value in rows:
        if value:
            labelled(document, ctx.t(key), value, ctx.lang)
    document.add_paragraph()
    notice = f"confidential_notice_{engagement.confidentiality.value}"
    paragraph(document, ctx.r(notice), italic=True)
    generated = ctx.day(ctx.exported_at.date())
    paragraph(document, f"{ctx.t('generated')} {generated} — Vigie", italic=True)


def contents(ctx: ReportContext, headings: list[tuple[int, str, str]]) -> None:
    """The TOC on its own page: a ``TOC`` field whose shown result already lists the
    headings (level 1 and 2) with links and ``PAGEREF`` page numbers, as Word writes it."""
    document = ctx.document
    layout.page_break(ctx)
    paragraph(document, ctx.t("contents"), "TOC Heading")
    entries = [entry for entry in headings if entry[0] <= 2]
    first = document.add_paragraph(style="toc 1")
    fields.begin_toc(first)
    last = first
    for index, (level, text, bookmark) in enumerate(entries):
        last = first if index == 0 else document.add_paragraph(style=f"toc {level}")
        fields.toc_entry(last, text, bookmark)
    fields.end_toc(last)
