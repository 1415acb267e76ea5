"""Without ``--include-names`` the About sheet's promise holds to the letter: no person of
the demo is named anywhere in the export (cells, comments, headers and footers, document
properties), except as the identity of a personal account of an executive or employee,
which the About sheet says stays as inventoried."""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from pathlib import Path

import pytest
from helpers.workbook import export, load

from wizard.audit import model as m
from wizard.workbook import strings

PEOPLE = Path(__file__).resolve().parents[2] / "tools" / "demo_data" / "people.py"
"""The demo's list of (invented) people, shared by its accounts and its engagement."""


def _people() -> list[str]:
    spec = importlib.util.spec_from_file_location("demo_people", PEOPLE)
    people = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(people)
    return [v["name"] for v in vars(people).values() if isinstance(v, dict) and v.get("name")]


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]+", "", plain)


def _texts(book):
    """Every piece of text the workbook holds, with where it is."""
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    yield f"{ws.title}!{cell.coordinate}", cell.value
                if cell.comment is not None:
                    yield f"{ws.title}!{cell.coordinate} comment", cell.comment.text
        for part in (ws.oddHeader, ws.oddFooter, ws.evenHeader, ws.evenFooter):
            for side in (part.left, part.center, part.right):
                if side.text:
                    yield f"{ws.title} header/footer", side.text
    props = book.properties
    for name in ("creator", "lastModifiedBy", "title", "subject", "description", "keywords"):
        value = getattr(props, name)
        if value:
            yield f"property {name}", value


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_person_is_named_beyond_what_the_about_sheet_says(tmp_path, lang):
    from wizard.demo import demo_session

    audit = demo_session().audit
    names = _people()
    assert names
    personal = [
        a for a in audit.accounts if a.kind in (m.AccountKind.EXECUTIVE, m.AccountKind.EMPLOYEE)
    ]
    identities = sorted(
        {_fold(v) for a in personal for v in (a.handle, a.display_name, a.url) if v},
        key=len,
        reverse=True,
    )
    book = load(export(audit, tmp_path, lang))
    named = []
    for where, text in _texts(book):
        folded = _fold(text)
        for identity in identities:
            folded = folded.replace(identity, " ")
        named += [(where, name) for name in names if _fold(name) in folded]
    assert not named
    about = book[strings.sheet_name("about", lang)]
    values = [c.value for row in about.iter_rows() for c in row]
    assert strings.text("names_excluded", lang) in values
