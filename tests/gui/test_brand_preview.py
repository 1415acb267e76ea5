"""The export panel's brand preview: short of room, it ends in "…" rather than cutting a word."""

from __future__ import annotations

from ui.widgets.brand_preview import BrandPreview
from wizard.audit.branding import Brand


def test_a_narrow_preview_ends_in_an_ellipsis_and_keeps_the_whole_name(qtbot) -> None:
    preview = BrandPreview(compact=True)
    qtbot.addWidget(preview)
    firm = "Conseil Exemple en gouvernance numérique inc."
    preview.show_brand(Brand(firm=firm))
    preview.resize(120, 30)
    preview.show()
    qtbot.waitExposed(preview)
    shown = preview.band.text()
    assert shown.endswith("…")
    assert firm.startswith(shown[:-1])
    assert preview.band.full_text() == firm
    preview.resize(900, 30)
    qtbot.waitUntil(lambda: preview.band.text() == firm)
