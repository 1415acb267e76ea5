"""The cover page and the table of contents.

The cover says who, what, when and how confidential, under the consultant's logo, firm and
contact line when the audit has a brand; people appear by role unless names are
included (:meth:`ReportContext.person`). The table of contents is a real ``TOC`` field over
Heading 1–3; until Word updates it (it asks on opening) it lists the headings without page
numbers, so the document reads right even where fields are never updated.
"""

from __future__ import annotations

from io import BytesIO

from docx.shared import Emu, Pt

from wizard.audit import labels
from wizard.brand.image import fit
from wizard.report import fields, layout
from wizard.report.context import ReportContext
from wizard.report.text import add_run, labelled, paragraph

LOGO_BOX_PX = (240, 80)
"""The logo's largest size on the cover, in pixels at 96 dpi (width, height)."""
EMU_PER_PX = 9525


def _period(ctx: ReportContext) -> str:
    engagement = ctx.audit.engagement
    start, end = engagement.start_date, engagement.end_date
    if start and end:
        return f"{ctx.day(start)} {ctx.t('to')} {ctx.day(end)}"
    return ctx.day(start or end)


def _brand(ctx: ReportContext) -> int:
    """The consultant's logo and firm at the top of the cover; the lines it took."""
    brand = ctx.audit.brand
    used = 0
    if brand.logo is not None:
        width, height = fit(brand.logo.width, brand.logo.height, *LOGO_BOX_PX)
        para = ctx.document.add_paragraph()
        para.add_run().add_picture(BytesIO(brand.logo.image_bytes()), width=Emu(width * EMU_PER_PX))
        used += 1 + height // 40
    if brand.firm:
        paragraph(ctx.document, brand.firm, bold=True)
        used += 1
    if brand.contact:
        paragraph(ctx.document, brand.contact)
        used += 1
    return used


def build(ctx: ReportContext) -> None:
    document, engagement = ctx.document, ctx.audit.engagement
    for _ in range(max(4 - _brand(ctx), 1)):
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
    if ctx.audit.brand.confidentiality_line:
        paragraph(document, ctx.audit.brand.confidentiality_line, bold=True)
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
