"""Small readers shared by the report tests (python-docx and the raw package XML)."""

from __future__ import annotations

import zipfile
from pathlib import Path


def headings(document, level: int | None = None) -> list[tuple[int, str]]:
    """(level, text) of every ``Heading n`` paragraph, in document order."""
    found = []
    for para in document.paragraphs:
        name = para.style.name
        if name.startswith("Heading "):
            n = int(name.split()[1])
            if level is None or n == level:
                found.append((n, para.text))
    return found


def tables_by_caption(document) -> dict[str, list[list[str]]]:
    """Each table's cell texts, keyed by the caption paragraph just before it."""
    body = document.element.body
    result: dict[str, list[list[str]]] = {}
    caption = None
    tables = iter(document.tables)
    paragraphs = {p._p: p for p in document.paragraphs}
    for element in body.iterchildren():
        if element.tag.endswith("}p"):
            para = paragraphs.get(element)
            if para is not None and para.style.name == "Caption":
                caption = para.text
        elif element.tag.endswith("}tbl"):
            table = next(tables)
            rows = [[cell.text for cell in row.cells] for row in table.rows]
            if caption is not None:
                result[caption] = rows
            caption = None
    return result


def all_xml(path: Path) -> str:
    """Every XML part of the package (body, headers, footers, properties), decoded."""
    with zipfile.ZipFile(path) as archive:
        return "\n".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith((".xml", ".rels"))
        )


def body_text(document) -> str:
    """All text of the body: paragraphs and table cells, in order."""
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)
