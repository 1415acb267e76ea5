"""Shared by the returned-workbook tests: the demo exported, edited like a client would,
optionally re-saved through LibreOffice."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.demo import demo_session
from wizard.sessions.session import Session


@pytest.fixture
def demo() -> Session:
    return demo_session()


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "state"
    monkeypatch.setenv("VIGIE_STATE_DIR", str(folder))
    return folder
