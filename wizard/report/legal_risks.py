"""Legal checklist and risk register summaries: the checklist's answers counted by status
then listed, and the risks from the highest rating down (rating = likelihood × impact)."""

from __future__ import annotations

from collections import Counter

from wizard.audit import labels
from wizard.audit.model import Check
from wizard.report import layout
from wizard.report.context import ReportContext


def _legal(ctx: ReportContext) -> None:
    audit, lang = ctx.audit, ctx.lang
    items = audit.framework.legal
    layout.heading(ctx, ctx.t("legal_checklist"), 2)
    if not items:
        return
    statuses = [audit.legal[i.id].status if i.id in audit.legal else Check.UNKNOWN for i in items]
    counts = Counter(statuses)
    summary = ", ".join(
        f"{labels.label(check, lang)} {ctx.count(counts[check])}"
        for check in Check
        if counts[check]
    )
    layout.body(ctx, ctx.r("legal_summary", total=ctx.count(len(items)), counts=summary))
    rows = []
    for item, status in zip(items, statuses, strict=True):
        answer = audit.legal.get(item.id)
        rows.append(
            [item.title.get(lang), labels.label(status, lang), answer.notes if answer else ""]
        )
    layout.table(
        ctx,
        [ctx.t("item"), ctx.t("status"), ctx.t("notes")],
        rows,
        [6.0, 2.4, 8.2],
        title=ctx.t("legal_checklist"),
    )


def _risks(ctx: ReportContext) -> None:
    lang = ctx.lang
    layout.heading(ctx, ctx.t("risk_register"), 2)
    risks = sorted(ctx.audit.risks, key=lambda k: -k.rating)
    if not risks:
        layout.body(ctx, ctx.r("no_risks"))
        return
    layout.body(ctx, ctx.r("risks_summary", count=ctx.count(len(risks))))
    rows = [
        [
            risk.title,
            f"{risk.rating} ({risk.likelihood} × {risk.impact})",
            labels.label(risk.status, lang),
            risk.owner,
            risk.mitigation,
        ]
        for risk in risks
    ]
    layout.table(
        ctx,
        [
            ctx.t("risk"),
            ctx.t("rating"),
            ctx.t("status"),
            ctx.t("owner"),
            ctx.t("mitigation"),
        ],
        rows,
        [4.0, 2.0, 1.8, 3.2, 5.6],
        title=ctx.t("risk_register"),
    )


def build(ctx: ReportContext) -> None:
    layout.heading(ctx, ctx.r("h_legal_risks"), 1)
    _legal(ctx)
    _risks(ctx)
