"""The inventory in figures: the workbook Summary's key figures and breakdowns (by
platform, status and kind) and how often each account problem occurs, from
:func:`wizard.scoring.scores.inventory_stats`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from wizard.audit import labels
from wizard.audit import model as m
from wizard.report import layout
from wizard.report.context import ReportContext
from wizard.scoring.scores import Problem, problem_label


def key_figures(ctx: ReportContext) -> list[list[str]]:
    """(label, value) rows, the workbook Summary's key figures in the same words."""
    stats = ctx.stats
    by_severity = Counter(f.severity for f in ctx.findings)
    rows = [
        [ctx.t("accounts_total"), ctx.count(stats.total)],
        [ctx.t("mfa_coverage"), ctx.percent(stats.mfa_coverage)],
        [ctx.t("dormant"), ctx.count(stats.dormant)],
        [ctx.t("without_owner"), ctx.count(stats.without_owner)],
    ]
    separator = " : " if ctx.lang == "fr" else ": "
    for severity in m.Severity:
        label = f"{ctx.t('findings_by_severity')}{separator}{labels.label(severity, ctx.lang)}"
        rows.append([label, ctx.count(by_severity[severity])])
    return rows


def _breakdown(
    ctx: ReportContext, title: str, counts: Counter[str], name: Callable[[str], str]
) -> None:
    total = sum(counts.values()) or 1
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], name(kv[0])))
    rows = [[name(k), ctx.count(v), ctx.percent(100 * v / total)] for k, v in ordered]
    layout.table(
        ctx,
        [ctx.t(title), ctx.t("count"), ctx.t("share")],
        rows,
        [10.6, 3.0, 3.0],
        title=ctx.t(title),
    )


def build(ctx: ReportContext) -> None:
    stats, lang = ctx.stats, ctx.lang
    layout.heading(ctx, ctx.r("h_inventory"), 1)
    layout.table(
        ctx,
        [ctx.t("key_figures"), ctx.t("value")],
        key_figures(ctx),
        [12.6, 4.0],
        title=ctx.r("figures_caption"),
    )
    if not stats.total:
        layout.body(ctx, ctx.r("no_accounts"))
        return
    layout.heading(ctx, ctx.t("by_platform"), 2)
    _breakdown(ctx, "by_platform", stats.by_platform, ctx.platform)
    layout.heading(ctx, ctx.t("by_status"), 2)
    _breakdown(ctx, "by_status", stats.by_status, lambda v: labels.label(m.AccountStatus(v), lang))
    layout.heading(ctx, ctx.t("by_kind"), 2)
    _breakdown(ctx, "by_kind", stats.by_kind, lambda v: labels.label(m.AccountKind(v), lang))
    if stats.by_problem:
        layout.heading(ctx, ctx.r("h_problems"), 2)
        rows = [
            [problem_label(Problem(k), lang), ctx.count(v), ctx.percent(100 * v / stats.total)]
            for k, v in sorted(stats.by_problem.items(), key=lambda kv: -kv[1])
        ]
        layout.table(
            ctx,
            [ctx.r("problem"), ctx.t("accounts"), ctx.t("share")],
            rows,
            [10.6, 3.0, 3.0],
            title=ctx.r("h_problems"),
        )
