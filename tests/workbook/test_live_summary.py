"""The Summary is live: after a client edits answer levels and inventory cells (status, MFA,
owner, last post) in the exported workbook, LibreOffice's recomputation of every Summary
figure equals what the app computes for the same edited audit. Time-based figures are
measured from the report-date cell, not from the day the workbook is opened."""

from __future__ import annotations

import functools
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from helpers.libreoffice import read_csv_sheets
from helpers.workbook import export
from openpyxl import load_workbook

from wizard.audit import labels
from wizard.audit import model as m
from wizard.scoring.findings import effective_findings
from wizard.scoring.scores import as_of, inventory_stats, overall_score
from wizard.workbook import assessment, inventory, live, names, strings

pytestmark = pytest.mark.libreoffice

RAISED = "LC2"  # a weak section of the demo the client brings up to level 3
ZEROED = "SC5"  # a strong success condition the client marks absent


def _demo():
    from wizard.demo import demo_session

    return demo_session().audit


def _edit_model(audit, today):
    """The client's edits, applied to the audit as the app would hold them."""
    edited = audit.model_copy(deep=True)
    for section in edited.framework.sections:
        level = {RAISED: 3, ZEROED: 0}.get(section.id)
        if level is not None:
            for criterion in section.criteria:
                edited.answers[criterion.id] = m.Answer(level=level)
    accounts = [a for a in edited.accounts if a.kind is not m.AccountKind.UNOFFICIAL]
    accounts[0].status = m.AccountStatus.DORMANT
    accounts[1].mfa = m.MfaCoverage.NONE
    accounts[2].owner = m.Person()
    accounts[2].owning_unit = ""
    accounts[3].last_post = today - timedelta(days=edited.settings.dormant_after_days + 30)
    accounts[4].status = m.AccountStatus.CLOSED
    return edited, accounts[:5]


def _edit_workbook(path: Path, audit, edited, changed, lang: str) -> Path:
    """The same edits typed into the exported workbook's input cells."""
    book = load_workbook(path)
    asm = book[strings.sheet_name("assessment", lang)]
    wanted = {
        c.id: edited.answers[c.id].level
        for s in edited.framework.sections
        for c in s.criteria
        if s.id in (RAISED, ZEROED)
    }
    for row in range(assessment.FIRST_ROW, asm.max_row + 1):
        cid = asm[f"{assessment.ID}{row}"].value
        if cid in wanted:
            asm[f"{assessment.ANSWER}{row}"] = wanted[cid]
    inv = book[strings.sheet_name("inventory", lang)]
    by_id = {a.id: a for a in changed}
    for row in range(inventory.FIRST_ROW, inv.max_row + 1):
        account = by_id.get(inv[f"A{row}"].value)
        if account is None:
            continue
        inv[f"{inventory.letter('status')}{row}"] = labels.label(account.status, lang)
        inv[f"{inventory.letter('mfa')}{row}"] = labels.label(account.mfa, lang)
        if not account.owner.role and not account.owning_unit:
            inv[f"{inventory.letter('owner')}{row}"] = None
            inv[f"{inventory.letter('owning_unit')}{row}"] = None
        inv[f"{inventory.letter('last_post')}{row}"] = account.last_post
    target = path.with_name(f"edited-{lang}.xlsx")
    book.save(target)
    return target


def _number(text: str) -> float | None:
    text = text.strip()
    if text in ("", "—"):
        return None
    if text.endswith("%"):
        return float(text[:-1]) / 100
    return float(text)


def _figures(rows: list[list[str]]) -> dict[str, str]:
    """Label → value of the Summary's labelled figures (column B label, D value), and the
    right-hand platform table (G label, H value), first occurrence of each label."""
    found: dict[str, str] = {}
    for row in rows:
        if len(row) > 3 and row[1] and row[3]:
            found.setdefault(row[1], row[3])
        if len(row) > 7 and row[6] and row[7]:
            found.setdefault("platform:" + row[6], row[7])
    return found


