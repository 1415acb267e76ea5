"""The optional PDF of the report, made by LibreOffice when it is installed.

The ``.docx`` is the deliverable; the PDF is a convenience. LibreOffice runs headless with a
private, throw-away profile (so it neither needs nor disturbs the user's), on a copy of the
report whose contents are plain paragraphs (see :func:`wizard.report.fields.unwrap_toc`) so
the PDF's contents show page numbers. The PDF is written atomically like the report.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import IO, Any

from wizard.report import fields
from wizard.sessions.atomic import atomic_write
from wizard.sessions.errors import SaveError
from wizard.workbook.errors import ExportError

TIMEOUT = 600
"""Seconds LibreOffice gets to convert a report (a 1,000-account one takes a few)."""

_KNOWN_PLACES = (
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)

NOT_INSTALLED = (
    "LibreOffice is not installed, so no PDF was made (the .docx is written); install "
    "LibreOffice, or open the .docx in Word or Writer and save it as PDF"
)


def find_soffice() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    return next((p for p in _KNOWN_PLACES if os.path.isfile(p)), None)


def _run(soffice: str, source: Path, outdir: Path, profile: Path) -> None:
    args = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        str(source),
    ]
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise ExportError(f"LibreOffice did not finish the PDF within {TIMEOUT} s") from None
    except OSError as exc:
        raise ExportError(f"LibreOffice could not be started: {exc.strerror or exc}") from None
    if done.returncode != 0:
        last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no message"]
        raise ExportError(f"LibreOffice could not convert the report: {last[0]}")


def _write_all(stream: IO[bytes], data: bytes) -> None:
    stream.write(data)


def _verify(temp: Path) -> None:
    with temp.open("rb") as stream:
        if stream.read(5) != b"%PDF-":
            raise OSError("the PDF LibreOffice wrote is not a PDF")


def write_pdf(document: Any, target: Path) -> Path:
    """Convert ``document`` (python-docx, already saved as the report) to ``target``."""
    soffice = find_soffice()
    if soffice is None:
        raise ExportError(NOT_INSTALLED)
    fields.unwrap_toc(document)
    with tempfile.TemporaryDirectory(prefix="vigie-pdf-") as tmp:
        folder = Path(tmp)
        source = folder / "report.docx"
        document.save(str(source))
        _run(soffice, source, folder / "out", folder / "profile")
        made = folder / "out" / "report.pdf"
        if not made.is_file():
            raise ExportError("LibreOffice did not write the PDF (is Writer installed?)")
        data = made.read_bytes()
    try:
        atomic_write(target, lambda stream: _write_all(stream, data), _verify)
    except SaveError as exc:
        raise ExportError(exc.reason) from None
    return target
