"""An attachment's capture date (when the screenshot was taken) is kept apart from when it was
attached: stored in the session, shown in the workbook's Evidence sheet and in the report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from helpers.report import tables_by_caption
from helpers.workbook import export, load

from wizard.audit import edits
from wizard.report import build_report, strings
from wizard.sessions.session import Session
from wizard.sessions.store import load_session, save_session
from wizard.workbook import strings as wb

CAPTURED = dt.date(2026, 3, 14)


def _session() -> Session:
    session = Session.new()
    session.audit.engagement.organisation.name = "Ville de Québec"
    known = session.add_evidence("page-facebook.png", b"\x89PNG one")
    session.add_evidence("politique.pdf", b"%PDF two")
    edits.set_evidence_captured(session.audit, known.sha256, CAPTURED)
    return session


def test_a_new_attachment_has_no_capture_date():
    record = Session.new().add_evidence("shot.png", b"data")
    assert record.captured is None
    assert record.added.date() == dt.datetime.now(dt.UTC).date()


def test_the_capture_date_survives_save_and_reopen(tmp_path: Path):
    path = tmp_path / "a.vigie"
    save_session(_session(), path)
    evidence = load_session(path).session.audit.evidence
    assert [e.captured for e in evidence] == [CAPTURED, None]


def test_an_unknown_attachment_is_refused_by_name():
    with pytest.raises(edits.EditError, match="no attachment"):
        edits.set_evidence_captured(Session.new().audit, "0" * 64, CAPTURED)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_evidence_sheet_shows_the_capture_date_beside_the_attachment_date(tmp_path, lang):
    book = load(export(_session().audit, tmp_path, lang))
    ws = book[wb.sheet_name("evidence", lang)]
    header = [c.value for c in ws[3]]
    captured = header.index(wb.text("captured", lang)) + 1
    added = header.index(wb.text("added", lang)) + 1
    assert ws.cell(4, captured).value == dt.datetime(2026, 3, 14)
    assert ws.cell(4, captured).number_format.lower().startswith(("yyyy", "dd"))
    assert ws.cell(5, captured).value is None  # unknown stays blank
    assert isinstance(ws.cell(4, added).value, dt.datetime)
    assert ws.tables["tblEvidence"].ref.endswith("I5")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_report_lists_the_capture_date(tmp_path, lang):
    path = tmp_path / "r.docx"
    build_report(_session().audit, lang).save(str(path))
    rows = tables_by_caption(docx.Document(str(path)))
    table = next(v for k, v in rows.items() if strings.text("evidence_caption", lang) in k)
    column = table[0].index(wb.text("captured", lang))
    expected = "14 mars 2026" if lang == "fr" else "14 March 2026"
    assert table[1][column] == expected
    assert table[2][column] == ""
