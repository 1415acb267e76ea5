"""Help finds the user guide wherever Vigie runs; here, from a source checkout."""

from __future__ import annotations

from pathlib import Path

from wizard.guide import guide_folder, guide_path

ROOT = Path(__file__).resolve().parents[1]


def test_a_checkout_reads_the_guide_from_docs() -> None:
    assert guide_path() == ROOT / "docs" / "user-guide.md"
    assert guide_folder() == ROOT / "docs"
    assert (guide_folder() / "images" / "en" / "start.png").is_file()
