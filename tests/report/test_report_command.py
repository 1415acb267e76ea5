"""``vigie report``: writes the report, says what is wrong in one line, never leaves a
half-written file; a missing LibreOffice costs only the PDF."""

from __future__ import annotations

import docx
import pytest

from wizard.cli.main import main
from wizard.report import ExportError, export_report
from wizard.sessions.store import save_session


@pytest.fixture
def session_file(demo, tmp_path):
    path = tmp_path / "demo.vigie"
    save_session(demo, path)
    return path


def test_report_writes_a_docx_in_the_asked_language(session_file, tmp_path, capsys):
    out = tmp_path / "report.docx"
    assert main(["report", str(session_file), "-o", str(out), "--lang", "en"]) == 0
    assert "Report written to" in capsys.readouterr().out
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Executive summary"


def test_the_audits_language_is_the_default(session_file, tmp_path):
    out = tmp_path / "report.docx"
    assert main(["report", str(session_file), "-o", str(out)]) == 0
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Synthèse"  # the demo is in French


def test_a_wrong_suffix_is_one_line_and_nothing_written(session_file, tmp_path, capsys):
    out = tmp_path / "report.txt"
    assert main(["report", str(session_file), "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["vigie: report.txt: the report name must end in .docx"]
    assert not out.exists()


def test_a_missing_session_is_one_line(tmp_path, capsys):
    out = tmp_path / "r.docx"
    assert main(["report", str(tmp_path / "none.vigie"), "-o", str(out)]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert not out.exists()


def test_a_report_open_in_word_or_writer_is_refused_and_kept(demo, tmp_path):
    out = tmp_path / "r.docx"
    out.write_bytes(b"the consultant's edited version")
    (tmp_path / ".~lock.r.docx#").write_text("x")
    with pytest.raises(ExportError, match="open in LibreOffice"):
        export_report(demo, out)
    assert out.read_bytes() == b"the consultant's edited version"


def test_pdf_without_libreoffice_keeps_the_docx_and_says_so(
    session_file, tmp_path, capsys, monkeypatch
):
    monkeypatch.setattr("wizard.report.pdf.find_soffice", lambda: None)
    out = tmp_path / "r.docx"
    assert main(["report", str(session_file), "-o", str(out), "--pdf"]) == 1
    captured = capsys.readouterr()
    assert "LibreOffice is not installed" in captured.err
    assert len(captured.err.strip().splitlines()) == 1
    assert out.exists()
    assert not out.with_suffix(".pdf").exists()
