"""LibreOffice headless as an independent reader of exported workbooks (tests only)."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from wizard.scoring.scores import overall_score
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


def convert_many(soffice: str, sources: list[Path], target: str, outdir: Path, profile: Path):
    """One LibreOffice run for several files (each run costs seconds)."""
    outdir.mkdir(parents=True, exist_ok=True)
    args = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to"]
    args += [target, "--outdir", str(outdir), *map(str, sources)]
    done = subprocess.run(args, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def read_csv_sheets(
    soffice: str, sources: list[Path], tmp_path: Path
) -> dict[str, dict[str, list[list[str]]]]:
    """Every sheet of each file as LibreOffice computes it: file stem → sheet → rows."""
    outdir = tmp_path / "csv"
    convert_many(soffice, sources, CSV_FILTER, outdir, tmp_path / "profile")
    books: dict[str, dict[str, list[list[str]]]] = {}
    for source in sources:
        prefix = f"{source.stem}-"
        for path in outdir.glob(f"{source.stem}-*.csv"):
            with path.open(encoding="utf-8", newline="") as handle:
                books.setdefault(source.stem, {})[path.stem[len(prefix) :]] = list(
                    csv.reader(handle)
                )
        assert source.stem in books, f"LibreOffice wrote no CSV for {source.name}"
    return books


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
    """LibreOffice's summary figures for the workbook at ``path`` equal
    :mod:`wizard.scoring.scores`."""
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


@dataclass(frozen=True)
class PrintedPage:
    """One page of LibreOffice's PDF: the sheet it prints and its body text sizes."""

    number: int
    sheet: str
    sizes: tuple[float, ...]
    words: tuple[str, ...] = ()
    """Height in points of every body word (header and footer bands left out): with the
    Carlito/Calibri metrics LibreOffice uses, a word's box is as tall as its font size."""
    tops: tuple[float, ...] = ()
    """The top of each of :attr:`words` in points from the top of the page."""

    @property
    def smallest(self) -> float | None:
        return min(self.sizes) if self.sizes else None


BAND = 40.0
"""Points at the top and bottom of a page holding the running header and footer."""


def printed_pages(pdf: Path, sheet_names: list[str]) -> list[PrintedPage]:
    """Each page's sheet (read from the footer, which prints the sheet name) and word heights."""
    done = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    pages = []
    for number, page in enumerate(ET.fromstring(_xhtml(done.stdout)).iter(_tag("page")), 1):
        height = float(page.get("height"))
        body, footer, words, tops = [], [], [], []
        for word in page.iter(_tag("word")):
            y0, y1 = float(word.get("yMin")), float(word.get("yMax"))
            if y0 > height - BAND:
                footer.append((float(word.get("xMin")), word.text or ""))
            elif y1 > BAND:
                body.append(round(y1 - y0, 1))
                words.append(word.text or "")
                tops.append(y0)
        footer_text = " ".join(text for _x, text in sorted(footer))
        sheet = next(
            (s for s in sorted(sheet_names, key=len, reverse=True) if s in footer_text), ""
        )
        pages.append(PrintedPage(number, sheet, tuple(body), tuple(words), tuple(tops)))
    return pages


def _xhtml(text: str) -> str:
    return text[text.index("<html") :]


def _tag(name: str) -> str:
    return "{http://www.w3.org/1999/xhtml}" + name
