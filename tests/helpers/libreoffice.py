"""LibreOffice headless as an independent reader of exported workbooks (tests only)."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from wizard.scoring import overall_score
from wizard.workbook import strings

CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
"""Comma, double quotes, UTF-8, raw values (not as shown), every sheet to its own file."""


def find_soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail("soffice (LibreOffice) is required under CI but is not installed")
    pytest.skip("LibreOffice (soffice) is not installed: install libreoffice-calc-nogui")
    raise AssertionError  # unreachable


def convert(soffice: str, source: Path, target: str, outdir: Path, profile: Path) -> None:
    """Run LibreOffice headless with a private profile; fail with its output on error."""
    outdir.mkdir(parents=True, exist_ok=True)
    args = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        target,
        "--outdir",
        str(outdir),
        str(source),
    ]
    done = subprocess.run(args, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def sheets_as_csv(soffice: str, xlsx: Path, tmp_path: Path) -> dict[str, list[list[str]]]:
    """Every sheet of ``xlsx`` as LibreOffice computes it, by sheet name."""
    outdir = tmp_path / "csv"
    convert(soffice, xlsx, CSV_FILTER, outdir, tmp_path / "profile")
    prefix = f"{xlsx.stem}-"
    sheets = {}
    for path in outdir.glob(f"{xlsx.stem}-*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            sheets[path.stem[len(prefix) :]] = list(csv.reader(handle))
    assert sheets, f"LibreOffice wrote no CSV for {xlsx.name}"
    return sheets


def _number(text: str) -> float | None:
    """A raw CSV value; LibreOffice keeps the % sign of percent-formatted cells."""
    text = text.strip()
    if text.endswith("%"):
        return float(text[:-1]) / 100
    return float(text) if text else None


def _summary_figures(rows: list[list[str]], audit, lang: str):
    """Section scores by id, the overall score and completeness, as LibreOffice computed."""
    section_ids = {s.id for s in audit.framework.sections}
    sections = {}
    overall = completeness = None
    for row in rows:
        if (
            len(row) > 5
            and row[1] in section_ids
            and row[2]
            and row[5] != strings.text("score", lang)
        ):
            sections[row[1]] = _number(row[5])
        if len(row) > 3 and row[1] == strings.text("overall_score", lang):
            overall = _number(row[3])
        if len(row) > 3 and row[1] == strings.text("completeness", lang):
            completeness = _number(row[3])
    return sections, overall, completeness


def assert_libreoffice_recomputes_scores(
    audit, path: Path, tmp_path: Path, soffice: str, lang: str
) -> None:
    """LibreOffice's summary figures for the workbook at ``path`` equal :mod:`wizard.scoring`."""
    sheets = sheets_as_csv(soffice, path, tmp_path)
    sections, overall, completeness = _summary_figures(
        sheets[strings.sheet_name("summary", lang)], audit, lang
    )
    expected = overall_score(audit)
    assert len(sections) == len(audit.framework.sections)
    for score in expected.sections:
        got = sections[score.section_id]
        if score.score is None:
            assert got is None, score.section_id
        else:
            assert got == pytest.approx(score.score, abs=0.1), score.section_id
    assert overall == pytest.approx(expected.score, abs=0.1)
    assert completeness * 100 == pytest.approx(expected.completeness, abs=0.1)
