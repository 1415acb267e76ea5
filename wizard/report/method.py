"""Method: the framework (CEFRIO 2012 in the default bank), its scale and stages, what was
reviewed, and how the scores are computed (the workbook's own explanation)."""

from __future__ import annotations

from wizard.report import layout
from wizard.report.context import ReportContext


def _reviewed(ctx: ReportContext) -> str:
    audit, overall = ctx.audit, ctx.overall
    assessed = sum(s.assessed for s in overall.sections)
    na = sum(s.not_applicable for s in overall.sections)
    answered_legal = sum(1 for item in audit.framework.legal if item.id in audit.legal)
    return ctx.r(
        "reviewed_sentence",
        accounts=ctx.count(ctx.stats.total),
        platforms=ctx.count(len(ctx.stats.by_platform)),
        assessed=ctx.count(assessed),
        na=ctx.count(na),
        criteria=ctx.count(sum(s.total for s in overall.sections)),
        legal=ctx.count(answered_legal),
        legal_total=ctx.count(len(audit.framework.legal)),
        risks=ctx.count(len(audit.risks)),
        evidence=ctx.count(len(audit.evidence)),
    )


def build(ctx: ReportContext) -> None:
    framework, lang = ctx.audit.framework, ctx.lang
    engagement = ctx.audit.engagement
    layout.heading(ctx, ctx.r("h_method"), 1)
    layout.heading(ctx, ctx.r("h_framework"), 2)
    layout.body(
        ctx,
        ctx.r("framework_sentence", title=framework.title.get(lang), version=framework.version),
    )
    layout.body(ctx, framework.source.get(lang))
    layout.heading(ctx, ctx.r("h_scale"), 2)
    layout.table(
        ctx,
        [ctx.t("value"), ctx.t("name"), ctx.t("description")],
        [[str(lv.value), lv.name.get(lang), lv.description.get(lang)] for lv in framework.scale],
        [1.6, 3.6, 11.4],
        title=ctx.r("levels_caption"),
    )
    layout.table(
        ctx,
        [ctx.t("stage"), ctx.t("min_score"), ctx.t("description")],
        [
            [st.name.get(lang), ctx.score(st.min_score), st.description.get(lang)]
            for st in framework.stages
        ],
        [3.6, 2.4, 10.6],
        title=ctx.r("stages_caption"),
    )
    layout.heading(ctx, ctx.r("h_reviewed"), 2)
    layout.body(ctx, _reviewed(ctx))
    for key, value in (("scope", engagement.scope), ("objectives", engagement.objectives)):
        if value.strip():
            layout.heading(ctx, ctx.t(key), 3)
            layout.body(ctx, value)
    layout.heading(ctx, ctx.r("h_scoring"), 2)
    for key in ("method_section", "method_overall", "method_completeness", "method_risk"):
        layout.body(ctx, ctx.t(key), "List Bullet")
