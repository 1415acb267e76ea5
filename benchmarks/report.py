"""Report writing timings (issue 19): the demo and generated audits, optionally the PDF.

Run: ``python -m benchmarks.report [--sizes demo,1000] [--repeat 3] [--pdf]``.

The audit is built first and not timed; ``export_report`` (build + atomic save) is timed,
and with ``--pdf`` the LibreOffice conversion separately. Medians are printed with the page
count LibreOffice gives the PDF. The machine may be shared: compare runs, not absolutes.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # helpers.sample


def _audit(size: str):
    if size == "demo":
        from wizard.demo import demo_session

        return demo_session().audit
    from helpers.sample import generated_audit

    return generated_audit(int(size), seed=1)


def _pages(pdf: Path) -> str:
    """The page count as poppler's ``pdfinfo`` reads it ("?" without poppler)."""
    tool = shutil.which("pdfinfo")
    if tool is None:
        return "?"
    out = subprocess.run([tool, str(pdf)], capture_output=True, text=True, check=False).stdout
    return next((line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")), "?")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="demo,1000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pdf", action="store_true")
    args = parser.parse_args()
    from wizard.report import build_report, export_report

    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes.split(","):
            audit = _audit(size)
            times, pdf_times, pages = [], [], None
            for run in range(args.repeat):
                out = Path(tmp) / f"r{size}-{run}.docx"
                start = time.perf_counter()
                export_report(audit, out, lang="fr")
                times.append(time.perf_counter() - start)
            if args.pdf:
                from wizard.report.pdf import write_pdf

                document = build_report(audit, "fr")
                pdf = Path(tmp) / f"r{size}.pdf"
                start = time.perf_counter()
                write_pdf(document, pdf)
                pdf_times.append(time.perf_counter() - start)
                pages = _pages(pdf)
            line = f"{size:>6} accounts: .docx {statistics.median(times):.2f} s"
            line += f" ({out.stat().st_size / 1024:.0f} KB)"
            if pdf_times:
                line += f"; PDF +{pdf_times[0]:.2f} s, {pages} pages"
            print(line)


if __name__ == "__main__":
    main()
