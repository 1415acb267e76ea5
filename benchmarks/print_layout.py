"""Printed pages and smallest body text per sheet, as LibreOffice prints the workbook.

Run: ``python -m benchmarks.print_layout [--sizes demo,1000,long-handles] [--lang fr]``
(``long-handles``: 30 accounts with 40- to 60-character handles). Exports each audit,
converts it to PDF with LibreOffice headless and reads word heights with ``pdftotext -bbox``
(tests/helpers/libreoffice.py): a word's box is as tall as its font.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def _audit(size: str):
    if size == "demo":
        from wizard.demo import demo_session

        return demo_session().audit
    if size == "long-handles":
        from helpers.sample import long_handle_audit

        return long_handle_audit()
    from helpers.sample import generated_audit

    return generated_audit(int(size), seed=1)


def measure(size: str, lang: str, folder: Path) -> dict[str, tuple[int, float | None]]:
    from helpers.libreoffice import convert, printed_pages

    from wizard.workbook import export_workbook, strings

    path = folder / f"audit-{size}-{lang}.xlsx"
    export_workbook(_audit(size), path, lang=lang)
    soffice = shutil.which("soffice") or "soffice"
    convert(soffice, path, "pdf", folder, folder / "profile")
    names = strings.sheet_names(lang, progress=True)
    table: dict[str, list] = defaultdict(list)
    for page in printed_pages(path.with_suffix(".pdf"), names):
        table[page.sheet].append(page.smallest)
    return {
        sheet: (len(smallest), min((s for s in smallest if s is not None), default=None))
        for sheet, smallest in table.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="demo,1000")
    parser.add_argument("--lang", default="fr")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes.split(","):
            figures = measure(size, args.lang, Path(tmp))
            total = sum(pages for pages, _ in figures.values())
            print(f"{size} ({args.lang}): {total} pages")
            for sheet, (pages, smallest) in figures.items():
                shown = "-" if smallest is None else f"{smallest:.1f} pt"
                print(f"  {sheet:<28} {pages:>5} pages  smallest body text {shown}")


if __name__ == "__main__":
    main()
