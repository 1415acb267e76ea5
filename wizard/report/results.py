"""Results by group and section: the overall figures, the scores chart (a PNG drawn by
:mod:`wizard.report.chart`), the group scores and, per group, its sections' scores, levels,
stages and completeness — the figures of :func:`wizard.scoring.scores.overall_score`, formatted as
the workbook formats them."""

from __future__ import annotations

import io

from docx.shared import Cm

from wizard.report import chart, layout
from wizard.report.context import ReportContext
from wizard.scoring.scores import SectionScore


def level_name(ctx: ReportContext, score: SectionScore) -> str:
    """The scale level nearest the section's mean level (the workbook's ROUND, half up)."""
    if score.mean_level is None:
        return ""
    value = int(min(score.mean_level, ctx.audit.framework.max_level) + 0.5)
    level = next((lv for lv in ctx.audit.framework.scale if lv.value == value), None)
    return level.name.get(ctx.lang) if level else str(value)


def _chart(ctx: ReportContext) -> None:
    framework = ctx.audit.framework
    group_index = {g.id: i for i, g in enumerate(framework.groups)}
    bars = [
        chart.Bar(
            label=section.id,
            value=score.score,
            group=group_index.get(section.group, 0),
            shown=ctx.score(score.score) if score.score is not None else "",
        )
        for section, score in zip(framework.sections, ctx.overall.sections, strict=True)
    ]
    image = chart.bar_chart(bars)
    ctx.document.add_picture(io.BytesIO(image), width=Cm(layout.TEXT_WIDTH_CM))
    layout.centred(ctx.document.paragraphs[-1])
    legend = " · ".join(
        f"{chart_colour_name(i, ctx.lang)} : {g.title.get(ctx.lang)}"
        if ctx.lang == "fr"
        else f"{chart_colour_name(i, ctx.lang)}: {g.title.get(ctx.lang)}"
        for i, g in enumerate(framework.groups)
    )
    layout.caption(ctx, "Figure", f"{ctx.r('chart_caption')}. {legend}")


_COLOUR_NAMES = {
    "fr": ("Bleu", "Vert", "Orange", "Violet"),
    "en": ("Blue", "Green", "Orange", "Purple"),
}


def chart_colour_name(index: int, lang: str) -> str:
    names = _COLOUR_NAMES[lang]
    return names[index % len(names)]


def _section_rows(ctx: ReportContext, group_id: str) -> list[list[str]]:
    framework = ctx.audit.framework
    rows = []
    for section, score in zip(framework.sections, ctx.overall.sections, strict=True):
        if section.group != group_id:
            continue
        rows.append(
            [
                section.id,
                section.title.get(ctx.lang),
                ctx.score(score.score),
                level_name(ctx, score),
                score.stage.name.get(ctx.lang) if score.stage else "",
                ctx.percent(score.completeness),
            ]
        )
    return rows


def build(ctx: ReportContext) -> None:
    overall, framework, lang = ctx.overall, ctx.audit.framework, ctx.lang
    layout.heading(ctx, ctx.r("h_results"), 1)
    layout.heading(ctx, ctx.r("h_overview"), 2)
    stage = overall.stage.name.get(lang) if overall.stage else "—"
    layout.body(
        ctx,
        ctx.r(
            "overall_sentence",
            score=ctx.score(overall.score),
            stage=stage,
            completeness=ctx.percent(overall.completeness),
        ),
    )
    _chart(ctx)
    layout.table(
        ctx,
        [ctx.t("group"), ctx.t("score")],
        [[g.title.get(lang), ctx.score(overall.by_group.get(g.id))] for g in framework.groups],
        [12.6, 4.0],
        title=ctx.r("groups_caption"),
    )
    headers = [
        ctx.t("section"),
        ctx.t("title"),
        ctx.t("score"),
        ctx.t("level"),
        ctx.t("stage"),
        ctx.t("completeness"),
    ]
    for group in framework.groups:
        title = group.title.get(lang)
        layout.heading(ctx, title, 2)
        layout.body(ctx, ctx.r("group_sentence", score=ctx.score(overall.by_group.get(group.id))))
        layout.table(
            ctx,
            headers,
            _section_rows(ctx, group.id),
            [1.7, 4.9, 1.9, 2.3, 3.6, 2.2],
            title=ctx.r("sections_caption", group=title),
        )
