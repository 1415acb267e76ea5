"""Case 3: control characters, U+FFFE/U+FFFF and lone surrogates pasted into a field:
refused at input naming the field; the export never crashes; files never corrupt."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from helpers.reliability import vigie
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pydantic import ValidationError

from wizard.audit.model import Account, Action, Engagement, Organisation, Person, Risk
from wizard.sessions.container import MIMETYPE
from wizard.sessions.session import Session
from wizard.sessions.store import save_session
from wizard.workbook import export_workbook, strings

BAD = [
    ("\x00", "a control character U+0000"),
    ("\x07", "a control character U+0007"),
    ("\x1b", "a control character U+001B"),
    ("\x85", "a control character U+0085"),
    ("\ufffe", "a noncharacter U+FFFE"),
    ("\uffff", "a noncharacter U+FFFF"),
    ("\U0010ffff", "a noncharacter U+10FFFF"),
    ("\ud800", "an unpaired surrogate U+D800"),
    ("\udfff", "an unpaired surrogate U+DFFF"),
]
FIELDS = [
    (Account, "notes"),
    (Account, "handle"),
    (Account, "url"),
    (Organisation, "name"),
    (Engagement, "scope"),
    (Person, "role"),
    (Risk, "title"),
    (Action, "detail"),
]


@pytest.mark.parametrize(("char", "what"), BAD)
@pytest.mark.parametrize(("model", "field"), FIELDS)
def test_refused_at_input_naming_the_field(model: type, field: str, char: str, what: str):
    with pytest.raises(ValidationError) as caught:
        model.model_validate({field: f"Texte {char} collé"})
    [error] = [e for e in caught.value.errors() if e["type"] != "missing"]
    assert error["loc"] == (field,)
    assert f"contains {what} at position 7; remove it" in error["msg"]
    record = model(title="Titre") if model is Action else model()
    with pytest.raises(ValidationError, match=field):  # editing an existing record too
        setattr(record, field, f"Texte {char} collé")


def test_refused_in_a_session_file_naming_the_path(tmp_path: Path) -> None:
    session = Session.new()
    session.audit.accounts = [Account(handle="@ok"), Account(handle="@x")]
    path = tmp_path / "audit.vigie"
    save_session(session, path)
    raw = json.loads(session.audit.model_dump_json())
    raw["accounts"][1]["notes"] = "collé\ufffe"
    bad = tmp_path / "pasted.vigie"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("mimetype", MIMETYPE)
        archive.writestr("audit.json", json.dumps(raw), zipfile.ZIP_DEFLATED)
    done = vigie("check", str(bad))
    assert done.returncode == 1
    assert "accounts[1].notes: contains a noncharacter U+FFFE at position 6" in done.stderr


any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notes=any_text, handle=any_text)
def test_any_pasted_text_is_refused_or_exports_intact(tmp_path_factory, notes, handle) -> None:
    """Whatever is pasted: either the model refuses it with the field's name, or the
    workbook is written, reopens, and holds it unchanged."""
    try:
        account = Account(notes=notes, handle=handle)
    except ValidationError as exc:
        refused_fields = {e["loc"][0] for e in exc.errors()}
        assert refused_fields <= {"notes", "handle"}
        return
    session = Session.new()
    session.audit.accounts = [account]
    path = export_workbook(session, tmp_path_factory.mktemp("x") / "a.xlsx", lang="en")
    sheet = load_workbook(path)[strings.sheet_name("inventory", "en")]
    values = {c.value for row in sheet.iter_rows() for c in row}
    for text in (account.notes, account.handle):
        assert not text or text in values
