"""What the report says is the audit's: the demo's active findings and actions, the same
figures as the workbook, the same words for every label."""

from __future__ import annotations

import pytest
from helpers.libreoffice import find_soffice, sheets_as_csv
from helpers.report import body_text, headings, tables_by_caption

from wizard.audit import labels
from wizard.audit.model import Decision, FindingReview, Severity
from wizard.report import build_report, strings
from wizard.scoring.findings import effective_findings
from wizard.scoring.scores import as_of, overall_score
from wizard.workbook import export_workbook
from wizard.workbook import strings as wb


def _active(demo):
    return effective_findings(demo.audit, as_of(demo.audit), active_only=True)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_active_finding_is_a_heading_under_its_severity(demo, demo_docs, lang):
    found = _active(demo)
    assert len(found) > 20
    document = demo_docs[lang]
    level2 = [t for _, t in headings(document, level=2)]
    for severity in Severity:
        assert any(t.endswith(labels.label(severity, lang)) for t in level2)
    titles = [t for _, t in headings(document, level=3) if t]
    findings_part = [t for t in titles if t in {f.title(lang) for f in found}]
    assert findings_part == [f.title(lang) for f in found]  # most severe first, none lost


def test_dismissed_findings_stay_out(demo):
    audit = demo.audit.model_copy(deep=True)
    first = _active(demo)[0]
    audit.finding_reviews[first.key] = FindingReview(decision=Decision.DISMISSED, reason="ok")
    document = build_report(audit, "en")
    titles = [t for _, t in headings(document, level=3)]
    assert first.title("en") not in titles
    assert _active(demo)[1].title("en") in titles


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_action_plan_lists_every_action_with_owner_due_date_effort_and_status(
    demo, demo_docs, lang
):
    caption = next(c for c in tables_by_caption(demo_docs[lang]) if c.endswith(" — Actions"))
    rows = tables_by_caption(demo_docs[lang])[caption]
    due_and_effort = f"{wb.text('due', lang)} / {wb.text('effort', lang).lower()}"
    assert rows[0] == [
        *(wb.text(k, lang) for k in ("severity", "finding", "action", "owner")),
        due_and_effort,
        wb.text("status", lang),
    ]
    actions = demo.audit.actions
    assert len(rows) - 1 == len(actions)
    by_title = {row[2].split("\n")[0]: row for row in rows[1:]}
    for action in actions:
        row = by_title[action.title]
        assert row[3] == action.owner
        assert row[5] == labels.label(action.status, lang)
        due, _, effort = row[4].rpartition("\n")
        assert effort == labels.label(action.effort, lang)
        assert (str(action.due.year) in due) if action.due else due == ""


@pytest.mark.libreoffice
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_key_figures_equal_the_workbooks(demo, demo_docs, tmp_path, lang):
    """The report's key-figures table and the workbook Summary's, as LibreOffice computes its
    live formulas: same labels, same values."""
    path = export_workbook(demo, tmp_path / "audit.xlsx", lang=lang)
    rows = sheets_as_csv(find_soffice(), path, tmp_path)[wb.sheet_name("summary", lang)]
    in_workbook = {row[1]: row[3] for row in rows if len(row) > 3 and row[1] and row[3]}
    caption = strings.text("figures_caption", lang)
    table = next(rows for c, rows in tables_by_caption(demo_docs[lang]).items() if caption in c)
    assert len(table) - 1 == 7
    for label, shown in table[1:]:
        value = in_workbook[label].strip()
        if label == wb.text("mfa_coverage", lang):
            expected = float(value.rstrip("%")) if value.endswith("%") else float(value) * 100
            assert shown.replace("\u202f", "").rstrip("%").strip() == f"{expected:.0f}"
        else:
            assert shown.replace("\u202f", "").replace(",", "") == f"{float(value):.0f}"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_section_and_overall_scores_are_the_apps(demo, demo_docs, lang):
    """The workbook's formulas restate wizard.scoring.scores (tests/workbook/test_libreoffice.py);
    the report prints wizard.scoring.scores's figures in the workbook's 0.0 format."""
    overall = overall_score(demo.audit)
    fmt = (lambda v: f"{v:.1f}".replace(".", ",")) if lang == "fr" else (lambda v: f"{v:.1f}")
    tables = tables_by_caption(demo_docs[lang])
    section_rows = {
        row[0]: row for c, rows in tables.items() if " — Sections — " in c for row in rows[1:]
    }
    framework = demo.audit.framework
    assert set(section_rows) == {s.id for s in framework.sections}
    for section, score in zip(framework.sections, overall.sections, strict=True):
        row = section_rows[section.id]
        assert row[1] == section.title.get(lang)
        assert row[2] == (fmt(score.score) if score.score is not None else row[2])
        assert row[4] == (score.stage.name.get(lang) if score.stage else "")
    assert f"{fmt(overall.score)} " in body_text(demo_docs[lang])


def test_labels_are_the_workbooks_words(demo_docs):
    """Headers and enumerated values come from the workbook's and the labels' tables."""
    text = body_text(demo_docs["fr"])
    for key in ("accounts_total", "dormant", "without_owner", "legal_checklist", "risk_register"):
        assert wb.text(key, "fr") in text
    for value in (Severity.HIGH, Severity.MEDIUM, Severity.LOW):
        assert labels.label(value, "fr") in text


def test_cover_and_summary_say_who_what_and_the_verdict(demo, demo_docs):
    engagement = demo.audit.engagement
    text = body_text(demo_docs["en"])
    assert engagement.organisation.name in text
    assert engagement.title in text
    assert labels.label(engagement.confidentiality, "en") in text
    stage = overall_score(demo.audit).stage.name.get("en")
    assert f"is at the “{stage}” stage" in text
    assert strings.text("h_priorities", "en") in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_empty_audit_still_gives_a_whole_report(lang):
    from wizard.audit.model import new_audit

    document = build_report(new_audit(), lang)
    found = [t for _, t in headings(document, level=1)]
    assert len(found) == 8
    text = body_text(document)
    for key in ("verdict_unscored", "no_accounts", "no_actions", "no_risks", "no_na"):
        assert strings.text(key, lang).split("{")[0] in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_priority_names_its_planned_action_owner_due_date_and_effort(demo, demo_docs, lang):
    from wizard.report.summary import PRIORITIES

    text = body_text(demo_docs[lang])
    planned = 0
    for finding in _active(demo)[:PRIORITIES]:
        keys = (finding.key, finding.key.removeprefix("own:"))
        action = next((a for a in demo.audit.actions if a.finding in keys), None)
        if action is None:
            continue
        planned += 1
        assert action.title in text
        effort = labels.label(action.effort, lang)
        line = next(line for line in text.splitlines() if action.title in line)
        assert action.owner in line, line
        assert effort in line, line
        assert str(action.due.year) in line
    assert planned >= 2
