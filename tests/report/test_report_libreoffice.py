"""LibreOffice as an independent reader: it converts the report to PDF, and the PDF holds
the key content; the ``--pdf`` output's contents give each part its page."""

from __future__ import annotations

import re
import subprocess

import pytest
from helpers.libreoffice import convert, find_soffice
from helpers.programs import need_program

from wizard.report import export_report, strings
from wizard.scoring.findings import effective_findings
from wizard.scoring.scores import as_of

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]


def _pdftotext(pdf, layout: bool = False) -> str:
    tool = need_program("pdftotext", "poppler-utils")
    args = [tool, *(["-layout"] if layout else []), str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _pages(pdf) -> int:
    return _pdftotext(pdf).count("\f")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_libreoffice_converts_the_report_with_its_content(demo, demo_reports, tmp_path, lang):
    soffice = find_soffice()
    convert(soffice, demo_reports[lang], "pdf", tmp_path / "pdf", tmp_path / "profile")
    pdf = tmp_path / "pdf" / f"demo-{lang}.pdf"
    text = _pdftotext(pdf)
    flat = re.sub(r"\s+", " ", text)
    assert _pages(pdf) >= 15
    for key in ("h_summary", "h_method", "h_findings", "h_action_plan", "h_appendices"):
        assert strings.text(key, lang) in flat
    first = effective_findings(demo.audit, as_of(demo.audit), active_only=True)[0]
    assert first.title(lang) in flat
    assert demo.audit.actions[0].title in flat
    organisation = demo.audit.engagement.organisation.name
    assert re.sub(r"\s+", " ", organisation.replace("-", "")) in flat.replace("-", "")


def test_the_pdf_contents_give_each_part_its_page(demo, tmp_path):
    find_soffice()
    out = tmp_path / "report.docx"
    export_report(demo, out, lang="en", pdf=tmp_path / "report.pdf")
    text = _pdftotext(tmp_path / "report.pdf", layout=True)
    pages = []
    for key in ("h_summary", "h_method", "h_results", "h_findings", "h_appendices"):
        title = re.escape(strings.text(key, "en"))
        match = re.search(rf"^\s*{title}\s*\.{{3,}}\s*(\d+)\s*$", text, re.MULTILINE)
        assert match, f"no page number for {key}"
        pages.append(int(match.group(1)))
    assert pages == sorted(pages)
    assert pages[0] >= 3
    assert pages[-1] <= _pages(tmp_path / "report.pdf")
