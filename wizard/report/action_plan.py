"""The action plan: every planned action with the finding it answers, its priority, owner,
due date, effort and status, in the workbook's plan order (:func:`wizard.workbook.action_plan`);
findings still without an action are counted."""

from __future__ import annotations

from wizard.audit import labels
from wizard.report import layout
from wizard.report.context import ReportContext
from wizard.workbook.action_plan import _rows as plan_rows


def build(ctx: ReportContext) -> None:
    lang = ctx.lang
    layout.heading(ctx, ctx.r("h_action_plan"), 1)
    pairs = plan_rows(ctx)
    planned = [(finding, action) for finding, action in pairs if action is not None]
    without = sum(1 for finding, action in pairs if action is None and finding is not None)
    if not planned:
        layout.body(ctx, ctx.r("no_actions"))
        return
    layout.body(
        ctx, ctx.r("actions_intro", count=ctx.count(len(planned)), without=ctx.count(without))
    )
    rows, shades = [], []
    for finding, action in planned:
        severity = finding.severity if finding is not None else action.priority
        text = f"{action.title}\n{action.detail}" if action.detail.strip() else action.title
        rows.append(
            [
                labels.label(severity, lang),
                finding.title(lang) if finding is not None else "",
                text,
                action.owner,
                "\n".join(filter(None, [ctx.day(action.due), labels.label(action.effort, lang)])),
                labels.label(action.status, lang),
            ]
        )
        shades.append(layout.SEVERITY_SHADE[severity.value])
    layout.table(
        ctx,
        [
            ctx.t("severity"),
            ctx.t("finding"),
            ctx.t("action"),
            ctx.t("owner"),
            f"{ctx.t('due')} / {ctx.t('effort').lower()}",
            ctx.t("status"),
        ],
        rows,
        [2.1, 3.2, 4.7, 2.8, 2.2, 1.6],
        title=ctx.r("actions_caption"),
        shades=shades,
    )
