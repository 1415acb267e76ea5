"""Personal names (docs/reliability.md case 24): without --include-names, no owner, admin,
auditor or contact name appears anywhere in the file, cells or document properties."""

from __future__ import annotations

import zipfile

from helpers.sample import generated_audit
from helpers.workbook import export, load

from wizard.workbook import strings


def _names(audit) -> set[str]:
    people = [a.owner for a in audit.accounts] + [p for a in audit.accounts for p in a.admins]
    people += [*audit.engagement.auditors, audit.engagement.client_contact]
    return {p.name for p in people if p.name}


def _every_text(path) -> str:
    """All XML of the package (cells, shared strings, properties), decoded."""
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())


def test_no_personal_name_anywhere_by_default(tmp_path):
    audit = generated_audit(80, seed=5)
    names = _names(audit)
    assert len(names) > 10
    path = export(audit, tmp_path, "fr")
    book = load(path)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    assert not any(n in cell.value for n in names), (ws.title, cell.value)
    raw = _every_text(path)
    assert not any(n in raw for n in names)
    props = zipfile.ZipFile(path).read("docProps/core.xml").decode()
    assert "<dc:creator>Vigie</dc:creator>" in props
    assert "openpyxl" not in props


def test_roles_stand_in_for_names(tmp_path):
    audit = generated_audit(10, seed=6)
    audit.accounts[0].owner.name, audit.accounts[0].owner.role = "Jeanne Secret", ""
    book = load(export(audit, tmp_path, "en"))
    ws = book[strings.sheet_name("inventory", "en")]
    values = [c.value for c in ws[4]]
    assert "Jeanne Secret" not in values
    assert strings.text("name_withheld", "en") in values
    second = [c.value for c in ws[5]]
    assert audit.accounts[1].owner.role in second or not audit.accounts[1].owner.role


def test_names_included_on_request(tmp_path):
    audit = generated_audit(10, seed=7)
    path = export(audit, tmp_path, "fr", include_names=True)
    assert any(n in _every_text(path) for n in _names(audit))