def _expected(original, edited, lang: str, today, platform_name) -> dict[str, float | None]:
    stats = inventory_stats(edited, today)
    t = lambda key: strings.text(key, lang)  # noqa: E731
    expected = {
        t("accounts_total"): stats.total,
        t("mfa_coverage"): None if stats.mfa_coverage is None else stats.mfa_coverage / 100,
        t("dormant"): stats.dormant,
        t("without_owner"): stats.without_owner,
        t("overall_score"): overall_score(edited).score,
    }
    for status in m.AccountStatus:
        expected[labels.label(status, lang)] = stats.by_status.get(str(status), 0)
    for platform, count in stats.by_platform.items():
        expected["platform:" + platform_name(platform)] = count
    live_now = Counter(
        f.severity
        for f in effective_findings(edited, today, active_only=True)
        if f.rule_id in live.SCORE_RULES
    )
    as_of_report = Counter(
        f.severity
        for f in effective_findings(original, today, active_only=True)
        if f.rule_id not in live.SCORE_RULES
    )
    for severity in m.Severity:
        label = f"{t('findings_by_severity')} : {labels.label(severity, lang)}"
        label = label.replace(" : ", ": ") if lang == "en" else label
        expected[label] = live_now[severity] + as_of_report[severity]
    return expected


def _platform_name(platform: str, lang: str) -> str:
    from wizard.platforms import platform_name

    return platform_name(platform, lang)


def test_every_summary_figure_follows_the_clients_edits(tmp_path, soffice):
    original = _demo()
    today = as_of(original)
    edited, changed = _edit_model(original, today)
    # the edits must change what the Summary says, or the test proves nothing
    assert inventory_stats(edited, today) != inventory_stats(original, today)
    assert overall_score(edited).score != overall_score(original).score
    paths = {}
    for lang in ("fr", "en"):
        (tmp_path / lang).mkdir()
        exported = export(original, tmp_path / lang, lang)
        paths[lang] = _edit_workbook(exported, original, edited, changed, lang)
    sheets = read_csv_sheets(soffice, list(paths.values()), tmp_path)
    for lang, path in paths.items():
        rows = sheets[path.stem][strings.sheet_name("summary", lang)]
        got = _figures(rows)
        name = functools.partial(_platform_name, lang=lang)
        expected = _expected(original, edited, lang, today, name)
        for label, value in expected.items():
            assert label in got, (lang, label)
            if value is None:
                assert _number(got[label]) is None, (lang, label)
            else:
                assert _number(got[label]) == pytest.approx(value, abs=1e-6), (lang, label)
        # the verdict quotes the live figures
        (verdict,) = [r[1] for r in rows if len(r) > 1 and strings.text("verdict_2", lang) in r[1]]
        assert f"{expected[strings.text('accounts_total', lang)]} " in verdict
        assert f"{overall_score(edited).score:.1f}" in verdict.replace(",", ".")
        # the main findings: LC2 no longer reads "weak section (17 %)", High
        (finding,) = [
            r for r in rows if len(r) > 3 and r[2].startswith(RAISED) and r[3].startswith(RAISED)
        ]
        assert finding[1] == "—"
        assert "75" in finding[2]
        assert "17" not in finding[2]


def _formulas(book):
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    yield cell.value
        for rules in ws.conditional_formatting:
            for rule in rules.rules:
                yield from rule.formula or ()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_time_is_measured_from_the_report_date_cell(tmp_path, lang):
    """Opened a year later, the workbook still says what was true on the report date."""
    audit = _demo()
    book = load_workbook(export(audit, tmp_path, lang))
    formulas = list(_formulas(book))
    assert not [f for f in formulas if "TODAY(" in f.upper() or "NOW(" in f.upper()]
    assert any(names.REPORT_DATE in f for f in formulas)
    (sheet, cell), *_ = book.defined_names[names.REPORT_DATE].destinations
    assert book[sheet][cell].value.date() == as_of(audit)
