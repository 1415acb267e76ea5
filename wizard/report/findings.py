"""Findings by severity: each active finding (the auditor's review applied, dismissed ones
left out, exactly the workbook's list) with its detail, recommendation, framework item, the
accounts it concerns and the evidence that supports it."""

from __future__ import annotations

from wizard.audit import labels
from wizard.audit.model import Severity
from wizard.report import layout
from wizard.report.context import ReportContext
from wizard.report.text import labelled

MAX_ACCOUNTS = 20
"""A finding names at most this many accounts, then says how many more (as the workbook)."""


def evidence_of(ctx: ReportContext, finding) -> list[str]:
    """Attachments cited by the finding's criterion (or legal item) and by its accounts."""
    audit = ctx.audit
    item = finding.framework_item
    digests: list[str] = []
    if item in audit.answers:
        digests += audit.answers[item].evidence
    if item in audit.legal:
        digests += audit.legal[item].evidence
    by_id = {a.id: a for a in audit.accounts} if finding.accounts else {}
    for account_id in finding.accounts:
        account = by_id.get(account_id)
        if account is not None:
            digests += account.evidence
    names = ctx.evidence_names
    return [names.get(d, d[:12]) for d in dict.fromkeys(digests)]


def _accounts(ctx: ReportContext, ids: tuple[str, ...]) -> str:
    shown = [ctx.account_label(i) for i in ids[:MAX_ACCOUNTS]]
    rest = len(ids) - len(shown)
    text = ", ".join(shown)
    return f"{text} {ctx.r('and_more', count=ctx.count(rest))}" if rest else text


def _finding(ctx: ReportContext, finding) -> None:
    lang = ctx.lang
    layout.heading(ctx, finding.title(lang), 3)
    detail = finding.detail(lang)
    if detail:
        layout.body(ctx, detail)
    recommendation = finding.recommendation(lang)
    if recommendation:
        labelled(ctx.document, ctx.t("recommendation"), recommendation, lang)
    if finding.framework_item:
        labelled(ctx.document, ctx.t("framework_item"), finding.framework_item, lang)
    if finding.accounts:
        labelled(ctx.document, ctx.r("accounts_concerned"), _accounts(ctx, finding.accounts), lang)
    evidence = evidence_of(ctx, finding)
    if evidence:
        labelled(ctx.document, ctx.r("evidence_refs"), ", ".join(evidence), lang)


def build(ctx: ReportContext) -> None:
    layout.heading(ctx, ctx.r("h_findings"), 1)
    layout.body(ctx, ctx.r("findings_intro", count=ctx.count(len(ctx.findings))))
    for severity in Severity:
        separator = " : " if ctx.lang == "fr" else ": "
        name = labels.label(severity, ctx.lang)
        layout.heading(ctx, f"{ctx.t('severity')}{separator}{name}", 2)
        found = [f for f in ctx.findings if f.severity is severity]
        if not found:
            layout.body(ctx, ctx.r("no_findings"))
        for index, finding in enumerate(found):
            _finding(ctx, finding)
            if index % 50 == 49:
                ctx.step(0)
