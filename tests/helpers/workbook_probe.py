"""Export a session with ``vigie export`` and look inside the workbook (cases 1–8, 24)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.cell.cell import Cell

from helpers.reliability import vigie
from wizard.audit.model import Account, Action, Risk, new_audit
from wizard.sessions.session import Session
from wizard.sessions.store import save_session


def session_with_text(texts: list[str], org: str = "Ville de Gaspé") -> Session:
    """Each text in an account's notes and display name, a risk, an action and the scope."""
    audit = new_audit()
    audit.engagement.organisation.name = org
    audit.engagement.scope = texts[0]
    audit.accounts = [
        Account(platform="facebook", handle=f"compte{i}", notes=t, display_name=t.strip())
        for i, t in enumerate(texts)
    ]
    audit.risks = [Risk(title=t.strip(), description=t) for t in texts]
    audit.actions = [Action(title=t.strip(), detail=t) for t in texts]
    return Session(audit=audit)


def export_via_command(session: Session, folder: Path, *options: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "audit.vigie"
    save_session(session, source)
    target = folder / "audit.xlsx"
    done = vigie("export", str(source), "-o", str(target), *options)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return target


def cells(path: Path) -> Iterator[Cell]:
    """Every cell of every sheet, hidden ones included."""
    book = load_workbook(path)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            yield from row


def libreoffice_resave(xlsx: Path, folder: Path) -> Path:
    """The workbook opened and saved again by LibreOffice (as a client would)."""
    from helpers.libreoffice import convert, find_soffice

    source = folder / "in" / xlsx.name
    source.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(xlsx, source)
    convert(find_soffice(), source, "xlsx:Calc MS Excel 2007 XML", folder / "out", folder / "lo")
    return folder / "out" / xlsx.name
