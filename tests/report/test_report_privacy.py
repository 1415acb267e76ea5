"""Personal names (as the workbook, docs/reliability.md case 24): without ``include_names`` no
auditor, contact, owner or administrator name appears anywhere in the file — body, headers,
footers, document properties; with it, the cover names the auditors."""

from __future__ import annotations

import zipfile

import docx
from helpers.report import all_xml
from helpers.sample import generated_audit

from wizard.report import export_report


def _names(audit) -> set[str]:
    people = [a.owner for a in audit.accounts] + [p for a in audit.accounts for p in a.admins]
    people += [*audit.engagement.auditors, audit.engagement.client_contact]
    return {p.name for p in people if p.name}


def test_the_demo_report_names_nobody_by_default(demo, demo_reports):
    names = _names(demo.audit)
    assert len(names) >= 3
    for path in demo_reports.values():
        xml = all_xml(path)
        assert not [n for n in names if n in xml]
        core = zipfile.ZipFile(path).read("docProps/core.xml").decode()
        assert "<dc:creator>Vigie</dc:creator>" in core
        assert "python-docx" not in core
        assert not [n for n in zipfile.ZipFile(path).namelist() if "thumbnail" in n]


def test_a_generated_audit_names_nobody_by_default(tmp_path):
    audit = generated_audit(60, seed=11)
    names = _names(audit)
    assert len(names) > 10
    path = export_report(audit, tmp_path / "r.docx", lang="en")
    xml = all_xml(path)
    assert not [n for n in names if n in xml]


def test_roles_stand_in_for_the_auditors(demo, demo_docs):
    text = "\n".join(p.text for p in demo_docs["fr"].paragraphs)
    for auditor in demo.audit.engagement.auditors:
        assert auditor.role in text


def test_names_appear_on_request(demo, tmp_path):
    path = export_report(demo, tmp_path / "named.docx", lang="fr", include_names=True)
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert all(a.name in text for a in demo.audit.engagement.auditors)
    assert demo.audit.engagement.client_contact.name in text
