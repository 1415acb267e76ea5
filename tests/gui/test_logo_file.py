"""A logo file the consultant picks: a safe SVG is drawn once into a PNG the workbook can embed."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.logo_file import read_logo
from wizard.brand.svg import SvgError

ICON = Path(__file__).parents[2] / "resources" / "icons" / "vigie.svg"


def test_a_safe_svg_becomes_a_png_logo(qapp) -> None:
    logo = read_logo(ICON)
    assert logo.media_type == "image/png"
    assert logo.image_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert 8 <= logo.width <= 4096
    assert 8 <= logo.height <= 4096


def test_an_svg_with_a_script_is_refused_with_its_reason(qapp, tmp_path: Path) -> None:
    path = tmp_path / "logo.svg"
    path.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40">'
        "<script>alert(1)</script></svg>",
        encoding="utf-8",
    )
    with pytest.raises(SvgError, match="script"):
        read_logo(path)
