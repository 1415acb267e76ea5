"""Appendices: the criteria answered N/A with their justification, and the evidence log
(every attachment, what cites it, its date and SHA-256 so the client can check a file)."""

from __future__ import annotations

from wizard.report import layout
from wizard.report.context import ReportContext
from wizard.workbook.evidence import _users as evidence_users


def _not_applicable(ctx: ReportContext) -> None:
    audit, lang = ctx.audit, ctx.lang
    layout.heading(ctx, ctx.r("h_na"), 2)
    rows = [
        [criterion.id, criterion.text.get(lang), audit.answers[criterion.id].justification]
        for criterion in audit.framework.criteria()
        if criterion.id in audit.answers and audit.answers[criterion.id].not_applicable
    ]
    if not rows:
        layout.body(ctx, ctx.r("no_na"))
        return
    layout.table(
        ctx,
        [ctx.t("criterion"), ctx.t("title"), ctx.t("justification")],
        rows,
        [2.2, 6.6, 7.8],
        title=ctx.r("na_caption"),
    )


def _evidence(ctx: ReportContext) -> None:
    layout.heading(ctx, ctx.r("h_evidence"), 2)
    items = ctx.audit.evidence
    if not items:
        layout.body(ctx, ctx.r("no_evidence"))
        return
    users = evidence_users(ctx)
    rows = [
        [
            item.filename,
            item.description,
            "\n".join(users.get(item.sha256, [])),
            ctx.day(item.captured),
            ctx.day(item.added.date()),
            item.sha256,
        ]
        for item in items
    ]
    layout.table(
        ctx,
        [
            ctx.t("file_name"),
            ctx.t("description"),
            ctx.t("linked_to"),
            ctx.t("captured"),
            ctx.t("added"),
            ctx.t("sha256"),
        ],
        rows,
        [3.0, 3.0, 2.8, 2.0, 2.0, 3.8],
        title=ctx.r("evidence_caption"),
    )


def build(ctx: ReportContext) -> None:
    layout.heading(ctx, ctx.r("h_appendices"), 1)
    _not_applicable(ctx)
    _evidence(ctx)
