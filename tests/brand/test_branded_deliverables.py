"""The brand stored in the audit makes the deliverable: logo embedded (not linked) on the
cover, the firm's name, the accent band with readable text, the confidentiality line on the
cover and in every footer; brand text is text, never a formula; the Word report too."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from helpers.images import png
from helpers.workbook import export, load

from wizard.audit.branding import Brand, Logo
from wizard.audit.model import new_audit
from wizard.report import export_report
from wizard.sessions.session import Session
from wizard.sessions.store import load_session, save_session
from wizard.workbook import strings

LOGO = png(300, 100)
BRAND = Brand(
    firm='=HYPERLINK("http://x") Conseil Lavoie & associés',
    contact="418 555-0100 · info@lavoie.example",
    confidentiality_line="Confidentiel — ne pas diffuser",
    accent="#1F6F8B",
    logo=Logo.from_bytes(LOGO),
)


def _audit(brand: Brand = BRAND):
    audit = new_audit()
    audit.engagement.organisation.name = "Ville de Québec"
    audit.brand = brand
    return audit


def _media(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if "/media/" in n}


def _drawing_rels(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(
            archive.read(n).decode() for n in archive.namelist() if "drawings/_rels" in n
        )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_cover_carries_the_logo_firm_accent_and_lines(tmp_path, lang):
    path = export(_audit(), tmp_path, lang)
    assert list(_media(path).values()) == [LOGO], "the logo is embedded as it was chosen"
    rels = _drawing_rels(path)
    assert "media/image1.png" in rels
    assert "External" not in rels, "the logo is not a link"
    book = load(path)
    cover = book[strings.sheet_name("cover", lang)]
    firm = cover["C1"]
    assert firm.value == BRAND.firm
    assert firm.data_type == "s", "brand text is text, never a formula"
    title = cover["B2"]
    assert title.fill.fgColor.rgb.endswith("1F6F8B")
    assert title.font.color.rgb.endswith("FFFFFF"), "white text on a dark accent"
    values = [cell.value for row in cover.iter_rows() for cell in row if cell.value]
    assert any(isinstance(v, str) and BRAND.confidentiality_line in v for v in values)
    assert any(isinstance(v, str) and BRAND.contact in v for v in values)
    for ws in book.worksheets:
        if ws.sheet_state == "visible":
            assert ws.oddHeader.center.text == BRAND.firm.replace("&", "&&")
            assert ws.oddFooter.center.text == BRAND.confidentiality_line


def test_a_light_accent_gets_black_text(tmp_path):
    audit = _audit(BRAND.model_copy(update={"accent": "#FFD54F"}))
    cover = load(export(audit, tmp_path, "en"))[strings.sheet_name("cover", "en")]
    assert cover["B2"].font.color.rgb.endswith("000000")


def test_without_a_brand_nothing_is_added(tmp_path):
    path = export(_audit(Brand()), tmp_path, "fr")
    assert _media(path) == {}
    book = load(path)
    cover = book[strings.sheet_name("cover", "fr")]
    assert cover["C1"].value is None
    assert not cover.oddHeader.center.text


def test_the_report_cover_and_footer_carry_the_brand(tmp_path):
    path = export_report(_audit(), tmp_path / "r.docx", lang="fr")
    assert LOGO in _media(path).values()  # beside the score chart
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    assert BRAND.firm in texts
    assert BRAND.contact in texts
    assert BRAND.confidentiality_line in texts
    footer = document.sections[0].footer.paragraphs[0].text
    assert BRAND.confidentiality_line in footer


def test_a_colleague_reopening_the_session_exports_the_same_cover(tmp_path):
    """The brand and its logo travel in the session file: the workbook exported from the
    reopened copy has the same logo bytes, cover and headers."""
    session = Session(audit=_audit())
    path = tmp_path / "audit.vigie"
    save_session(session, path)
    reopened = load_session(path).session
    assert reopened.audit.brand == BRAND
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = export(session.audit, tmp_path / "a", "fr")
    second = export(reopened.audit, tmp_path / "b", "fr")
    assert _media(first) == _media(second)
    one, two = (load(p)[strings.sheet_name("cover", "fr")] for p in (first, second))
    assert [c.value for c in one["C"]][:3] == [c.value for c in two["C"]][:3]
    assert one.oddHeader.center.text == two.oddHeader.center.text
