"""The cyclic garbage collector waits while a workbook is built and written, and is back on
after, whether the export succeeded, failed or was cancelled."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers.sample import generated_audit

from wizard.audit.model import Audit
from wizard.workbook import ExportCancelled, ExportError, export_workbook


@pytest.fixture(scope="module")
def audit() -> Audit:
    return generated_audit(1500, seed=5)


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generation of every collection that starts, while the test runs."""
    started: list[int] = []

    def note(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            started.append(info["generation"])

    assert gc.isenabled()
    gc.callbacks.append(note)
    yield started
    gc.callbacks.remove(note)


def test_no_collection_runs_while_the_workbook_is_built_and_written(
    tmp_path: Path, audit: Audit, collections: list[int]
) -> None:
    """Counted at each progress report, from the first sheet to the written file (the
    collector catches up once the export is over)."""
    seen: list[int] = []
    export_workbook(
        audit, tmp_path / "a.xlsx", lang="en", progress=lambda *_: seen.append(len(collections))
    )
    assert len(seen) > 10
    assert seen[-1] == seen[0]
    assert gc.isenabled()


def test_the_collector_is_back_after_a_failed_export(tmp_path: Path, audit: Audit) -> None:
    (tmp_path / ".~lock.a.xlsx#").write_text("locked")
    with pytest.raises(ExportError):
        export_workbook(audit, tmp_path / "a.xlsx", lang="en")
    assert gc.isenabled()


def test_the_collector_is_back_after_a_cancelled_export(tmp_path: Path, audit: Audit) -> None:
    with pytest.raises(ExportCancelled):
        export_workbook(audit, tmp_path / "a.xlsx", lang="en", cancel=lambda: True)
    assert gc.isenabled()
    assert list(tmp_path.iterdir()) == []
