"""The executive summary: the verdict in one sentence, the stage and what it means, and the
five priorities (the most severe active findings with their recommendations and the action
planned for each: owner, due date, effort)."""

from __future__ import annotations

from collections import Counter

from wizard.audit import labels
from wizard.audit.model import Severity
from wizard.report import layout
from wizard.report.context import ReportContext
from wizard.report.text import add_run
from wizard.scoring.findings import ReviewedFinding

PRIORITIES = 5


def verdict(ctx: ReportContext) -> str:
    overall = ctx.overall
    high = Counter(f.severity for f in ctx.findings)[Severity.HIGH]
    values = {
        "findings": ctx.count(len(ctx.findings)),
        "high": ctx.count(high),
        "accounts": ctx.count(ctx.stats.total),
    }
    if overall.score is None or overall.stage is None:
        return ctx.r("verdict_unscored", **values)
    organisation = ctx.audit.engagement.organisation.name or ctx.r("the_organisation")
    return ctx.r(
        "verdict",
        score=ctx.score(overall.score),
        org=organisation,
        stage=overall.stage.name.get(ctx.lang),
        **values,
    )


def build(ctx: ReportContext) -> None:
    layout.heading(ctx, ctx.r("h_summary"), 1)
    layout.heading(ctx, ctx.r("h_verdict"), 2)
    layout.body(ctx, verdict(ctx))
    layout.body(
        ctx, ctx.r("completeness_sentence", completeness=ctx.percent(ctx.overall.completeness))
    )
    stage = ctx.overall.stage
    if stage is not None:
        layout.heading(ctx, ctx.r("h_stage"), 2)
        name, description = stage.name.get(ctx.lang), stage.description.get(ctx.lang)
        layout.body(ctx, ctx.r("stage_sentence", stage=name, description=description))
    layout.heading(ctx, ctx.r("h_priorities"), 2)
    top = ctx.findings[:PRIORITIES]
    if not top:
        layout.body(ctx, ctx.r("no_priorities"))
        return
    layout.body(ctx, ctx.r("priorities_intro"))
    for finding in top:
        item = ctx.document.add_paragraph(style="List Number")
        add_run(item, finding.title(ctx.lang), bold=True)
        add_run(item, f" ({labels.label(finding.severity, ctx.lang)})")
        recommendation = finding.recommendation(ctx.lang)
        if recommendation:
            add_run(item, f"\n{recommendation}")
        add_run(item, f"\n{planned_action(ctx, finding)}")


def planned_action(ctx: ReportContext, finding: ReviewedFinding) -> str:
    """The first action answering ``finding``, with its owner, due date and effort."""
    keys = (finding.key, finding.key.removeprefix("own:"))
    action = next((a for a in ctx.audit.actions if a.finding in keys), None)
    if action is None:
        return ctx.r("priority_no_action")
    return ctx.r(
        "priority_action",
        action=action.title,
        owner=action.owner or "—",
        due=ctx.day(action.due) or "—",
        effort=labels.label(action.effort, ctx.lang),
    )
