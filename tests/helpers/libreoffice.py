"""LibreOffice headless as an independent reader of exported workbooks (tests only)."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path

import pytest

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
