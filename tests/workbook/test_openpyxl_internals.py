"""The openpyxl shortcuts (wizard.workbook.openpyxl_internals): this openpyxl still has what
they assign, and the public path they stand in for writes the same workbook."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from helpers.hostile_text import hostile_accounts
from helpers.sample import generated_audit
from openpyxl import load_workbook
from openpyxl.cell.cell import Cell

from wizard.audit.model import Account, Audit
from wizard.workbook import build_workbook
from wizard.workbook import openpyxl_internals as internals

EXPORTED_AT = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def public_path() -> Iterator[None]:
    internals.use_fast(False)
    yield
    internals.use_fast(True)


def _audit() -> Audit:
    audit = generated_audit(60, seed=2)
    audit.accounts.append(Account(handle="=HYPERLINK(1)", notes="@risky", url="javascript:x"))
    audit.accounts.extend(hostile_accounts())
    return audit


def _export(audit: Audit, path: Path) -> Path:
    build_workbook(audit, "fr", exported_at=EXPORTED_AT).save(path)
    return path


def _look(cell: Any) -> tuple[object, ...]:
    link = getattr(cell, "hyperlink", None)
    return (
        getattr(cell, "value", None),
        getattr(cell, "data_type", None),
        cell.number_format,
        *(repr(part) for part in (cell.font, cell.fill, cell.border, cell.alignment)),
        repr(cell.protection),
        cell.quotePrefix,
        (link.target, link.location, link.ref) if link is not None else None,
    )


def _workbook(path: Path) -> dict[str, object]:
    book = load_workbook(path)
    shape: dict[str, object] = {"sheets": book.sheetnames}
    for ws in book.worksheets:
        shape[ws.title] = {
            "cells": {c.coordinate: _look(c) for row in ws.iter_rows() for c in row},
            "columns": {k: (d.width, _look(d)[2:]) for k, d in ws.column_dimensions.items()},
            "tables": sorted((t.name, t.ref) for t in ws.tables.values()),
            "validations": [(v.sqref, v.formula1) for v in ws.data_validations.dataValidation],
            "formats": sorted(str(r.sqref) for r in ws.conditional_formatting),
            "merged": sorted(str(r) for r in ws.merged_cells.ranges),
            "freeze": ws.freeze_panes,
        }
    return shape


def test_this_openpyxl_has_every_attribute_the_shortcuts_assign():
    """Fails when an openpyxl upgrade removes one: the export would fall back (slower)."""
    assert internals.supported()
    assert internals.fast()


def test_the_public_path_writes_the_same_workbook(tmp_path, public_path):
    audit = _audit()
    public = _workbook(_export(audit, tmp_path / "public.xlsx"))
    internals.use_fast(True)
    assert internals.fast()
    shortcut = _workbook(_export(audit, tmp_path / "fast.xlsx"))
    assert public["sheets"] == shortcut["sheets"]
    for title in shortcut["sheets"]:  # type: ignore[union-attr]
        assert public[title] == shortcut[title], title


def test_the_public_path_is_taken_when_turned_off(public_path):
    assert not internals.fast()
    cell = internals.fixed_style_cell(None, 1, None)  # type: ignore[arg-type]
    assert type(cell) is Cell
