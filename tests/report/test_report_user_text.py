"""User text is text: formulas, markup, field-code look-alikes, tabs, line breaks and very
long notes read back exactly as typed, and none becomes a field."""

from __future__ import annotations

import re
import zipfile

import docx
import pytest
from helpers.report import all_xml, body_text

from wizard.audit.model import Action, Answer, OwnFinding, Severity
from wizard.demo import demo_session
from wizard.report import export_report

TRICKY = '=SUM(A1:A9) <b>bold</b> & { PAGE } MERGEFIELD x "quoted" \\o'
LONG = ("Une note très longue, avec des accents é à ü et des symboles <>&. " * 600)[:32_767]


@pytest.fixture(scope="module")
def tricky_report(tmp_path_factory):
    session = demo_session()
    audit = session.audit
    audit.engagement.organisation.name = f"Org {TRICKY}"
    audit.engagement.title = "Title\twith a tab"
    audit.own_findings.append(
        OwnFinding(
            id="own-tricky",
            title=f"Own {TRICKY}",
            detail="first line\nsecond line\twith tab",
            recommendation=LONG,
            severity=Severity.HIGH,
        )
    )
    audit.actions.append(Action(title=f"Act {TRICKY}", finding="own-tricky", owner="<owner>"))
    criterion = audit.framework.criteria()[0].id
    audit.answers[criterion] = Answer(not_applicable=True, justification=LONG)
    path = tmp_path_factory.mktemp("tricky") / "tricky.docx"
    export_report(session, path, lang="fr")
    return path


def test_formulas_markup_and_field_lookalikes_read_back_as_typed(tricky_report):
    text = body_text(docx.Document(str(tricky_report)))
    for typed in (f"Org {TRICKY}", f"Own {TRICKY}", f"Act {TRICKY}", "<owner>"):
        assert typed in text


def test_tabs_and_line_breaks_survive(tricky_report):
    text = body_text(docx.Document(str(tricky_report)))
    assert "Title\twith a tab" in text
    assert "first line\nsecond line\twith tab" in text


def test_a_32767_character_note_survives_whole(tricky_report):
    text = body_text(docx.Document(str(tricky_report)))
    assert text.count(LONG) >= 2  # the finding's recommendation and the N/A justification


def test_user_text_never_becomes_a_field(tricky_report):
    xml = all_xml(tricky_report)
    instructions = re.findall(r"<w:instrText[^>]*>([^<]*)</w:instrText>", xml)
    assert not [i for i in instructions if "MERGEFIELD" in i or "SUM" in i]
    assert "<b>bold</b>" not in xml  # escaped, not markup
    assert "&lt;b&gt;bold&lt;/b&gt;" in xml


def test_the_header_holds_the_tricky_name_as_text(tricky_report):
    header = zipfile.ZipFile(tricky_report).read("word/header1.xml").decode()
    assert "=SUM(A1:A9) &lt;b&gt;bold&lt;/b&gt; &amp; { PAGE }" in header
    assert "instrText" not in header
