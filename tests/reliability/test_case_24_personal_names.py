"""Case 24: export with "include personal names" off: roles or pseudonyms only; no name in
any part of the file (cells, shared strings, comments, document properties). Run through
``vigie export`` and checked by unzipping the workbook and reading every part."""

from __future__ import annotations

import html
import zipfile
from pathlib import Path

import pytest
from helpers.reliability import vigie
from helpers.sample import generated_audit

from wizard.audit.model import Person
from wizard.sessions.session import Session
from wizard.sessions.store import save_session

DISTINCT = {
    "owner": Person(name="Ghislaine Tremblay-Ouellet", role="Directrice des communications"),
    "admin": Person(name="Zoë O'Brien & Fils", role="Gestionnaire de communauté"),
    "auditor": Person(name="Maximilien Bérubé", role="Auditeur principal"),
    "contact": Person(name="Fatou N'Diaye", role="Secrétaire générale"),
}


@pytest.fixture
def session_file(tmp_path: Path) -> tuple[Path, set[str]]:
    audit = generated_audit(40, seed=24)
    audit.accounts[0].owner = DISTINCT["owner"]
    audit.accounts[1].admins = [DISTINCT["admin"], Person(name="Jean Roy", role="Stagiaire")]
    audit.engagement.auditors = [DISTINCT["auditor"]]
    audit.engagement.client_contact = DISTINCT["contact"]
    people = [a.owner for a in audit.accounts] + [p for a in audit.accounts for p in a.admins]
    people += [*audit.engagement.auditors, audit.engagement.client_contact]
    names = {p.name for p in people if p.name}
    path = tmp_path / "audit.vigie"
    save_session(Session(audit=audit), path)
    return path, names


def _forms(name: str) -> set[str]:
    """How a name can appear in XML: as is, escaped, and its longest word alone."""
    longest = max(name.replace("-", " ").split(), key=len)
    forms = {name, html.escape(name), html.escape(name, quote=False)}
    return forms | ({longest} if len(longest) >= 7 else set())


def _parts(workbook: Path) -> dict[str, str]:
    with zipfile.ZipFile(workbook) as archive:
        return {n: archive.read(n).decode("utf-8", "replace") for n in archive.namelist()}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_personal_name_in_any_part(session_file: tuple[Path, set[str]], lang: str) -> None:
    path, names = session_file
    out = path.with_name(f"audit-{lang}.xlsx")
    done = vigie("export", str(path), "-o", str(out), "--lang", lang)
    assert done.returncode == 0, done.stderr
    parts = _parts(out)
    assert "docProps/core.xml" in parts
    assert any(n.startswith("xl/worksheets/") for n in parts)
    for part, text in parts.items():
        lowered = text.lower()
        for name in names:
            for form in _forms(name):
                assert form.lower() not in lowered, (part, name)
    assert "<dc:creator>Vigie</dc:creator>" in parts["docProps/core.xml"]
    everything = "\n".join(parts.values())
    assert "Directrice des communications" in everything  # the role stands in


def test_names_appear_only_when_asked(session_file: tuple[Path, set[str]]) -> None:
    """The scan above can see names: with --include-names they are found."""
    path, _ = session_file
    out = path.with_name("with-names.xlsx")
    done = vigie("export", str(path), "-o", str(out), "--include-names")
    assert done.returncode == 0, done.stderr
    everything = "\n".join(_parts(out).values())
    assert "Ghislaine Tremblay-Ouellet" in everything
    assert html.escape("Zoë O'Brien & Fils", quote=False) in everything
