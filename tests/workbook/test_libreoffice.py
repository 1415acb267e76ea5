"""LibreOffice as an independent reader: it recomputes every live figure from the answer
cells, and its results must equal :mod:`wizard.scoring.scores`;
it converts both languages to PDF."""

from __future__ import annotations

import pytest
from helpers.libreoffice import assert_libreoffice_recomputes_scores, sheets_as_csv
from helpers.sample import generated_audit
from helpers.workbook import export
from openpyxl.utils import column_index_from_string

from wizard.audit.model import Answer
from wizard.demo import demo_session
from wizard.workbook import assessment, strings

pytestmark = pytest.mark.libreoffice


def _gappy_audit():
    """Answered, N/A and unanswered criteria, and one section with nothing but N/A."""
    audit = generated_audit(25, seed=11, answered_ratio=0.6)
    first = audit.framework.sections[1]
    for criterion in first.criteria:
        audit.answers[criterion.id] = Answer(not_applicable=True, justification="Hors champ.")
    nothing = audit.framework.sections[2]
    for criterion in nothing.criteria:
        audit.answers.pop(criterion.id, None)
    assert any(a.not_applicable for a in audit.answers.values())
    assert len(audit.answers) < len(audit.framework.criteria())
    return audit


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_libreoffice_recomputes_the_apps_scores(tmp_path, soffice, lang):
    audit = _gappy_audit()
    assert_libreoffice_recomputes_scores(
        audit, export(audit, tmp_path, lang), tmp_path, soffice, lang
    )


def test_libreoffice_recomputes_the_demo(tmp_path, soffice):
    audit = demo_session().audit
    assert_libreoffice_recomputes_scores(
        audit, export(audit, tmp_path, "fr"), tmp_path, soffice, "fr"
    )


def test_level_labels_follow_the_answers(tmp_path, soffice):
    audit = _gappy_audit()
    sheets = sheets_as_csv(soffice, export(audit, tmp_path, "en"), tmp_path)
    rows = sheets[strings.sheet_name("assessment", "en")]
    names = [level.name.en for level in audit.framework.scale]
    answer_at = column_index_from_string(assessment.ANSWER) - 1
    label_at = column_index_from_string(assessment.LEVEL) - 1
    checked = 0
    for row in rows:
        answer = audit.answers.get(row[0]) if row and row[0] else None
        if row and row[0] in {c.id for c in audit.framework.criteria()}:
            if answer is None:
                assert row[label_at] == ""
            elif answer.not_applicable:
                assert row[answer_at] == "N/A"
                assert row[label_at] == strings.text("na_label", "en")
            else:
                assert row[label_at] == names[answer.level]
            checked += 1
    assert checked == len(audit.framework.criteria())
